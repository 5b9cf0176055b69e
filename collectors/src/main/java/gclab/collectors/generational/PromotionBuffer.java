package gclab.collectors.generational;

import gclab.heap.Heap;
import gclab.heap.gc.Worklist;

/**
 * A promotion-local allocation buffer (HotSpot's PLAB): a minor collection cuts a chunk of {@link #WORDS} out of
 * old's free lists and promotes objects into it by bumping a pointer, instead of searching the free lists once
 * per object. At the end of the collection (and when a chunk is used up) the unused tail goes back to the free
 * lists, so between collections old is parsable and every free word is listed.
 *
 * <p>The buffer also keeps the <b>runs</b> of the collection: the address ranges, in the order they were filled,
 * that hold the objects promoted so far (a buffer's used part, or an object too large for a buffer, or one old
 * could not take, left in place). Each run is contiguous and filled in address order, so scanning the runs in
 * order, each from its start, visits the promoted objects in the order they were promoted, as Cheney's scan
 * pointer visits to-space, without a list entry per object ({@link Scavenger}'s breadth-first copy does this).
 *
 * <p>Invariants during a minor collection: {@code [top, end)} is unused old memory cut from the free lists (not
 * parsable until {@link #retire()}); everything below {@code top} in the buffer is promoted objects, the open
 * run {@code [openStart, top)}. {@code nextCard} is the first card start at or after {@code top}: an object
 * that ends beyond it covers the first word of a card, whose block start must then become the object; one that
 * does not covers no card's first word, and needs no block start recorded (the common case, one comparison).
 */
final class PromotionBuffer {
    /** Words per buffer: 8 KiB, small enough that a retired tail wastes little, large enough to amortize. */
    static final int WORDS = 1024;

    private final Generations g;
    private final CardTable cards;
    private int top;
    private int end;
    private int nextCard;
    /** The start of the open run (the buffer's used part, {@code [openStart, top)}), or 0 if none is open. */
    private int openStart;
    /** The closed runs, in order: start and end of each, two entries per run. */
    private final Worklist runs = new Worklist();

    PromotionBuffer(Generations generations) {
        this.g = generations;
        this.cards = generations.cards;
    }

    /** An address in old for a promoted object of {@code sizeWords}; {@link Heap#NULL} if old has no room. */
    int allocate(int sizeWords) {
        int address = top;
        int newTop = address + sizeWords;
        if (newTop > end) {
            return allocateInNewBuffer(sizeWords);
        }
        top = newTop;
        if (newTop > nextCard) {
            cards.recordChunk(address, sizeWords);
            nextCard = cards.firstCardStartAtOrAfter(newTop);
        }
        return address;
    }

    private int allocateInNewBuffer(int sizeWords) {
        retire();
        if (sizeWords >= WORDS / 4) {
            return alone(g.allocateOld(sizeWords), sizeWords); // a large object: not worth a buffer's tail
        }
        int chunk = g.old.allocate(WORDS);
        if (chunk == Heap.NULL) {
            return alone(g.allocateOld(sizeWords), sizeWords); // old is too fragmented for a buffer
        }
        top = chunk;
        end = chunk + WORDS;
        openStart = chunk;
        nextCard = cards.firstCardStartAtOrAfter(chunk);
        return allocate(sizeWords);
    }

    /** An object promoted outside a buffer (or {@link Heap#NULL}): a run of its own. */
    private int alone(int address, int sizeWords) {
        if (address != Heap.NULL) {
            addRun(address, sizeWords);
        }
        return address;
    }

    /**
     * A gray object outside to-space that no buffer holds (one that failed promotion and stays where it is) is
     * a run of its own. Only between buffers: a failure happens only once the buffer is retired.
     */
    void addRun(int address, int sizeWords) {
        if (openStart != Heap.NULL) {
            throw new IllegalStateException("a run added while a buffer is open");
        }
        runs.add(address);
        runs.add(address + sizeWords);
    }

    /** The top of the open buffer, where its unused (unparsable) rest begins; 0 if no buffer is open. */
    int top() {
        return top;
    }

    /** The end of the open buffer's unused rest; 0 if no buffer is open. */
    int end() {
        return end;
    }

    /** The number of runs so far, closed ones and the open one. */
    int runCount() {
        return runs.size() / 2 + (openStart != Heap.NULL ? 1 : 0);
    }

    int runStart(int run) {
        return 2 * run < runs.size() ? runs.get(2 * run) : openStart;
    }

    /** The end of run {@code run} so far: the open run's grows as objects are promoted into it. */
    int runEnd(int run) {
        return 2 * run < runs.size() ? runs.get(2 * run + 1) : top;
    }

    /** Forgets the runs (at the end of the collection, after {@link #retire()}). */
    void clearRuns() {
        runs.clear();
    }

    /** Gives the unused tail back to old's free lists (formatted as a free chunk, so old is parsable again). */
    void retire() {
        if (openStart != Heap.NULL) {
            runs.add(openStart);
            runs.add(top);
            openStart = Heap.NULL;
        }
        if (end > top) {
            int tail = end - top;
            g.cards.recordChunk(top, tail);
            g.old.free(top, tail); // a one-word tail becomes a dark hole, as any split's would
        }
        top = 0;
        end = 0;
        nextCard = 0;
    }
}
