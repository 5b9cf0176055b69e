package gclab.bench;

import gclab.bench.anchor.HotSpotMarkAnchor;
import gclab.bench.synthetic.TreeGraph;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gclab anchor}: HotSpot Serial's mark rate on the one-million-object tree, next to gclab's. */
@Command(name = "anchor", mixinStandardHelpOptions = true,
        header = "HotSpot Serial's mark rate on a one-million-object tree, next to gclab's.",
        description = "Forks the host java with -XX:+UseSerialGC -Xlog:gc,gc+phases on a program that builds a "
                + "complete binary tree (in both allocation orders) and calls System.gc(), parses the mark-phase "
                + "and pause times from the log, and prints HotSpot's marking rate next to that of gclab's "
                + "marksweep on the same tree, measured in this process. Figures only, no thresholds.")
final class AnchorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "" + TreeGraph.MILLION_DEPTH,
            description = "tree depth, 1 to 20; 19 is 1,048,575 nodes (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--collections", paramLabel = "N", defaultValue = "8",
            description = "System.gc() calls on each side, at least 2 (default: ${DEFAULT-VALUE})")
    int collections;

    @Override
    public Integer call() throws Exception {
        if (depth < 1 || depth > 20 || collections < 2) {
            throw new UsageException("--depth must be 1 to 20 and --collections at least 2");
        }
        new HotSpotMarkAnchor(depth, collections).run(spec.commandLine().getOut());
        new gclab.bench.anchor.HotSpotYoungAnchor().run(spec.commandLine().getOut());
        return 0;
    }
}
