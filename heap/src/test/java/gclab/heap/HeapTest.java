package gclab.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.space.BumpSpace;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The address space itself, and the bad inputs it must refuse with a message naming the cause. */
class HeapTest {

    @Test
    void heapBelowTheMinimumIsRefusedWithTheRange() {
        HeapException e = assertThrows(HeapException.class, () -> new Heap(Heap.MIN_CAPACITY_BYTES - 1));
        assertTrue(e.getMessage().contains("heap size 63 bytes is outside the range"), e.getMessage());
        assertTrue(e.getMessage().contains("--heap"), e.getMessage());
        assertThrows(HeapException.class, () -> new Heap(0));
        assertThrows(HeapException.class, () -> new Heap(-8));
    }

    @Test
    void heapAboveTheMaximumIsRefusedBeforeAnyHostMemoryIsTaken() {
        HeapException e = assertThrows(HeapException.class, () -> new Heap(Heap.MAX_CAPACITY_BYTES + 8));
        assertTrue(e.getMessage().contains("outside the range"), e.getMessage());
        assertThrows(HeapException.class, () -> new Heap(Long.MAX_VALUE));
    }

    @Test
    void smallestHeapIsWholeWordsAndAddressZeroIsNull() {
        Heap heap = new Heap(Heap.MIN_CAPACITY_BYTES + 7);
        assertEquals(8, heap.capacityWords(), "rounded down to whole words");
        assertEquals(64, heap.capacityBytes());
        assertFalse(heap.inBounds(Heap.NULL));
        assertTrue(heap.inBounds(1));
        assertTrue(heap.inBounds(7));
        assertFalse(heap.inBounds(8));
        assertFalse(heap.inBounds(-1));
    }

    @Test
    void spacesAreReservedFromAddressOneUpInOrder() {
        Heap heap = new Heap(1024);
        BumpSpace a = new BumpSpace(heap, "a", 10);
        FreeListSpace b = new FreeListSpace(heap, "b", 20, FitPolicy.FIRST_FIT);
        assertEquals(1, a.start());
        assertEquals(11, a.end());
        assertEquals(11, b.start());
        assertEquals(31, b.end());
        assertEquals(List.of(a, b), heap.spaces());
        assertSame(b, heap.spaceOf(30));
        assertSame(a, heap.spaceOf(1));
        assertNull(heap.spaceOf(31));
        assertEquals(128 - 31, heap.unreservedWords());
    }

    @Test
    void reservingBeyondTheHeapIsRefusedAndReservesNothing() {
        Heap heap = new Heap(1024);
        new BumpSpace(heap, "eden", 100);
        int before = heap.unreservedWords();
        HeapException e = assertThrows(HeapException.class, () -> heap.reserve(before + 1));
        assertTrue(e.getMessage().contains("cannot reserve a space of " + 8 * (before + 1) + " bytes"),
                e.getMessage());
        assertTrue(e.getMessage().contains("only " + 8 * before + " of the heap's 1024 bytes are unreserved"),
                e.getMessage());
        assertEquals(before, heap.unreservedWords());
        assertEquals(1, heap.spaces().size());
        assertEquals(101, heap.reserve(before), "exactly the rest still fits");
    }

    @Test
    void reservingLessThanOneObjectIsRefused() {
        Heap heap = new Heap(1024);
        assertThrows(HeapException.class, () -> heap.reserve(1));
        assertThrows(HeapException.class, () -> heap.reserve(0));
        assertThrows(HeapException.class, () -> heap.reserve(-5));
    }

    @Test
    void negativeArrayLengthIsAnIllegalAllocationNamingTheLength() {
        Heap heap = new Heap(1024);
        Layout ints = heap.layouts().defineArray("int[]", ElementKind.INT);
        IllegalAllocationException e = assertThrows(IllegalAllocationException.class,
                () -> Heap.requiredWords(ints, -3));
        assertEquals("negative array length -3 for int[]", e.getMessage());
    }

    @Test
    void arrayLongerThanTheVmLimitIsRefused() {
        Heap heap = new Heap(1024);
        Layout bytes = heap.layouts().defineArray("byte[]", ElementKind.BYTE);
        IllegalAllocationException e = assertThrows(IllegalAllocationException.class,
                () -> Heap.requiredWords(bytes, Integer.MAX_VALUE));
        assertTrue(e.getMessage().contains("exceeds the VM limit"), e.getMessage());
        assertEquals(2 + (ObjectModel.MAX_ARRAY_LENGTH + 7L) / 8,
                Heap.requiredWords(bytes, ObjectModel.MAX_ARRAY_LENGTH));
    }

    @Test
    void arrayLargerThanAnyHeapIsRefusedWithoutOverflow() {
        Heap heap = new Heap(1024);
        Layout longs = heap.layouts().defineArray("long[]", ElementKind.LONG);
        IllegalAllocationException e = assertThrows(IllegalAllocationException.class,
                () -> Heap.requiredWords(longs, ObjectModel.MAX_ARRAY_LENGTH));
        assertTrue(e.getMessage().contains("more than any gclab heap can hold"), e.getMessage());
    }

    @Test
    void instanceWithALengthAndFreeChunkAsObjectAreRefused() {
        Heap heap = new Heap(1024);
        Layout node = heap.layouts().defineInstance("Node", 2);
        assertThrows(IllegalAllocationException.class, () -> Heap.requiredWords(node, 1));
        assertEquals(4, Heap.requiredWords(node, 0));
        assertThrows(IllegalAllocationException.class, () -> Heap.requiredWords(heap.layouts().free(), 4));
    }

    @Test
    void copyWordsHandlesOverlapLikeArraycopy() {
        Heap heap = new Heap(1024);
        for (int i = 0; i < 10; i++) {
            heap.setWord(10 + i, i);
        }
        heap.copyWords(10, 7, 10);
        for (int i = 0; i < 10; i++) {
            assertEquals(i, heap.word(7 + i));
        }
        heap.clearWords(7, 3);
        assertEquals(0, heap.word(9));
        assertEquals(3, heap.word(10));
    }

    @Test
    void atomicWordAccessors() {
        Heap heap = new Heap(1024);
        heap.setWordRelease(5, 42);
        assertEquals(42, heap.wordAcquire(5));
        assertFalse(heap.compareAndSetWord(5, 41, 7));
        assertTrue(heap.compareAndSetWord(5, 42, 7));
        assertEquals(7, heap.word(5));
    }
}
