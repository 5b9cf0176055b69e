package gclab.collectors.generational;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.space.BumpSpace;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcTelemetry;

/**
 * The generational collector's policy: where an object is allocated, the write barrier, and which collection
 * runs when. The collections themselves are {@link Scavenger} (minor) and {@link FullCollection} (full); the
 * layout is {@link Generations}. See the package documentation for the algorithm as a whole.
 */
public final class Generational implements Collector {
    static final CollectorTraits TRAITS = new CollectorTraits(true, true, false, true, false, false, true, true);

    /** The settings of one instance, as the factory parsed them from the options. */
    record Settings(int newRatio, int survivorRatio, int tenuringThreshold, boolean adaptiveTenuring,
                    int targetSurvivorRatio, Scavenger.CopyOrder copyOrder, boolean compactOld,
                    int fullTriggerOccupancy, long cardBytes, boolean barrier, FitPolicy policy) {
    }

    private final CollectorContext context;
    private final Heap heap;
    private final GcTelemetry telemetry;
    private final Generations g;
    private final Scavenger scavenger;
    private final FullCollection full;
    private final boolean barrier;
    private final int fullTriggerOccupancy;
    private final PromotedAverage promoted = new PromotedAverage();
    /** Old's used words after the last full collection: the occupancy trigger fires only if old grew since. */
    private long oldUsedAfterFull;

    Generational(CollectorContext context, Settings s) {
        this.context = context;
        this.heap = context.heap();
        this.telemetry = context.telemetry();
        this.g = new Generations(heap, s.newRatio(), s.survivorRatio(), s.policy(), s.cardBytes());
        this.scavenger = new Scavenger(g, context.roots(), telemetry, s.copyOrder(), s.tenuringThreshold(),
                s.adaptiveTenuring(), s.targetSurvivorRatio());
        this.full = new FullCollection(g, context.roots(), telemetry, s.compactOld());
        this.barrier = s.barrier();
        this.fullTriggerOccupancy = s.fullTriggerOccupancy();
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
        return scavenger.prematurePromotions();
    }

    /** The tenuring threshold the next minor collection will use. */
    public int tenuringThreshold() {
        return scavenger.threshold();
    }

    BumpSpace eden() {
        return g.eden;
    }

    BumpSpace from() {
        return g.from();
    }

    BumpSpace to() {
        return g.to();
    }

    FreeListSpace old() {
        return g.old;
    }

    boolean isYoung(int address) {
        return g.isYoung(address);
    }

    CardTable cards() {
        return g.cards;
    }

    boolean cardIsDirty(int slot) {
        return g.cards.isDirty(slot);
    }

    // ---------------------------------------------------------------- allocation and the barrier

    /**
     * In eden; after a minor collection if eden is full; in old if the object is larger than eden can ever
     * hold; after a full collection if even that fails; else out of memory.
     */
    @Override
    public int allocate(Layout layout, int length, int sizeWords) {
        int address = g.eden.allocate(sizeWords);
        if (address == Heap.NULL && sizeWords <= g.eden.capacityWords()) {
            collectYoung(GcCause.ALLOCATION_FAILURE);
            address = g.eden.allocate(sizeWords);
        }
        if (address == Heap.NULL) {
            address = g.allocateOld(sizeWords);
        }
        if (address == Heap.NULL) {
            collectFull(GcCause.ALLOCATION_FAILURE, false);
            address = allocateAfterFull(sizeWords);
            if (address == Heap.NULL && full.softReferentsKept() > 0) {
                // The last resort: soft referents were kept alive; clear them, as the JDK guarantees before an
                // OutOfMemoryError.
                collectFull(GcCause.ALLOCATION_FAILURE, true);
                address = allocateAfterFull(sizeWords);
            }
            if (address == Heap.NULL) {
                throw telemetry.outOfMemory(layout.describe(length), sizeWords, g.old.fragmentation());
            }
        }
        heap.formatObject(address, layout, length, sizeWords, 0L);
        return address;
    }

    private int allocateAfterFull(int sizeWords) {
        int address = g.eden.allocate(sizeWords);
        return address != Heap.NULL ? address : g.allocateOld(sizeWords);
    }

    /**
     * The write barrier: card marking. After this, the slot holds {@code value} and, if the slot lies in old,
     * its card is dirty, so the next minor collection finds an old-to-young reference stored there.
     */
    @Override
    public void storeReference(int object, int slotAddress, int value) {
        heap.setReference(slotAddress, value);
        if (barrier && g.old.contains(slotAddress)) {
            g.cards.dirty(slotAddress);
        }
    }

    // ---------------------------------------------------------------- which collection, when

    @Override
    public void collect(GcCause cause) {
        if (cause == GcCause.STRESS) {
            collectYoung(cause);
        } else {
            collectFull(cause, false);
        }
    }

    /**
     * A minor collection, or a full one instead when a minor one could not work: to-space is not empty (a full
     * collection left survivors in both survivor spaces) or the promotion guarantee fails. A minor collection
     * whose promotion failed is followed at once by a full one, and one that leaves old above
     * {@code full-trigger-occupancy} (and fuller than after the last full collection) too.
     */
    private void collectYoung(GcCause cause) {
        if (g.to().usedWords() != 0 || !promotionIsSafe()) {
            collectFull(cause, false);
            return;
        }
        long oldBefore = g.old.usedWords();
        if (!scavenger.collect(cause)) {
            collectFull(GcCause.PROMOTION_FAILED, false);
            return;
        }
        promoted.sample(Math.max(0, g.old.usedWords() - oldBefore));
        if (fullTriggerOccupancy < 100 && g.old.usedWords() > oldUsedAfterFull
                && g.old.usedWords() * 100 >= (long) fullTriggerOccupancy * g.old.capacityWords()) {
            collectFull(GcCause.OCCUPANCY, false);
        }
    }

    /**
     * HotSpot's promotion guarantee, in its modern form: a minor collection is worth trying if old's free words
     * cover the padded average of what minor collections promoted, or everything young holds. If they cover
     * neither, the promotion would probably fail, and the full collection that must follow is run at once.
     */
    private boolean promotionIsSafe() {
        long available = g.old.freeWords();
        return available >= promoted.padded() || available >= g.eden.usedWords() + g.from().usedWords();
    }

    /**
     * A full collection. Young's live words at its start are also a sample of what a minor collection would
     * have promoted: without it, a guarantee that once failed would keep failing (no minor collection runs to
     * lower the average), and every collection after would be a full one. With {@code clearSoft}, soft
     * references are cleared like weak ones (the last resort before an OutOfMemoryError).
     */
    private void collectFull(GcCause cause, boolean clearSoft) {
        full.collect(cause, clearSoft);
        promoted.sample(full.youngLiveWords());
        oldUsedAfterFull = g.old.usedWords();
    }
}
