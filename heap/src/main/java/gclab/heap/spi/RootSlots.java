package gclab.heap.spi;

import gclab.heap.Heap;
import java.util.Arrays;

/**
 * Numbered root slots (handles) that a host program fills, reads and clears: the root set of tests and
 * synthetic mutators that run without the interpreter (as MMTk tests its plans against a mock runtime), and
 * of VM-internal handles. A moving collector updates the slots in place, so a holder must read an object's
 * address from its slot after every allocation or collection (clox's rule: no heap address in a host local
 * across an allocation unless it is also in a root).
 */
public final class RootSlots implements RootSet {
    private int[] slots = new int[16];
    private int size;

    /** Adds a root holding {@code reference}; returns its index. */
    public int add(int reference) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
        }
        slots[size] = reference;
        return size++;
    }

    public int get(int index) {
        return slots[index];
    }

    public void set(int index, int reference) {
        slots[index] = reference;
    }

    /** Drops root {@code index} (sets it to null). */
    public void clear(int index) {
        slots[index] = Heap.NULL;
    }

    public int size() {
        return size;
    }

    /** The current root values (a copy). */
    public int[] values() {
        return Arrays.copyOf(slots, size);
    }

    @Override
    public void visitRoots(RootVisitor visitor) {
        for (int i = 0; i < size; i++) {
            if (slots[i] != Heap.NULL) {
                slots[i] = visitor.visitRoot(slots[i]);
            }
        }
    }

    @Override
    public void describeRoots(NamedRootVisitor visitor) {
        for (int i = 0; i < size; i++) {
            if (slots[i] != Heap.NULL) {
                visitor.visitRoot("root[" + i + "]", slots[i]);
            }
        }
    }
}
