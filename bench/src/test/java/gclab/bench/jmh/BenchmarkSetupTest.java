package gclab.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.space.FitPolicy;
import gclab.heap.space.FragmentationStats;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks measure what they say: checked on their own states, with work counts, not times. */
class BenchmarkSetupTest {
    @Test
    void everyAllocatorFitsTheWholeBatchIntoTheSameFragmentedStateEachTime() {
        for (String allocator : List.of("bump", "first-fit", "best-fit", "segregated")) {
            AllocationBenchmark b = new AllocationBenchmark();
            b.allocator = allocator;
            b.createSpace();
            b.resetSpace();
            FragmentationStats before = b.space().fragmentation();
            if (!allocator.equals("bump")) {
                // realistically fragmented: many holes, none close to the free total
                assertTrue(before.freeChunks() > 10_000, allocator + ": " + before);
                assertTrue(before.externalFragmentation() > 0.99, allocator + ": " + before);
            }
            assertEquals(0, b.allocate(), allocator + " refused part of the batch");
            assertTrue(b.space().fragmentation().freeBytes() < before.freeBytes());
            b.resetSpace();
            assertEquals(before, b.space().fragmentation(), allocator + ": reset must restore the same free lists");
        }
    }

    @Test
    void everySweepFreesTheSameDeadObjects() {
        for (FitPolicy policy : FitPolicy.values()) {
            SweepBenchmark b = new SweepBenchmark();
            b.policy = policy.optionName();
            b.fill();
            b.restore();
            long freed = b.sweep();
            FragmentationStats after = fragmentationOf(b);
            b.restore();
            assertEquals(freed, b.sweep(), policy + ": the second sweep must free what the first did");
            assertEquals(after, fragmentationOf(b));
            assertTrue(freed > 0);
        }
    }

    private static FragmentationStats fragmentationOf(SweepBenchmark b) {
        return b.fragmented().space.fragmentation();
    }

    @Test
    void fragmentedHeapKeepsAboutHalfItsObjectsAlive() {
        FragmentedHeap h = new FragmentedHeap(8L << 20, FitPolicy.SEGREGATED, 0.5, 1);
        h.restoreUnswept();
        WorkCounts work = h.sweep();
        long objects = h.objects();
        long freed = work.get(WorkKind.OBJECTS_FREED);
        assertTrue(freed > objects * 0.45 && freed < objects * 0.55, freed + " of " + objects);
        assertEquals(h.space.capacityWords(), work.get(WorkKind.WORDS_SWEPT));
    }

    @Test
    void theHotSpotAnchorAllocatesTheSameMixOfShapes() {
        HotSpotAllocationBenchmark b = new HotSpotAllocationBenchmark();
        b.shapes();
        int[] perKind = new int[10];
        for (int kind : b.kinds()) {
            perKind[kind]++;
        }
        // ObjectMix: 60% nodes, 20% instances of 1..8 fields, 20% long[]
        assertEquals(0.6, perKind[0] / (double) AllocationBenchmark.BATCH, 0.02);
        assertEquals(0.2, perKind[9] / (double) AllocationBenchmark.BATCH, 0.02);
        for (int fields = 1; fields <= 8; fields++) {
            assertTrue(perKind[fields] > 0, "no instance of " + fields + " fields");
        }
    }

    @Test
    void markingTheTreeMarksEveryNodeEveryTime() {
        for (String order : List.of("preorder", "postorder")) {
            MarkBenchmark b = new MarkBenchmark();
            b.order = order;
            b.buildGraph();
            assertEquals(MarkBenchmark.NODES, b.markOnce(), order);
            assertEquals(MarkBenchmark.NODES, b.markOnce(), order + ", second time (epoch marks)");
        }
    }

    @Test
    void aFullCollectionOfTheTreeMarksEveryNodeAndFreesNothing() {
        for (String option : List.of("compact=never", "compact=always")) {
            FullGcBenchmark b = new FullGcBenchmark();
            b.marksweep = option;
            b.buildGraph();
            b.fullGc();
            b.fullGc();
            WorkCounts second = b.memoryManager().telemetry().pauses().get(1).work();
            assertEquals(MarkBenchmark.NODES, second.get(WorkKind.OBJECTS_MARKED), option);
            assertEquals(0, second.get(WorkKind.OBJECTS_FREED), option);
            assertEquals(0, second.get(WorkKind.OBJECTS_MOVED), option);
        }
    }
}
