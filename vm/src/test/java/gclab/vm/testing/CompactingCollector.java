package gclab.vm.testing;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.gc.Forwarding;
import gclab.heap.gc.MarkBits;
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
public final class CompactingCollector implements Collector, MarkBits, Forwarding {
    private static final CollectorTraits TRAITS = new CollectorTraits(true, false, false, false, false, false, true);
    private static final long MARK = 1L;

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
        this.tracer = new Tracer(heap, this);
        this.compactor = new SlidingCompactor(heap, this, this);
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

    @Override
    public boolean isMarked(int object) {
        return (heap.gcWord(object) & MARK) != 0;
    }

    @Override
    public boolean mark(int object) {
        long word = heap.gcWord(object);
        if ((word & MARK) != 0) {
            return false;
        }
        heap.setGcWord(object, word | MARK);
        return true;
    }

    @Override
    public void unmark(int object) {
        heap.setGcWord(object, 0L);
    }

    @Override
    public void setForwardingAddress(int object, int newAddress) {
        heap.setGcWord(object, ((long) newAddress << 32) | MARK);
    }

    @Override
    public int forwardingAddress(int object) {
        return (int) (heap.gcWord(object) >>> 32);
    }
}
