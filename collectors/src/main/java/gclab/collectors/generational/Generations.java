package gclab.collectors.generational;

import gclab.heap.Heap;
import gclab.heap.space.BumpSpace;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;

/**
 * The heap carved into generations, as HotSpot's Serial collector lays it out (the survivors swap roles at
 * every minor collection):
 * <pre>
 *   | eden                         | from | to   | old                                              |
 *   |  bump allocation             |  survivors  |  free lists, cards of card-size bytes each       |
 *   |<--------- young: heap / (new-ratio + 1) -->|<------------ old: the rest -------------------->|
 *   |<- eden: young * ratio / (ratio + 2) ->|    each survivor: young / (survivor-ratio + 2)
 * </pre>
 * Young is one contiguous range, so "is this address young?" is two comparisons.
 */
final class Generations {
    final Heap heap;
    final BumpSpace eden;
    /** {@code survivors[fromIndex]} is from-space, the other one to-space; they are adjacent, 0 first. */
    final BumpSpace[] survivors = new BumpSpace[2];
    final FreeListSpace old;
    final CardTable cards;
    private final int youngStart;
    private final int youngEnd;
    private int fromIndex;

    Generations(Heap heap, int newRatio, int survivorRatio, FitPolicy policy, long cardBytes) {
        this.heap = heap;
        int total = heap.unreservedWords();
        int young = total / (newRatio + 1);
        int survivor = young / (survivorRatio + 2);
        this.eden = new BumpSpace(heap, "eden", young - 2 * survivor);
        this.survivors[0] = new BumpSpace(heap, "survivor0", survivor);
        this.survivors[1] = new BumpSpace(heap, "survivor1", survivor);
        this.old = new FreeListSpace(heap, "old", total - young, policy);
        this.cards = new CardTable(heap, old, cardBytes);
        this.youngStart = eden.start();
        this.youngEnd = survivors[1].end();
    }

    BumpSpace from() {
        return survivors[fromIndex];
    }

    BumpSpace to() {
        return survivors[1 - fromIndex];
    }

    /** After a minor collection: the survivors just copied into to-space become from-space. */
    void swapSurvivors() {
        fromIndex = 1 - fromIndex;
    }

    /** After a full collection, which packs young's survivors into eden, then survivor0, then survivor1. */
    void survivorZeroIsFrom() {
        fromIndex = 0;
    }

    boolean isYoung(int address) {
        return address >= youngStart && address < youngEnd;
    }

    /** Eden, survivor0 and survivor1 in address order. */
    BumpSpace[] youngSpaces() {
        return new BumpSpace[] {eden, survivors[0], survivors[1]};
    }

    /** Allocates in old, keeping the block starts of its cards exact; {@link Heap#NULL} if old has no room. */
    int allocateOld(int sizeWords) {
        int address = old.allocate(sizeWords);
        if (address != Heap.NULL) {
            cards.recordChunk(address, sizeWords);
        }
        return address;
    }
}
