package gclab.bench.synthetic;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic mutator that drives a {@link MemoryManager} directly, without the interpreter, through the
 * program described by a {@link SyntheticWorkload}: GCBench's binary trees mixed with a ring of randomly sized
 * arrays.
 *
 * <p>It keeps clox's rule for moving collectors: no heap address is held in a Java local across an
 * allocation unless it is also in a root. Everything that must survive an allocation is on the
 * {@link RootStack} or in one of three fixed root slots, and is read back from there after every allocation.
 * Addresses held in locals while only reading (the checksum walks) are safe because nothing allocates.
 *
 * <p>The result is a checksum (a rotated 64-bit FNV-1a over longs) of every tree built, read right after it was built,
 * and of all data live at the end. It depends only on the workload, never on addresses or on the collector:
 * a collector that frees, moves or overwrites live data badly changes it.
 */
public final class SyntheticMutator {
    private static final int LEFT = 0;
    private static final int RIGHT = 1;
    private static final int ITEM = 2;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long NULL_MARK = 0x6e756c6cL;

    private final MemoryManager mm;
    private final Heap heap;
    private final RootSlots roots;
    private final RootStack stack;
    private final SyntheticWorkload workload;
    private final Random random;
    private final Layout node;
    private final Layout intArray;
    private final Layout longArray;
    private final Layout doubleArray;
    private final Layout objectArray;
    private final int longLivedTreeRoot;
    private final int longLivedArrayRoot;
    private final int ringRoot;

    private long checksum = FNV_OFFSET;
    private long nextItem;
    private long arraysAllocated;
    private int nodesUntilArray;

    /**
     * A mutator over {@code mm}, whose collector must have been given {@code roots} (or a root set that
     * visits them) as its roots. Defines its layouts in the memory manager's heap.
     */
    public SyntheticMutator(MemoryManager mm, RootSlots roots, SyntheticWorkload workload) {
        this.mm = mm;
        this.heap = mm.heap();
        this.roots = roots;
        this.stack = new RootStack(roots);
        this.workload = workload;
        this.random = new Random(workload.seed());
        this.node = heap.layouts().defineInstance("Node", 3, LEFT, RIGHT);
        this.intArray = heap.layouts().defineArray("int[]", ElementKind.INT);
        this.longArray = heap.layouts().defineArray("long[]", ElementKind.LONG);
        this.doubleArray = heap.layouts().defineArray("double[]", ElementKind.DOUBLE);
        this.objectArray = heap.layouts().defineArray("Object[]", ElementKind.REFERENCE);
        this.longLivedTreeRoot = roots.add(Heap.NULL);
        this.longLivedArrayRoot = roots.add(Heap.NULL);
        this.ringRoot = roots.add(Heap.NULL);
        this.nodesUntilArray = workload.nodesPerArray();
    }

    /** A mutator with its own root slots and a new heap of {@code heapBytes} managed by {@code factory}. */
    public static SyntheticMutator create(CollectorFactory factory, Map<String, String> options, long heapBytes,
                                          SyntheticWorkload workload) {
        RootSlots roots = new RootSlots();
        return new SyntheticMutator(MemoryManager.create(factory, options, heapBytes, roots), roots, workload);
    }

    public MemoryManager memoryManager() {
        return mm;
    }

    /** Runs the heap verifier at the end of every pause, from this mutator's roots. */
    public void enableVerification() {
        mm.enableVerification(roots);
    }

    /**
     * Runs the whole program and returns its checksum. Throws {@link gclab.heap.HeapExhaustedException} if the
     * collector cannot fit the program in the heap (nogc, or a heap too small for the live data).
     */
    public long run() {
        roots.set(ringRoot, mm.allocate(objectArray, workload.ringSize()));

        // GCBench: "stretch the memory space quickly", then drop the tree.
        makeTree(workload.stretchDepth());
        hashTreeAndPop();

        // The long-lived data: a tree built top-down, and an array of doubles.
        roots.set(longLivedTreeRoot, newNode());
        populate(workload.longLivedDepth(), longLivedTreeRoot);
        int array = mm.allocate(doubleArray, workload.longLivedArrayLength());
        for (int i = 0; i < workload.longLivedArrayLength(); i++) {
            heap.setPrimitiveElement(array, ElementKind.DOUBLE, i, Double.doubleToRawLongBits(1.0 / (i + 1)));
        }
        roots.set(longLivedArrayRoot, array);

        for (int depth = workload.minDepth(); depth <= workload.maxDepth(); depth += 2) {
            buildShortLivedTrees(depth);
        }

        mm.systemGc();
        hashLongLivedData();
        return checksum;
    }

    /** GCBench's {@code TimeConstruction}: as many trees of {@code depth} top-down, then as many bottom-up. */
    private void buildShortLivedTrees(int depth) {
        int iterations = workload.iterations(depth);
        for (int i = 0; i < iterations; i++) {
            int position = stack.push(newNode());
            populate(depth, rootSlotOf(position));
            hashTreeAndPop();
        }
        for (int i = 0; i < iterations; i++) {
            makeTree(depth);
            hashTreeAndPop();
        }
    }

    // ---------------------------------------------------------------- building trees

    /**
     * Top-down (GCBench's {@code Populate}): after this, the node held by root slot {@code parentSlot} has a
     * complete subtree of {@code depth} levels below it. The parent is re-read from its slot after every
     * allocation, since the allocation may have moved it.
     */
    private void populate(int depth, int parentSlot) {
        if (depth <= 0) {
            return;
        }
        int left = newNode();
        store(roots.get(parentSlot), LEFT, left);
        int right = newNode();
        store(roots.get(parentSlot), RIGHT, right);
        stack.push(load(roots.get(parentSlot), LEFT));
        populate(depth - 1, topSlot());
        stack.pop();
        stack.push(load(roots.get(parentSlot), RIGHT));
        populate(depth - 1, topSlot());
        stack.pop();
    }

    /**
     * Bottom-up (GCBench's {@code MakeTree}): after this, one more entry is on the root stack, a complete tree
     * of {@code depth} levels whose nodes were allocated children first.
     */
    private void makeTree(int depth) {
        if (depth <= 0) {
            stack.push(newNode());
            return;
        }
        makeTree(depth - 1);
        makeTree(depth - 1);
        int parent = newNode();
        store(parent, LEFT, stack.peek(1));
        store(parent, RIGHT, stack.peek(0));
        stack.pop();
        stack.pop();
        stack.push(parent);
    }

    /**
     * A new node with the next item number. Before every {@code nodesPerArray}-th node, one ring slot first
     * gets a new array; the node is allocated last, so its address is valid when returned.
     */
    private int newNode() {
        if (--nodesUntilArray == 0) {
            nodesUntilArray = workload.nodesPerArray();
            replaceRingArray();
        }
        int n = mm.allocate(node, 0);
        mm.storeWord(Heap.slotAddress(n, ITEM), nextItem++);
        return n;
    }

    /** Puts a new int[] or long[] of log-uniform length, filled, into a random slot of the ring. */
    private void replaceRingArray() {
        Layout layout = random.nextBoolean() ? intArray : longArray;
        int length = (int) StrictMath.exp(random.nextDouble() * StrictMath.log(workload.maxArrayLength() + 1.0));
        length = Math.max(1, Math.min(workload.maxArrayLength(), length));
        int slot = random.nextInt(workload.ringSize());
        long serial = arraysAllocated++;
        int array = mm.allocate(layout, length);
        ElementKind kind = layout.element();
        for (int i = 0; i < length; i++) {
            heap.setPrimitiveElement(array, kind, i, mix64(serial * 0x9E3779B97F4A7C15L + i));
        }
        int ring = roots.get(ringRoot);
        store(ring, slot, array);
    }

    // ---------------------------------------------------------------- reading (nothing allocates here)

    private void hashTreeAndPop() {
        checksum = hashTree(stack.peek(0), checksum);
        stack.pop();
    }

    /** Hashes the items of the tree at {@code tree} in pre-order, nulls included. Depth is at most 22. */
    private long hashTree(int tree, long h) {
        h = mix(h, mm.loadWord(Heap.slotAddress(tree, ITEM)));
        int left = load(tree, LEFT);
        h = left == Heap.NULL ? mix(h, NULL_MARK) : hashTree(left, h);
        int right = load(tree, RIGHT);
        return right == Heap.NULL ? mix(h, NULL_MARK) : hashTree(right, h);
    }

    private void hashLongLivedData() {
        checksum = hashTree(roots.get(longLivedTreeRoot), checksum);
        int array = roots.get(longLivedArrayRoot);
        checksum = hashArray(array, checksum);
        int ring = roots.get(ringRoot);
        for (int i = 0; i < workload.ringSize(); i++) {
            int element = load(ring, i);
            checksum = element == Heap.NULL ? mix(checksum, NULL_MARK) : hashArray(element, checksum);
        }
    }

    private long hashArray(int array, long h) {
        Layout layout = heap.layoutOf(array);
        int length = heap.lengthOf(array);
        h = mix(mix(h, layout.typeId() - intArray.typeId()), length);
        for (int i = 0; i < length; i++) {
            h = mix(h, heap.primitiveElement(array, layout.element(), i));
        }
        return h;
    }

    // ---------------------------------------------------------------- small helpers

    private int load(int object, int field) {
        return mm.loadReference(object, Heap.slotAddress(object, field));
    }

    private void store(int object, int field, int value) {
        mm.storeReference(object, Heap.slotAddress(object, field), value);
    }

    private int topSlot() {
        return rootSlotOf(stack.depth() - 1);
    }

    private int rootSlotOf(int position) {
        return stack.slotOf(position);
    }

    /** One step of the checksum: FNV-1a over a long, rotated so that high bits reach the low ones. */
    private static long mix(long h, long value) {
        return Long.rotateLeft((h ^ value) * FNV_PRIME, 29);
    }

    /** SplitMix64's finaliser: a well-spread value for an array element. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
