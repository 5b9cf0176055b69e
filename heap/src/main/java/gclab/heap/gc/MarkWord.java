package gclab.heap.gc;

import gclab.heap.Heap;

/**
 * The simplest use of the GC word, shared by the stop-the-world tracing collectors: bit 0 is the mark, and
 * while a sliding compaction runs, bits 32 to 63 hold the object's forwarding address (with the mark kept).
 *
 * <pre>
 *   0                      white: not reached (and, outside a collection, every object)
 *   1                      marked: reached; gray while on the mark stack, black after
 *   newAddress << 32 | 1   marked and forwarded (compaction, between planning and relocating)
 * </pre>
 * Unmarking writes 0, so a survivor leaves every collection with a clean GC word.
 */
public final class MarkWord implements MarkBits, Forwarding {
    private static final long MARK = 1L;

    private final Heap heap;

    public MarkWord(Heap heap) {
        this.heap = heap;
    }

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

    @Override
    public void unmark(int object) {
        heap.setGcWord(object, 0L);
    }

    @Override
    public void setForwardingAddress(int object, int newAddress) {
        heap.setGcWord(object, ((long) newAddress << 32) | MARK);
    }

    @Override
    public int forwardingAddress(int object) {
        return (int) (heap.gcWord(object) >>> 32);
    }
}
