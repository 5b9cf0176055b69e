package gclab.bench;

import gclab.bench.jmh.JmhScores;
import gclab.heap.spi.CollectorRegistry;
import gclab.workloads.Catalog;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gclab jmh [JMH args]}: JMH's own command line ({@code org.openjdk.jmh.Main}), with two additions: the
 * {@code collector} and {@code workload} parameters default to every registered collector and every bundled
 * workload (unless given with {@code -p}), and after JMH's output a table of gclab's counters per run (mean and
 * 99.9% confidence interval over the iterations; JMH's own final line sums them over the iterations).
 */
@Command(name = "jmh",
        header = "Runs the JMH benchmarks; every argument goes to JMH.",
        description = {"Runs the JMH benchmarks of gclab.bench.jmh; every argument goes to JMH's own command line,"
                + " exactly as 'java -jar bench/target/benchmarks.jar ARGS' (try 'gclab jmh -l' to list them,"
                + " 'gclab jmh -lp' with their parameters, 'gclab jmh -h' for JMH's help).",
                "",
                "WorkloadBenchmark runs each bundled workload in a fresh gclab VM per operation, for every"
                + " collector x workload x heap (-p heap=4m,16m; -p args=bench|small|default|ARGS), and reports"
                + " gclab's own measurements of the simulated heap per run as secondary results: pauses,"
                + " pauseTotalMs, pauseMaxMs, pauseP99Ms, gcShare, allocatedMB, workUnits, outOfMemory (the share"
                + " of runs that ran out of memory). JMH's -prof gc would measure the host JVM instead.",
                "",
                "Unless you give -p collector=... or -p workload=..., gclab passes every registered collector"
                + " and every bundled workload itself. After JMH's output it prints those counters as means per"
                + " run with their 99.9%% confidence intervals (JMH's own 'Result' line of such a counter is the"
                + " sum over the measurement iterations). Results as JSON: -rf json -rff FILE; charts of them:"
                + " gclab plot --jmh FILE.",
                "",
                "A short run (minutes; a full run of every benchmark takes hours):",
                "  gclab jmh -f 1 -wi 1 -i 3 -w 1s -r 1s -rf json -rff jmh.json WorkloadBenchmark",
                "  gclab jmh -f 1 -wi 1 -i 3 -w 1s -r 1s -p workload=binarytrees -p heap=16m WorkloadBenchmark"})
final class JmhCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "JMH-ARG", description = "arguments for JMH")
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (arguments.equals(List.of("--help"))) {
            spec.commandLine().usage(out); // gclab's own help; JMH's is -h
            return 0;
        }
        String[] args = withDefaults(arguments, new CollectorRegistry().names(),
                Catalog.all().stream().map(Catalog.Workload::name).toList()).toArray(new String[0]);
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            throw new UsageException("JMH does not accept these arguments: " + e.getMessage()
                    + " (gclab jmh -h prints JMH's options)");
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args); // JMH's own listing and help
            return 0;
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (NoBenchmarksException e) {
            throw new UsageException("no JMH benchmark matches " + String.join(" ", options.getIncludes())
                    + "; 'gclab jmh -l' lists them");
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
        String table = JmhScores.countersTable(JmhScores.of(results));
        if (!table.isEmpty()) {
            out.println();
            out.println("gclab's counters of the simulated heap, mean per run ± 99.9% confidence interval over the"
                    + " measurement iterations");
            out.println("(score: JMH's primary score; pause times in ms, gcShare and outOfMemory 0..1, allocatedMB"
                    + " in 10^6 bytes):");
            out.print(table);
            if (JmhScores.of(results).stream().anyMatch(s -> s.secondary().containsKey("outOfMemory")
                    && s.secondary().get("outOfMemory").score() > 0)) {
                out.println("outOfMemory > 0: those runs ran out of simulated heap and stopped early; their time and"
                        + " counters are those of a run cut short.");
            }
        }
        out.flush();
        return 0;
    }

    /**
     * {@code args} with {@code -p collector=<every registered collector>} and {@code -p workload=<every bundled
     * workload>} added, each unless the arguments already set that parameter, so that a collector registered
     * after the benchmarks were compiled is still run.
     */
    static List<String> withDefaults(List<String> args, List<String> collectors, List<String> workloads) {
        List<String> all = new ArrayList<>(args);
        if (!setsParameter(args, "collector") && !collectors.isEmpty()) {
            all.addAll(List.of("-p", "collector=" + String.join(",", collectors)));
        }
        if (!setsParameter(args, "workload") && !workloads.isEmpty()) {
            all.addAll(List.of("-p", "workload=" + String.join(",", workloads)));
        }
        return all;
    }

    /** True if {@code args} hold {@code -p name=...} (or {@code -pname=...}). */
    static boolean setsParameter(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-p") && i + 1 < args.size() && args.get(i + 1).startsWith(name + "=")) {
                return true;
            }
            if (a.startsWith("-p" + name + "=")) {
                return true;
            }
        }
        return false;
    }
}
