package gclab.heap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Type id to {@link Layout}. One table per {@link Heap}; the VM defines a layout for every class and array
 * class it links, tests define layouts by hand.
 *
 * <p>Beside the layouts, the table keeps two dense arrays by type id for the loops that walk or copy the heap
 * object by object (the sweep, the scavenger, {@link Heap#sizeInWords}): an instance layout's size in words and
 * its reference offsets, so that such a loop reads one array element instead of looking up the layout and
 * switching on its kind. Layouts never change once defined, so neither do these entries.
 */
public final class LayoutTable {
    private final List<Layout> byId = new ArrayList<>();
    // Copy-on-write, so a concurrent collector thread reads a complete table without locking. The dense arrays
    // are replaced before the snapshot, so a reader that sees a layout in the snapshot sees its entries too.
    private volatile Layout[] snapshot = new Layout[0];
    private volatile int[] instanceWords = new int[0];
    private volatile int[][] instanceSlots = new int[0][];

    LayoutTable() {
        byId.add(null); // type id 0 is never valid
        byId.add(new Layout(ObjectModel.FREE_TYPE_ID, "<free>", Layout.Kind.FREE, 0, new int[0], null));
        snapshot = byId.toArray(new Layout[0]);
        instanceWords = new int[snapshot.length];
        instanceSlots = new int[snapshot.length][];
    }

    /**
     * Defines an instance layout with {@code fieldCount} one-word fields; {@code referenceFields} are the
     * indexes (0-based, in field order) of the fields that hold references.
     */
    public synchronized Layout defineInstance(String name, int fieldCount, int... referenceFields) {
        return add(name, Layout.Kind.INSTANCE, fieldCount, referenceOffsets(name, fieldCount, referenceFields), null);
    }

    /**
     * Defines the instance layout of a {@code java.lang.ref.Reference} class: as
     * {@link #defineInstance(String, int, int...)}, and field {@code referentField} (which must be one of the
     * {@code referenceFields}) is its referent slot, of the given strength. Everything else about that slot
     * is unchanged: it is still a reference slot, visited by {@link Heap#forEachReferenceSlot}.
     */
    public synchronized Layout defineReference(String name, int fieldCount, int referentField,
                                               ReferenceStrength strength, int... referenceFields) {
        if (strength == null) {
            throw new IllegalArgumentException("reference layout " + name + " needs a referent strength");
        }
        int[] offsets = referenceOffsets(name, fieldCount, referenceFields);
        int referentOffset = ObjectModel.HEADER_WORDS + referentField;
        if (Arrays.binarySearch(offsets, referentOffset) < 0) {
            throw new IllegalArgumentException("referent field " + referentField + " of " + name
                    + " is not one of its reference fields " + Arrays.toString(referenceFields));
        }
        Layout layout = new Layout(byId.size(), name, Layout.Kind.INSTANCE, fieldCount, offsets, null,
                referentOffset, strength);
        return add(layout);
    }

    private static int[] referenceOffsets(String name, int fieldCount, int[] referenceFields) {
        if (fieldCount < 0) {
            throw new IllegalArgumentException("field count must be >= 0, got " + fieldCount + " for " + name);
        }
        int[] offsets = new int[referenceFields.length];
        for (int i = 0; i < referenceFields.length; i++) {
            int f = referenceFields[i];
            if (f < 0 || f >= fieldCount) {
                throw new IllegalArgumentException("reference field " + f + " of " + name
                        + " is outside its " + fieldCount + " fields");
            }
            offsets[i] = ObjectModel.HEADER_WORDS + f;
        }
        Arrays.sort(offsets);
        for (int i = 1; i < offsets.length; i++) {
            if (offsets[i] == offsets[i - 1]) {
                throw new IllegalArgumentException("reference field " + (offsets[i] - ObjectModel.HEADER_WORDS)
                        + " of " + name + " is listed twice");
            }
        }
        return offsets;
    }

    /** Defines an array layout with the given element kind. */
    public synchronized Layout defineArray(String name, ElementKind element) {
        if (element == null) {
            throw new IllegalArgumentException("array layout " + name + " needs an element kind");
        }
        return add(name, Layout.Kind.ARRAY, 0, new int[0], element);
    }

    private Layout add(String name, Layout.Kind kind, int fields, int[] offsets, ElementKind element) {
        return add(new Layout(byId.size(), name, kind, fields, offsets, element));
    }

    private Layout add(Layout layout) {
        byId.add(layout);
        int id = byId.size() - 1;
        int[] words = Arrays.copyOf(instanceWords, id + 1);
        int[][] slots = Arrays.copyOf(instanceSlots, id + 1);
        if (layout.kind() == Layout.Kind.INSTANCE) {
            words[id] = (int) layout.sizeInWords(0);
            slots[id] = layout.referenceOffsets();
        }
        instanceWords = words;
        instanceSlots = slots;
        snapshot = byId.toArray(new Layout[0]);
        return layout;
    }

    /** The layout of a type id, or null if there is none. */
    public Layout get(int typeId) {
        Layout[] s = snapshot;
        return typeId > 0 && typeId < s.length ? s[typeId] : null;
    }

    /**
     * By type id, the size in words of an instance of that type; 0 for an array, free-chunk or undefined type
     * id (whose size depends on the shape word's length: ask the layout). The array is shared and must not be
     * written; it is replaced, not grown, when a layout is defined, so a loop may keep it while no layout is
     * defined (a collection) and must index it with a bounds check ({@code id >= 0 && id < length}).
     */
    public int[] instanceWordsUnsafe() {
        return instanceWords;
    }

    /**
     * By type id, the reference slot offsets (sorted, from the object's address) of an instance of that type;
     * null for an array, free-chunk or undefined type id. Shared as {@link #instanceWordsUnsafe}: read only.
     */
    public int[][] instanceSlotsUnsafe() {
        return instanceSlots;
    }

    /** The free-chunk layout. */
    public Layout free() {
        return snapshot[ObjectModel.FREE_TYPE_ID];
    }

    /** Number of type ids in use, including the reserved ones. */
    public int size() {
        return snapshot.length;
    }
}
