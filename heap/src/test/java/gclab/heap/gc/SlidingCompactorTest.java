package gclab.heap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.Heap;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.BitSetMarks;
import gclab.heap.testing.SpaceCensus;
import gclab.heap.testing.TestHeap;
import gclab.heap.verify.HeapCorruptionException;
import gclab.heap.verify.HeapVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lisp-2 compaction of: n0 (dead), n1 (live, root[0]), a free chunk, n3 (live), n4 (dead, points at n3), n5 (live,
 * root[2]), then the free rest of the space; n1.field0 -> n5, n5.field1 -> n3, n3.field0 -> n1 (a cycle). Marks
 * live in a side bitmap ({@link BitSetMarks}), so a mark left at an old address is visible.
 */
class SlidingCompactorTest {
    private static final int SIZE = 100;

    private TestHeap t;
    private FreeListSpace space;
    private final BitSetMarks marks = new BitSetMarks();
    private final WorkCounts work = new WorkCounts();
    private int[] n;

    @BeforeEach
    void build() {
        t = new TestHeap(4096);
        space = new FreeListSpace(t.heap, "old", SIZE, FitPolicy.FIRST_FIT);
        n = new int[6];
        for (int i = 0; i < 6; i++) {
            n[i] = t.node(space, 100 + i);
        }
        space.free(n[2], 5);
        t.link(n[1], 0, n[5]);
        t.link(n[5], 1, n[3]);
        t.link(n[3], 0, n[1]);
        t.link(n[4], 0, n[3]); // a dead object pointing at a live one
        t.roots.add(n[1]);
        t.roots.add(Heap.NULL);
        t.roots.add(n[5]);
        Tracer tracer = new Tracer(t.heap, marks);
        tracer.markRoots(t.roots);
        tracer.traceReferences();
        assertEquals(3, marks.markedCount());
    }

    private void compact() {
        new SlidingCompactor(t.heap, marks, marks).compact(space, t.roots, work);
    }

    @Test
    void liveObjectsSlideDownInAddressOrder() {
        compact();
        int s = space.start();
        assertEquals(List.of(s, s + 5, s + 10), SpaceCensus.of(space).objects);
        List<Long> labels = new ArrayList<>();
        for (int o : SpaceCensus.of(space).objects) {
            labels.add(t.label(o));
        }
        assertEquals(List.of(101L, 103L, 105L), labels, "relative order kept");
    }

    @Test
    void rootsAndReferencesFollowTheirObjects() {
        compact();
        int s = space.start();
        assertEquals(s, t.roots.get(0));
        assertEquals(Heap.NULL, t.roots.get(1));
        assertEquals(s + 10, t.roots.get(2));
        assertEquals(s + 10, t.ref(s, 0), "n1.field0 -> n5");
        assertEquals(s + 5, t.ref(s + 10, 1), "n5.field1 -> n3");
        assertEquals(s, t.ref(s + 5, 0), "n3.field0 -> n1");
        assertEquals(3, new HeapVerifier(t.heap, t.roots).verifyNoGarbage());
    }

    @Test
    void restOfTheSpaceIsOneFreeChunkAndCountersAgree() {
        compact();
        int s = space.start();
        assertEquals(Map.of(s + 15, SIZE - 15), SpaceCensus.of(space).freeChunks);
        assertNull(SpaceCensus.of(space).checkAgainst(space));
        assertEquals(s + 15, space.allocate(SIZE - 15), "the whole rest is allocatable");
    }

    @Test
    void everyMarkIsClearedIncludingOnesAtTheOldAddresses() {
        compact();
        assertEquals(0, marks.markedCount(), "left-over marks: " + marks.marked());
    }

    @Test
    void workCountsMovesAndUpdates() {
        compact();
        assertEquals(3, work.get(WorkKind.OBJECTS_MOVED), "n1, n3 and n5 all move down");
        assertEquals(15, work.get(WorkKind.WORDS_MOVED));
        // 2 roots + n1.field0 + n3.field0 + n5.field1
        assertEquals(5, work.get(WorkKind.REFERENCES_UPDATED));
        assertEquals(2, work.get(WorkKind.OBJECTS_FREED), "n0 and n4; the free chunk was no object");
        assertEquals(10, work.get(WorkKind.WORDS_FREED));
    }

    @Test
    void objectAlreadyInPlaceIsNotMoved() {
        marks.mark(n[0]);
        t.roots.add(n[0]);
        compact();
        assertEquals(2, work.get(WorkKind.OBJECTS_MOVED), "n0 stays; n1 is already next to it");
        assertEquals(0, marks.markedCount());
        assertEquals(n[0], t.roots.get(3));
    }

    @Test
    void nothingLiveEmptiesTheSpace() {
        marks.unmark(n[1]);
        marks.unmark(n[3]);
        marks.unmark(n[5]);
        t.roots.clear(0);
        t.roots.clear(2);
        compact();
        assertEquals(Map.of(space.start(), SIZE), SpaceCensus.of(space).freeChunks);
        assertEquals(0, work.get(WorkKind.OBJECTS_MOVED));
    }

    @Test
    void aReferenceToAnObjectMarkingMissedIsReportedNotTurnedIntoGarbage() {
        marks.unmark(n[3]); // as if marking had missed n3, which n5 (live) refers to
        HeapCorruptionException e = assertThrows(HeapCorruptionException.class, this::compact);
        assertTrue(e.getMessage().contains("refers to " + n[3] + ", which marking did not reach"), e.getMessage());
    }
}
