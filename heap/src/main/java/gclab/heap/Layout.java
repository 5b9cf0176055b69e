package gclab.heap;

import java.util.Arrays;

/**
 * What the heap knows about one type: its size and which of its words hold references.
 * Collectors find references only through layouts, never by guessing (precise collection).
 */
public final class Layout {
    /** The three shapes a heap chunk can have. */
    public enum Kind { INSTANCE, ARRAY, FREE }

    private final int typeId;
    private final String name;
    private final Kind kind;
    private final int fieldCount;
    private final int[] referenceOffsets;
    private final ElementKind element;
    private final int referentOffset;
    private final ReferenceStrength referentStrength;

    Layout(int typeId, String name, Kind kind, int fieldCount, int[] referenceOffsets, ElementKind element) {
        this(typeId, name, kind, fieldCount, referenceOffsets, element, 0, null);
    }

    Layout(int typeId, String name, Kind kind, int fieldCount, int[] referenceOffsets, ElementKind element,
           int referentOffset, ReferenceStrength referentStrength) {
        this.typeId = typeId;
        this.name = name;
        this.kind = kind;
        this.fieldCount = fieldCount;
        this.referenceOffsets = referenceOffsets;
        this.element = element;
        this.referentOffset = referentOffset;
        this.referentStrength = referentStrength;
    }

    public int typeId() {
        return typeId;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isArray() {
        return kind == Kind.ARRAY;
    }

    public boolean isFree() {
        return kind == Kind.FREE;
    }

    /** Number of instance fields (0 for arrays). */
    public int fieldCount() {
        return fieldCount;
    }

    /** The element kind of an array layout, or null for instances. */
    public ElementKind element() {
        return element;
    }

    /** True if objects of this layout may hold references. */
    public boolean hasReferences() {
        return kind == Kind.INSTANCE ? referenceOffsets.length > 0 : element == ElementKind.REFERENCE;
    }

    /** Word offsets (from the object's start) of the reference fields of an instance layout. */
    public int[] referenceOffsets() {
        return referenceOffsets.clone();
    }

    int[] referenceOffsetsUnsafe() {
        return referenceOffsets;
    }

    /**
     * True if this is the layout of a {@code java.lang.ref.Reference} object: one of its reference slots is
     * a referent slot ({@link #referentOffset()}), which a collector that processes references may clear.
     */
    public boolean hasReferent() {
        return referentStrength != null;
    }

    /**
     * Word offset of the referent slot (one of {@link #referenceOffsets()}), or 0 if the layout has none. The
     * slot is an ordinary reference slot to everything that does not process references.
     */
    public int referentOffset() {
        return referentOffset;
    }

    /** How strongly the referent slot holds its referent, or null if the layout has no referent slot. */
    public ReferenceStrength referentStrength() {
        return referentStrength;
    }

    /** True if word {@code offset} of an instance of this layout is a reference field. */
    public boolean isReferenceOffset(int offset) {
        return Arrays.binarySearch(referenceOffsets, offset) >= 0;
    }

    /** Size in words of an object of this layout; {@code length} is the array length or chunk size. */
    public long sizeInWords(int length) {
        switch (kind) {
            case INSTANCE: return ObjectModel.instanceWords(fieldCount);
            case ARRAY: return ObjectModel.arrayWords(element, length);
            default: return length;
        }
    }

    /**
     * How an object of this layout is named in messages: the layout's name for an instance; for an array, the
     * element type with the length in brackets ({@code int[1000]}, from a layout named {@code int[]} or
     * {@code int}).
     */
    public String describe(int length) {
        if (kind != Kind.ARRAY) {
            return name;
        }
        String element = name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
        return element + "[" + length + "]";
    }

    @Override
    public String toString() {
        return name + "#" + typeId;
    }
}
