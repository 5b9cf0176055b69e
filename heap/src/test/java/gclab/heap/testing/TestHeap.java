package gclab.heap.testing;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.HeapException;
import gclab.heap.Layout;
import gclab.heap.space.Space;
import gclab.heap.spi.RootSlots;

/**
 * A hand-built heap for tests of the heap machinery without a collector: a few layouts, a root set, and
 * allocation straight from a {@link Space} (the test plays the collector's part).
 *
 * <pre>
 *   Node   3 fields: field0, field1 references, field2 a primitive word (a label)
 *   Leaf   1 primitive field
 *   Object[]   reference array
 *   byte[]     packed primitive array
 * </pre>
 */
public final class TestHeap {
    public final Heap heap;
    public final RootSlots roots = new RootSlots();
    public final Layout node;
    public final Layout leaf;
    public final Layout refArray;
    public final Layout byteArray;

    public TestHeap(long capacityBytes) {
        heap = new Heap(capacityBytes);
        node = heap.layouts().defineInstance("Node", 3, 0, 1);
        leaf = heap.layouts().defineInstance("Leaf", 1);
        refArray = heap.layouts().defineArray("Object[]", ElementKind.REFERENCE);
        byteArray = heap.layouts().defineArray("byte[]", ElementKind.BYTE);
    }

    /** A new zeroed object of {@code layout} in {@code space}; throws if the space has no room. */
    public int allocate(Space space, Layout layout, int length) {
        int size = Heap.requiredWords(layout, length);
        int address = space.allocate(size);
        if (address == Heap.NULL) {
            throw new HeapException("test space " + space.name() + " is full");
        }
        heap.formatObject(address, layout, length, size, 0L);
        return address;
    }

    /** A new Node in {@code space} whose label (field2) is {@code label}. */
    public int node(Space space, long label) {
        int n = allocate(space, node, 0);
        heap.setWord(Heap.slotAddress(n, 2), label);
        return n;
    }

    /** Stores {@code target} into reference field or element {@code index} of {@code object}. */
    public void link(int object, int index, int target) {
        heap.setReference(Heap.slotAddress(object, index), target);
    }

    public int ref(int object, int index) {
        return heap.reference(Heap.slotAddress(object, index));
    }

    public long label(int node) {
        return heap.word(Heap.slotAddress(node, 2));
    }
}
