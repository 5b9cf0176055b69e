package gclab.heap.space;

import gclab.heap.Heap;
import gclab.heap.ObjectModel;

/**
 * The free chunks of one space, organised by a {@link FitPolicy}. Every listed chunk is formatted in the heap
 * as a free object, so the space stays parsable; list policies thread their lists through its word 1, and the
 * trees ({@link FitTree}) keep their index in host arrays.
 * The counters (words listed, chunks listed, words lost to one-word holes) are exact at all times. A policy may
 * hold one listed chunk apart from its lists (segregated fits' linear allocation block): it is counted, visited
 * and forgotten as a listed chunk.
 */
abstract class FreeList {
    protected final Heap heap;
    private long freeWords;
    private long chunks;
    private long darkWords;
    /** Listed chunks per size bucket of {@link FragmentationStats}, kept as chunks come and go. */
    private final long[] histogram = new long[FragmentationStats.BUCKETS];

    FreeList(Heap heap) {
        this.heap = heap;
    }

    static FreeList create(Heap heap, FitPolicy policy) {
        switch (policy) {
            case FIRST_FIT: return new FirstFitList(heap);
            case BEST_FIT: return new BestFitList(heap);
            default: return new SegregatedFitList(heap);
        }
    }

    /** After this, {@code [chunk, chunk + sizeWords)} is a listed free chunk (or a dark one-word hole). */
    final void add(int chunk, int sizeWords) {
        add(chunk, sizeWords, false);
    }

    private void add(int chunk, int sizeWords, boolean restOfSplit) {
        if (sizeWords < ObjectModel.MIN_OBJECT_WORDS) {
            heap.formatFree(chunk, sizeWords, Heap.NULL);
            darkWords += sizeWords;
            return;
        }
        if (restOfSplit) {
            insertRest(chunk, sizeWords);
        } else {
            insert(chunk, sizeWords);
        }
        freeWords += sizeWords;
        chunks++;
        histogram[FragmentationStats.bucket(sizeWords)]++;
    }

    /**
     * Removes a chunk of at least {@code sizeWords} from the lists, gives its first {@code sizeWords} to the
     * caller and lists the rest; returns the address, or 0 if no listed chunk is large enough.
     */
    int allocate(int sizeWords) {
        int chunk = take(sizeWords);
        if (chunk == Heap.NULL) {
            return Heap.NULL;
        }
        int chunkWords = heap.lengthOf(chunk);
        unlisted(chunkWords);
        if (chunkWords > sizeWords) {
            add(chunk + sizeWords, chunkWords - sizeWords, true);
        }
        return chunk;
    }

    /** Counts a listed chunk of {@code sizeWords} as gone from the lists (taken whole, or to be split). */
    protected final void unlisted(int sizeWords) {
        freeWords -= sizeWords;
        chunks--;
        histogram[FragmentationStats.bucket(sizeWords)]--;
    }

    /**
     * Counts a listed chunk of {@code fromWords} as shrunk in place to {@code toWords} (at least
     * {@link ObjectModel#MIN_OBJECT_WORDS}): its first {@code fromWords - toWords} were handed out.
     */
    protected final void shrunk(int fromWords, int toWords) {
        freeWords -= fromWords - toWords;
        // A bucket is a power of two of bytes: two sizes with the same highest bit (their xor below the smaller)
        // share it. That is the common case, a linear allocation block shrinking by one small object, and it needs
        // no bucket computed.
        if ((fromWords ^ toWords) >= toWords) {
            int from = FragmentationStats.bucket(fromWords);
            int to = FragmentationStats.bucket(toWords);
            if (from != to) {
                histogram[from]--;
                histogram[to]++;
            }
        }
    }

    /** Formats {@code chunk} as free and links it into the policy's structure. */
    protected abstract void insert(int chunk, int sizeWords);

    /**
     * Lists the rest of the chunk that the last {@link #take} returned; {@link #allocate} calls it right after
     * that take, exactly when the rest is at least {@link ObjectModel#MIN_OBJECT_WORDS} words (a smaller rest
     * is a dark hole). By default it is inserted like any chunk; first fit gives it the taken chunk's node.
     */
    protected void insertRest(int rest, int sizeWords) {
        insert(rest, sizeWords);
    }

    /** Unlinks and returns a chunk of at least {@code sizeWords} chosen by the policy, or 0. */
    protected abstract int take(int sizeWords);

    /** Forgets every chunk (the memory is not touched). */
    void clear() {
        freeWords = 0;
        chunks = 0;
        darkWords = 0;
        java.util.Arrays.fill(histogram, 0);
        forgetAll();
    }

    protected abstract void forgetAll();

    /**
     * Tree operations of a {@link SizeTree} index so far (chunks pushed and popped): 0 for a policy without
     * one. For tests, which count the work a policy does, never its time.
     */
    long sizeTreeOperations() {
        return 0;
    }

    /** The policy's linear allocation block (a listed chunk on no list), or {@link Heap#NULL}: for tests. */
    int blockAddress() {
        return Heap.NULL;
    }

    /** The block's size in words, 0 if there is none. */
    int blockWords() {
        return 0;
    }

    /** Visits every listed chunk. */
    abstract void forEach(ChunkVisitor visitor);

    /** The largest listed chunk in words, 0 if none. */
    abstract long largestWords();

    final long freeWords() {
        return freeWords;
    }

    final long chunks() {
        return chunks;
    }

    final long darkWords() {
        return darkWords;
    }

    /** The figures of the listed chunks and dark words, from the counters: no walk over the chunks. */
    final FragmentationStats stats() {
        return FragmentationStats.of(freeWords, chunks, largestWords(), darkWords, histogram);
    }
}
