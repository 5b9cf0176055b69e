package gclab.collectors.generational;

import gclab.heap.Heap;
import gclab.heap.gc.Forwarding;
import gclab.heap.gc.MarkBits;

/**
 * The generational collector's use of the GC word (the package documentation has the table of states):
 * <pre>
 *   63            32 31      6   5          4..1   0
 *   | new address   |  unused  | FORWARDED | age  | MARK |
 * </pre>
 * The age survives every state change except promotion (an old object has age 0). The mark bit and the
 * address bits serve the full collection (mark, then the sliding plan); the forwarded bit and the address
 * bits serve a minor collection (the copy's address, or the object's own when its promotion failed).
 */
final class GcWord implements MarkBits, Forwarding {
    /** Bit 0: reached by a full collection's marking. */
    static final long MARK = 1L;
    static final int AGE_SHIFT = 1;
    /** Bits 1..4: minor collections survived (0..15). */
    static final long AGE_MASK = 0xFL << AGE_SHIFT;
    /** Bit 5: evacuated by the current minor collection; bits 32..63 then hold its new address. */
    static final long FORWARDED = 1L << 5;
    static final int MAX_AGE = 15;

    private final Heap heap;

    GcWord(Heap heap) {
        this.heap = heap;
    }

    static int age(long gcWord) {
        return (int) ((gcWord & AGE_MASK) >>> AGE_SHIFT);
    }

    /** The GC word of a young object of {@code age} in no collection. */
    static long aged(int age) {
        return (long) age << AGE_SHIFT;
    }

    /** The GC word of an object evacuated by a minor collection to {@code newAddress}, keeping its age. */
    static long forwardedTo(long gcWord, int newAddress) {
        return ((long) newAddress << 32) | FORWARDED | (gcWord & AGE_MASK);
    }

    static boolean isForwarded(long gcWord) {
        return (gcWord & FORWARDED) != 0;
    }

    static int address(long gcWord) {
        return (int) (gcWord >>> 32);
    }

    // ---------------------------------------------------------------- the full collection's mark and plan

    @Override
    public boolean isMarked(int object) {
        return (heap.gcWord(object) & MARK) != 0;
    }

    @Override
    public boolean mark(int object) {
        long word = heap.gcWord(object);
        if ((word & MARK) != 0) {
            return false;
        }
        heap.setGcWord(object, word | MARK);
        return true;
    }

    /** Clears the mark (and a planned address), keeping the age. */
    @Override
    public void unmark(int object) {
        heap.setGcWord(object, heap.gcWord(object) & AGE_MASK);
    }

    /** Records a marked object's planned address, keeping its mark and age. */
    @Override
    public void setForwardingAddress(int object, int newAddress) {
        heap.setGcWord(object, ((long) newAddress << 32) | (heap.gcWord(object) & (AGE_MASK | MARK)));
    }

    @Override
    public int forwardingAddress(int object) {
        return address(heap.gcWord(object));
    }
}
