package gclab.bench;

import gclab.bench.experiment.RunFiles;
import gclab.plots.results.RunResult;
import gclab.bench.jmh.JmhCharts;
import gclab.bench.jmh.JmhScores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gclab plot}: every chart redrawn from existing result files. */
@Command(name = "plot", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Redraws the charts of existing result directories.",
        customSynopsis = {"gclab plot DIR... [--out DIR]",
                "gclab plot --jmh FILE [--metric NAME]... [--out DIR]"},
        description = {"For every run directory (one holding result.json) under each DIR, redraws its occupancy,"
                + " fragmentation and heap-map charts from result.json and heap-snapshot.json. Then draws the"
                + " charts that compare the runs found under each DIR (against heap size if they have several,"
                + " else side by side) into that DIR, or, with --out, of all runs together into --out, and prints"
                + " the comparison table of all the runs. Nothing is run again.",
                "With --jmh FILE (JMH's JSON, from gclab jmh ... -rf json -rff FILE), draws instead, for each"
                + " benchmark, grouped bars with 99.9%% confidence intervals as error bars: a bar per collector in a"
                + " group per workload and heap (the parameters that vary), for the primary score and for"
                + " pauseTotalMs and pauseMaxMs (or the metrics named by --metric), as jmh-<Benchmark>-<metric>.png"
                + " beside FILE (or in --out). gclab's counters (unit #) are averaged from the iterations' raw data,"
                + " since JMH's own score of such a counter is their sum."})
final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "result directories (of run, compare, sweep or"
            + " merge)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--jmh", paramLabel = "FILE", description = "JMH's JSON result file (-rf json): draw its scores"
            + " as grouped bars with error bars")
    Path jmh;

    @Option(names = "--metric", paramLabel = "NAME", description = "with --jmh: a metric to draw, 'primary' or a"
            + " secondary result's name (pauses, pauseTotalMs, pauseMaxMs, pauseP99Ms, gcShare, allocatedMB,"
            + " workUnits, outOfMemory, ...); repeatable (default: primary, pauseTotalMs, pauseMaxMs)")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "draw the comparison charts of all runs together"
            + " here (default: into each DIR, of the runs under it)")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (jmh != null) {
            if (!inputs.isEmpty()) {
                throw new UsageException("give either result directories or --jmh FILE, not both");
            }
            return plotJmh(stdout);
        }
        if (inputs.isEmpty()) {
            throw new UsageException("missing DIR: give one or more result directories (of run, compare, sweep or"
                    + " merge), or --jmh FILE for JMH's JSON results");
        }
        if (!metrics.isEmpty()) {
            throw new UsageException("--metric applies to --jmh FILE only");
        }
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
                charts += Commands.writeCharts(inputs.get(i), here).size();
            }
        }
        if (out != null) {
            charts += Commands.writeCharts(out, everything).size();
        }
        MergeCommand.printTable(stdout, everything);
        stdout.println("Redrew " + charts + " charts of " + everything.size() + " runs"
                + (out == null ? "" : "; the comparison charts are in " + out));
        stdout.flush();
        return 0;
    }

    /** {@code --jmh FILE}: the bar charts of JMH's scores. */
    private int plotJmh(PrintWriter stdout) throws IOException {
        if (!Files.isRegularFile(jmh)) {
            throw new UsageException("--jmh " + jmh + ": no such file; write one with gclab jmh ... -rf json -rff "
                    + jmh);
        }
        List<JmhScores.Score> scores;
        try {
            scores = JmhScores.readJson(jmh);
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        if (scores.isEmpty()) {
            throw new UsageException(jmh + " holds no benchmark results");
        }
        List<String> chosen = metrics.isEmpty() ? JmhCharts.DEFAULT_METRICS : metrics;
        Set<String> known = new TreeSet<>();
        scores.forEach(s -> known.addAll(s.secondary().keySet()));
        known.add(JmhCharts.PRIMARY);
        for (String m : metrics) { // the defaults are drawn where present
            if (!known.contains(m)) {
                throw new UsageException("--metric " + m + ": no benchmark in " + jmh + " has it; there are: "
                        + String.join(", ", known));
            }
        }
        Path dir = out != null ? out : jmh.toAbsolutePath().getParent();
        List<Path> files = JmhCharts.write(dir, scores, chosen);
        String table = JmhScores.countersTable(scores);
        if (!table.isEmpty()) {
            stdout.print(table);
        }
        stdout.println("Drew " + files.size() + " charts of " + scores.size() + " JMH scores into " + dir);
        files.forEach(f -> stdout.println("  " + f.getFileName()));
        stdout.flush();
        return 0;
    }
}
