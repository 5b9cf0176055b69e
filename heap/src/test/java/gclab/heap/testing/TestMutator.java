package gclab.heap.testing;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;
import java.util.Map;

/**
 * A mock mutator: a memory manager with a {@link RootSlots} root set and the verifier on, plus helpers that
 * address objects by root index, so tests stay correct under moving collectors.
 */
public final class TestMutator {
    public final MemoryManager mm;
    public final Heap heap;
    public final RootSlots roots = new RootSlots();

    public TestMutator(CollectorFactory factory, Map<String, String> options, long heapBytes, boolean verify) {
        this.mm = MemoryManager.create(factory, options, heapBytes, roots);
        this.heap = mm.heap();
        if (verify) {
            mm.enableVerification(roots);
        }
    }

    public TestMutator(CollectorFactory factory, Map<String, String> options, long heapBytes) {
        this(factory, options, heapBytes, true);
    }

    /** Allocates an object and keeps it in a new root; returns the root index. */
    public int allocateRooted(Layout layout, int length) {
        int address = mm.allocate(layout, length);
        return roots.add(address);
    }

    /** Allocates an object that no root holds; returns its address, valid until the next allocation. */
    public int allocate(Layout layout, int length) {
        return mm.allocate(layout, length);
    }

    /** The address held by root {@code root}. */
    public int at(int root) {
        return roots.get(root);
    }

    /** Stores {@code target}'s address into reference field/element {@code index} of {@code object}. */
    public void setRef(int object, int index, int target) {
        mm.storeReference(object, Heap.slotAddress(object, index), target);
    }

    public int getRef(int object, int index) {
        return mm.loadReference(object, Heap.slotAddress(object, index));
    }

    public void setWord(int object, int index, long value) {
        mm.storeWord(Heap.slotAddress(object, index), value);
    }

    public long getWord(int object, int index) {
        return mm.loadWord(Heap.slotAddress(object, index));
    }
}
