package gclab.heap.gc;

/**
 * Where a collector keeps "this object has been reached": a bit or a colour in the GC word, or a side
 * bitmap. The shared tracer, sweeper and compactor read and write marks only through this interface, so each
 * collector keeps its own GC-word encoding.
 */
public interface MarkBits {
    /** True if {@code object} is marked. */
    boolean isMarked(int object);

    /**
     * Marks {@code object} if it is not marked yet and should be traced; returns true if this call marked it
     * (so the caller pushes it on the worklist). A collector that traces only part of the heap returns false
     * for objects outside that part.
     */
    boolean mark(int object);

    /** Clears the mark of a surviving object, ready for the next cycle. */
    void unmark(int object);
}
