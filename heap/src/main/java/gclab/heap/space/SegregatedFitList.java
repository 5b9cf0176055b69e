package gclab.heap.space;

import gclab.heap.Heap;
import gclab.heap.ObjectModel;
import java.util.Arrays;

/**
 * Segregated fits: one exact-size LIFO list per small size class (2 to {@value #SMALL_MAX_WORDS} words, 16 to
 * 504 bytes), large chunks apart in a best-fit {@link SizeTree}, and a linear allocation block that small
 * requests bump-allocate from when their classes are empty (CMS's {@code CompactibleFreeListSpace} kept one,
 * its {@code _smallLinearAllocBlock}, for the same reason: not to split a large chunk in the index per request).
 *
 * <p>The choice of chunk for a request of {@code n} words:
 * <ol>
 *   <li>{@code n} &le; {@value #SMALL_MAX_WORDS} (small): the head of the smallest non-empty class of at least
 *       {@code n} words (its own, else the next larger, found in one step from a bit mask of the non-empty
 *       classes), split if larger; the block is on no class list, so it is not a candidate here. If every
 *       such class is empty: the block, if it holds at least {@code n} words; otherwise the block's rest (fewer
 *       than {@code n} words) is listed in its class, the best fit among the large chunks is taken from the tree,
 *       and it becomes the block. The request takes the block's first {@code n} words; the block keeps the
 *       rest, or ends if fewer than {@link ObjectModel#MIN_OBJECT_WORDS} words are left (one word goes dark).
 *       So, unlike best fit, a small request that finds its classes empty takes the block even when a smaller
 *       large chunk would fit: the block is always the rest of a chunk that was the best fit when it was taken.</li>
 *   <li>{@code n} &gt; {@value #SMALL_MAX_WORDS} (large): the best fit among the large chunks and the block
 *       (the block on a tie); a large chunk is split as before and its rest listed, the block shrinks in
 *       place.</li>
 * </ol>
 * The block is free memory like any listed chunk: its rest is formatted as a free chunk after every request
 * (the space stays parsable), it is counted in the free words, the chunk count and the histogram (the counters
 * stay equal to a recount), {@link #forEach} visits it and {@link #largestWords} includes it. {@link #forgetAll}
 * (a sweep's {@code clear}) forgets it with the lists. Nothing else lists or frees its words: it is free, so no
 * correct caller frees it, and a free is never coalesced with a neighbour. With the block, a run of small
 * requests against a large chunk costs one tree operation instead of a pop and a push per request.
 */
final class SegregatedFitList extends FreeList {
    /** Largest size class kept in an exact-size list; larger chunks go to the large tree. */
    static final int SMALL_MAX_WORDS = 63;

    private final int[] heads = new int[SMALL_MAX_WORDS + 1];
    /** Bit {@code s} is set exactly when the class of {@code s} words is non-empty. */
    private long nonEmpty;
    private final SizeTree large;
    /**
     * The linear allocation block: a free chunk of {@code blockWords} (at least
     * {@link ObjectModel#MIN_OBJECT_WORDS}) on no list and in no tree, counted as listed; or {@link Heap#NULL}
     * with {@code blockWords} 0.
     */
    private int block = Heap.NULL;
    private int blockWords;

    SegregatedFitList(Heap heap) {
        super(heap);
        this.large = new SizeTree(heap);
    }

    @Override
    int allocate(int sizeWords) {
        if (sizeWords <= SMALL_MAX_WORDS) {
            if ((nonEmpty & (-1L << sizeWords)) != 0) {
                return super.allocate(sizeWords); // a class list: take pops it, the rest is listed
            }
            if (blockWords < sizeWords && !refillBlock(sizeWords)) {
                return Heap.NULL;
            }
            return bump(sizeWords);
        }
        if (blockWords >= sizeWords && blockWords <= large.bestFitWords(sizeWords)) {
            return bump(sizeWords);
        }
        return super.allocate(sizeWords);
    }

    /**
     * Lists the block's rest and makes the best-fit large chunk for {@code sizeWords} the block; false (the
     * rest listed, no block) if no large chunk fits.
     */
    private boolean refillBlock(int sizeWords) {
        if (block != Heap.NULL) {
            insert(block, blockWords); // counted as listed already
            block = Heap.NULL;
            blockWords = 0;
        }
        int chunk = large.popBestFit(sizeWords);
        if (chunk == Heap.NULL) {
            return false;
        }
        block = chunk; // still counted as listed, under the same size
        blockWords = heap.lengthOf(chunk);
        return true;
    }

    /** Hands out the block's first {@code sizeWords} (it holds at least that many); the block keeps the rest. */
    private int bump(int sizeWords) {
        int chunk = block;
        int rest = blockWords - sizeWords;
        if (rest >= ObjectModel.MIN_OBJECT_WORDS) {
            shrunk(blockWords, rest);
            block = chunk + sizeWords;
            blockWords = rest;
            heap.formatFree(block, rest, Heap.NULL);
        } else {
            unlisted(blockWords);
            block = Heap.NULL;
            blockWords = 0;
            if (rest > 0) {
                add(chunk + sizeWords, rest); // a dark hole
            }
        }
        return chunk;
    }

    @Override
    protected void insert(int chunk, int sizeWords) {
        if (sizeWords > SMALL_MAX_WORDS) {
            large.push(chunk, sizeWords);
            return;
        }
        heap.formatFree(chunk, sizeWords, heads[sizeWords]);
        heads[sizeWords] = chunk;
        nonEmpty |= 1L << sizeWords;
    }

    /** A class list's head for a small request whose classes are not all empty, else the best large fit. */
    @Override
    protected int take(int sizeWords) {
        if (sizeWords <= SMALL_MAX_WORDS) {
            long candidates = nonEmpty & (-1L << sizeWords);
            if (candidates != 0) {
                int size = Long.numberOfTrailingZeros(candidates);
                int chunk = heads[size];
                heads[size] = heap.freeNext(chunk);
                if (heads[size] == Heap.NULL) {
                    nonEmpty &= ~(1L << size);
                }
                return chunk;
            }
        }
        return large.popBestFit(sizeWords);
    }

    @Override
    protected void forgetAll() {
        Arrays.fill(heads, Heap.NULL);
        nonEmpty = 0;
        large.clear();
        block = Heap.NULL;
        blockWords = 0;
    }

    @Override
    void forEach(ChunkVisitor visitor) {
        for (int size = ObjectModel.MIN_OBJECT_WORDS; size <= SMALL_MAX_WORDS; size++) {
            for (int chunk = heads[size]; chunk != Heap.NULL; chunk = heap.freeNext(chunk)) {
                visitor.visit(chunk, size, true);
            }
        }
        large.forEach(visitor);
        if (block != Heap.NULL) {
            visitor.visit(block, blockWords, true);
        }
    }

    @Override
    long largestWords() {
        long largestSmall = nonEmpty == 0 ? 0 : 63 - Long.numberOfLeadingZeros(nonEmpty);
        return Math.max(Math.max(large.largestWords(), blockWords), largestSmall);
    }

    @Override
    long sizeTreeOperations() {
        return large.operations();
    }

    @Override
    int blockAddress() {
        return block;
    }

    @Override
    int blockWords() {
        return blockWords;
    }
}
