package gclab.heap.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.Heap;
import gclab.heap.testing.TestHeap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link FreeListSpace#fragmentation()} comes from counters the free lists keep (the telemetry reads it at the
 * end of every pause, with the mutator stopped): after any sequence of listing, splitting, exact fits, dark
 * holes and clearing it equals a walk over every listed chunk, histogram included.
 */
class FragmentationCountersTest {
    private static final int WORDS = 1 << 15;

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void countersEqualAWalkOverEveryChunk(FitPolicy policy) {
        TestHeap t = new TestHeap((WORDS + 64) * 8L);
        FreeListSpace space = new FreeListSpace(t.heap, "heap", WORDS, policy);
        Random random = new Random(6);
        assertEquals(space.walkFragmentation(), space.fragmentation());
        for (int round = 0; round < 3; round++) {
            List<int[]> taken = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int size = 2 + (random.nextInt(8) == 0 ? random.nextInt(300) : random.nextInt(12));
                int address = space.allocate(size);
                if (address != Heap.NULL) {
                    taken.add(new int[] {address, size});
                }
                if (i % 97 == 0) {
                    assertEquals(space.walkFragmentation(), space.fragmentation(), policy + " after allocating");
                }
            }
            // free every other object, one word holes included: many small chunks, as a sweep leaves them
            space.clearFreeLists();
            long chunks = 0;
            for (int i = 0; i < taken.size(); i += 2) {
                space.addFreeChunk(taken.get(i)[0], taken.get(i)[1]);
                chunks++;
            }
            assertTrue(space.fragmentation().freeChunks() > 0 && space.fragmentation().freeChunks() <= chunks);
            assertEquals(space.walkFragmentation(), space.fragmentation(), policy + " after a rebuild");
        }
    }
}
