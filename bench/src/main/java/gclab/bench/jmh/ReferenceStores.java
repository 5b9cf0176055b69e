package gclab.bench.jmh;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;

/**
 * The reference stores a write-barrier benchmark times: {@link #HOLDERS} objects of {@link #SLOTS} reference
 * fields, every slot given one of {@link #TARGETS} targets (spread by a stride), through the memory manager's
 * write barrier. The addresses are precomputed, so the timed loop is the barrier and nothing else.
 */
public final class ReferenceStores {
    public static final int HOLDERS = 4096;
    public static final int SLOTS = 8;
    public static final int STORES = HOLDERS * SLOTS;
    public static final int TARGETS = 1024;

    private final int[] objects = new int[STORES];
    private final int[] slots = new int[STORES];
    private final int[] values = new int[STORES];

    /** The holders' layout: {@link #SLOTS} reference fields. */
    public static Layout holderLayout(Heap heap) {
        return heap.layouts().defineInstance("Holder", SLOTS, 0, 1, 2, 3, 4, 5, 6, 7);
    }

    /** The targets' layout: two fields, the first a reference. */
    public static Layout targetLayout(Heap heap) {
        return heap.layouts().defineInstance("Target", 2, 0);
    }

    /**
     * The stores into the {@link #HOLDERS} holders held by the roots from {@code firstHolder} of the
     * {@link #TARGETS} targets held by the roots from {@code firstTarget}. Their addresses are read now: nothing
     * may move them afterwards.
     */
    public ReferenceStores(RootSlots roots, int firstHolder, int firstTarget) {
        for (int i = 0; i < STORES; i++) {
            int h = roots.get(firstHolder + i / SLOTS);
            objects[i] = h;
            slots[i] = Heap.slotAddress(h, i % SLOTS);
            values[i] = roots.get(firstTarget + (i * 31) % TARGETS);
        }
    }

    /** Stores every precomputed value into its slot, through the write barrier. */
    public void run(MemoryManager mm) {
        int[] o = objects;
        int[] s = slots;
        int[] v = values;
        for (int i = 0; i < o.length; i++) {
            mm.storeReference(o[i], s[i], v[i]);
        }
    }

    /** Holder {@code i}'s address. */
    int holder(int i) {
        return objects[i * SLOTS];
    }

    /** The target stored by store {@code i}. */
    int target(int i) {
        return values[i];
    }
}
