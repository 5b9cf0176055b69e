package gclab.heap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private final Heap heap = new Heap(4096);
    private final LayoutTable table = heap.layouts();

    @Test
    void referenceOffsetsAreWordOffsetsPastTheHeaderInAscendingOrder() {
        Layout l = table.defineInstance("Mixed", 5, 4, 0, 2);
        assertArrayEquals(new int[] {2, 4, 6}, l.referenceOffsets());
        assertTrue(l.isReferenceOffset(4));
        assertFalse(l.isReferenceOffset(3));
        assertFalse(l.isReferenceOffset(0), "the shape word is never a reference");
        assertTrue(l.hasReferences());
    }

    @Test
    void theDenseTablesHoldEachInstanceLayoutsSizeAndSlotsAndNothingForOtherKinds() {
        Layout pair = table.defineInstance("Pair", 2, 1);
        Layout ints = table.defineArray("int[]", ElementKind.INT);
        Layout empty = table.defineInstance("Empty", 0);
        int[] words = table.instanceWordsUnsafe();
        int[][] slots = table.instanceSlotsUnsafe();
        assertEquals(table.size(), words.length);
        assertEquals(table.size(), slots.length);
        assertEquals(pair.sizeInWords(0), words[pair.typeId()]);
        assertArrayEquals(pair.referenceOffsets(), slots[pair.typeId()]);
        assertEquals(ObjectModel.HEADER_WORDS, words[empty.typeId()]);
        assertArrayEquals(new int[0], slots[empty.typeId()]);
        assertEquals(0, words[ints.typeId()], "an array's size depends on its length");
        assertNull(slots[ints.typeId()]);
        assertEquals(0, words[ObjectModel.FREE_TYPE_ID]);
        assertNull(slots[ObjectModel.FREE_TYPE_ID]);
        assertEquals(0, words[0]);
    }

    @Test
    void sizeInWordsAgreesWithTheLayoutForInstancesArraysAndFreeChunks() {
        Layout pair = table.defineInstance("Pair", 2, 1);
        Layout ints = table.defineArray("int[]", ElementKind.INT);
        heap.formatObject(10, pair, 0, 4, 0L);
        int arrayWords = (int) ints.sizeInWords(7);
        heap.formatObject(20, ints, 7, arrayWords, 0L);
        heap.formatFree(40, 9, Heap.NULL);
        assertEquals(4, heap.sizeInWords(10));
        assertEquals(arrayWords, heap.sizeInWords(20));
        assertEquals(9, heap.sizeInWords(40));
    }

    @Test
    void referenceOffsetsCannotBeChangedThroughTheReturnedArray() {
        Layout l = table.defineInstance("Pair", 2, 0, 1);
        l.referenceOffsets()[0] = 99;
        assertArrayEquals(new int[] {2, 3}, l.referenceOffsets());
    }

    @Test
    void forEachReferenceSlotVisitsExactlyTheReferenceFields() {
        Layout l = table.defineInstance("Mixed", 4, 3, 1);
        List<Integer> slots = new ArrayList<>();
        heap.formatObject(10, l, 0, 6, 0L);
        heap.forEachReferenceSlot(10, slots::add);
        assertEquals(List.of(10 + 3, 10 + 5), slots);
        assertEquals(2, heap.referenceSlotCount(10));
    }

    @Test
    void referenceArraySlotsAreEveryElementButPrimitiveArraysHaveNone() {
        Layout refs = table.defineArray("Object[]", ElementKind.REFERENCE);
        Layout longs = table.defineArray("long[]", ElementKind.LONG);
        heap.formatObject(10, refs, 3, 5, 0L);
        heap.formatObject(20, longs, 3, 5, 0L);
        List<Integer> slots = new ArrayList<>();
        heap.forEachReferenceSlot(10, slots::add);
        heap.forEachReferenceSlot(20, slots::add);
        assertEquals(List.of(12, 13, 14), slots);
        assertEquals(3, heap.referenceSlotCount(10));
        assertEquals(0, heap.referenceSlotCount(20));
        assertFalse(longs.hasReferences());
    }

    @Test
    void referenceFieldOutsideTheFieldsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> table.defineInstance("Bad", 2, 2));
        assertTrue(e.getMessage().contains("reference field 2 of Bad is outside its 2 fields"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> table.defineInstance("Bad", 2, -1));
    }

    @Test
    void referenceFieldListedTwiceIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> table.defineInstance("Twice", 3, 1, 1));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    }

    @Test
    void negativeFieldCountAndArrayWithoutElementKindAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> table.defineInstance("Neg", -1));
        assertThrows(IllegalArgumentException.class, () -> table.defineArray("NoKind[]", null));
    }

    @Test
    void typeIdZeroIsNeverValidAndOneIsTheFreeChunk() {
        assertNull(table.get(0));
        assertNull(table.get(-1));
        assertNull(table.get(table.size()));
        assertTrue(table.get(ObjectModel.FREE_TYPE_ID).isFree());
        assertEquals(table.free(), table.get(1));
        Layout first = table.defineInstance("First", 0);
        assertEquals(2, first.typeId(), "user layouts start after the reserved ids");
        assertNotNull(table.get(first.typeId()));
    }

    @Test
    void zeroShapeWordIsNoObject() {
        HeapException e = assertThrows(HeapException.class, () -> heap.sizeInWords(5));
        assertTrue(e.getMessage().contains("names no type"), e.getMessage());
        assertNull(heap.layoutOf(5));
    }

    @Test
    void instanceSizeIsHeaderPlusOneWordPerField() {
        assertEquals(2, table.defineInstance("E", 0).sizeInWords(0));
        assertEquals(9, table.defineInstance("Seven", 7).sizeInWords(0));
    }

    @Test
    void arraySizePacksElementsByTheirWidth() {
        assertEquals(2 + 2, table.defineArray("byte[]", ElementKind.BYTE).sizeInWords(9));
        assertEquals(2 + 2, table.defineArray("boolean[]", ElementKind.BOOLEAN).sizeInWords(16));
        assertEquals(2 + 3, table.defineArray("char[]", ElementKind.CHAR).sizeInWords(9));
        assertEquals(2 + 3, table.defineArray("short[]", ElementKind.SHORT).sizeInWords(12));
        assertEquals(2 + 3, table.defineArray("int[]", ElementKind.INT).sizeInWords(5));
        assertEquals(2 + 3, table.defineArray("float[]", ElementKind.FLOAT).sizeInWords(6));
        assertEquals(2 + 5, table.defineArray("double[]", ElementKind.DOUBLE).sizeInWords(5));
        assertEquals(2 + 5, table.defineArray("Object[]", ElementKind.REFERENCE).sizeInWords(5));
        assertEquals(2, table.defineArray("int[]", ElementKind.INT).sizeInWords(0));
    }

    @Test
    void freeChunkSizeIsItsLengthField() {
        heap.formatFree(10, 7, Heap.NULL);
        assertTrue(heap.isFree(10));
        assertEquals(7, heap.sizeInWords(10));
        heap.formatFree(30, 1, Heap.NULL);
        assertEquals(1, heap.sizeInWords(30));
    }

    @Test
    void oneWordFreeChunkHasNoLinkWordSoItsNeighbourIsUntouched() {
        heap.setWord(31, 0x1234L);
        heap.formatFree(30, 1, 77);
        assertEquals(0x1234L, heap.word(31));
        heap.formatFree(40, 2, 77);
        assertEquals(77, heap.freeNext(40));
    }

    @Test
    void formatObjectZeroesTheBodyAndSetsTheGcWord() {
        Layout l = table.defineInstance("Three", 3);
        for (int a = 10; a < 16; a++) {
            heap.setWord(a, -1L);
        }
        heap.formatObject(10, l, 0, 5, 0xABL);
        assertEquals(l.typeId(), heap.typeId(10));
        assertEquals(0xABL, heap.gcWord(10));
        for (int a = 12; a < 15; a++) {
            assertEquals(0L, heap.word(a), "field word " + a);
        }
        assertEquals(-1L, heap.word(15), "the word past the object is not touched");
    }

    @Test
    void formatObjectOfAnInstanceIgnoresTheLengthAndOfAnArrayKeepsIt() {
        Layout inst = table.defineInstance("I", 1);
        Layout arr = table.defineArray("int[]", ElementKind.INT);
        heap.formatObject(10, inst, 5, 3, 0L);
        heap.formatObject(20, arr, 5, 5, 0L);
        assertEquals(0, heap.lengthOf(10));
        assertEquals(5, heap.lengthOf(20));
        assertEquals(5, heap.sizeInWords(20));
    }
}
