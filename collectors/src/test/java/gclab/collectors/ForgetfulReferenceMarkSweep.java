package gclab.collectors;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.gc.MarkWord;
import gclab.heap.gc.ReferenceProcessor;
import gclab.heap.gc.Sweeper;
import gclab.heap.gc.Tracer;
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

/**
 * A deliberately broken mark-sweep: it discovers references while marking (their referents are left
 * untraced) but forgets to process them, so a referent reachable only weakly is swept while its Reference
 * still points at it. It exists to prove that the verifier catches a dangling referent slot. Only the
 * missing {@link ReferenceProcessor#process} call differs from {@code marksweep compact=never}.
 */
final class ForgetfulReferenceMarkSweep implements Collector {
    static final String NAME = "forgetful-references";

    /** Registers the broken collector under {@link #NAME}. */
    static final class Factory implements CollectorFactory {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "a broken mark-sweep that discovers references but never clears them (tests only)";
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
            return new ForgetfulReferenceMarkSweep(context);
        }
    }

    private static final CollectorTraits TRAITS =
            new CollectorTraits(false, false, false, false, false, false, true, true);

    private final CollectorContext context;
    private final Heap heap;
    private final GcTelemetry telemetry;
    private final FreeListSpace space;
    private final MarkWord marks;
    private final Tracer tracer;
    private final ReferenceProcessor references;

    ForgetfulReferenceMarkSweep(CollectorContext context) {
        this.context = context;
        this.heap = context.heap();
        this.telemetry = context.telemetry();
        this.space = new FreeListSpace(heap, "heap", heap.unreservedWords(), FitPolicy.FIRST_FIT);
        this.marks = new MarkWord(heap);
        this.tracer = new Tracer(heap, marks);
        this.references = new ReferenceProcessor(heap);
        tracer.discoverReferences(references);
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
        references.begin(false);
        tracer.markRoots(context.roots());
        tracer.traceReferences();
        telemetry.work(tracer.takeWork());
        // The bug: references.process(marks, work) is missing, so discovered referents are not cleared.
        telemetry.phaseBegin("sweep");
        WorkCounts work = new WorkCounts();
        Sweeper.sweep(space, marks, work);
        telemetry.work(work);
        telemetry.pauseEnd();
    }
}
