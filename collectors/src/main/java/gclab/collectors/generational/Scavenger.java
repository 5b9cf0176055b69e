package gclab.collectors.generational;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.LayoutTable;
import gclab.heap.ObjectModel;
import gclab.heap.ReferenceStrength;
import gclab.heap.SlotVisitor;
import gclab.heap.gc.Worklist;
import gclab.heap.space.BumpSpace;
import gclab.heap.spi.RootSet;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import java.util.Arrays;

/**
 * The minor collection: evacuates the live objects of eden and from-space into to-space or old, from the roots
 * and the dirty cards, by copying (Cheney's breadth-first scan, or depth-first with a stack).
 *
 * <p>Gray objects are the copies not scanned yet: in breadth-first order, to-space between the scan pointer and
 * its top (Cheney's implicit queue) plus, for those that landed outside to-space, the {@link PromotionBuffer}'s
 * runs beyond their own scan pointer (promoted objects lie in runs in the order they were promoted, so a run is
 * an implicit queue as to-space is); in depth-first order, every copy goes on {@link #gray}, used as a stack.
 * Scanning a gray object evacuates its referents.
 *
 * <p>Once the survivors outgrow the cache, the copy is bound by memory latency: every referent is read from
 * wherever the mutator left it, and a load that misses holds up the retirement of every instruction behind it
 * (the core has only about two objects' copy work in flight), so one early load per referent overlaps
 * little. Java cannot issue
 * prefetches, so the breadth-first scan gets its memory-level parallelism by batching: a scanned object's
 * slots are only noted ({@link #BATCH} of them pending), then one tight loop loads the header and last word of
 * every referent to be evacuated, loads that do not depend on each other so that their misses overlap, and
 * only then are the pending slots evacuated, in the order they were found. That is the order in which Cheney's
 * scan would evacuate them one at a time, so every object lands where it would without the batching. The
 * depth-first order cannot batch so: its next object is always the last one copied.
 */
final class Scavenger {
    /** The order in which copies are scanned, which decides how related objects end up placed. */
    enum CopyOrder {
        /** Cheney: scan to-space in address order; siblings end up together. */
        BREADTH_FIRST("breadth-first"),
        /** A stack of copies: a parent is followed by its first child's subtree, as HotSpot's Parallel does. */
        DEPTH_FIRST("depth-first");

        final String optionName;

        CopyOrder(String optionName) {
            this.optionName = optionName;
        }

        static CopyOrder fromOptionName(String name) {
            for (CopyOrder o : values()) {
                if (o.optionName.equals(name)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown copy order " + name);
        }
    }

    private final Generations g;
    private final Heap heap;
    private final RootSet roots;
    private final GcTelemetry telemetry;
    private final boolean depthFirst;
    private final int maxThreshold;
    private final boolean adaptive;
    private final int targetSurvivorPercent;
    private final AgeTable ages = new AgeTable();
    private final SlotVisitor scanner = this::scanSlot;
    private final SlotVisitor enqueuer = this::enqueueSlot;
    /** The depth-first order's stack of gray objects (the breadth-first order needs none). */
    private final Worklist gray = new Worklist();
    /** The objects this collection could neither copy nor promote: left in place, forwarded to themselves. */
    private final Worklist failed = new Worklist();
    private final PromotionBuffer promotionBuffer;
    private final WorkCounts work = new WorkCounts();

    /** Slots pending in the breadth-first scan: at most this many, evacuated together. */
    static final int BATCH = 16;
    /** The pending slots, in the order they were found: {@code pendingCount} of them. */
    private final int[] pending = new int[BATCH];
    private int pendingCount;
    /** What the early loads read, folded together; kept only so that the loads are not optimized away. */
    private long touched;
    /**
     * Per type id, the heap's {@link LayoutTable#instanceSlotsUnsafe} and {@link LayoutTable#instanceWordsUnsafe}
     * as of the start of this collection: the reference slot offsets of an instance layout (a weak reference's
     * without its referent slot), null for any other (arrays and free chunks take the heap's general path); and
     * an instance's size in words. Spares the hot loop the layout lookup and the switch on the layout's kind.
     */
    private int[][] instanceSlots = new int[0][];
    /** The heap's table that {@link #instanceSlots} was derived from (it is replaced when a layout is defined). */
    private int[][] sharedSlots;
    private int[] instanceWords = new int[0];
    /**
     * Per type id: the referent slot's offset in a weak reference's layout (that slot is then not among
     * {@link #instanceSlots}), 0 for every other layout. Soft referents are strong in a minor collection.
     */
    private int[] weakReferentOffsets = new int[0];
    /** Weak references whose referent was young and not yet evacuated when they were scanned (their copies). */
    private final Worklist discovered = new Worklist();

    /** Objects of this age or older are promoted by the current collection. */
    private int threshold;
    private BumpSpace to;
    /** The spaces being evacuated, as bounds: eden {@code [edenStart, edenEnd)}, from-space likewise. */
    private int edenStart;
    private int edenEnd;
    private int fromStart;
    private int fromEnd;
    /** The hot counts, kept in fields and handed to {@link #work} by {@link #report()}. */
    private long slotsScanned;
    private long objectsCopied;
    private long wordsCopied;
    private long objectsPromoted;
    private long wordsPromoted;
    private long prematurePromotions;

    /**
     * @param maxThreshold          the tenuring threshold (HotSpot's {@code MaxTenuringThreshold}): the first
     *                              collection uses it, and a fixed threshold stays there
     * @param adaptive              recompute the threshold after each collection from its age table
     * @param targetSurvivorPercent the share of a survivor space the adaptive threshold aims to fill
     */
    Scavenger(Generations generations, RootSet roots, GcTelemetry telemetry, CopyOrder order, int maxThreshold,
              boolean adaptive, int targetSurvivorPercent) {
        this.g = generations;
        this.heap = generations.heap;
        this.roots = roots;
        this.telemetry = telemetry;
        this.depthFirst = order == CopyOrder.DEPTH_FIRST;
        this.maxThreshold = maxThreshold;
        this.adaptive = adaptive;
        this.targetSurvivorPercent = targetSurvivorPercent;
        this.threshold = maxThreshold;
        this.promotionBuffer = new PromotionBuffer(generations);
    }

    int threshold() {
        return threshold;
    }

    long prematurePromotions() {
        return prematurePromotions;
    }

    /**
     * One minor collection, as one {@code Pause Young}. Returns true if every live young object was evacuated:
     * then eden and the old from-space are empty, the survivors have swapped, and every old-to-young reference
     * lies on a dirty card. Returns false if old could not take every object to be promoted (promotion failed):
     * then those objects are still in eden or from-space, unforwarded, every reference to an evacuated object
     * is updated, the survivors have swapped, and the caller must run a full collection before allocating
     * again (eden and both survivors may hold live objects).
     */
    boolean collect(GcCause cause) {
        telemetry.pauseBegin(PauseKind.YOUNG, cause);
        to = g.to();
        edenStart = g.eden.start();
        edenEnd = g.eden.end();
        fromStart = g.from().start();
        fromEnd = g.from().end();
        ages.clear();
        learnLayouts();

        telemetry.phaseBegin("evacuate-roots");
        long[] rootCount = {0};
        roots.visitRoots(ref -> {
            rootCount[0]++;
            return evacuate(ref);
        });
        work.add(WorkKind.ROOTS_SCANNED, rootCount[0]);
        report();

        telemetry.phaseBegin("scan-cards");
        work.add(WorkKind.CARDS_SCANNED, g.cards.scanDirtyCards(scanner, promotionBuffer));
        report();

        telemetry.phaseBegin("copy");
        copyReachable();
        processReferences(); // part of the copy: after it, before anything else reads a referent slot

        promotionBuffer.retire();
        promotionBuffer.clearRuns();
        boolean promotionFailed = !failed.isEmpty();
        if (promotionFailed) {
            // HotSpot's "remove forwarding pointers": the objects left in place are ordinary objects again.
            for (int i = 0; i < failed.size(); i++) {
                int object = failed.get(i);
                heap.setGcWord(object, heap.gcWord(object) & GcWord.AGE_MASK);
            }
            work.add(WorkKind.PROMOTION_FAILURES, failed.size());
            failed.clear();
        } else {
            g.eden.reset();
            g.from().reset();
        }
        g.swapSurvivors();
        int used = threshold;
        long desiredWords = (long) to.capacityWords() * targetSurvivorPercent / 100;
        if (adaptive) {
            threshold = ages.threshold(desiredWords, maxThreshold);
        }
        telemetry.tenuring(ages.distribution(used, threshold, maxThreshold, desiredWords));
        report();
        telemetry.pauseEnd();
        return !promotionFailed;
    }

    /** Hands this phase's work to the telemetry, so each phase of the pause carries its own. */
    private void report() {
        work.add(WorkKind.SLOTS_SCANNED, slotsScanned);
        work.add(WorkKind.OBJECTS_COPIED, objectsCopied);
        work.add(WorkKind.WORDS_COPIED, wordsCopied);
        work.add(WorkKind.OBJECTS_PROMOTED, objectsPromoted);
        work.add(WorkKind.WORDS_PROMOTED, wordsPromoted);
        slotsScanned = 0;
        objectsCopied = 0;
        wordsCopied = 0;
        objectsPromoted = 0;
        wordsPromoted = 0;
        telemetry.work(work);
        work.clear();
    }

    /** Drains the gray objects. After this, every object reachable from an evacuated one is evacuated. */
    private void copyReachable() {
        if (depthFirst) {
            while (!gray.isEmpty()) {
                scanGray(gray.pop(), scanner);
            }
            return;
        }
        // The order of scanning is Cheney's: to-space in address order until it is all scanned, then the
        // objects outside it (promoted, or failed) until they are, and again; a phase ends only when its pending
        // slots are all evacuated, so the order is the same as that of evacuating each slot at once. The objects
        // outside to-space are scanned through the promotion buffer's runs, in order, each in address order: the
        // order in which they were promoted (or failed), with a scan pointer per run as in to-space.
        int scan = to.start();
        int run = -1;
        int runScan = 0;
        int runEnd = 0;
        do {
            while (true) {
                if (scan < to.top()) {
                    scan += scanGray(scan, enqueuer);
                } else if (pendingCount > 0) {
                    evacuatePending();
                } else {
                    break;
                }
            }
            while (true) {
                if (runScan < runEnd) {
                    runScan += scanGray(runScan, enqueuer);
                } else if (run >= 0 && runScan < (runEnd = promotionBuffer.runEnd(run))) {
                    continue; // the open run has grown
                } else if (run + 1 < promotionBuffer.runCount()) {
                    run++;
                    runScan = promotionBuffer.runStart(run);
                    runEnd = promotionBuffer.runEnd(run);
                } else if (pendingCount > 0) {
                    evacuatePending();
                } else {
                    break;
                }
            }
        } while (scan < to.top());
    }

    /** Takes the heap's per-type tables (replaced when a layout is defined, which no collection does). */
    private void learnLayouts() {
        LayoutTable table = heap.layouts();
        instanceWords = table.instanceWordsUnsafe();
        int[][] shared = table.instanceSlotsUnsafe();
        if (shared == sharedSlots) {
            return; // no layout defined since the last collection
        }
        sharedSlots = shared;
        // The heap's offsets, but a weak reference's referent slot is left out: it is discovered, not scanned.
        int[][] slots = shared.clone();
        int[] weak = new int[slots.length];
        for (int id = 0; id < slots.length; id++) {
            Layout layout = slots[id] == null ? null : table.get(id);
            if (layout != null && layout.referentStrength() == ReferenceStrength.WEAK) {
                int referent = layout.referentOffset();
                weak[id] = referent;
                slots[id] = Arrays.stream(slots[id]).filter(o -> o != referent).toArray();
            }
        }
        instanceSlots = slots;
        weakReferentOffsets = weak;
    }

    /** The reference slot offsets of the object whose shape word is {@code shape}; null if not an instance. */
    private int[] instanceSlotsOf(long shape) {
        int id = ObjectModel.typeIdOf(shape);
        int[][] slots = instanceSlots;
        return id > 0 && id < slots.length ? slots[id] : null;
    }

    /**
     * Scans a gray object: hands each of its reference slots to {@code visitor} ({@link #enqueuer} in
     * breadth-first order, {@link #scanner} in depth-first order), except the referent slot of a weak reference
     * it {@linkplain #discover discovers}; returns the object's size in words.
     */
    private int scanGray(int object, SlotVisitor visitor) {
        long shape = heap.word(object);
        int[] offsets = instanceSlotsOf(shape);
        if (offsets == null) {
            heap.forEachReferenceSlot(object, visitor);
            return heap.sizeInWords(object);
        }
        for (int offset : offsets) {
            visitor.visitSlot(object + offset);
        }
        int id = ObjectModel.typeIdOf(shape);
        int referent = weakReferentOffsets[id];
        if (referent != 0 && !discover(object, object + referent)) {
            visitor.visitSlot(object + referent);
        }
        return instanceWords[id];
    }

    /**
     * Discovery, for a weak reference being scanned: if its referent is young and not evacuated (yet),
     * records the reference and returns true: its referent slot is not scanned, so the referent survives only
     * if a strong path reaches it. Otherwise returns false, and the caller scans the slot like any other.
     */
    private boolean discover(int reference, int referentSlot) {
        int referent = heap.reference(referentSlot);
        if (referent == Heap.NULL || !inEvacuatedSpaces(referent) || GcWord.isForwarded(heap.gcWord(referent))) {
            return false;
        }
        discovered.push(reference);
        return true;
    }

    /**
     * After the copy, every object a strong path reaches is evacuated (forwarded). A discovered reference's
     * referent that was not is only weakly reachable: the slot is cleared; otherwise it follows the copy (and
     * the card of a promoted reference pointing to a young copy is dirtied, as for any old-to-young slot).
     */
    private void processReferences() {
        long cleared = 0;
        for (int i = 0; i < discovered.size(); i++) {
            int reference = discovered.get(i);
            int slot = reference + weakReferentOffsets[ObjectModel.typeIdOf(heap.word(reference))];
            int referent = heap.reference(slot);
            long word = heap.gcWord(referent);
            if (GcWord.isForwarded(word)) {
                int moved = GcWord.address(word);
                heap.setReference(slot, moved);
                if (g.isYoung(moved) && g.old.contains(slot)) {
                    g.cards.dirty(slot);
                }
            } else {
                heap.setReference(slot, Heap.NULL);
                cleared++;
            }
        }
        work.add(WorkKind.REFERENCES_DISCOVERED, discovered.size());
        work.add(WorkKind.REFERENCES_CLEARED, cleared);
        discovered.clear();
    }

    /** Adds a slot to the pending slots, evacuating them all first if there are {@link #BATCH} already. */
    private void enqueueSlot(int slot) {
        if (pendingCount == BATCH) {
            evacuatePending();
        }
        pending[pendingCount++] = slot;
    }

    /**
     * Evacuates the pending slots in order. First it loads the header of every referent to be evacuated, in
     * one tight loop whose loads do not depend on each other, so that their cache misses overlap.
     */
    private void evacuatePending() {
        int n = pendingCount;
        long loaded = 0;
        for (int i = 0; i < n; i++) {
            int ref = heap.reference(pending[i]);
            if (inEvacuatedSpaces(ref)) {
                loaded ^= touch(ref);
            }
        }
        touched ^= loaded;
        for (int i = 0; i < n; i++) {
            scanSlot(pending[i]);
        }
        pendingCount = 0;
    }

    /**
     * Loads the header of {@code ref} (its shape and GC word) and, for an instance, its last word (the second
     * cache line of an object that straddles two); returns what it read, for a caller to keep.
     */
    private long touch(int ref) {
        long shape = heap.word(ref);
        long loaded = shape ^ heap.gcWord(ref);
        int id = ObjectModel.typeIdOf(shape);
        int[] words = instanceWords;
        if (id > 0 && id < words.length && words[id] > ObjectModel.HEADER_WORDS) {
            int last = ref + words[id] - 1;
            if (last < heap.capacityWords()) {
                loaded ^= heap.word(last);
            }
        }
        return loaded;
    }

    private boolean inEvacuatedSpaces(int ref) {
        return (ref >= edenStart && ref < edenEnd) || (ref >= fromStart && ref < fromEnd);
    }

    /** Evacuates the slot's referent, updates the slot, and keeps the card of an old-to-young slot dirty. */
    private void scanSlot(int slot) {
        slotsScanned++;
        int ref = heap.reference(slot);
        int moved = evacuate(ref);
        if (moved != ref) {
            heap.setReference(slot, moved);
        }
        if (g.isYoung(moved) && g.old.contains(slot)) {
            g.cards.dirty(slot);
        }
    }

    /**
     * Returns the new address of {@code ref}: itself if it is not in eden or from-space; its forwarding address
     * if it was already evacuated; else a fresh copy in to-space one year older or, at the tenuring threshold
     * or when to-space is full (a premature promotion), in old. If old has no room either, the object stays
     * where it is (promotion failed) and is forwarded to itself so that it is scanned once.
     */
    private int evacuate(int ref) {
        if (!inEvacuatedSpaces(ref)) {
            return ref;
        }
        long word = heap.gcWord(ref);
        if (GcWord.isForwarded(word)) {
            return GcWord.address(word);
        }
        int size = sizeInWords(ref);
        int age = GcWord.age(word);
        if (age < threshold) {
            int copy = to.allocate(size);
            if (copy != Heap.NULL) {
                int newAge = Math.min(age + 1, GcWord.MAX_AGE);
                heap.copyWords(ref, copy, size);
                heap.setGcWord(copy, GcWord.aged(newAge));
                ages.add(newAge, size);
                if (depthFirst) {
                    gray.push(copy);
                }
                return forward(ref, word, copy, size);
            }
            prematurePromotions++;
            work.add(WorkKind.PREMATURE_PROMOTIONS, 1);
        }
        return promote(ref, word, size);
    }

    /**
     * Promotes {@code ref} (GC word {@code word}, {@code size} words) into old and returns the copy; if old has no
     * room, leaves it in place forwarded to itself. Either way it is gray: in breadth-first order it lies in one
     * of the promotion buffer's runs (the one-object run of a failed object is added here), in depth-first order
     * it goes on the stack. A method of its own so that {@link #evacuate}, called per slot, stays small enough to
     * be inlined into the scan loop.
     */
    private int promote(int ref, long word, int size) {
        int copy = promotionBuffer.allocate(size);
        if (copy == Heap.NULL) {
            heap.setGcWord(ref, GcWord.forwardedTo(word, ref));
            failed.add(ref);
            if (depthFirst) {
                gray.push(ref);
            } else {
                promotionBuffer.addRun(ref, size);
            }
            return ref;
        }
        heap.copyWords(ref, copy, size);
        heap.setGcWord(copy, 0L);
        if (depthFirst) {
            gray.push(copy);
        }
        objectsPromoted++;
        wordsPromoted += size;
        return forward(ref, word, copy, size);
    }

    /**
     * The size of the object at {@code ref}: an instance's from {@link #instanceWords}, else the heap's. The same
     * answer as {@link Heap#sizeInWords(int)}, with the table held for the collection: calling the heap's in the
     * copy loop measured 8 % slower (CopyRateBenchmark p50 36 against 33 ms).
     */
    private int sizeInWords(int ref) {
        int id = ObjectModel.typeIdOf(heap.word(ref));
        int[] words = instanceWords;
        if (id > 0 && id < words.length && words[id] != 0) {
            return words[id];
        }
        return heap.sizeInWords(ref);
    }

    private int forward(int ref, long word, int copy, int size) {
        heap.setGcWord(ref, GcWord.forwardedTo(word, copy));
        objectsCopied++;
        wordsCopied += size;
        return copy;
    }
}
