package gclab.collectors.generational;

import gclab.heap.Heap;
import gclab.heap.ObjectModel;
import gclab.heap.SlotVisitor;
import gclab.heap.gc.Worklist;
import gclab.heap.space.FreeListSpace;
import java.util.Arrays;

/**
 * The remembered set of old-to-young references: one byte per card of the old generation (HotSpot's card
 * table), and beside it, per card, the start of a chunk from which a walk of old reaches the card's first word
 * (HotSpot's block offset table), so that a card's objects are found without walking old from its start.
 *
 * <p>Invariants (between collections): every reference slot of old that refers into young lies on a dirty
 * card. Every card's block start is the start of a chunk (an object or a free chunk) at or before the card's
 * first word, with no chunk boundary skipped: walking chunk by chunk from it arrives at the chunk that
 * covers the card's first word. Cutting a chunk in two keeps both ends chunk starts, so an allocation only
 * tightens the entries of the cards it covers; sweeping and compaction move boundaries, so they rebuild.
 *
 * <p>Beside the bytes, the indices of the dirty cards are kept in a list (the barrier appends a card when it
 * turns it from clean to dirty), so that a minor collection finds the dirty cards in time proportional to
 * their number, not to the size of old: the minor pause does not grow with the old generation.
 */
final class CardTable {
    private static final byte CLEAN = 0;
    private static final byte DIRTY = 1;

    private final Heap heap;
    private final FreeListSpace old;
    private final int cardWords;
    /** log2 of {@link #cardWords} when it is a power of two (the default 512-byte card), else -1. */
    private final int cardShift;
    private final byte[] cards;
    private final int[] blockStarts;
    /** Every dirty card, once each: a card is listed exactly when its byte is {@link #DIRTY}. */
    private Worklist dirtyCards = new Worklist();
    /** The list being scanned, swapped with {@link #dirtyCards} by each scan. */
    private Worklist scanning = new Worklist();

    CardTable(Heap heap, FreeListSpace old, long cardBytes) {
        this.heap = heap;
        this.old = old;
        this.cardWords = (int) Math.max(1, cardBytes / ObjectModel.WORD_BYTES);
        this.cardShift = Integer.bitCount(cardWords) == 1 ? Integer.numberOfTrailingZeros(cardWords) : -1;
        int count = (old.capacityWords() + cardWords - 1) / cardWords;
        this.cards = new byte[count];
        this.blockStarts = new int[count];
        Arrays.fill(blockStarts, old.start());
    }

    int cardCount() {
        return cards.length;
    }

    /** The write barrier's half: the card of {@code slot} (which lies in old) is dirty. */
    void dirty(int slot) {
        int card = cardOf(slot);
        if (cards[card] == CLEAN) {
            cards[card] = DIRTY;
            dirtyCards.add(card);
        }
    }

    boolean isDirty(int slot) {
        return cards[cardOf(slot)] == DIRTY;
    }

    void dirtyAll() {
        Arrays.fill(cards, DIRTY);
        dirtyCards.clear();
        for (int card = 0; card < cards.length; card++) {
            dirtyCards.add(card);
        }
    }

    void cleanAll() {
        Arrays.fill(cards, CLEAN);
        dirtyCards.clear();
    }

    private int cardOf(int address) {
        return cards(address - old.start());
    }

    /**
     * {@code offsetWords / cardWords} for a non-negative offset: a shift for a power-of-two card, since
     * promotion computes it twice per object.
     */
    private int cards(int offsetWords) {
        return cardShift >= 0 ? offsetWords >>> cardShift : offsetWords / cardWords;
    }

    /** The first word of the first card that starts at or after {@code address} (an address in old, or its end). */
    int firstCardStartAtOrAfter(int address) {
        return old.start() + cards(address - old.start() + cardWords - 1) * cardWords;
    }

    /** A chunk of old now begins at {@code address} and takes {@code sizeWords}: the cards it covers start in it. */
    void recordChunk(int address, int sizeWords) {
        int first = cards(address - old.start() + cardWords - 1);
        int last = Math.min(cards.length, cards(address + sizeWords - old.start() + cardWords - 1));
        for (int card = first; card < last; card++) {
            blockStarts[card] = address;
        }
    }

    /** The block start of {@code card} (for tests). */
    int blockStart(int card) {
        return blockStarts[card];
    }

    /** The card whose first word is {@code address}, or -1 if no card starts there (for tests). */
    int cardStartingAt(int address) {
        int offset = address - old.start();
        return offset >= 0 && offset % cardWords == 0 && offset / cardWords < cards.length ? offset / cardWords : -1;
    }

    /** After this, every card's block start is exact again (a sweep or a compaction redrew old's chunks). */
    void rebuildBlockStarts() {
        old.walk((address, size, free) -> recordChunk(address, size));
    }

    /**
     * Cleans every dirty card and visits the reference slots of the old objects that overlap it (only the
     * slots inside the card). Returns the number of cards scanned. The visitor re-dirties the card of a slot
     * that still refers into young afterwards, so the invariant holds again when this returns. The visitor may
     * promote objects into {@code buffer}, whose unused rest is not parsable: a card's walk steps over it.
     */
    int scanDirtyCards(SlotVisitor visitor, PromotionBuffer buffer) {
        Worklist dirty = dirtyCards;
        dirtyCards = scanning;
        scanning = dirty;
        for (int i = 0; i < dirty.size(); i++) {
            cards[dirty.get(i)] = CLEAN;
        }
        for (int i = 0; i < dirty.size(); i++) {
            scanCard(dirty.get(i), visitor, buffer);
        }
        int scanned = dirty.size();
        dirty.clear();
        return scanned;
    }

    private void scanCard(int card, SlotVisitor visitor, PromotionBuffer buffer) {
        int cardStart = old.start() + card * cardWords;
        int cardEnd = Math.min(cardStart + cardWords, old.end());
        // Invariant: address is the start of a chunk of old, or the top of the open promotion buffer (whose
        // unused rest, cut from a free chunk, holds whatever was there before), and no chunk before it reaches
        // into the card.
        for (int address = blockStarts[card]; address < cardEnd; ) {
            if (address == buffer.top() && address < buffer.end()) {
                address = buffer.end(); // a full buffer's top is its end: the next chunk, parsable
                continue;
            }
            int size = heap.sizeInWords(address);
            if (address + size > cardStart && !heap.isFree(address)) {
                heap.forEachReferenceSlotIn(address, cardStart, cardEnd, visitor);
            }
            address += size;
        }
    }
}
