package gclab.collectors.generational;

import gclab.heap.Heap;

/**
 * A promotion-local allocation buffer (HotSpot's PLAB): a minor collection cuts a chunk of {@link #WORDS} out of
 * old's free lists and promotes objects into it by bumping a pointer, instead of searching the free lists once
 * per object. At the end of the collection (and when a chunk is used up) the unused tail goes back to the free
 * lists, so between collections old is parsable and every free word is listed.
 *
 * <p>Invariant during a minor collection: {@code [top, end)} is unused old memory cut from the free lists (not
 * parsable until {@link #retire()}); everything below {@code top} in the buffer is promoted objects.
 */
final class PromotionBuffer {
    /** Words per buffer: 8 KiB, small enough that a retired tail wastes little, large enough to amortize. */
    static final int WORDS = 1024;

    private final Generations g;
    private int top;
    private int end;

    PromotionBuffer(Generations generations) {
        this.g = generations;
    }

    /** An address in old for a promoted object of {@code sizeWords}; {@link Heap#NULL} if old has no room. */
    int allocate(int sizeWords) {
        if (sizeWords > end - top) {
            retire();
            if (sizeWords >= WORDS / 4) {
                return g.allocateOld(sizeWords); // a large object: not worth a buffer's tail
            }
            int chunk = g.old.allocate(WORDS);
            if (chunk == Heap.NULL) {
                return g.allocateOld(sizeWords); // old is too fragmented for a buffer: one object at a time
            }
            top = chunk;
            end = chunk + WORDS;
        }
        int address = top;
        top += sizeWords;
        g.cards.recordChunk(address, sizeWords);
        return address;
    }

    /** Gives the unused tail back to old's free lists (formatted as a free chunk, so old is parsable again). */
    void retire() {
        if (end > top) {
            int tail = end - top;
            g.cards.recordChunk(top, tail);
            g.old.free(top, tail); // a one-word tail becomes a dark hole, as any split's would
        }
        top = 0;
        end = 0;
    }
}
