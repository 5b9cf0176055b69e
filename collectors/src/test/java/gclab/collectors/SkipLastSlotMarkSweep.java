package gclab.collectors;

import gclab.heap.Heap;
import gclab.heap.gc.Worklist;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.telemetry.WorkKind;

/**
 * A deliberately broken mark-sweep: its marker never shades the <em>last</em> reference slot of an object, so
 * an object reachable only through such a slot is swept while still referenced. It exists to prove that the
 * heap verifier catches a lost object (DESIGN.md: "a check that can fail"). Only the tracing differs from
 * {@code marksweep}.
 */
final class SkipLastSlotMarkSweep extends BrokenMarkSweep {
    static final String NAME = "skip-last-slot";
    private static final CollectorTraits TRAITS = new CollectorTraits(false, false, false, false, false, false, true);

    /** Registers the broken collector under {@link #NAME}. */
    static final class Factory extends BrokenMarkSweep.Factory {
        Factory() {
            super(NAME, "a broken mark-sweep that skips the last reference slot of every object (tests only)",
                    TRAITS, SkipLastSlotMarkSweep::new);
        }
    }

    private final Worklist gray = new Worklist();
    private long marked;

    SkipLastSlotMarkSweep(CollectorContext context) {
        super(context, TRAITS);
    }

    @Override
    void mark() {
        marked = 0;
        context.roots().visitRoots(ref -> {
            shade(ref);
            return ref;
        });
        traceReferences();
        telemetry.work(WorkKind.OBJECTS_MARKED, marked);
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
