package gclab.collectors.generational;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.SlotVisitor;
import gclab.heap.gc.MarkBits;
import gclab.heap.gc.Sweeper;
import gclab.heap.gc.Tracer;
import gclab.heap.gc.Worklist;
import gclab.heap.space.BumpSpace;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import java.util.Arrays;

/**
 * Two generations, as HotSpot's Serial collector lays them out (the survivors swap roles at every minor
 * collection):
 * <pre>
 *   | eden                         | from | to   | old                                              |
 *   |  bump allocation             |  survivors  |  free lists, cards of cardWords each            |
 *   |<--------- young: heap / (new-ratio + 1) -->|<------------ old: the rest -------------------->|
 *   |<- eden: young * ratio / (ratio + 2) ->|    each survivor: young / (survivor-ratio + 2)
 * </pre>
 * See the package documentation for the phases, invariants, barrier and GC word.
 */
public final class Generational implements Collector {
    static final CollectorTraits TRAITS = new CollectorTraits(true, true, false, true, false, false, true);

    // ---------------------------------------------------------------- the GC word
    /** Bit 0: reached by a full collection's marking. */
    static final long MARK = 1L;
    static final int AGE_SHIFT = 1;
    /** Bits 1..4: minor collections survived (0..15). */
    static final long AGE_MASK = 0xFL << AGE_SHIFT;
    /** Bit 5: copied during the current minor collection; bits 32..63 then hold the new address. */
    static final long FORWARDED = 1L << 5;
    static final int MAX_AGE = 15;

    private static final byte CLEAN = 0;
    private static final byte DIRTY = 1;

    private final CollectorContext context;
    private final Heap heap;
    private final GcTelemetry telemetry;
    private final BumpSpace eden;
    /** The two survivor spaces; {@code survivors[fromIndex]} is from-space, the other is to-space. */
    private final BumpSpace[] survivors = new BumpSpace[2];
    private int fromIndex;
    private final FreeListSpace old;
    private final int youngStart;
    private final int youngEnd;
    private final int tenuringThreshold;
    private final boolean barrier;

    /** One byte per card of old: {@link #DIRTY} if a reference was stored into it since the last scan. */
    private final byte[] cards;
    private final int cardWords;
    /**
     * Per card of old, the highest known chunk (object or free chunk) start inside it, or 0: where a walk
     * that must reach a later card can begin, since old is parsable (HotSpot's block offset table).
     */
    private final int[] chunkStarts;

    private final MarkBits marks = new GcWordMarks();
    private final Tracer tracer;
    private final SlotVisitor scanner = this::scanSlot;
    /** Objects promoted during the current evacuation, not scanned yet beyond {@link #promotedScanned}. */
    private final Worklist promoted = new Worklist();
    /** During a full collection: every young survivor goes to old. */
    private boolean promoteAll;
    /** Reference slots outside {@code [clipStart, clipEnd)} are skipped while scanning a card. */
    private int clipStart = Integer.MIN_VALUE;
    private int clipEnd = Integer.MAX_VALUE;

    private long prematurePromotions;
    private final WorkCounts work = new WorkCounts();

    Generational(CollectorContext context, int newRatio, int survivorRatio, int tenuringThreshold,
                 long cardBytes, boolean barrier, FitPolicy policy) {
        this.context = context;
        this.heap = context.heap();
        this.telemetry = context.telemetry();
        int total = heap.unreservedWords();
        int young = total / (newRatio + 1);
        int survivor = young / (survivorRatio + 2);
        this.eden = new BumpSpace(heap, "eden", young - 2 * survivor);
        this.survivors[0] = new BumpSpace(heap, "survivor0", survivor);
        this.survivors[1] = new BumpSpace(heap, "survivor1", survivor);
        this.old = new FreeListSpace(heap, "old", total - young, policy);
        this.youngStart = eden.start();
        this.youngEnd = survivors[1].end();
        this.tenuringThreshold = tenuringThreshold;
        this.barrier = barrier;
        this.cardWords = (int) Math.max(1, cardBytes / 8);
        int cardCount = (old.capacityWords() + cardWords - 1) / cardWords;
        this.cards = new byte[cardCount];
        this.chunkStarts = new int[cardCount];
        recordChunkStart(old.start());
        this.tracer = new Tracer(heap, marks);
    }

    @Override
    public CollectorTraits traits() {
        return TRAITS;
    }

    @Override
    public CollectorContext context() {
        return context;
    }

    /** Objects promoted because to-space was full, before reaching the tenuring threshold. */
    public long prematurePromotions() {
        return prematurePromotions;
    }

    BumpSpace eden() {
        return eden;
    }

    BumpSpace from() {
        return survivors[fromIndex];
    }

    private BumpSpace to() {
        return survivors[1 - fromIndex];
    }

    FreeListSpace old() {
        return old;
    }

    boolean isYoung(int address) {
        return address >= youngStart && address < youngEnd;
    }

    static int age(long gcWord) {
        return (int) ((gcWord & AGE_MASK) >>> AGE_SHIFT);
    }

    // ---------------------------------------------------------------- allocation and the barrier

    @Override
    public int allocate(Layout layout, int length, int sizeWords) {
        int address = eden.allocate(sizeWords);
        if (address == Heap.NULL && sizeWords <= eden.capacityWords()) {
            collectYoung(GcCause.ALLOCATION_FAILURE);
            address = eden.allocate(sizeWords);
        }
        if (address == Heap.NULL) {
            address = allocateOld(sizeWords);
        }
        if (address == Heap.NULL) {
            collectFull(GcCause.ALLOCATION_FAILURE);
            address = eden.allocate(sizeWords);
            if (address == Heap.NULL) {
                address = allocateOld(sizeWords);
            }
            if (address == Heap.NULL) {
                throw telemetry.outOfMemory(layout.describe(length), sizeWords, old.fragmentation());
            }
        }
        heap.formatObject(address, layout, length, sizeWords, 0L);
        return address;
    }

    /** Allocates in old (an object too large for eden), keeping the chunk starts of its cards known. */
    private int allocateOld(int sizeWords) {
        int address = old.allocate(sizeWords);
        if (address != Heap.NULL) {
            recordChunkStart(address);
            recordChunkStart(address + sizeWords);
        }
        return address;
    }

    /**
     * The write barrier: card marking. After this, the slot holds {@code value} and, if the slot lies in old,
     * its card is dirty, so the next minor collection finds an old-to-young reference stored there.
     */
    @Override
    public void storeReference(int object, int slotAddress, int value) {
        heap.setReference(slotAddress, value);
        if (barrier && old.contains(slotAddress)) {
            cards[cardOf(slotAddress)] = DIRTY;
        }
    }

    private int cardOf(int address) {
        return (address - old.start()) / cardWords;
    }

    private void recordChunkStart(int address) {
        if (address < old.end()) {
            int card = cardOf(address);
            if (chunkStarts[card] < address) {
                chunkStarts[card] = address;
            }
        }
    }

    // ---------------------------------------------------------------- collection

    @Override
    public void collect(GcCause cause) {
        if (cause == GcCause.STRESS) {
            collectYoung(cause);
        } else {
            collectFull(cause);
        }
    }

    /**
     * A minor collection. After this, every young object reachable from the roots or from a dirty card is in
     * to-space (now from-space) or old, every reference to it is updated, eden and the old from-space are
     * empty, and every old-to-young reference lies on a dirty card. If old could not take every young object
     * (the promotion guarantee), a full collection runs instead.
     */
    private void collectYoung(GcCause cause) {
        if (old.largestFreeWords() < eden.usedWords() + from().usedWords()) {
            collectFull(cause);
            return;
        }
        telemetry.pauseBegin(PauseKind.YOUNG, cause);
        telemetry.phaseBegin("evacuate-roots");
        to().reset();
        evacuateRoots();
        telemetry.phaseBegin("scan-cards");
        scanCards();
        telemetry.phaseBegin("copy");
        copyReachable();
        report();
        eden.reset();
        from().reset();
        fromIndex = 1 - fromIndex;
        telemetry.phaseEnd();
        telemetry.pauseEnd();
    }

    private void evacuateRoots() {
        long[] count = {0};
        context.roots().visitRoots(ref -> {
            count[0]++;
            return evacuate(ref);
        });
        work.add(WorkKind.ROOTS_SCANNED, count[0]);
    }

    /**
     * After this, every card is clean except those whose objects still hold a young reference, and every young
     * object referenced from a card that was dirty is evacuated (its referrers updated).
     */
    private void scanCards() {
        Worklist dirty = new Worklist();
        for (int card = 0; card < cards.length; card++) {
            if (cards[card] == DIRTY) {
                dirty.add(card);
                cards[card] = CLEAN;
            }
        }
        for (int i = 0; i < dirty.size(); i++) {
            scanCard(dirty.get(i));
        }
        work.add(WorkKind.CARDS_SCANNED, dirty.size());
        clipStart = Integer.MIN_VALUE;
        clipEnd = Integer.MAX_VALUE;
    }

    /** Scans the reference slots inside one card, walking old from a known chunk start before it. */
    private void scanCard(int card) {
        int cardStart = old.start() + card * cardWords;
        int cardEnd = Math.min(cardStart + cardWords, old.end());
        int address = old.start();
        for (int before = card - 1; before >= 0; before--) {
            if (chunkStarts[before] != 0) {
                address = chunkStarts[before];
                break;
            }
        }
        clipStart = cardStart;
        clipEnd = cardEnd;
        // Invariant: address is the start of a chunk of old, and no object before it overlaps the card.
        while (address < cardEnd) {
            int size = heap.sizeInWords(address);
            if (address + size > cardStart && !heap.isFree(address)) {
                heap.forEachReferenceSlot(address, scanner);
            }
            address += size;
        }
    }

    /**
     * Cheney's scan: to-space between the scan pointer and top, and the promoted objects not yet scanned, are
     * gray. After this, both are black: every object reachable from an evacuated one is evacuated.
     */
    private void copyReachable() {
        BumpSpace to = to();
        int scan = to.start();
        int promotedScanned = 0;
        while (scan < to.top() || promotedScanned < promoted.size()) {
            while (scan < to.top()) {
                heap.forEachReferenceSlot(scan, scanner);
                scan += heap.sizeInWords(scan);
            }
            while (promotedScanned < promoted.size()) {
                heap.forEachReferenceSlot(promoted.get(promotedScanned++), scanner);
            }
        }
        promoted.clear();
    }

    /** Evacuates the slot's referent, updates the slot, and keeps the card of an old-to-young slot dirty. */
    private void scanSlot(int slot) {
        if (slot < clipStart || slot >= clipEnd) {
            return;
        }
        work.add(WorkKind.SLOTS_SCANNED, 1);
        int ref = heap.reference(slot);
        int moved = evacuate(ref);
        if (moved != ref) {
            heap.setReference(slot, moved);
        }
        if (isYoung(moved) && old.contains(slot)) {
            cards[cardOf(slot)] = DIRTY;
        }
    }

    /**
     * Returns the new address of {@code ref}: itself if it is not in eden or from-space, its forwarding
     * address if it was already copied, otherwise the address of a fresh copy in to-space (one year older)
     * or, at the tenuring threshold or when to-space is full, in old (promoted).
     */
    private int evacuate(int ref) {
        if (ref == Heap.NULL || !(eden.contains(ref) || from().contains(ref))) {
            return ref;
        }
        long word = heap.gcWord(ref);
        if ((word & FORWARDED) != 0) {
            return (int) (word >>> 32);
        }
        int size = heap.sizeInWords(ref);
        int age = age(word);
        int copy = Heap.NULL;
        if (!promoteAll && age < tenuringThreshold) {
            copy = to().allocate(size);
            if (copy == Heap.NULL) {
                prematurePromotions++;
            }
        }
        boolean promote = copy == Heap.NULL;
        if (promote) {
            copy = allocateOld(size);
            if (copy == Heap.NULL) {
                throw new IllegalStateException("promotion failed although old had room for all of young");
            }
            promoted.add(copy);
            work.add(WorkKind.OBJECTS_PROMOTED, 1);
        }
        heap.copyWords(ref, copy, size);
        heap.setGcWord(copy, promote ? 0L : (long) Math.min(age + 1, MAX_AGE) << AGE_SHIFT);
        heap.setGcWord(ref, ((long) copy << 32) | FORWARDED);
        work.add(WorkKind.OBJECTS_COPIED, 1);
        work.add(WorkKind.WORDS_COPIED, size);
        return copy;
    }

    private void report() {
        telemetry.work(work);
        work.clear();
    }

    /**
     * A full collection. After this, every unreachable object of old is on its free lists, and every reachable
     * young object is promoted to old (young is empty, every card clean) if old has room for all of them; if
     * not, they stay where they are, unmarked, and every card is dirty.
     */
    private void collectFull(GcCause cause) {
        telemetry.pauseBegin(PauseKind.FULL, cause);
        telemetry.phaseBegin("mark");
        tracer.markRoots(context.roots());
        tracer.traceReferences();
        telemetry.work(tracer.takeWork());

        telemetry.phaseBegin("sweep");
        Sweeper.sweep(old, marks, work);
        rebuildChunkStarts();
        long liveYoung = unmarkYoung(eden) + unmarkYoung(from());
        report();

        if (old.largestFreeWords() >= liveYoung) {
            telemetry.phaseBegin("promote");
            Arrays.fill(cards, CLEAN);
            promoteAll = true;
            evacuateRoots();
            old.walk((address, size, free) -> {
                if (!free) {
                    heap.forEachReferenceSlot(address, scanner);
                }
            });
            copyReachable();
            promoteAll = false;
            eden.reset();
            from().reset();
            report();
        } else {
            Arrays.fill(cards, DIRTY);
        }
        telemetry.phaseEnd();
        telemetry.pauseEnd();
    }

    /** Clears the marks in a young space; returns the words of the marked objects. */
    private long unmarkYoung(BumpSpace space) {
        long[] live = {0};
        space.walk((address, size, free) -> {
            if (!free && marks.isMarked(address)) {
                marks.unmark(address);
                live[0] += size;
            }
        });
        return live[0];
    }

    /** After this, every card's chunk start is exact again (a sweep merged free chunks). */
    private void rebuildChunkStarts() {
        Arrays.fill(chunkStarts, 0);
        old.walk((address, size, free) -> recordChunkStart(address));
    }

    /** The mark bit of this collector's GC word, leaving the age bits alone. */
    private final class GcWordMarks implements MarkBits {
        @Override
        public boolean isMarked(int object) {
            return (heap.gcWord(object) & MARK) != 0;
        }

        @Override
        public boolean mark(int object) {
            long word = heap.gcWord(object);
            if ((word & MARK) != 0) {
                return false;
            }
            heap.setGcWord(object, word | MARK);
            return true;
        }

        @Override
        public void unmark(int object) {
            heap.setGcWord(object, heap.gcWord(object) & ~MARK);
        }
    }
}
