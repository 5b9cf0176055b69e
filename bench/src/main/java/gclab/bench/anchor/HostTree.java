package gclab.bench.anchor;

/**
 * The binary tree the HotSpot anchor programs ({@link HotSpotTreeProgram}, {@link HotSpotYoungProgram}) build
 * as real Java objects: {@code {Node left, right; long item}}, the shape of {@link gclab.bench.synthetic.TreeGraph}
 * in gclab's heap. Items are numbered in allocation order from a counter the caller keeps.
 */
final class HostTree {
    private HostTree() {
    }

    static final class Node {
        final Node left;
        final Node right;
        final long item;

        Node(Node left, Node right, long item) {
            this.left = left;
            this.right = right;
            this.item = item;
        }
    }

    /** The complete tree of {@code depth}, parent first: {@code new} allocates the node before its arguments. */
    static Node preorder(int depth, long[] counter) {
        if (depth <= 0) {
            return new Node(null, null, counter[0]++);
        }
        return new Node(preorder(depth - 1, counter), preorder(depth - 1, counter), counter[0]++);
    }

    /** The complete tree of {@code depth}, children first. */
    static Node postorder(int depth, long[] counter) {
        if (depth <= 0) {
            return new Node(null, null, counter[0]++);
        }
        Node left = postorder(depth - 1, counter);
        Node right = postorder(depth - 1, counter);
        return new Node(left, right, counter[0]++);
    }

    static long count(Node node) {
        return node == null ? 0 : 1 + count(node.left) + count(node.right);
    }
}
