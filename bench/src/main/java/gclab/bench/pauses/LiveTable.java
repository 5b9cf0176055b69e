package gclab.bench.pauses;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.ObjectModel;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;

/**
 * A live heap of a chosen size made of small objects, and a mutator that churns it: the pause harness's
 * program, driven straight through a {@link MemoryManager} (no interpreter), deterministic for a seed.
 *
 * <pre>
 *   root -&gt; table: Object[rows] -&gt; row: Object[1024] -&gt; node {Node next; long item}   (32 bytes a node)
 *   root -&gt; scratch: Object[256]  (short-lived nodes: a ring that overwrites its oldest)
 * </pre>
 * A row is 8 KiB of slots and 32 KiB of nodes, so the table is the live size divided by about 40 KiB; no
 * reference array is longer than a few tens of thousands of slots (an incremental step scans an array in one
 * go). One {@link #step} allocates one node and makes four reference stores into old objects:
 * <ul>
 *   <li>one time in four the node replaces a random live node of the table (which becomes garbage), three times
 *       in four it goes into the scratch ring (and the node it overwrites there becomes garbage): the live size
 *       stays exactly what {@link #build} made, and every step allocates 32 bytes of garbage;</li>
 *   <li>two random live entries of the table are swapped (two loads, two stores into old rows): pointer
 *       mutation that neither creates nor kills objects, so the write barrier has old targets to shade.</li>
 * </ul>
 * Node {@code next} fields stay null: a chain through them would let the live set grow without bound.
 * No address is kept in a Java local across an allocation; the collector is non-moving in every
 * configuration the harness runs (tricolor, marksweep with {@code compact=never}, nogc), and {@link #step}
 * holds only the new node across no allocation at all.
 */
public final class LiveTable {
    /** Slots per row. */
    public static final int ROW_LENGTH = 1024;
    /** Words of one node: two header words, {@code next}, {@code item}. */
    public static final int NODE_WORDS = ObjectModel.HEADER_WORDS + 2;
    /** Slots of the scratch ring. */
    public static final int SCRATCH = 256;
    private static final int NEXT = 0;
    private static final int ITEM = 1;

    private final MemoryManager mm;
    private final RootSlots roots;
    private final Layout node;
    private final Layout objectArray;
    private final int rows;
    private final int tableRoot;
    private final int scratchRoot;
    private long random;
    private long nextItem;
    private int scratchNext;
    private long steps;

    /** A table of {@link #rowsFor(long) rowsFor(liveBytes)} rows in {@code mm}'s heap, whose roots are {@code roots}. */
    public LiveTable(MemoryManager mm, RootSlots roots, long liveBytes, long seed) {
        this.mm = mm;
        this.roots = roots;
        this.node = mm.heap().layouts().defineInstance("Node", 2, NEXT);
        this.objectArray = mm.heap().layouts().defineArray("Object[]", ElementKind.REFERENCE);
        this.rows = rowsFor(liveBytes);
        this.tableRoot = roots.add(Heap.NULL);
        this.scratchRoot = roots.add(Heap.NULL);
        this.random = seed;
    }

    /** Bytes of one row with its nodes. */
    public static long rowBytes() {
        return ObjectModel.bytes(ObjectModel.HEADER_WORDS + ROW_LENGTH + (long) ROW_LENGTH * NODE_WORDS);
    }

    /** Rows whose live bytes come closest to {@code liveBytes} (at least one). */
    public static int rowsFor(long liveBytes) {
        return (int) Math.max(1, Math.round((double) liveBytes / rowBytes()));
    }

    public int rows() {
        return rows;
    }

    /** Live bytes once built: table, rows, nodes and the scratch ring's array (not the ring's nodes). */
    public long liveBytes() {
        return ObjectModel.bytes(Heap.requiredWords(objectArray, rows)) + rows * rowBytes()
                + ObjectModel.bytes(Heap.requiredWords(objectArray, SCRATCH));
    }

    public long steps() {
        return steps;
    }

    /** Allocates the table, its rows and their nodes, and the scratch ring. */
    public void build() {
        roots.set(scratchRoot, mm.allocate(objectArray, SCRATCH));
        roots.set(tableRoot, mm.allocate(objectArray, rows));
        for (int r = 0; r < rows; r++) {
            int row = mm.allocate(objectArray, ROW_LENGTH);
            store(roots.get(tableRoot), r, row);
            for (int i = 0; i < ROW_LENGTH; i++) {
                int n = newNode();
                store(rowAt(r), i, n);
            }
        }
    }

    /** One step of the mutator: one allocation, four reference stores into old objects (see the class). */
    public void step() {
        steps++;
        int n = newNode();
        long r = nextRandom();
        if ((r & 3) == 0) {
            int row = rowAt(index(r >>> 2, rows));
            store(row, index(r >>> 34, ROW_LENGTH), n);
        } else {
            store(roots.get(scratchRoot), scratchNext, n);
            scratchNext = (scratchNext + 1) & (SCRATCH - 1);
        }
        long s = nextRandom();
        int rowA = rowAt(index(s, rows));
        int rowB = rowAt(index(s >>> 21, rows));
        int a = index(s >>> 42, ROW_LENGTH);
        int b = index(s >>> 52, ROW_LENGTH);
        int x = load(rowA, a);
        int y = load(rowB, b);
        store(rowA, a, y);
        store(rowB, b, x);
    }

    /** Sum of the items of every node in the table: the same for every collector after the same steps. */
    public long checksum() {
        long sum = 0;
        int table = roots.get(tableRoot);
        for (int r = 0; r < rows; r++) {
            int row = load(table, r);
            for (int i = 0; i < ROW_LENGTH; i++) {
                sum = sum * 31 + mm.loadWord(Heap.slotAddress(load(row, i), ITEM));
            }
        }
        return sum;
    }

    private int newNode() {
        int n = mm.allocate(node, 0);
        mm.storeWord(Heap.slotAddress(n, ITEM), nextItem++);
        return n;
    }

    private int rowAt(int r) {
        return load(roots.get(tableRoot), r);
    }

    private int load(int object, int index) {
        return mm.loadReference(object, Heap.slotAddress(object, index));
    }

    private void store(int object, int index, int value) {
        mm.storeReference(object, Heap.slotAddress(object, index), value);
    }

    /** SplitMix64. */
    private long nextRandom() {
        long z = (random += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** {@code bits} (its low 32 bits, taken as unsigned) scaled into {@code [0, bound)}. */
    private static int index(long bits, int bound) {
        return (int) (((bits & 0xFFFF_FFFFL) * bound) >>> 32);
    }
}
