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

    public static void main(String[] args) {
        int depth = args.length > 0 ? Integer.parseInt(args[0]) : 19;
        int collections = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        boolean postorder = args.length > 2 && args[2].equals("postorder");
        long[] counter = {0};
        HostTree.Node tree = postorder ? HostTree.postorder(depth, counter) : HostTree.preorder(depth, counter);
        for (int i = 0; i < collections; i++) {
            System.gc();
        }
        System.out.println("tree nodes " + HostTree.count(tree));
        Reference.reachabilityFence(tree);
    }
}
