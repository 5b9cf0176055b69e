package gclab.heap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.ReferenceStrength;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.BitSetMarks;
import gclab.heap.testing.TestHeap;
import org.junit.jupiter.api.Test;

/**
 * Reference discovery in the shared tracer and processing after marking, on a hand-built heap: a weak referent
 * reachable only through its referent slot is left unmarked and the slot cleared; one reachable another way is
 * marked and kept; a soft referent is traced as strong unless the collection clears soft references; without
 * a processor every referent slot is strong.
 */
class ReferenceProcessorTest {
    /** Fields: 0 a strong reference, 1 the referent, 2 a primitive. */
    private static final int STRONG = 0;
    private static final int REFERENT = 1;

    private final TestHeap t = new TestHeap(8192);
    private final FreeListSpace space = new FreeListSpace(t.heap, "heap", 800, FitPolicy.FIRST_FIT);
    private final Layout weak = t.heap.layouts().defineReference("Weak", 3, REFERENT, ReferenceStrength.WEAK,
            STRONG, REFERENT);
    private final Layout soft = t.heap.layouts().defineReference("Soft", 3, REFERENT, ReferenceStrength.SOFT,
            STRONG, REFERENT);
    private final BitSetMarks marks = new BitSetMarks();
    private final Tracer tracer = new Tracer(t.heap, marks);
    private final ReferenceProcessor references = new ReferenceProcessor(t.heap);

    private int reference(Layout layout, int referent) {
        int r = t.allocate(space, layout, 0);
        t.link(r, REFERENT, referent);
        return r;
    }

    private WorkCounts collect(boolean clearSoft) {
        tracer.discoverReferences(references);
        references.begin(clearSoft);
        tracer.markRoots(t.roots);
        tracer.traceReferences();
        WorkCounts work = tracer.takeWork();
        references.process(marks, work);
        return work;
    }

    @Test
    void weakReferentReachableOnlyThroughTheReferenceIsCleared() {
        int referent = t.node(space, 7);
        int child = t.node(space, 8);
        t.link(referent, 0, child);
        int strongTarget = t.node(space, 9);
        int w = reference(weak, referent);
        t.link(w, STRONG, strongTarget);
        t.roots.add(w);

        WorkCounts work = collect(false);

        assertEquals(Heap.NULL, t.ref(w, REFERENT), "the referent slot is cleared");
        assertFalse(marks.isMarked(referent), "the referent is not marked: the sweep frees it");
        assertFalse(marks.isMarked(child), "nor what only the referent reached");
        assertTrue(marks.isMarked(w));
        assertTrue(marks.isMarked(strongTarget), "the reference's other slots are traced");
        assertEquals(1, work.get(WorkKind.REFERENCES_DISCOVERED));
        assertEquals(1, work.get(WorkKind.REFERENCES_CLEARED));
        // w's strong slot and strongTarget's two slots; neither w's referent slot nor the referent's own
        assertEquals(3, work.get(WorkKind.SLOTS_SCANNED), "the referent slot is not scanned");
    }

    @Test
    void weakReferentAlsoReachableStronglyIsKept() {
        int referent = t.node(space, 7);
        int w1 = reference(weak, referent);
        int w2 = reference(weak, referent);
        t.roots.add(w1);
        t.roots.add(w2);
        int holder = t.node(space, 1);
        t.roots.add(holder);
        t.link(holder, 1, referent); // marked after both references were discovered (holder is popped last)

        WorkCounts work = collect(false);

        assertEquals(referent, t.ref(w1, REFERENT));
        assertEquals(referent, t.ref(w2, REFERENT));
        assertTrue(marks.isMarked(referent));
        assertEquals(2, work.get(WorkKind.REFERENCES_DISCOVERED));
        assertEquals(0, work.get(WorkKind.REFERENCES_CLEARED));
    }

    @Test
    void aReferentThatIsItselfAReferenceIsTracedThroughItsOtherSlots() {
        int inner = reference(weak, t.node(space, 3));
        int innerStrong = t.node(space, 4);
        t.link(inner, STRONG, innerStrong);
        int outer = reference(weak, inner);
        t.roots.add(outer);
        int holder = t.node(space, 5);
        t.link(holder, 0, inner);
        t.roots.add(holder);

        WorkCounts work = collect(false);

        assertEquals(inner, t.ref(outer, REFERENT), "inner is strongly held by holder");
        assertEquals(Heap.NULL, t.ref(inner, REFERENT), "inner's own referent is only weakly held");
        assertTrue(marks.isMarked(innerStrong));
        assertEquals(2, work.get(WorkKind.REFERENCES_DISCOVERED));
        assertEquals(1, work.get(WorkKind.REFERENCES_CLEARED));
    }

    @Test
    void softReferentIsStrongUnlessTheCollectionClearsSoftReferences() {
        int referent = t.node(space, 7);
        int s = reference(soft, referent);
        t.roots.add(s);
        int empty = reference(soft, Heap.NULL);
        t.roots.add(empty);

        WorkCounts ordinary = collect(false);
        assertEquals(referent, t.ref(s, REFERENT));
        assertTrue(marks.isMarked(referent));
        assertEquals(0, ordinary.get(WorkKind.REFERENCES_DISCOVERED));
        assertEquals(1, references.softReferentsKept(), "a null soft referent keeps nothing");

        marks.marked().stream().forEach(marks::unmark); // a new cycle
        WorkCounts lastResort = collect(true);
        assertEquals(Heap.NULL, t.ref(s, REFERENT));
        assertFalse(marks.isMarked(referent));
        assertEquals(1, lastResort.get(WorkKind.REFERENCES_DISCOVERED));
        assertEquals(1, lastResort.get(WorkKind.REFERENCES_CLEARED));
        assertEquals(0, references.softReferentsKept());
    }

    @Test
    void withoutAProcessorEveryReferentIsStrong() {
        int referent = t.node(space, 7);
        int w = reference(weak, referent);
        t.roots.add(w);
        tracer.markRoots(t.roots);
        tracer.traceReferences();
        assertTrue(marks.isMarked(referent));
        assertEquals(referent, t.ref(w, REFERENT));
        assertEquals(4, tracer.takeWork().get(WorkKind.SLOTS_SCANNED), "w's two slots and the referent's two");
    }

    @Test
    void theReferentSlotStaysAnOrdinaryReferenceSlot() {
        assertTrue(weak.hasReferent());
        assertEquals(gclab.heap.ObjectModel.HEADER_WORDS + REFERENT, weak.referentOffset());
        assertTrue(weak.isReferenceOffset(weak.referentOffset()));
        assertEquals(2, weak.referenceOffsets().length);
        assertEquals(ReferenceStrength.SOFT, soft.referentStrength());
        assertFalse(t.node.hasReferent());
        assertThrows(IllegalArgumentException.class,
                () -> t.heap.layouts().defineReference("Bad", 3, 2, ReferenceStrength.WEAK, 0, 1),
                "the referent must be one of the reference fields");
        assertThrows(IllegalArgumentException.class,
                () -> t.heap.layouts().defineReference("Bad", 3, 1, null, 0, 1));
    }
}
