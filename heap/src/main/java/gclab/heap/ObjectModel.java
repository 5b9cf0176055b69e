package gclab.heap;

/**
 * The object model: how an object is laid out in words, and how big it is.
 *
 * <pre>
 *   word 0   shape    = (array length or chunk size) &lt;&lt; 32 | type id
 *   word 1   GC word  — owned entirely by the running collector
 *   word 2.. body     — instance fields one word each; reference array elements one word each;
 *                       primitive array elements packed little-endian by element size
 * </pre>
 *
 * <p>Size in bytes (a word is 8 bytes, so every object is 8-byte aligned):
 * <pre>
 *   instance with f fields         16 + 8 f
 *   reference array of length n    16 + 8 n
 *   primitive array of length n    16 + 8 ceil(n * elementBytes / 8)
 * </pre>
 * For arrays and reference fields this is exactly HotSpot's 64-bit layout with {@code -XX:-UseCompressedOops}
 * (8-byte references; class pointers still compressed, so an array header is 16 bytes, as here where the
 * length shares the shape word). With {@code -XX:-UseCompressedClassPointers} as well, HotSpot's arrays are
 * 8 bytes larger. Narrow primitive instance fields are where gclab spends more: one word each, where HotSpot
 * packs them. See {@code docs/ARCHITECTURE.md} and {@code ObjectModelTest} for the measured figures.
 *
 * <p>An instance has no length: the upper half of its shape word holds its identity hash once the VM has
 * given it one, so the hash moves with the object. Sizes of instances come from their layout alone.
 *
 * <p>Type id 0 is never valid: a zero shape word is uninitialised memory, which the verifier reports.
 * Type id 1 ({@link #FREE_TYPE_ID}) marks a free chunk, whose "length" field is its size in words and whose
 * word 1 (when the chunk has one) links it into a free list. Free chunks keep every space parsable.
 */
public final class ObjectModel {
    private ObjectModel() {
    }

    /** Bytes per heap word. */
    public static final int WORD_BYTES = 8;
    /** Words in every object's header: the shape word and the GC word. */
    public static final int HEADER_WORDS = 2;
    /** Offset of the shape word. */
    public static final int SHAPE_OFFSET = 0;
    /** Offset of the GC word. */
    public static final int GC_WORD_OFFSET = 1;
    /** The type id of free chunks (fillers). */
    public static final int FREE_TYPE_ID = 1;
    /** The smallest object, and the smallest free chunk that can be linked into a free list. */
    public static final int MIN_OBJECT_WORDS = HEADER_WORDS;
    /** The largest array length the model admits (the JVM's own limit). */
    public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    public static long shape(int typeId, int length) {
        return ((long) length << 32) | (typeId & 0xFFFF_FFFFL);
    }

    public static int typeIdOf(long shape) {
        return (int) shape;
    }

    public static int lengthOf(long shape) {
        return (int) (shape >>> 32);
    }

    /** Words taken by an instance with the given number of fields. */
    public static int instanceWords(int fieldCount) {
        return HEADER_WORDS + fieldCount;
    }

    /** Words taken by an array of the given element kind and length. */
    public static long arrayWords(ElementKind kind, int length) {
        long bodyBytes = (long) length * kind.bytes;
        return HEADER_WORDS + (bodyBytes + WORD_BYTES - 1) / WORD_BYTES;
    }

    public static long bytes(long words) {
        return words * WORD_BYTES;
    }
}
