package gclab.heap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.BitSetMarks;
import gclab.heap.testing.SpaceCensus;
import gclab.heap.testing.TestHeap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SweeperTest {
    private static final int SIZE = 100;

    private TestHeap t;
    private FreeListSpace space;
    private final BitSetMarks marks = new BitSetMarks();
    private final WorkCounts work = new WorkCounts();

    /** Eight Nodes of 5 words at start + 0, 5, ..., 35, then the free rest of the space. */
    private int[] eightNodes(FitPolicy policy) {
        t = new TestHeap(4096);
        space = new FreeListSpace(t.heap, "old", SIZE, policy);
        int[] n = new int[8];
        for (int i = 0; i < 8; i++) {
            n[i] = t.node(space, i);
        }
        return n;
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void deadNeighboursAndFreeChunksCoalesceIntoMaximalChunks(FitPolicy policy) {
        int[] n = eightNodes(policy);
        space.free(n[2], 5); // already free before the sweep, between dead objects
        marks.mark(n[0]);
        marks.mark(n[4]);
        marks.mark(n[5]);
        Sweeper.sweep(space, marks, work);
        // dead: 1, [2 free], 3 -> one chunk; 6, 7 and the free tail -> one chunk
        assertEquals(Map.of(n[1], 15, n[6], SIZE - 30), SpaceCensus.of(space).freeChunks);
        assertNull(SpaceCensus.of(space).checkAgainst(space));
        assertEquals(List.of(n[0], n[4], n[5]), SpaceCensus.of(space).objects);
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void survivorsAreUnmarkedAndUntouched(FitPolicy policy) {
        int[] n = eightNodes(policy);
        t.link(n[3], 0, n[7]);
        marks.mark(n[3]);
        marks.mark(n[7]);
        Sweeper.sweep(space, marks, work);
        assertEquals(0, marks.markedCount());
        assertEquals(n[7], t.ref(n[3], 0));
        assertEquals(3, t.label(n[3]));
        assertEquals(7, t.label(n[7]));
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void workCountsSweptFreedObjectsAndWords(FitPolicy policy) {
        int[] n = eightNodes(policy);
        space.free(n[2], 5);
        marks.mark(n[0]);
        Sweeper.sweep(space, marks, work);
        assertEquals(SIZE, work.get(WorkKind.WORDS_SWEPT));
        assertEquals(6, work.get(WorkKind.OBJECTS_FREED), "the already free chunk is not an object");
        assertEquals(30, work.get(WorkKind.WORDS_FREED));
        assertEquals(Map.of(n[1], SIZE - 5), SpaceCensus.of(space).freeChunks);
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void everythingDeadBecomesOneChunk(FitPolicy policy) {
        eightNodes(policy);
        Sweeper.sweep(space, marks, work);
        assertEquals(Map.of(space.start(), SIZE), SpaceCensus.of(space).freeChunks);
        assertEquals(SIZE, space.freeWords());
        assertEquals(SIZE, space.largestFreeWords());
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void everythingLiveAndFullLeavesNoChunk(FitPolicy policy) {
        t = new TestHeap(4096);
        space = new FreeListSpace(t.heap, "old", 20, policy);
        for (int i = 0; i < 4; i++) {
            marks.mark(t.node(space, i));
        }
        Sweeper.sweep(space, marks, work);
        assertEquals(0, space.freeWords());
        assertEquals(4, SpaceCensus.of(space).objects.size());
        assertEquals(0, work.get(WorkKind.OBJECTS_FREED));
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void sweptChunksAreAllocatableAgainAtTheirAddresses(FitPolicy policy) {
        int[] n = eightNodes(policy);
        marks.mark(n[0]);
        marks.mark(n[2]);
        Sweeper.sweep(space, marks, work);
        // the only chunk of exactly 5 words is n[1]'s: first fit finds it first, best fit and segregated by size
        assertEquals(n[1], space.allocate(5));
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void darkHoleBetweenSurvivorsIsSweptIntoTheRun(FitPolicy policy) {
        t = new TestHeap(4096);
        space = new FreeListSpace(t.heap, "old", 11, policy);
        int a = t.node(space, 0);
        int b = t.allocate(space, t.leaf, 0); // 3 words, then 3 words of a Leaf
        int c = t.allocate(space, t.leaf, 0);
        space.free(b, 3);
        marks.mark(a);
        marks.mark(c);
        Sweeper.sweep(space, marks, work);
        // [a 5][b 3 free][c 3]: b's chunk stays free, and the space is full otherwise
        assertEquals(Map.of(b, 3), SpaceCensus.of(space).freeChunks);
        assertNull(SpaceCensus.of(space).checkAgainst(space));
    }
}
