package gclab.bench.jmh;

import gclab.bench.synthetic.TreeGraph;
import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;
import gclab.heap.telemetry.Occupancy;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code generational} heap driven one minor collection at a time, through the collector contract only
 * ({@code MemoryManager.allocate}, {@code storeReference}, {@code systemGc}, the telemetry): the shared set-up of
 * {@link MinorGcBenchmark}, {@link CopyRateBenchmark} and {@code HotSpotYoungAnchor}.
 *
 * <p>A round is {@link #prepare(int)}, which roots a fresh young tree (or nothing) and fills the rest of eden
 * with garbage without collecting, then {@link #trigger()}, the one allocation that no longer fits in eden and
 * so runs exactly one minor collection, then {@link #collected()}, which returns that collection's pause record
 * and checks that it was the only one and a {@code YOUNG} one. The tree of the round before is unrooted by the
 * next {@code prepare}, so each minor collection copies exactly the tree rooted for it: the survivors of the
 * round before are dead in from-space and are never touched.
 *
 * <p>Old holds {@link #fillOld(long) live data} built once: complete binary trees of {@link TreeGraph} nodes
 * (pre-order) linked from one root by two-field cells, promoted by minor collections and a final
 * {@code System.gc()}, after which young is empty and every card is clean. Nothing the rounds do stores into
 * old, so every card stays clean. Young size is held constant while old varies: {@code new-ratio} = old / young.
 */
public final class YoungHeap {
    public static final long MIB = 1L << 20;
    /** Every garbage object is a {@code long[]} of this many words in all (1 KiB). */
    static final int GARBAGE_WORDS = 128;
    /** Old's live data comes in trees of this depth (65,535 nodes, 2.5 MiB). */
    static final int CHUNK_DEPTH = 15;

    private final MemoryManager mm;
    private final RootSlots roots;
    private final TreeGraph graph;
    private final Layout cell;
    private final Layout longArray;
    private final int garbageLength;
    private final int oldRoot;
    private final int youngRoot;
    /** Pauses ended since the last {@link #collected()} or set-up step, as the telemetry told them. */
    private final List<PauseRecord> pending = new ArrayList<>();
    private long oldLiveObjects;
    private long oldLiveBytes;

    /**
     * A heap of {@code youngBytes + oldBytes} under {@code generational} with {@code new-ratio} = old / young
     * (which must divide exactly) and the further {@code options} (survivor-ratio, tenuring-threshold, ...).
     */
    public YoungHeap(long youngBytes, long oldBytes, Map<String, String> options) {
        if (youngBytes <= 0 || oldBytes % youngBytes != 0) {
            throw new IllegalArgumentException("old (" + oldBytes + " bytes) must be a multiple of young ("
                    + youngBytes + " bytes)");
        }
        Map<String, String> all = new HashMap<>(options);
        all.put("new-ratio", Long.toString(oldBytes / youngBytes));
        roots = new RootSlots();
        mm = MemoryManager.create(new CollectorRegistry(), "generational", all, youngBytes + oldBytes, roots);
        graph = new TreeGraph(mm);
        cell = mm.heap().layouts().defineInstance("OldChunk", 2, 0, 1);
        longArray = mm.heap().layouts().defineArray("long[]", ElementKind.LONG);
        garbageLength = GARBAGE_WORDS - Heap.requiredWords(longArray, 0);
        if (Heap.requiredWords(longArray, garbageLength) != GARBAGE_WORDS) {
            throw new IllegalStateException("a long[" + garbageLength + "] is not " + GARBAGE_WORDS + " words");
        }
        oldRoot = roots.add(Heap.NULL);
        youngRoot = roots.add(Heap.NULL);
        mm.telemetry().addListener(pending::add);
    }

    public MemoryManager memoryManager() {
        return mm;
    }

    /** Objects (tree nodes and their cells) in old's live data. */
    public long oldLiveObjects() {
        return oldLiveObjects;
    }

    public long oldLiveBytes() {
        return oldLiveBytes;
    }

    /**
     * After this, old holds about {@code liveBytes} of live trees (whole chunks of {@link #CHUNK_DEPTH}), young is
     * empty and every card is clean (a full collection promoted the last survivors and cleaned the cards).
     */
    public void fillOld(long liveBytes) {
        int chunkWords = TreeGraph.nodes(CHUNK_DEPTH) * (TreeGraph.NODE_BYTES / 8) + Heap.requiredWords(cell, 0);
        long chunks = liveBytes / (chunkWords * 8L);
        for (long i = 0; i < chunks; i++) {
            makeRoomInEden(chunkWords);
            int tree = graph.build(CHUNK_DEPTH, TreeGraph.Order.PREORDER);
            int c = mm.allocate(cell, 0);
            mm.storeReference(c, Heap.slotAddress(c, 0), roots.get(oldRoot));
            mm.storeReference(c, Heap.slotAddress(c, 1), tree);
            roots.set(oldRoot, c);
            if (!pending.isEmpty()) {
                throw new IllegalStateException("a collection ran while a chunk of old's data was built");
            }
        }
        mm.systemGc();
        pending.clear();
        if (used("eden") + used("survivor0") + used("survivor1") != 0) {
            throw new IllegalStateException("System.gc() left objects in young: old is too small for its data");
        }
        oldLiveObjects = chunks * (TreeGraph.nodes(CHUNK_DEPTH) + 1);
        oldLiveBytes = chunks * chunkWords * 8L;
    }

    /** After this, eden has room for {@code words} without collecting (a minor collection may have run). */
    private void makeRoomInEden(int words) {
        if (free("eden") >= words * 8L) {
            return;
        }
        while (pending.isEmpty()) {
            mm.allocate(longArray, garbageLength);
        }
        pending.clear();
        if (free("eden") < words * 8L) {
            throw new IllegalStateException("eden cannot hold " + words + " words after a collection");
        }
    }

    /**
     * Prepares one round: roots a fresh pre-order tree of {@code treeDepth} in eden ({@code -1}: no tree; the
     * tree of the round before is unrooted either way), then fills eden with 1 KiB garbage arrays until the next
     * one no longer fits. Runs no collection (checked).
     */
    public void prepare(int treeDepth) {
        roots.clear(youngRoot);
        if (treeDepth >= 0) {
            roots.set(youngRoot, graph.build(treeDepth, TreeGraph.Order.PREORDER));
        }
        for (long free = free("eden") / 8; free >= GARBAGE_WORDS; free -= GARBAGE_WORDS) {
            mm.allocate(longArray, garbageLength);
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("a collection ran while eden was being filled: " + pending.get(0));
        }
    }

    /** The allocation that does not fit in the full eden: it runs one minor collection. Returns its address. */
    public int trigger() {
        return mm.allocate(longArray, garbageLength);
    }

    /** Unroots the young tree and runs {@code System.gc()} (a full collection), forgetting its pause. */
    public void collectFully() {
        roots.clear(youngRoot);
        mm.systemGc();
        pending.clear();
    }

    /**
     * The pause of the collection {@link #trigger()} ran; throws {@link IllegalStateException} unless it ran
     * exactly one, and a minor one.
     */
    public PauseRecord collected() {
        if (pending.size() != 1 || pending.get(0).kind() != PauseKind.YOUNG) {
            List<PauseKind> kinds = pending.stream().map(PauseRecord::kind).toList();
            pending.clear();
            throw new IllegalStateException("the trigger ran " + kinds + ", not one YOUNG collection");
        }
        PauseRecord pause = pending.get(0);
        pending.clear();
        return pause;
    }

    /** One round: prepare, trigger, and the pause. */
    public PauseRecord minorCollection(int treeDepth) {
        prepare(treeDepth);
        trigger();
        return collected();
    }

    /** Bytes used now in the space named {@code area} (eden, survivor0, survivor1, old). */
    public long used(String area) {
        return occupancy(area).usedBytes();
    }

    /** Bytes free now in the space named {@code area}. */
    public long free(String area) {
        Occupancy o = occupancy(area);
        return o.capacityBytes() - o.usedBytes();
    }

    public long capacity(String area) {
        return occupancy(area).capacityBytes();
    }

    private Occupancy occupancy(String area) {
        for (Occupancy o : mm.telemetry().occupancy()) {
            if (o.area().equals(area)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no space " + area);
    }
}
