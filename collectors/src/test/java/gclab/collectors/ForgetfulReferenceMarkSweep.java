package gclab.collectors;

import gclab.heap.gc.ReferenceProcessor;
import gclab.heap.gc.Tracer;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorTraits;

/**
 * A deliberately broken mark-sweep: it discovers references while marking (their referents are left
 * untraced) but forgets to process them, so a referent reachable only weakly is swept while its Reference
 * still points at it. It exists to prove that the verifier catches a dangling referent slot. Only the
 * missing {@link ReferenceProcessor#process} call differs from {@code marksweep compact=never}.
 */
final class ForgetfulReferenceMarkSweep extends BrokenMarkSweep {
    static final String NAME = "forgetful-references";
    private static final CollectorTraits TRAITS =
            new CollectorTraits(false, false, false, false, false, false, true, true);

    /** Registers the broken collector under {@link #NAME}. */
    static final class Factory extends BrokenMarkSweep.Factory {
        Factory() {
            super(NAME, "a broken mark-sweep that discovers references but never clears them (tests only)",
                    TRAITS, ForgetfulReferenceMarkSweep::new);
        }
    }

    private final Tracer tracer;
    private final ReferenceProcessor references;

    ForgetfulReferenceMarkSweep(CollectorContext context) {
        super(context, TRAITS);
        this.tracer = new Tracer(heap, marks);
        this.references = new ReferenceProcessor(heap);
        tracer.discoverReferences(references);
    }

    @Override
    void mark() {
        references.begin(false);
        tracer.markRoots(context.roots());
        tracer.traceReferences();
        telemetry.work(tracer.takeWork());
        // The bug: references.process(marks, work) is missing, so discovered referents are not cleared.
    }
}
