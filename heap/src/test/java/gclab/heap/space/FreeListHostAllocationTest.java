package gclab.heap.space;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gclab.heap.Heap;
import gclab.heap.testing.TestHeap;
import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The free-list policies keep their index in primitive arrays: once those have grown to the space's needs,
 * allocating and freeing allocates nothing on the host (no boxed keys, no tree entries), as a real allocator's
 * metadata does not. Measured with the host's per-thread allocation counter, which counts bytes, not time.
 */
class FreeListHostAllocationTest {

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void allocatingAndFreeingAllocatesNoHostMemoryOnceWarm(FitPolicy policy) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no per-thread allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "per-thread allocation counting is off");
        TestHeap t = new TestHeap(1 << 20);
        FreeListSpace s = new FreeListSpace(t.heap, "old", 100_000, policy);
        int[] live = new int[4_000];
        int[] sizes = new int[live.length];
        Random random = new Random(42);
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = random.nextInt(8) == 0 ? 64 + random.nextInt(100) : 2 + random.nextInt(20);
        }
        for (int round = 0; round < 3; round++) { // warm: the arrays grow to what the rounds need
            churn(s, live, sizes, round);
        }
        long thread = Thread.currentThread().getId();
        long operations = 0;
        long before = threads.getThreadAllocatedBytes(thread);
        for (int round = 0; round < 10; round++) {
            operations += churn(s, live, sizes, round);
        }
        long bytes = threads.getThreadAllocatedBytes(thread) - before;
        // Not 0: the JVM itself may charge a few hundred bytes to the thread now and then. A boxed tree costs
        // tens of bytes per operation (an entry and an Integer for each new key).
        assertTrue(bytes < operations, policy + ": " + bytes + " host bytes for " + operations
                + " allocations and frees; the index should allocate nothing");
    }

    /**
     * Allocates an object for every slot, frees every other one and allocates it again, frees them all, and
     * lists the space as one chunk again. Returns the allocations and frees it made.
     */
    private static long churn(FreeListSpace s, int[] live, int[] sizes, int round) {
        long operations = 0;
        for (int i = 0; i < live.length; i++) {
            live[i] = s.allocate(sizes[i]);
            operations++;
        }
        for (int i = round % 2; i < live.length; i += 2) {
            if (live[i] != Heap.NULL) {
                s.free(live[i], sizes[i]);
                live[i] = s.allocate(sizes[i]);
                operations += 2;
            }
        }
        for (int i = 0; i < live.length; i++) {
            if (live[i] != Heap.NULL) {
                s.free(live[i], sizes[i]);
                operations++;
            }
        }
        s.clearFreeLists();
        s.addFreeChunk(s.start(), s.capacityWords());
        return operations;
    }
}
