package gclab.heap.space;

import gclab.heap.Heap;
import gclab.heap.HeapException;
import gclab.heap.ObjectModel;

/**
 * A named, contiguous range {@code [start, end)} of the heap with an allocator. A space is <em>parsable</em>:
 * a linear walk from {@code start} visits every object and every free chunk, because free memory is always
 * formatted as free chunks (or, for a bump space, lies past {@code top}).
 */
public abstract class Space {
    protected final Heap heap;
    private final String name;
    protected final int start;
    protected final int end;

    protected Space(Heap heap, String name, int sizeWords) {
        this.heap = heap;
        this.name = name;
        this.start = heap.reserve(sizeWords);
        this.end = start + sizeWords;
        heap.register(this);
    }

    public final String name() {
        return name;
    }

    public final Heap heap() {
        return heap;
    }

    public final int start() {
        return start;
    }

    public final int end() {
        return end;
    }

    public final boolean contains(int address) {
        return address >= start && address < end;
    }

    public final int capacityWords() {
        return end - start;
    }

    public final long capacityBytes() {
        return ObjectModel.bytes(capacityWords());
    }

    /** Words held by objects (capacity less free chunks). */
    public abstract long usedWords();

    public final long usedBytes() {
        return ObjectModel.bytes(usedWords());
    }

    /** Allocates {@code sizeWords} raw words and returns their address, or 0 if no free chunk is large enough. */
    public abstract int allocate(int sizeWords);

    /**
     * Allocations this space refused although it held enough free words in total: fragmentation made them
     * miss, and each sent the collector to collect (or to fail). 0 for spaces that cannot fragment.
     */
    public long fragmentationMisses() {
        return 0;
    }

    /** Free-memory figures of this space now. */
    public abstract FragmentationStats fragmentation();

    /** The address where a linear walk of the objects stops (the end, or a bump space's top). */
    protected int walkLimit() {
        return end;
    }

    /**
     * Visits every object and free chunk in address order. Throws {@link HeapException} naming the address
     * if the space is not parsable there.
     */
    public void walk(ChunkVisitor visitor) {
        int limit = walkLimit();
        int address = start;
        while (address < limit) {
            int size = heap.layoutOf(address) == null ? 0 : heap.sizeInWords(address);
            if (size <= 0 || (long) address + size > limit) { // long: a corrupt length must not wrap
                throw new HeapException("space " + name + " is not parsable at address " + address
                        + ": shape word 0x" + Long.toHexString(heap.word(address)) + " gives size " + size
                        + " words, walk limit " + limit);
            }
            visitor.visit(address, size, heap.isFree(address));
            address += size;
        }
        if (limit < end) {
            visitor.visit(limit, end - limit, true);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + " " + start + ".." + end + "]";
    }
}
