package gclab.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Primitive arrays are packed little-endian by element width; every element is its own bits only. */
class PrimitivePackingTest {
    private static final long SENTINEL = 0x5EED_5EED_5EED_5EEDL;
    private static final int LENGTH = 37; // odd, so the last word is partly padding for every narrow kind

    /** A heap with a sentinel word before and after one array of {@code kind}[LENGTH] at address 10. */
    private static final class Fixture {
        final Heap heap = new Heap(8192);
        final Layout layout;
        final int array = 10;
        final int size;

        Fixture(ElementKind kind) {
            layout = heap.layouts().defineArray(kind + "[]", kind);
            size = Heap.requiredWords(layout, LENGTH);
            heap.setWord(array - 1, SENTINEL);
            heap.formatObject(array, layout, LENGTH, size, 0L);
            heap.setWord(array + size, SENTINEL);
        }
    }

    private static long mask(ElementKind kind) {
        return kind.bytes == 8 ? -1L : (1L << (kind.bytes * 8)) - 1;
    }

    /** Sign-extends raw element bits as the VM does for the signed kinds. */
    private static long signExtend(ElementKind kind, long bits) {
        int shift = 64 - kind.bytes * 8;
        return (bits << shift) >> shift;
    }

    @ParameterizedTest
    @EnumSource(value = ElementKind.class, names = "REFERENCE", mode = EnumSource.Mode.EXCLUDE)
    void everyIndexRoundTripsDistinctValuesIncludingNegativeOnes(ElementKind kind) {
        Fixture f = new Fixture(kind);
        Random random = new Random(kind.ordinal());
        long[] written = new long[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            // alternate negative values (top bit of the element set) and random ones
            long v = i % 2 == 0 ? -1L - i : random.nextLong();
            written[i] = v & mask(kind);
            f.heap.setPrimitiveElement(f.array, kind, i, v);
        }
        for (int i = 0; i < LENGTH; i++) {
            assertEquals(written[i], f.heap.primitiveElement(f.array, kind, i), kind + " element " + i);
        }
        if (kind != ElementKind.BOOLEAN && kind != ElementKind.CHAR) {
            assertEquals(-1L, signExtend(kind, f.heap.primitiveElement(f.array, kind, 0)), "-1 read back");
        }
        assertEquals(SENTINEL, f.heap.word(f.array - 1));
        assertEquals(SENTINEL, f.heap.word(f.array + f.size), "the object after the array");
        assertEquals(LENGTH, f.heap.lengthOf(f.array), "the shape word");
    }

    @ParameterizedTest
    @EnumSource(value = ElementKind.class, names = "REFERENCE", mode = EnumSource.Mode.EXCLUDE)
    void writingOneElementLeavesEveryOtherElementAlone(ElementKind kind) {
        qt().withFixedSeed(42 + kind.ordinal()).withExamples(300)
                .forAll(integers().between(0, LENGTH - 1), longs().all())
                .checkAssert((index, value) -> {
                    Fixture f = new Fixture(kind);
                    for (int i = 0; i < LENGTH; i++) {
                        f.heap.setPrimitiveElement(f.array, kind, i, 0x5A5A_5A5A_5A5A_5A5AL + i);
                    }
                    f.heap.setPrimitiveElement(f.array, kind, index, value);
                    for (int i = 0; i < LENGTH; i++) {
                        long expected = i == index ? value & mask(kind) : (0x5A5A_5A5A_5A5A_5A5AL + i) & mask(kind);
                        assertEquals(expected, f.heap.primitiveElement(f.array, kind, i),
                                kind + " element " + i + " after writing " + value + " at " + index);
                    }
                    assertEquals(SENTINEL, f.heap.word(f.array + f.size));
                    assertEquals(0L, f.heap.gcWord(f.array), "the GC word");
                });
    }

    @ParameterizedTest
    @EnumSource(value = ElementKind.class, names = {"BYTE", "CHAR", "INT"})
    void packingIsLittleEndianWithinAWord(ElementKind kind) {
        Fixture f = new Fixture(kind);
        f.heap.setPrimitiveElement(f.array, kind, 1, 0xAB);
        long expectedWord = 0xABL << (kind.bytes * 8);
        assertEquals(expectedWord, f.heap.word(f.array + ObjectModel.HEADER_WORDS));
    }

    @ParameterizedTest
    @EnumSource(value = ElementKind.class, names = {"LONG", "DOUBLE"})
    void wideElementsTakeOneWholeWordEach(ElementKind kind) {
        Fixture f = new Fixture(kind);
        f.heap.setPrimitiveElement(f.array, kind, 3, Double.doubleToRawLongBits(-0.0));
        assertEquals(Double.doubleToRawLongBits(-0.0), f.heap.word(f.array + ObjectModel.HEADER_WORDS + 3));
        assertEquals(0L, f.heap.word(f.array + ObjectModel.HEADER_WORDS + 2));
        assertEquals(0L, f.heap.word(f.array + ObjectModel.HEADER_WORDS + 4));
    }
}
