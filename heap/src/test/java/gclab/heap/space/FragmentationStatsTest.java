package gclab.heap.space;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FragmentationStatsTest {

    private static FragmentationStats of(long... chunkWords) {
        FragmentationStats.Builder b = new FragmentationStats.Builder();
        for (long w : chunkWords) {
            b.addChunk(w);
        }
        return b.build();
    }

    @Test
    void freeBytesChunkCountAndLargest() {
        FragmentationStats f = of(2, 10, 4);
        assertEquals(16 * 8, f.freeBytes());
        assertEquals(3, f.freeChunks());
        assertEquals(80, f.largestChunkBytes());
    }

    @Test
    void externalFragmentationIsOneMinusLargestOverFree() {
        assertEquals(1.0 - 10.0 / 16.0, of(2, 10, 4).externalFragmentation(), 1e-12);
        assertEquals(0.0, of(50).externalFragmentation(), "one chunk is not fragmented");
        assertEquals(0.75, of(2, 2, 2, 2).externalFragmentation(), 1e-12);
    }

    @Test
    void nothingFreeIsNotFragmented() {
        assertEquals(0.0, FragmentationStats.NONE.externalFragmentation());
        assertEquals(0, FragmentationStats.NONE.freeBytes());
        assertEquals(FragmentationStats.NONE, of());
    }

    @Test
    void histogramBucketIsTheFloorOfLog2OfTheChunkBytes() {
        // 2 words = 16 B -> bucket 4; 3 words = 24 B -> 4; 4 words = 32 B -> 5; 1000 words = 8000 B -> 12
        long[] h = of(2, 3, 4, 1000).histogram();
        long[] expected = new long[FragmentationStats.BUCKETS];
        expected[4] = 2;
        expected[5] = 1;
        expected[12] = 1;
        assertArrayEquals(expected, h);
    }

    @Test
    void histogramIsACopy() {
        FragmentationStats f = of(2);
        f.histogram()[4] = 99;
        assertEquals(1, f.histogram()[4]);
    }

    @Test
    void oneWordChunksAreDarkAndCountInNoOtherFigure() {
        FragmentationStats f = new FragmentationStats.Builder().addChunk(1).addChunk(1).addDark(3).addChunk(5).build();
        assertEquals(5 * 8, f.darkBytes());
        assertEquals(5 * 8, f.freeBytes());
        assertEquals(1, f.freeChunks());
        assertEquals(0.0, f.externalFragmentation());
        assertEquals(1, java.util.Arrays.stream(f.histogram()).sum());
    }

    @Test
    void plusAddsFiguresAndTakesTheLargerLargestChunk() {
        FragmentationStats a = new FragmentationStats.Builder().addChunk(2).addChunk(30).addDark(1).build();
        FragmentationStats b = new FragmentationStats.Builder().addChunk(40).addChunk(3).addDark(2).build();
        FragmentationStats sum = a.plus(b);
        assertEquals((2 + 30 + 40 + 3) * 8, sum.freeBytes());
        assertEquals(4, sum.freeChunks());
        assertEquals(40 * 8, sum.largestChunkBytes());
        assertEquals(3 * 8, sum.darkBytes());
        assertEquals(of(2, 30, 40, 3, 1, 1, 1), sum);
        assertNotEquals(a, sum);
    }

    @Test
    void plusNoneIsIdentity() {
        FragmentationStats a = of(7, 9);
        assertEquals(a, a.plus(FragmentationStats.NONE));
        assertEquals(a, FragmentationStats.NONE.plus(a));
    }
}
