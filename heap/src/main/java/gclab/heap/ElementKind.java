package gclab.heap;

/**
 * The kind of an array element, with the number of bytes it takes in a packed primitive array.
 *
 * <p>Reference arrays take one word per element, like instance fields; primitive arrays are packed
 * little-endian into words by element size (8 {@code byte}s per word, 2 {@code int}s per word, ...),
 * as HotSpot packs them, so that the byte size of an array matches HotSpot's.
 */
public enum ElementKind {
    BOOLEAN(1), BYTE(1), CHAR(2), SHORT(2), INT(4), FLOAT(4), LONG(8), DOUBLE(8), REFERENCE(8);

    /** Bytes one element takes in the array body. */
    public final int bytes;

    ElementKind(int bytes) {
        this.bytes = bytes;
    }

    public boolean isReference() {
        return this == REFERENCE;
    }

    /** The JVM descriptor letter of this element kind ({@code L} for references). */
    public char descriptor() {
        switch (this) {
            case BOOLEAN: return 'Z';
            case BYTE: return 'B';
            case CHAR: return 'C';
            case SHORT: return 'S';
            case INT: return 'I';
            case FLOAT: return 'F';
            case LONG: return 'J';
            case DOUBLE: return 'D';
            default: return 'L';
        }
    }
}
