package gclab.bench.anchor;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.List;

/**
 * The program HotSpot runs for {@link HotSpotYoungAnchor}: minor collections whose survivors are known, each
 * announced on standard output with its collection id (the {@code N} of the log's {@code GC(N)}, which is the
 * number of collections before it, as the collector MXBeans count them), so that the anchor can pick exactly
 * those collections out of the {@code -Xlog:gc} log. Arguments:
 * <ul>
 *   <li>{@code empty ROUNDS}: allocates 144-byte garbage arrays until ROUNDS minor collections have run; only the
 *       last garbage array is reachable at each, so nothing survives ({@code empty-gc N});</li>
 *   <li>{@code tree ROUNDS DEPTH}: ROUNDS times, waits for a collection (so eden is fresh), builds the complete
 *       pre-order binary tree of {@code DEPTH} ({@code {Node left, right; long item}}, as
 *       {@link HotSpotTreeProgram}), then allocates garbage until the next collection, which copies the tree
 *       ({@code tree-gc N}); a round in which a collection ran while the tree was built is not announced.</li>
 * </ul>
 */
public final class HotSpotYoungProgram {
    /** Checks the collection count once per this many garbage allocations (an MXBean call is slow). */
    private static final int CHECK_EVERY = 64;

    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    /** The latest garbage array: written so that the allocation escapes and is really made. */
    private long[] sink;
    /** Numbers the tree nodes in allocation order. */
    private final long[] nextItem = {0};

    private HotSpotYoungProgram() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        int rounds = Integer.parseInt(args[1]);
        HotSpotYoungProgram p = new HotSpotYoungProgram();
        switch (mode) {
            case "empty" -> p.empty(rounds);
            case "tree" -> p.tree(rounds, Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("mode must be empty or tree, not " + mode);
        }
    }

    private void empty(int rounds) {
        for (int i = 0; i < rounds; i++) {
            long id = collections();
            if (allocateUntilCollection(id) == id + 1) {
                System.out.println("empty-gc " + id);
            }
        }
    }

    private void tree(int rounds, int depth) {
        long nodes = 0;
        for (int i = 0; i < rounds; i++) {
            allocateUntilCollection(collections());
            long id = collections();
            HostTree.Node tree = HostTree.preorder(depth, nextItem);
            if (collections() != id) {
                continue;
            }
            if (allocateUntilCollection(id) == id + 1) {
                System.out.println("tree-gc " + id);
            }
            nodes = HostTree.count(tree);
            Reference.reachabilityFence(tree);
        }
        System.out.println("tree nodes " + nodes);
    }

    /** Allocates garbage until the collection count exceeds {@code count}; returns the new count. */
    private long allocateUntilCollection(long count) {
        while (true) {
            for (int i = 0; i < CHECK_EVERY; i++) {
                sink = new long[16];
            }
            long now = collections();
            if (now > count) {
                return now;
            }
        }
    }

    private long collections() {
        long n = 0;
        for (GarbageCollectorMXBean c : collectors) {
            n += c.getCollectionCount();
        }
        return n;
    }
}
