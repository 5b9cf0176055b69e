package gclab.bench.synthetic;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.spi.MemoryManager;

/**
 * The graph that gclab's mark-rate figures and the HotSpot anchor share: a complete binary tree of nodes
 * {@code {Node left, right; long item}}. Depth 19 is 1,048,575 nodes, 40 bytes each in gclab's object model
 * (42 MB). The allocation order is part of the shape, because it fixes where each node lies and so the memory
 * access pattern of marking (on HotSpot the rate differs by a factor of about four between the two):
 * <ul>
 *   <li>{@link Order#PREORDER}: a parent before its left, then its right subtree, which is what Java's
 *       {@code new Node(make(d - 1), make(d - 1))} does ({@code new} allocates before the arguments run);</li>
 *   <li>{@link Order#POSTORDER}: both subtrees before their parent
 *       ({@code Node l = make(d - 1), r = make(d - 1); return new Node(l, r)}).</li>
 * </ul>
 */
public final class TreeGraph {
    /** The depth of the one-million-object tree. */
    public static final int MILLION_DEPTH = 19;
    /** Bytes of one node in gclab's object model: two header words, two references, one long. */
    public static final int NODE_BYTES = 40;

    private static final int LEFT = 0;
    private static final int RIGHT = 1;
    private static final int ITEM = 2;

    /** Where a parent is allocated relative to its subtrees. */
    public enum Order { PREORDER, POSTORDER }

    private final MemoryManager mm;
    private final Layout node;
    private long nextItem;

    /** Defines the node layout in {@code mm}'s heap. */
    public TreeGraph(MemoryManager mm) {
        this.mm = mm;
        this.node = mm.heap().layouts().defineInstance("Node", 3, LEFT, RIGHT);
    }

    /** Nodes in a complete binary tree of {@code depth} (one node has depth 0). */
    public static int nodes(int depth) {
        return (1 << (depth + 1)) - 1;
    }

    /**
     * Builds a tree of {@code depth} and returns its address. The build holds addresses in Java locals, so it
     * requires that no collection happens meanwhile (a heap large enough, a collector that collects only when
     * an allocation fails); it checks that none did and throws {@link IllegalStateException} otherwise.
     */
    public int build(int depth, Order order) {
        int pausesBefore = mm.telemetry().pauses().size();
        int tree = order == Order.PREORDER ? makePreorder(depth) : makePostorder(depth);
        if (mm.telemetry().pauses().size() != pausesBefore) {
            throw new IllegalStateException("a collection ran while the tree was built: give a larger heap");
        }
        return tree;
    }

    private int makePreorder(int depth) {
        int n = mm.allocate(node, 0);
        mm.storeWord(Heap.slotAddress(n, ITEM), nextItem++);
        if (depth > 0) {
            mm.storeReference(n, Heap.slotAddress(n, LEFT), makePreorder(depth - 1));
            mm.storeReference(n, Heap.slotAddress(n, RIGHT), makePreorder(depth - 1));
        }
        return n;
    }

    private int makePostorder(int depth) {
        int left = depth > 0 ? makePostorder(depth - 1) : Heap.NULL;
        int right = depth > 0 ? makePostorder(depth - 1) : Heap.NULL;
        int n = mm.allocate(node, 0);
        mm.storeReference(n, Heap.slotAddress(n, LEFT), left);
        mm.storeReference(n, Heap.slotAddress(n, RIGHT), right);
        mm.storeWord(Heap.slotAddress(n, ITEM), nextItem++);
        return n;
    }
}
