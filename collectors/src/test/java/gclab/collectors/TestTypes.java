package gclab.collectors;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.Layout;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The layouts hand-built graphs use, defined in one heap's layout table.
 *
 * @param node       four one-word fields: 0 and 2 are references, 1 and 3 primitives (an id and a payload)
 * @param cell       the smallest node: one reference field (3 words, 24 bytes)
 * @param refArray   {@code Object[]}
 * @param primArrays one packed primitive array layout per primitive element kind
 */
record TestTypes(Layout node, Layout cell, Layout refArray, Map<ElementKind, Layout> primArrays) {
    /** Reference fields of {@link #node}. */
    static final int NEXT = 0;
    static final int ID = 1;
    static final int OTHER = 2;
    static final int PAYLOAD = 3;

    /** The primitive element kinds, in declaration order. */
    static final List<ElementKind> PRIMITIVES = List.of(ElementKind.BOOLEAN, ElementKind.BYTE, ElementKind.CHAR,
            ElementKind.SHORT, ElementKind.INT, ElementKind.FLOAT, ElementKind.LONG, ElementKind.DOUBLE);

    static TestTypes define(Heap heap) {
        Layout node = heap.layouts().defineInstance("Node", 4, NEXT, OTHER);
        Layout cell = heap.layouts().defineInstance("Cell", 1, 0);
        Layout refArray = heap.layouts().defineArray("Object[]", ElementKind.REFERENCE);
        Map<ElementKind, Layout> prims = new EnumMap<>(ElementKind.class);
        for (ElementKind k : PRIMITIVES) {
            prims.put(k, heap.layouts().defineArray(k.name().toLowerCase() + "[]", k));
        }
        return new TestTypes(node, cell, refArray, prims);
    }

    Layout primArray(ElementKind kind) {
        return primArrays.get(kind);
    }

    /** The addresses of the reference slots of {@code object} (none for null), in address order. */
    static int[] referenceSlots(Heap heap, int object) {
        if (object == Heap.NULL) {
            return new int[0];
        }
        int[] slots = new int[heap.referenceSlotCount(object)];
        int[] next = {0};
        heap.forEachReferenceSlot(object, slot -> slots[next[0]++] = slot);
        return slots;
    }

    /** A payload that differs per id and uses all 64 bits, sign included. */
    static long payload(long id) {
        return ~(id * 0x9E37_79B9_7F4A_7C15L);
    }

    /** The raw bits element {@code index} of a test array of {@code kind} holds: distinct, masked to its size. */
    static long elementBits(ElementKind kind, int index) {
        long bits = (index + 1) * 0xA5A5_5A5A_C3C3_3C3DL + kind.ordinal();
        return kind.bytes == 8 ? bits : bits & ((1L << (kind.bytes * 8)) - 1);
    }
}
