package gclab.heap.testing;

import gclab.heap.gc.Forwarding;
import gclab.heap.gc.MarkBits;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Marks in a side bitmap and forwarding addresses in a side table, so that tests of the shared tracer,
 * sweeper and compactor depend on no collector's GC-word encoding (and the GC words stay untouched).
 */
public final class BitSetMarks implements MarkBits, Forwarding {
    private final BitSet marked = new BitSet();
    private final Map<Integer, Integer> forwarding = new HashMap<>();

    @Override
    public boolean isMarked(int object) {
        return marked.get(object);
    }

    @Override
    public boolean mark(int object) {
        if (marked.get(object)) {
            return false;
        }
        marked.set(object);
        return true;
    }

    @Override
    public void unmark(int object) {
        marked.clear(object);
    }

    @Override
    public void setForwardingAddress(int object, int newAddress) {
        forwarding.put(object, newAddress);
    }

    @Override
    public int forwardingAddress(int object) {
        Integer to = forwarding.get(object);
        if (to == null) {
            throw new IllegalStateException("no forwarding address recorded for " + object);
        }
        return to;
    }

    /** A copy of the set of marked addresses. */
    public BitSet marked() {
        return (BitSet) marked.clone();
    }

    public int markedCount() {
        return marked.cardinality();
    }
}
