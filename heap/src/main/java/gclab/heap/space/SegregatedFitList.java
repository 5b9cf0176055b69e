package gclab.heap.space;

import gclab.heap.Heap;
import gclab.heap.ObjectModel;
import java.util.Arrays;

/**
 * Segregated fits: one exact-size LIFO list per small size class (2 to {@value #SMALL_MAX_WORDS} words, 16 to
 * 504 bytes), and large chunks apart in a best-fit {@link SizeTree}. A small request pops its own class in
 * O(1); when that class is empty, a bit mask of the non-empty classes finds the next larger one in one step.
 */
final class SegregatedFitList extends FreeList {
    /** Largest size class kept in an exact-size list; larger chunks go to the large tree. */
    static final int SMALL_MAX_WORDS = 63;

    private final int[] heads = new int[SMALL_MAX_WORDS + 1];
    /** Bit {@code s} is set exactly when the class of {@code s} words is non-empty. */
    private long nonEmpty;
    private final SizeTree large;

    SegregatedFitList(Heap heap) {
        super(heap);
        this.large = new SizeTree(heap);
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
    }

    @Override
    void forEach(ChunkVisitor visitor) {
        for (int size = ObjectModel.MIN_OBJECT_WORDS; size <= SMALL_MAX_WORDS; size++) {
            for (int chunk = heads[size]; chunk != Heap.NULL; chunk = heap.freeNext(chunk)) {
                visitor.visit(chunk, size, true);
            }
        }
        large.forEach(visitor);
    }

    @Override
    long largestWords() {
        long largestLarge = large.largestWords();
        if (largestLarge > 0) {
            return largestLarge;
        }
        return nonEmpty == 0 ? 0 : 63 - Long.numberOfLeadingZeros(nonEmpty);
    }
}
