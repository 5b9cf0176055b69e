package gclab.collectors;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.gc.MarkWord;
import gclab.heap.gc.Sweeper;
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
import java.util.List;
import java.util.function.Function;

/**
 * What the deliberately broken test collectors share: one first-fit free-list space, allocation that collects
 * once on failure, and a stop-the-world collection that marks (each subclass breaks its marking its own way) and
 * then sweeps with the shared {@link Sweeper}. They exist to prove that the checks can fail.
 */
abstract class BrokenMarkSweep implements Collector {
    /** Registers a broken collector: no options, tests only. */
    static class Factory implements CollectorFactory {
        private final String name;
        private final String description;
        private final CollectorTraits traits;
        private final Function<CollectorContext, Collector> create;

        Factory(String name, String description, CollectorTraits traits,
                Function<CollectorContext, Collector> create) {
            this.name = name;
            this.description = description;
            this.traits = traits;
            this.create = create;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public CollectorTraits traits() {
            return traits;
        }

        @Override
        public List<OptionSpec> options() {
            return List.of();
        }

        @Override
        public Collector create(CollectorContext context) {
            return create.apply(context);
        }
    }

    protected final CollectorContext context;
    protected final Heap heap;
    protected final GcTelemetry telemetry;
    protected final MarkWord marks;
    private final CollectorTraits traits;
    private final FreeListSpace space;

    BrokenMarkSweep(CollectorContext context, CollectorTraits traits) {
        this.context = context;
        this.heap = context.heap();
        this.telemetry = context.telemetry();
        this.traits = traits;
        this.space = new FreeListSpace(heap, "heap", heap.unreservedWords(), FitPolicy.FIRST_FIT);
        this.marks = new MarkWord(heap);
    }

    @Override
    public CollectorTraits traits() {
        return traits;
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
        mark();
        telemetry.phaseBegin("sweep");
        WorkCounts work = new WorkCounts();
        Sweeper.sweep(space, marks, work);
        telemetry.work(work);
        telemetry.pauseEnd();
    }

    /** Marks from the roots into {@link #marks} and reports its work: where each broken collector differs. */
    abstract void mark();
}
