package gclab.collectors.refcount;

import gclab.heap.Heap;
import gclab.heap.gc.MarkBits;

/**
 * The reference-counting collector's GC word (the state table is in the package documentation):
 *
 * <pre>
 *   bits  0..31  count     heap references + references from the last root snapshot; all ones = stuck (sticky)
 *   bits 32..33  colour    00 black, 01 gray, 10 white, 11 purple
 *   bit  34      buffered  in the candidate buffer (possible roots of garbage cycles)
 *   bit  35      in ZCT    in the zero-count table
 *   bit  36      green     acyclic (the layout holds no references): never a candidate; set at allocation
 *   bit  37      mark      reached by the backup trace (only during one)
 *   bit  38      rooted    held by a root at this reconciliation (set and cleared within one)
 * </pre>
 * Only the low {@code countBits} bits of the count field are used; a count that reaches
 * {@code 2^countBits - 1} stays there ("sticky").
 */
final class CountWord implements MarkBits {
    static final long BLACK = 0L;
    static final long GRAY = 1L << 32;
    static final long WHITE = 2L << 32;
    static final long PURPLE = 3L << 32;
    static final long COLOUR = 3L << 32;
    static final long BUFFERED = 1L << 34;
    static final long IN_ZCT = 1L << 35;
    static final long GREEN = 1L << 36;
    static final long MARK = 1L << 37;
    static final long ROOTED = 1L << 38;
    static final long COUNT = 0xFFFF_FFFFL;

    private final Heap heap;
    /** The sticky value: a count that reaches it never changes again (until a backup trace recounts). */
    final long stuck;

    CountWord(Heap heap, int countBits) {
        this.heap = heap;
        this.stuck = (1L << countBits) - 1;
    }

    long count(int object) {
        return heap.gcWord(object) & COUNT;
    }

    boolean isStuck(int object) {
        return (heap.gcWord(object) & COUNT) == stuck;
    }

    long colour(int object) {
        return heap.gcWord(object) & COLOUR;
    }

    void setColour(int object, long colour) {
        heap.setGcWord(object, (heap.gcWord(object) & ~COLOUR) | colour);
    }

    boolean is(int object, long flag) {
        return (heap.gcWord(object) & flag) != 0;
    }

    void set(int object, long flag) {
        heap.setGcWord(object, heap.gcWord(object) | flag);
    }

    void clear(int object, long flag) {
        heap.setGcWord(object, heap.gcWord(object) & ~flag);
    }

    /**
     * Adds one to the count unless it is stuck; returns true if this increment made it stuck. The colour and
     * flags are unchanged.
     */
    boolean increment(int object) {
        long w = heap.gcWord(object);
        long c = w & COUNT;
        if (c == stuck) {
            return false;
        }
        heap.setGcWord(object, w + 1);
        return c + 1 == stuck;
    }

    /**
     * Subtracts one from the count unless it is stuck; returns the new count (the stuck value if stuck).
     * A decrement of a zero count means the counts are wrong: it throws rather than wrap.
     */
    long decrement(int object) {
        long w = heap.gcWord(object);
        long c = w & COUNT;
        if (c == stuck) {
            return c;
        }
        if (c == 0) {
            throw new IllegalStateException("reference count of object " + object + " would drop below zero: "
                    + "a reference store bypassed the write barrier, or an object was freed twice");
        }
        heap.setGcWord(object, w - 1);
        return c - 1;
    }

    // ---------------------------------------------------------------- the backup trace's marks

    @Override
    public boolean isMarked(int object) {
        return is(object, MARK);
    }

    @Override
    public boolean mark(int object) {
        long w = heap.gcWord(object);
        if ((w & MARK) != 0) {
            return false;
        }
        heap.setGcWord(object, w | MARK);
        return true;
    }

    /** A survivor of the backup trace: black, count 0 (the recount follows), only its green bit kept. */
    @Override
    public void unmark(int object) {
        heap.setGcWord(object, heap.gcWord(object) & GREEN);
    }
}
