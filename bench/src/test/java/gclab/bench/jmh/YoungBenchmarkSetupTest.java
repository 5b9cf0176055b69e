package gclab.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.bench.synthetic.TreeGraph;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The young-generation benchmarks measure what they say: each set-up and a few operations run untimed, and the
 * work counts of every minor collection are checked (never a time).
 */
class YoungBenchmarkSetupTest {
    @Test
    void aMinorCollectionWithCleanCardsCopiesExactlyTheYoungTreeAndScansNoCard() {
        MinorGcBenchmark b = minorGc("32m", "tree");
        for (int i = 0; i < 3; i++) {
            b.fillEden();
            b.minorGc();
            b.recordPause();
        }
        WorkCounts work = b.iterationPauses().workPerPause();
        assertEquals(3, b.iterationPauses().count());
        // the same work every time: the tree of the round before is dead in from-space and never touched
        assertTrue(work != null, "the work differed between rounds");
        assertEquals(MinorGcBenchmark.treeNodes(), work.get(WorkKind.OBJECTS_COPIED));
        assertEquals((long) MinorGcBenchmark.treeNodes() * TreeGraph.NODE_BYTES / 8, work.get(WorkKind.WORDS_COPIED));
        assertEquals(0, work.get(WorkKind.CARDS_SCANNED));
        assertEquals(0, work.get(WorkKind.OBJECTS_PROMOTED));
        assertEquals(2, work.get(WorkKind.ROOTS_SCANNED));
        // old holds about half its 32 MiB of live trees, untouched by the minor collections
        assertTrue(b.heap().oldLiveBytes() > 14 * YoungHeap.MIB, "old holds " + b.heap().oldLiveBytes());
        assertTrue(b.heap().used("old") >= b.heap().oldLiveBytes());
    }

    @Test
    void whenNothingSurvivesTheMinorCollectionCopiesNothing() {
        MinorGcBenchmark b = minorGc("32m", "none");
        for (int i = 0; i < 2; i++) {
            b.fillEden();
            b.minorGc();
            b.recordPause();
        }
        WorkCounts work = b.iterationPauses().workPerPause();
        assertEquals(0, work.get(WorkKind.OBJECTS_COPIED));
        assertEquals(0, work.get(WorkKind.CARDS_SCANNED));
        assertEquals(1, work.get(WorkKind.ROOTS_SCANNED));
        assertEquals(0, b.heap().used("survivor0") + b.heap().used("survivor1"));
    }

    @Test
    void theMinorCollectionsWorkDoesNotGrowWithOld() {
        // 128 MiB stands in for 1 GiB here (a 1 GiB long[] is too much for a unit test); the benchmark runs both
        YoungHeap small = new YoungHeap(MinorGcBenchmark.YOUNG_BYTES, 32 * YoungHeap.MIB, Map.of());
        YoungHeap large = new YoungHeap(MinorGcBenchmark.YOUNG_BYTES, 128 * YoungHeap.MIB, Map.of());
        small.fillOld(16 * YoungHeap.MIB);
        large.fillOld(64 * YoungHeap.MIB);
        assertTrue(large.oldLiveObjects() > 3 * small.oldLiveObjects());
        assertEquals(small.capacity("eden"), large.capacity("eden"), "the young generations differ");
        small.minorCollection(MinorGcBenchmark.TREE_DEPTH);
        large.minorCollection(MinorGcBenchmark.TREE_DEPTH);
        PauseRecord s = small.minorCollection(MinorGcBenchmark.TREE_DEPTH);
        PauseRecord l = large.minorCollection(MinorGcBenchmark.TREE_DEPTH);
        assertEquals(s.work().asMap(), l.work().asMap());
    }

    @Test
    void aTriggerThatDoesNotCollectIsCaught() {
        YoungHeap heap = new YoungHeap(MinorGcBenchmark.YOUNG_BYTES, 32 * YoungHeap.MIB, Map.of());
        heap.trigger(); // eden is empty: no collection
        assertThrows(IllegalStateException.class, heap::collected);
    }

    @Test
    void theCopyRateBenchmarkCopiesTheWholeTreeToASurvivorOrToOld() {
        for (String copyTo : new String[] {"survivor", "old"}) {
            CopyRateBenchmark b = new CopyRateBenchmark();
            b.copyTo = copyTo;
            b.copyOrder = copyTo.equals("old") ? "depth-first" : "breadth-first";
            b.depth = 14; // 32,767 nodes; the benchmark's 19 only makes the heap larger
            b.buildHeap();
            // enough rounds that the promoting variant must empty old in its set-up at least once
            for (int i = 0; i < 10; i++) {
                b.buildTree();
                b.minorGc();
                b.recordPause();
            }
            WorkCounts work = b.iterationPauses().workPerPause();
            assertTrue(work != null, copyTo + ": the work differed between rounds");
            int nodes = TreeGraph.nodes(14);
            assertEquals(nodes, work.get(WorkKind.OBJECTS_COPIED), copyTo);
            assertEquals((long) nodes * TreeGraph.NODE_BYTES / 8, work.get(WorkKind.WORDS_COPIED), copyTo);
            assertEquals(copyTo.equals("old") ? nodes : 0, work.get(WorkKind.OBJECTS_PROMOTED), copyTo);
            long fullCollections = b.heap().memoryManager().telemetry().pauses().stream()
                    .filter(p -> p.kind() == PauseKind.FULL).count();
            assertEquals(copyTo.equals("old"), fullCollections > 0, copyTo + ": " + fullCollections + " full");
        }
    }

    @Test
    void thePauseSummaryTakesPercentilesOfTheRecordedPauses() {
        YoungHeap heap = new YoungHeap(MinorGcBenchmark.YOUNG_BYTES, 32 * YoungHeap.MIB, Map.of());
        YoungPauses pauses = new YoungPauses();
        for (int i = 0; i < 3; i++) {
            PauseRecord p = heap.minorCollection(-1);
            assertEquals(PauseKind.YOUNG, p.kind());
            pauses.add(p);
        }
        long[] d = heap.memoryManager().telemetry().pauses().stream().mapToLong(PauseRecord::durationNanos)
                .sorted().toArray();
        assertEquals(d[1], pauses.percentileNanos(50));
        assertEquals(d[2], pauses.percentileNanos(100));
        assertTrue(pauses.summary().contains("objects-copied=0"), pauses.summary());
    }

    private static MinorGcBenchmark minorGc(String old, String survivors) {
        MinorGcBenchmark b = new MinorGcBenchmark();
        b.old = old;
        b.survivors = survivors;
        b.buildHeap();
        return b;
    }
}
