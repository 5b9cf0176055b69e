package gclab.bench;

import gclab.bench.experiment.RunFiles;
import gclab.plots.results.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gclab plot}: every chart redrawn from existing result files. */
@Command(name = "plot", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Redraws the charts of existing result directories.",
        customSynopsis = "gclab plot DIR... [--out DIR]",
        description = "For every run directory (one holding result.json) under each DIR, redraws its occupancy,"
                + " fragmentation and heap-map charts from result.json and heap-snapshot.json. Then draws the"
                + " charts that compare the runs found under each DIR (against heap size if they have several,"
                + " else side by side) into that DIR, or, with --out, of all runs together into --out, and prints"
                + " the comparison table of all the runs. Nothing is run again.")
final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "result directories (of run, compare, sweep or"
            + " merge)")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "draw the comparison charts of all runs together"
            + " here (default: into each DIR, of the runs under it)")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        List<RunResult> everything = new ArrayList<>();
        List<List<Path>> runDirs = new ArrayList<>();
        for (Path input : inputs) {
            runDirs.add(MergeCommand.runDirectories(input)); // checks every DIR before drawing anything
        }
        if (out != null) {
            OutputDirs.prepare(out);
        }
        int charts = 0;
        for (int i = 0; i < inputs.size(); i++) {
            List<RunResult> here = new ArrayList<>();
            for (Path dir : runDirs.get(i)) {
                here.add(MergeCommand.read(dir));
                charts += RunFiles.redraw(dir).size();
            }
            everything.addAll(here);
            if (out == null) {
                charts += Commands.writeAggregate(inputs.get(i), here, false, true).size();
            }
        }
        if (out != null) {
            charts += Commands.writeAggregate(out, everything, false, true).size();
        }
        MergeCommand.printTable(stdout, everything);
        stdout.println("Redrew " + charts + " charts of " + everything.size() + " runs"
                + (out == null ? "" : "; the comparison charts are in " + out));
        stdout.flush();
        return 0;
    }
}
