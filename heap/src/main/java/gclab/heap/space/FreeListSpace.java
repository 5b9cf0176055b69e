package gclab.heap.space;

import gclab.heap.Heap;
import gclab.heap.ObjectModel;

/**
 * A space allocated from free lists under a {@link FitPolicy}. Its free memory is always formatted as free
 * chunks, so it stays parsable between objects. A sweep rebuilds the lists: {@link #clearFreeLists()}, then
 * {@link #addFreeChunk} for each coalesced run of dead memory, in address order.
 */
public final class FreeListSpace extends Space {
    private final FitPolicy policy;
    private final FreeList freeList;
    private long fragmentationMisses;

    public FreeListSpace(Heap heap, String name, int sizeWords, FitPolicy policy) {
        super(heap, name, sizeWords);
        this.policy = policy;
        this.freeList = FreeList.create(heap, policy);
        freeList.add(start, sizeWords);
    }

    public FitPolicy policy() {
        return policy;
    }

    @Override
    public int allocate(int sizeWords) {
        if (sizeWords < ObjectModel.MIN_OBJECT_WORDS) {
            // A smaller request would be handed a listed chunk (0 words) or a headerless word (1 word).
            throw new IllegalArgumentException("cannot allocate " + sizeWords + " words in " + this
                    + ": every object takes at least " + ObjectModel.MIN_OBJECT_WORDS + " words");
        }
        int address = freeList.allocate(sizeWords);
        if (address == Heap.NULL && freeList.freeWords() >= sizeWords) {
            fragmentationMisses++;
        }
        return address;
    }

    /** Returns one dead object (or any run of dead words) to the free lists, without coalescing. */
    public void free(int address, int sizeWords) {
        checkRange(address, sizeWords);
        freeList.add(address, sizeWords);
    }

    /** Forgets every free chunk, before a sweep lists them anew. */
    public void clearFreeLists() {
        freeList.clear();
    }

    /** Lists {@code [address, address + sizeWords)} as one free chunk (a one-word run becomes a dark hole). */
    public void addFreeChunk(int address, int sizeWords) {
        checkRange(address, sizeWords);
        freeList.add(address, sizeWords);
    }

    private void checkRange(int address, int sizeWords) {
        if (sizeWords <= 0 || address < start || address + sizeWords > end) {
            throw new IllegalArgumentException("chunk " + address + "+" + sizeWords + " is not inside " + this);
        }
    }

    /** Words on the free lists. */
    public long freeWords() {
        return freeList.freeWords();
    }

    /** Words in one-word holes, on no list. */
    public long darkWords() {
        return freeList.darkWords();
    }

    /** Allocations this space refused although its free lists held enough words in total. */
    @Override
    public long fragmentationMisses() {
        return fragmentationMisses;
    }

    @Override
    public long usedWords() {
        return capacityWords() - freeList.freeWords() - freeList.darkWords();
    }

    /**
     * Visits every chunk on the free lists, segregated fits' linear allocation block included (in address order
     * for first fit, in list order otherwise).
     */
    public void forEachFreeChunk(ChunkVisitor visitor) {
        freeList.forEach(visitor);
    }

    /** The largest chunk on the free lists, in words. */
    public long largestFreeWords() {
        return freeList.largestWords();
    }

    /**
     * External fragmentation of the listed chunks now, as {@link #fragmentation()} would give it, but from the
     * lists' counters: no walk over the chunks.
     */
    public double externalFragmentation() {
        return FragmentationStats.external(freeList.freeWords(), freeList.largestWords());
    }

    /**
     * The figures of the free lists now, from the counters the lists keep as chunks are listed and taken: O(1)
     * (40 buckets), not O(free chunks). The telemetry takes them at the end of every pause while the mutator is
     * still stopped; a walk over a swept heap's hundreds of thousands of chunks took tens of milliseconds there.
     */
    @Override
    public FragmentationStats fragmentation() {
        return freeList.stats();
    }

    /** The same figures by a walk over every listed chunk (what {@link #fragmentation()} must equal; tests). */
    FragmentationStats walkFragmentation() {
        FragmentationStats.Builder b = new FragmentationStats.Builder();
        freeList.forEach((address, size, free) -> b.addChunk(size));
        if (freeList.darkWords() > 0) {
            b.addDark(freeList.darkWords());
        }
        return b.build();
    }

    /** Tree operations of the policy's size tree so far (best fit, segregated fits; 0 otherwise): for tests. */
    long sizeTreeOperations() {
        return freeList.sizeTreeOperations();
    }

    /** The policy's linear allocation block (segregated fits), or {@link Heap#NULL}: for tests. */
    int linearBlock() {
        return freeList.blockAddress();
    }

    /** The linear allocation block's size in words, 0 if there is none: for tests. */
    int linearBlockWords() {
        return freeList.blockWords();
    }

    /** Bytes on the free lists. */
    public long freeBytes() {
        return ObjectModel.bytes(freeList.freeWords());
    }
}
