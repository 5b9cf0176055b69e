package gclab.collectors;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.gc.MarkWord;
import gclab.heap.gc.Sweeper;
import gclab.heap.gc.Worklist;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.spi.OptionSpec;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import java.util.List;

/**
 * A deliberately broken mark-sweep: its marker never shades the <em>last</em> reference slot of an object, so
 * an object reachable only through such a slot is swept while still referenced. It exists to prove that the
 * heap verifier catches a lost object (DESIGN.md: "a check that can fail"). Built from the shared
 * {@link Sweeper}; only the tracing differs from {@code marksweep}.
 */
final class SkipLastSlotMarkSweep implements Collector {
    static final String NAME = "skip-last-slot";

    /** Registers the broken collector under {@link #NAME}. */
    static final class Factory implements CollectorFactory {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "a broken mark-sweep that skips the last reference slot of every object (tests only)";
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
            return new SkipLastSlotMarkSweep(context);
        }
    }

    private static final CollectorTraits TRAITS = new CollectorTraits(false, false, false, false, false, false, true);

    private final CollectorContext context;
    private final Heap heap;
    private final GcTelemetry telemetry;
    private final FreeListSpace space;
    private final Worklist gray = new Worklist();
    private final MarkWord marks;
    private long marked;

    SkipLastSlotMarkSweep(CollectorContext context) {
        this.context = context;
        this.heap = context.heap();
        this.telemetry = context.telemetry();
        this.space = new FreeListSpace(heap, "heap", heap.unreservedWords(), FitPolicy.FIRST_FIT);
        this.marks = new MarkWord(heap);
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
                throw telemetry.outOfMemory(layout.name(), sizeWords, space.fragmentation());
            }
        }
        heap.formatObject(address, layout, length, sizeWords, 0L);
        return address;
    }

    @Override
    public void collect(GcCause cause) {
        telemetry.pauseBegin(PauseKind.FULL, cause);
        telemetry.phaseBegin("mark");
        marked = 0;
        context.roots().visitRoots(ref -> {
            shade(ref);
            return ref;
        });
        traceReferences();
        telemetry.work(WorkKind.OBJECTS_MARKED, marked);
        telemetry.phaseBegin("sweep");
        WorkCounts work = new WorkCounts();
        Sweeper.sweep(space, marks, work);
        telemetry.work(work);
        telemetry.pauseEnd();
    }

    private void shade(int object) {
        if (object != Heap.NULL && marks.mark(object)) {
            marked++;
            gray.push(object);
        }
    }

    /** The bug: every reference slot but the last is shaded. */
    private void traceReferences() {
        while (!gray.isEmpty()) {
            int object = gray.pop();
            int last = heap.referenceSlotCount(object) - 1;
            int[] index = {0};
            heap.forEachReferenceSlot(object, slot -> {
                if (index[0]++ < last) {
                    shade(heap.reference(slot));
                }
            });
        }
    }
}
