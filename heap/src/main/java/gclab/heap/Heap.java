package gclab.heap;

import gclab.heap.space.Space;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The simulated address space: one {@code long[]} of words, where an address is a word index and 0 is null.
 *
 * <p>A heap owns its words, its {@link LayoutTable} and the {@link Space}s that a collector carves out of it.
 * It knows the object model ({@link ObjectModel}): how to read an object's shape, size and reference slots,
 * and how to format objects and free chunks. It knows nothing about any collector.
 *
 * <pre>
 *   address 0   1                                                        capacity
 *           | null |  space 0 (e.g. eden) | space 1 | ... | unreserved |
 * </pre>
 */
public final class Heap {
    /** The null reference. No object is ever allocated at address 0. */
    public static final int NULL = 0;
    /** The first address a space may start at. */
    public static final int FIRST_ADDRESS = 1;
    /** Largest heap: addresses are non-negative {@code int} word indexes. */
    public static final long MAX_CAPACITY_BYTES = (long) (Integer.MAX_VALUE - 16) * ObjectModel.WORD_BYTES;
    /** Smallest heap worth having: room for a handful of small objects. */
    public static final long MIN_CAPACITY_BYTES = 64;

    private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[] words;
    private final LayoutTable layouts = new LayoutTable();
    private final List<Space> spaces = new ArrayList<>();
    private int reservedTop = FIRST_ADDRESS;

    /** A heap of {@code capacityBytes}, rounded down to whole words. */
    public Heap(long capacityBytes) {
        if (capacityBytes < MIN_CAPACITY_BYTES || capacityBytes > MAX_CAPACITY_BYTES) {
            throw new HeapException("heap size " + capacityBytes + " bytes is outside the range gclab supports ("
                    + MIN_CAPACITY_BYTES + " bytes to " + (MAX_CAPACITY_BYTES >> 20) + " MiB); choose another --heap");
        }
        this.words = new long[(int) (capacityBytes / ObjectModel.WORD_BYTES)];
    }

    // ---------------------------------------------------------------- the address space

    public int capacityWords() {
        return words.length;
    }

    public long capacityBytes() {
        return ObjectModel.bytes(words.length);
    }

    public LayoutTable layouts() {
        return layouts;
    }

    /** True if {@code address} is a word of this heap (null is not). */
    public boolean inBounds(int address) {
        return address >= FIRST_ADDRESS && address < words.length;
    }

    public long word(int address) {
        return words[address];
    }

    public void setWord(int address, long value) {
        words[address] = value;
    }

    /** Reads a word with acquire semantics, for words a concurrent collector thread also writes. */
    public long wordAcquire(int address) {
        return (long) WORDS.getAcquire(words, address);
    }

    /** Writes a word with release semantics, for words a concurrent collector thread also reads. */
    public void setWordRelease(int address, long value) {
        WORDS.setRelease(words, address, value);
    }

    /** Atomically replaces a word if it still holds {@code expected}. */
    public boolean compareAndSetWord(int address, long expected, long value) {
        return WORDS.compareAndSet(words, address, expected, value);
    }

    /** The reference held in the slot at {@code slotAddress}. */
    public int reference(int slotAddress) {
        return (int) words[slotAddress];
    }

    public void setReference(int slotAddress, int target) {
        words[slotAddress] = target;
    }

    /** Copies {@code count} words; overlapping ranges are handled as {@code System.arraycopy} does. */
    public void copyWords(int from, int to, int count) {
        System.arraycopy(words, from, words, to, count);
    }

    public void clearWords(int from, int count) {
        Arrays.fill(words, from, from + count, 0L);
    }

    // ---------------------------------------------------------------- spaces

    /**
     * Reserves the next {@code sizeWords} words for a new space and returns its start. Spaces are carved
     * from low addresses up, in the order the collector creates them.
     */
    public int reserve(int sizeWords) {
        if (sizeWords < ObjectModel.MIN_OBJECT_WORDS || sizeWords > unreservedWords()) {
            throw new HeapException("cannot reserve a space of " + ObjectModel.bytes(sizeWords) + " bytes: only "
                    + ObjectModel.bytes(unreservedWords()) + " of the heap's " + capacityBytes()
                    + " bytes are unreserved; give a larger --heap or smaller spaces");
        }
        int start = reservedTop;
        reservedTop += sizeWords;
        return start;
    }

    public int unreservedWords() {
        return words.length - reservedTop;
    }

    /** Called by {@link Space}'s constructor. */
    public void register(Space space) {
        spaces.add(space);
    }

    /** The spaces carved out of this heap, in address order. */
    public List<Space> spaces() {
        return Collections.unmodifiableList(spaces);
    }

    /** The space that contains {@code address}, or null. */
    public Space spaceOf(int address) {
        for (Space s : spaces) {
            if (s.contains(address)) {
                return s;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- the object model

    public int typeId(int object) {
        return ObjectModel.typeIdOf(words[object]);
    }

    /** The layout of the object at {@code object}; null if its shape word names no type. */
    public Layout layoutOf(int object) {
        return layouts.get(ObjectModel.typeIdOf(words[object]));
    }

    /** The array length (or, for a free chunk, its size in words) held in the shape word. */
    public int lengthOf(int object) {
        return ObjectModel.lengthOf(words[object]);
    }

    /** Size in words of the object or free chunk at {@code object}. */
    public int sizeInWords(int object) {
        return sizeInWords(object, words[object]);
    }

    /**
     * Size in words of the object or free chunk at {@code object} whose shape word is {@code shape}, for a caller
     * that has read the shape word already (a linear walk): an instance's from the layout table's dense array,
     * no layout lookup; an array's or free chunk's from its layout and length.
     */
    public int sizeInWords(int object, long shape) {
        int id = ObjectModel.typeIdOf(shape);
        int[] instanceWords = layouts.instanceWordsUnsafe();
        if (id >= 0 && id < instanceWords.length && instanceWords[id] != 0) {
            return instanceWords[id];
        }
        Layout layout = layoutOf(object, shape);
        return (int) layout.sizeInWords(ObjectModel.lengthOf(shape));
    }

    /** The layout named by {@code shape}, the shape word of {@code object}; a clear error if it names none. */
    private Layout layoutOf(int object, long shape) {
        Layout layout = layouts.get(ObjectModel.typeIdOf(shape));
        if (layout == null) {
            throw noObject(object, shape);
        }
        return layout;
    }

    private static HeapException noObject(int address, long shape) {
        return new HeapException("no object at address " + address + ": its shape word 0x"
                + Long.toHexString(shape) + " names no type (the heap is corrupt or the address is wrong)");
    }

    public boolean isFree(int object) {
        return ObjectModel.typeIdOf(words[object]) == ObjectModel.FREE_TYPE_ID;
    }

    public long gcWord(int object) {
        return words[object + ObjectModel.GC_WORD_OFFSET];
    }

    public void setGcWord(int object, long value) {
        words[object + ObjectModel.GC_WORD_OFFSET] = value;
    }

    /**
     * Size in words that an object of {@code layout} with {@code length} needs, checked: a negative length or
     * an object larger than the model admits is an {@link IllegalAllocationException}.
     */
    public static int requiredWords(Layout layout, int length) {
        if (length == 0 && layout.kind() == Layout.Kind.INSTANCE) {
            return ObjectModel.instanceWords(layout.fieldCount()); // the common case, first
        }
        if (layout.isFree()) {
            throw new IllegalAllocationException("cannot allocate a free chunk as an object");
        }
        if (layout.isArray()) {
            if (length < 0) {
                throw new IllegalAllocationException("negative array length " + length + " for " + layout.name());
            }
            if (length > ObjectModel.MAX_ARRAY_LENGTH) {
                throw new IllegalAllocationException("array length " + length + " for " + layout.name()
                        + " exceeds the VM limit of " + ObjectModel.MAX_ARRAY_LENGTH);
            }
        } else if (length != 0) {
            throw new IllegalAllocationException("instance layout " + layout.name() + " given array length " + length);
        }
        long size = layout.sizeInWords(length);
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalAllocationException(layout.name() + "[" + length + "] needs "
                    + ObjectModel.bytes(size) + " bytes, more than any gclab heap can hold");
        }
        return (int) size;
    }

    /**
     * After this, {@code [address, address + sizeWords)} holds a fresh object of {@code layout}: its shape,
     * the GC word {@code gcWord}, and a zeroed body.
     */
    public void formatObject(int address, Layout layout, int length, int sizeWords, long gcWord) {
        words[address] = ObjectModel.shape(layout.typeId(), layout.isArray() ? length : 0);
        words[address + ObjectModel.GC_WORD_OFFSET] = gcWord;
        Arrays.fill(words, address + ObjectModel.HEADER_WORDS, address + sizeWords, 0L);
    }

    /**
     * After this, {@code [address, address + sizeWords)} is one free chunk, which a linear walk steps over.
     * A chunk of two or more words has a link word (word 1), set to {@code next}; a one-word chunk has none.
     */
    public void formatFree(int address, int sizeWords, int next) {
        words[address] = ObjectModel.shape(ObjectModel.FREE_TYPE_ID, sizeWords);
        if (sizeWords >= ObjectModel.MIN_OBJECT_WORDS) {
            words[address + ObjectModel.GC_WORD_OFFSET] = next;
        }
    }

    /** The free-list link of a free chunk. */
    public int freeNext(int chunk) {
        return (int) words[chunk + ObjectModel.GC_WORD_OFFSET];
    }

    public void setFreeNext(int chunk, int next) {
        words[chunk + ObjectModel.GC_WORD_OFFSET] = next;
    }

    /** Number of reference slots of the object at {@code object}. */
    public int referenceSlotCount(int object) {
        long shape = words[object];
        int[] offsets = instanceSlots(ObjectModel.typeIdOf(shape));
        if (offsets != null) {
            return offsets.length;
        }
        Layout layout = layoutOf(object, shape);
        switch (layout.kind()) {
            case INSTANCE: return layout.referenceOffsetsUnsafe().length;
            case ARRAY: return layout.element() == ElementKind.REFERENCE ? ObjectModel.lengthOf(shape) : 0;
            default: return 0;
        }
    }

    /** Visits the address of every reference slot of the object at {@code object}, in address order. */
    public void forEachReferenceSlot(int object, SlotVisitor visitor) {
        long shape = words[object];
        int[] offsets = instanceSlots(ObjectModel.typeIdOf(shape));
        if (offsets != null) {
            for (int offset : offsets) {
                visitor.visitSlot(object + offset);
            }
            return;
        }
        Layout layout = layoutOf(object, shape);
        if (layout.kind() == Layout.Kind.INSTANCE) {
            for (int offset : layout.referenceOffsetsUnsafe()) {
                visitor.visitSlot(object + offset);
            }
        } else if (layout.kind() == Layout.Kind.ARRAY && layout.element() == ElementKind.REFERENCE) {
            int first = object + ObjectModel.HEADER_WORDS;
            int end = first + ObjectModel.lengthOf(shape);
            for (int slot = first; slot < end; slot++) {
                visitor.visitSlot(slot);
            }
        }
    }

    /** An instance type's reference offsets from the dense table, no layout lookup; null for any other id. */
    private int[] instanceSlots(int typeId) {
        int[][] slots = layouts.instanceSlotsUnsafe();
        return typeId >= 0 && typeId < slots.length ? slots[typeId] : null;
    }

    /**
     * Visits the reference slots of {@code object} that lie in {@code [from, to)}: a card scan's view of an
     * object that straddles the card. A reference array's slots in the range are found by arithmetic, so the
     * cost is the range's, not the array's.
     */
    public void forEachReferenceSlotIn(int object, int from, int to, SlotVisitor visitor) {
        long shape = words[object];
        Layout layout = layoutOf(object, shape);
        if (layout.kind() == Layout.Kind.INSTANCE) {
            for (int offset : layout.referenceOffsetsUnsafe()) {
                int slot = object + offset;
                if (slot >= from && slot < to) {
                    visitor.visitSlot(slot);
                }
            }
        } else if (layout.kind() == Layout.Kind.ARRAY && layout.element() == ElementKind.REFERENCE) {
            int first = Math.max(object + ObjectModel.HEADER_WORDS, from);
            int end = Math.min(object + ObjectModel.HEADER_WORDS + ObjectModel.lengthOf(shape), to);
            for (int slot = first; slot < end; slot++) {
                visitor.visitSlot(slot);
            }
        }
    }

    // ---------------------------------------------------------------- fields and elements

    /** Address of instance field {@code index} (or reference array element {@code index}). */
    public static int slotAddress(int object, int index) {
        return object + ObjectModel.HEADER_WORDS + index;
    }

    /** Reads element {@code index} of a packed primitive array, as raw zero-extended bits. */
    public long primitiveElement(int array, ElementKind kind, int index) {
        if (kind.bytes == ObjectModel.WORD_BYTES) {
            return words[array + ObjectModel.HEADER_WORDS + index];
        }
        long byteOffset = (long) index * kind.bytes;
        int word = array + ObjectModel.HEADER_WORDS + (int) (byteOffset >>> 3);
        int shift = (int) (byteOffset & 7) * 8;
        long mask = (1L << (kind.bytes * 8)) - 1;
        return (words[word] >>> shift) & mask;
    }

    /** Writes element {@code index} of a packed primitive array from the low bits of {@code bits}. */
    public void setPrimitiveElement(int array, ElementKind kind, int index, long bits) {
        if (kind.bytes == ObjectModel.WORD_BYTES) {
            words[array + ObjectModel.HEADER_WORDS + index] = bits;
            return;
        }
        long byteOffset = (long) index * kind.bytes;
        int word = array + ObjectModel.HEADER_WORDS + (int) (byteOffset >>> 3);
        int shift = (int) (byteOffset & 7) * 8;
        long mask = ((1L << (kind.bytes * 8)) - 1) << shift;
        words[word] = (words[word] & ~mask) | ((bits << shift) & mask);
    }

    @Override
    public String toString() {
        return "Heap[" + capacityBytes() + " bytes, " + spaces.size() + " spaces]";
    }
}
