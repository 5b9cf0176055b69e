package gclab.vm.testing;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.gc.MarkWord;
import gclab.heap.gc.SlidingCompactor;
import gclab.heap.gc.Tracer;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.spi.OptionSpec;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.WorkCounts;
import java.util.List;

/**
 * Test-only: mark-compact on every collection (Tracer + SlidingCompactor over one free-list space). With the
 * VM's stress mode it collects and moves every live object before every allocation, so a root the VM fails to
 * report, or fails to update, shows at once (a wrong output or a verifier failure).
 */
public final class CompactingCollector implements Collector {
    private static final CollectorTraits TRAITS = new CollectorTraits(true, false, false, false, false, false, true);

    private final CollectorContext context;
    private final Heap heap;
    private final FreeListSpace space;
    private final Tracer tracer;
    private final SlidingCompactor compactor;
    private long collections;

    private CompactingCollector(CollectorContext context) {
        this.context = context;
        this.heap = context.heap();
        this.space = new FreeListSpace(heap, "heap", heap.unreservedWords(), FitPolicy.FIRST_FIT);
        MarkWord marks = new MarkWord(heap);
        this.tracer = new Tracer(heap, marks);
        this.compactor = new SlidingCompactor(heap, marks, marks);
    }

    public static CollectorFactory factory() {
        return new CollectorFactory() {
            @Override
            public String name() {
                return "test-compact";
            }

            @Override
            public String description() {
                return "mark-compact on every collection";
            }

            @Override
            public CollectorTraits traits() {
                return TRAITS;
            }

            @Override
            public List<OptionSpec> options() {
                return List.of();
            }

            @Override
            public Collector create(CollectorContext context) {
                return new CompactingCollector(context);
            }
        };
    }

    public long collections() {
        return collections;
    }

    @Override
    public CollectorTraits traits() {
        return TRAITS;
    }

    @Override
    public CollectorContext context() {
        return context;
    }

    @Override
    public int allocate(Layout layout, int length, int sizeWords) {
        int address = space.allocate(sizeWords);
        if (address == Heap.NULL) {
            collect(GcCause.ALLOCATION_FAILURE);
            address = space.allocate(sizeWords);
            if (address == Heap.NULL) {
                throw context.telemetry().outOfMemory(layout.name(), sizeWords, space.fragmentation());
            }
        }
        heap.formatObject(address, layout, length, sizeWords, 0L);
        return address;
    }

    @Override
    public void collect(GcCause cause) {
        collections++;
        context.telemetry().pauseBegin(PauseKind.FULL, cause);
        context.telemetry().phaseBegin("mark");
        tracer.markRoots(context.roots());
        tracer.traceReferences();
        context.telemetry().work(tracer.takeWork());
        context.telemetry().phaseBegin("compact");
        WorkCounts work = new WorkCounts();
        compactor.compact(space, context.roots(), work);
        context.telemetry().work(work);
        context.telemetry().phaseEnd();
        context.telemetry().pauseEnd();
    }
}
