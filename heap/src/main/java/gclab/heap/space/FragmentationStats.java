package gclab.heap.space;

import gclab.heap.ObjectModel;
import java.util.Arrays;

/**
 * Free memory of a space at one moment (DESIGN.md, "Fragmentation"): free bytes, number of free chunks,
 * largest free chunk, external fragmentation = 1 - largest / free, and a histogram of free-chunk sizes in
 * power-of-two byte buckets. One-word holes that no object fits ("dark matter") are counted apart.
 */
public final class FragmentationStats {
    /** Bucket {@code i} counts chunks of {@code [2^i, 2^(i+1))} bytes; chunks are at least 8 bytes (i = 3). */
    public static final int BUCKETS = 40;

    private final long freeBytes;
    private final long freeChunks;
    private final long largestChunkBytes;
    private final long darkBytes;
    private final long[] histogram;

    private FragmentationStats(long freeBytes, long freeChunks, long largestChunkBytes, long darkBytes,
                               long[] histogram) {
        this.freeBytes = freeBytes;
        this.freeChunks = freeChunks;
        this.largestChunkBytes = largestChunkBytes;
        this.darkBytes = darkBytes;
        this.histogram = histogram;
    }

    public static final FragmentationStats NONE = new Builder().build();

    public long freeBytes() {
        return freeBytes;
    }

    public long freeChunks() {
        return freeChunks;
    }

    public long largestChunkBytes() {
        return largestChunkBytes;
    }

    /** Bytes in one-word holes, too small for any object and on no free list. */
    public long darkBytes() {
        return darkBytes;
    }

    /** 1 - largest free chunk / free bytes; 0 when nothing is free. */
    public double externalFragmentation() {
        return external(freeBytes, largestChunkBytes);
    }

    /** 1 - largest / free, for any unit; 0 when nothing is free. */
    public static double external(long free, long largest) {
        return free == 0 ? 0.0 : 1.0 - (double) largest / free;
    }

    /** A copy of the free-chunk size histogram; see {@link #BUCKETS}. */
    public long[] histogram() {
        return histogram.clone();
    }

    /** The sum of two spaces' figures (the largest chunk is the larger of the two). */
    public FragmentationStats plus(FragmentationStats o) {
        long[] h = histogram.clone();
        for (int i = 0; i < BUCKETS; i++) {
            h[i] += o.histogram[i];
        }
        return new FragmentationStats(freeBytes + o.freeBytes, freeChunks + o.freeChunks,
                Math.max(largestChunkBytes, o.largestChunkBytes), darkBytes + o.darkBytes, h);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof FragmentationStats)) {
            return false;
        }
        FragmentationStats o = (FragmentationStats) obj;
        return freeBytes == o.freeBytes && freeChunks == o.freeChunks && largestChunkBytes == o.largestChunkBytes
                && darkBytes == o.darkBytes && Arrays.equals(histogram, o.histogram);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(freeBytes) * 31 + Long.hashCode(freeChunks);
    }

    @Override
    public String toString() {
        return String.format("free=%dB chunks=%d largest=%dB dark=%dB external=%.3f",
                freeBytes, freeChunks, largestChunkBytes, darkBytes, externalFragmentation());
    }

    /** The histogram bucket of a listed chunk of {@code sizeWords}: log2 of its bytes. */
    static int bucket(long sizeWords) {
        return Math.min(BUCKETS - 1, 63 - Long.numberOfLeadingZeros(ObjectModel.bytes(sizeWords)));
    }

    /** Figures from counters kept elsewhere (a free list's), in words; {@code histogram} is copied. */
    static FragmentationStats of(long freeWords, long chunks, long largestWords, long darkWords, long[] histogram) {
        return new FragmentationStats(ObjectModel.bytes(freeWords), chunks, ObjectModel.bytes(largestWords),
                ObjectModel.bytes(darkWords), histogram.clone());
    }

    /** Accumulates free chunks into figures. */
    public static final class Builder {
        private long freeWords;
        private long chunks;
        private long largestWords;
        private long darkWords;
        private final long[] histogram = new long[BUCKETS];

        /** Adds one free chunk of {@code sizeWords}; a one-word chunk counts as dark matter. */
        public Builder addChunk(long sizeWords) {
            if (sizeWords < ObjectModel.MIN_OBJECT_WORDS) {
                darkWords += sizeWords;
                return this;
            }
            freeWords += sizeWords;
            chunks++;
            largestWords = Math.max(largestWords, sizeWords);
            histogram[bucket(sizeWords)]++;
            return this;
        }

        /** Adds words of one-word holes. */
        public Builder addDark(long words) {
            darkWords += words;
            return this;
        }

        public FragmentationStats build() {
            return new FragmentationStats(ObjectModel.bytes(freeWords), chunks, ObjectModel.bytes(largestWords),
                    ObjectModel.bytes(darkWords), histogram.clone());
        }
    }
}
