package gclab.bench.jmh;

import gclab.heap.Heap;
import gclab.heap.gc.MarkBits;

/**
 * Mark bits that need no clearing between benchmark invocations: an object is marked when its GC word holds
 * the current epoch, and {@link #nextEpoch()} unmarks every object at once. Marking costs what marksweep's
 * mark bit costs (read the GC word, compare, write it).
 */
final class EpochMarks implements MarkBits {
    private final Heap heap;
    private long epoch = 1;

    EpochMarks(Heap heap) {
        this.heap = heap;
    }

    /** After this, no object is marked. */
    void nextEpoch() {
        epoch++;
    }

    @Override
    public boolean isMarked(int object) {
        return heap.gcWord(object) == epoch;
    }

    @Override
    public boolean mark(int object) {
        if (heap.gcWord(object) == epoch) {
            return false;
        }
        heap.setGcWord(object, epoch);
        return true;
    }

    @Override
    public void unmark(int object) {
        heap.setGcWord(object, 0L);
    }
}
