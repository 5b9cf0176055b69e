package gclab.workloads;

/**
 * The Computer Language Benchmarks Game's binary-trees: one long-lived tree, and many short-lived trees of
 * growing depth built and checked. Stresses allocation rate and the survival of a large old structure.
 * Argument: the maximum depth (default 10).
 */
public final class BinaryTrees {
    private static final int MIN_DEPTH = 4;

    private BinaryTrees() {
    }

    static final class Node {
        final Node left;
        final Node right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Node bottomUp(int depth) {
        return depth > 0 ? new Node(bottomUp(depth - 1), bottomUp(depth - 1)) : new Node(null, null);
    }

    public static void main(String[] args) {
        int maxDepth = Math.max(MIN_DEPTH + 2, args.length > 0 ? Integer.parseInt(args[0]) : 10);
        int stretchDepth = maxDepth + 1;
        System.out.println("stretch tree of depth " + stretchDepth + "\t check: " + bottomUp(stretchDepth).check());
        Node longLived = bottomUp(maxDepth);
        for (int depth = MIN_DEPTH; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + MIN_DEPTH);
            int check = 0;
            for (int i = 1; i <= iterations; i++) {
                check += bottomUp(depth).check();
            }
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }
}
