package gclab.bench.anchor;

import java.lang.ref.Reference;

/**
 * The program HotSpot runs for the anchor: the same tree as {@link gclab.bench.synthetic.TreeGraph}
 * ({@code {Node left, right; long item}}), kept alive across a few {@code System.gc()} calls. Arguments:
 * depth (default 19), number of collections (default 6), and allocation order, {@code preorder} (default)
 * or {@code postorder}.
 */
public final class HotSpotTreeProgram {
    private HotSpotTreeProgram() {
    }

    private static final class Node {
        final Node left;
        final Node right;
        final long item;

        Node(Node left, Node right, long item) {
            this.left = left;
            this.right = right;
            this.item = item;
        }
    }

    public static void main(String[] args) {
        int depth = args.length > 0 ? Integer.parseInt(args[0]) : 19;
        int collections = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        boolean postorder = args.length > 2 && args[2].equals("postorder");
        long[] counter = {0};
        Node tree = postorder ? makePostorder(depth, counter) : makePreorder(depth, counter);
        for (int i = 0; i < collections; i++) {
            System.gc();
        }
        System.out.println("tree nodes " + count(tree));
        Reference.reachabilityFence(tree);
    }

    /** {@code new} allocates the node before its arguments, the subtrees, are built. */
    private static Node makePreorder(int depth, long[] counter) {
        if (depth <= 0) {
            return new Node(null, null, counter[0]++);
        }
        return new Node(makePreorder(depth - 1, counter), makePreorder(depth - 1, counter), counter[0]++);
    }

    private static Node makePostorder(int depth, long[] counter) {
        if (depth <= 0) {
            return new Node(null, null, counter[0]++);
        }
        Node left = makePostorder(depth - 1, counter);
        Node right = makePostorder(depth - 1, counter);
        return new Node(left, right, counter[0]++);
    }

    private static long count(Node node) {
        return node == null ? 0 : 1 + count(node.left) + count(node.right);
    }
}
