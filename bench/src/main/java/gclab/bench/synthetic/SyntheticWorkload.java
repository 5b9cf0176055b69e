package gclab.bench.synthetic;

import java.util.Locale;

/**
 * The parameters of the synthetic mutator's program, shaped after Boehm's GCBench (J. Ellis, P. Kovac and
 * H. Boehm, 1997): one stretch tree, one long-lived tree and array, then many short-lived trees of growing
 * depth; and, beside them, a ring of randomly sized arrays whose slots are replaced at random, so that a
 * non-moving collector's free lists fragment.
 *
 * @param stretchDepth          depth of the tree built and dropped first (it sizes the heap the run needs)
 * @param longLivedDepth        depth of the tree that lives for the whole run
 * @param minDepth              depth of the smallest short-lived trees
 * @param maxDepth              depth of the largest short-lived trees (depths go minDepth, minDepth + 2, ...)
 * @param longLivedArrayLength  elements of the long-lived {@code double[]}
 * @param ringSize              slots of the ring of arrays (the medium-lived data)
 * @param maxArrayLength        largest array put in the ring; lengths are log-uniform in 1..max
 * @param nodesPerArray         one ring array is allocated before every this many tree nodes
 * @param seed                  seed of the {@link java.util.Random} that picks array kinds, lengths and slots
 */
public record SyntheticWorkload(int stretchDepth, int longLivedDepth, int minDepth, int maxDepth,
                                int longLivedArrayLength, int ringSize, int maxArrayLength, int nodesPerArray,
                                long seed) {
    /** Deepest tree gclab accepts: a tree of depth 22 is 8 M nodes, 320 MB. */
    public static final int DEEPEST = 22;
    /** The default depth: short-lived trees up to 14, a run of about 3 M nodes and 100 K arrays. */
    public static final int DEFAULT_DEPTH = 14;
    public static final long DEFAULT_SEED = 42;

    public SyntheticWorkload {
        if (minDepth < 0 || maxDepth < minDepth || stretchDepth > DEEPEST || longLivedDepth > DEEPEST
                || maxDepth > DEEPEST || stretchDepth < 0 || longLivedDepth < 0) {
            throw new IllegalArgumentException("tree depths must satisfy 0 <= minDepth <= maxDepth <= " + DEEPEST
                    + " (got stretch " + stretchDepth + ", long-lived " + longLivedDepth + ", " + minDepth + ".."
                    + maxDepth + ")");
        }
        if (ringSize < 1 || maxArrayLength < 1 || nodesPerArray < 1 || longLivedArrayLength < 0) {
            throw new IllegalArgumentException("ring size, array length and nodes per array must be positive");
        }
    }

    /**
     * GCBench's proportions scaled to {@code depth} (GCBench itself is depth 16): stretch tree depth + 2,
     * long-lived tree and largest short-lived trees {@code depth}, smallest short-lived trees 4, a long-lived
     * {@code double[]} of 2^(depth+2) elements, a ring of 2^(depth-4) arrays of up to 1024 elements, one array
     * per 32 nodes.
     */
    public static SyntheticWorkload gcbench(int depth, long seed) {
        if (depth < 4 || depth + 2 > DEEPEST) {
            throw new IllegalArgumentException("depth must be from 4 to " + (DEEPEST - 2) + ", got " + depth);
        }
        return new SyntheticWorkload(depth + 2, depth, 4, depth, 1 << (depth + 2), 1 << (depth - 4), 1024, 32,
                seed);
    }

    /** Nodes in a complete binary tree of {@code depth} (a single node has depth 0). */
    public static long treeSize(int depth) {
        return (1L << (depth + 1)) - 1;
    }

    /** How many trees of {@code depth} are built each way (GCBench's {@code NumIters}). */
    public int iterations(int depth) {
        return (int) Math.max(1, 2 * treeSize(stretchDepth) / treeSize(depth));
    }

    /** Every tree node the run allocates. */
    public long totalNodes() {
        long nodes = treeSize(stretchDepth) + treeSize(longLivedDepth);
        for (int d = minDepth; d <= maxDepth; d += 2) {
            nodes += 2L * iterations(d) * treeSize(d);
        }
        return nodes;
    }

    /** Every ring array the run allocates. */
    public long totalArrays() {
        return totalNodes() / nodesPerArray;
    }

    /** A few lines on what the program does, for the top of a result table. */
    public String describe() {
        return String.join(System.lineSeparator(),
                String.format(Locale.ROOT, "Workload: GCBench-like binary trees (Ellis, Kovac & Boehm). A stretch"
                        + " tree of depth %d, a long-lived tree of depth %d", stretchDepth, longLivedDepth),
                String.format(Locale.ROOT, "and a %,d-element double[], then short-lived trees of depth %d..%d built"
                        + " top-down and bottom-up: %,d nodes", longLivedArrayLength, minDepth, maxDepth, totalNodes()),
                String.format(Locale.ROOT, "of 40 bytes in all. One array per %d nodes replaces a random slot of a"
                        + " %,d-slot ring: %,d int[] or long[]", nodesPerArray, ringSize, totalArrays()),
                String.format(Locale.ROOT, "of log-uniform length 1..%d, so free lists fragment. Seed %d. Ends with"
                        + " System.gc(); the checksum", maxArrayLength, seed),
                "hashes every tree as it was built and all data live at the end: it must be the same under every"
                        + " collector.");
    }
}
