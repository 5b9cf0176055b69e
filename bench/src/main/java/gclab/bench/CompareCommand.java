package gclab.bench;

import gclab.bench.demo.CollectorConfig;
import gclab.bench.experiment.Cell;
import gclab.bench.experiment.HostJvm;
import gclab.bench.experiment.HostRun;
import gclab.bench.experiment.HotSpotRunner;
import gclab.bench.experiment.Measurement;
import gclab.bench.experiment.Program;
import gclab.bench.experiment.Report;
import gclab.bench.experiment.RunFiles;
import gclab.bench.experiment.Runner;
import gclab.bench.experiment.Sizes;
import gclab.heap.spi.CollectorRegistry;
import gclab.plots.results.ResultFiles;
import gclab.plots.results.RunResult;
import gclab.plots.results.SummaryCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gclab compare}: the same program under each collector, one table, every file. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Runs the same program under each collector and compares them in one table.",
        customSynopsis = "gclab compare [-w WORKLOAD | --class-path PATH MAIN] [-c all | a,b,c] [--heap SIZE]"
                + " [--repeat N]"
                + " [--warmup N] [--fork [N]] [--hotspot] [--hotspot-jdk PATH] [--out DIR] [-- ARGS...]",
        description = {"Runs the program under each collector configuration and prints one table: pause count,"
                + " total, p50, p99, p99.9 and longest pause, longest time to safepoint, GC share of run time, MMU"
                + " at 1, 10 and 100 ms, peak footprint, external fragmentation at the end, fragmentation failures"
                + " and misses, run time, and work units. Then it writes every run's files, summary.csv and the"
                + " comparison charts (pause timeline, pause percentiles, MMU), and says where.",
                "Without -w it runs binarytrees 14; plain 'gclab' with no arguments runs exactly this.",
                "The program must print under every collector exactly what it prints on the host JVM: gclab runs it"
                + " there too (java of the JDK gclab runs on, same class path, main class and arguments; its output"
                + " goes to DIR/host-stdout.txt), compares the output and exit status of every run that did not run"
                + " out of memory with the host's, and reports a difference loudly with exit status 1. If the host"
                + " cannot run it (no java, or no end within 2 minutes), the runs are compared with each other"
                + " instead. Exit status: 0, 1 for an output mismatch or a VM failure, 2 for a mistake in the"
                + " arguments.",
                "With --hotspot, the same program also runs on the host JVM under each of HotSpot's collectors that"
                + " the JDK has (Serial, Parallel, G1, ZGC, Shenandoah; --hotspot-jdk PATH adds another JDK's),"
                + " with -Xms and -Xmx set to --heap and -Xlog:gc* into the run's gc.log; their pauses, read from"
                + " HotSpot's own log, join the table, summary.csv and charts as rows 'HotSpot <GC> (JDK <n>, host"
                + " objects)'. Their pauses compare; their run time does not (HotSpot runs JIT-compiled code), nor"
                + " does their heap (the same -Xmx holds HotSpot's objects and the JDK's own). A collector the JDK"
                + " lacks or that refuses the heap size is listed with the JDK's reason."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    ProgramOptions program;

    @Option(names = {"-c", "--collectors"}, paramLabel = "LIST", defaultValue = "all",
            description = "'all' (every registered collector with its defaults), or a comma-separated list of"
                    + " configurations, each a name with optional :key=value parts, e.g."
                    + " marksweep,marksweep:compact=never,nogc (default: ${DEFAULT-VALUE})")
    String collectors;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = Main.DEFAULT_HEAP,
            converter = HeapSizeConverter.class,
            description = "simulated heap size, bytes with an optional k, m or g suffix (default: ${DEFAULT-VALUE})")
    long heapBytes;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "measured runs of each configuration, in rounds; the table and charts show the run of"
                    + " median run time, summary.csv every run (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "untimed runs of each configuration first, so that the host JIT has compiled the"
                    + " interpreter and the collector before anything is measured (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--hotspot", description = "also run the program on the host JVM under each HotSpot collector"
            + " the JDK has, and put their pauses (from HotSpot's -Xlog:gc* log) in the same table, summary.csv and"
            + " charts")
    boolean hotspot;

    @Option(names = "--hotspot-jdk", paramLabel = "PATH", description = "with --hotspot (which it implies), also"
            + " run on the JDK whose home directory (holding bin/java) is PATH, e.g. a newer release; repeatable")
    List<Path> hotspotJdks = new ArrayList<>();

    /** The most child JVMs per configuration {@code --fork} takes. */
    static final int MAX_FORKS = 100;

    @Option(names = "--fork", paramLabel = "N", arity = "0..1", fallbackValue = "1",
            description = "run each configuration (its warm-ups, then its runs) in N child JVMs of its own (1 without"
                    + " N, at most " + MAX_FORKS + "), with this JVM's options, as JMH forks per benchmark: in one JVM"
                    + " the host JIT compiles the interpreter with a type profile mixing every collector that ran, so a"
                    + " collector's run and mutator times depend on the others; forked, they compare. Why several:"
                    + " the host JIT's decisions (e.g. what it inlines into the interpreter) differ from JVM to JVM,"
                    + " so one JVM's run time is one draw (5 to 35 percent apart from one JVM to the next,"
                    + " measured); N JVMs pool N draws (N x --repeat runs, numbered in order; the table shows their"
                    + " median, and a line per configuration under it each JVM's median run ms; summary.csv's run and"
                    + " fork columns say which run and which JVM each row is). The forks run one at a time, in rounds"
                    + " (fork 1 of every configuration, then fork 2, ...). Costs N JVM starts per configuration. Put"
                    + " the program's arguments after '--' (--fork 15 is 15 JVMs).")
    Integer forks;

    @Mixin
    RunSwitches switches;

    @Option(names = "--out", paramLabel = "DIR",
            description = "directory for the results: DIR/<workload>/<collector>/ per run (with --repeat or"
                    + " --fork N, DIR/<workload>/<collector>/<n>/), summary.csv, host-stdout.txt and charts in DIR"
                    + " (default: gclab-out/<timestamp>/ in the working directory)")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        switches.check();
        if (repeat < 1 || repeat > 1000) {
            throw new UsageException("--repeat must be from 1 to 1000, got " + repeat);
        }
        if (warmup < 0 || warmup > 1000) {
            throw new UsageException("--warmup must be from 0 to 1000, got " + warmup);
        }
        if (forks != null && (forks < 1 || forks > MAX_FORKS)) {
            throw new UsageException("--fork takes a count of child JVMs per configuration from 1 to " + MAX_FORKS
                    + ", got " + forks);
        }
        List<HostJvm> hosts = hotspotHosts();
        CollectorRegistry registry = new CollectorRegistry();
        Program p = program.resolve(false).get(0);
        List<CollectorConfig> configs = Commands.configs(registry, collectors);
        Path root = OutputDirs.prepare(out != null ? out : main.defaultOutput());

        stdout.printf("gclab compare: %s on a %s heap under %s (%s)%n", p.describe(), Sizes.format(heapBytes),
                String.join(", ", configs.stream().map(CollectorConfig::label).toList()),
                (repeat == 1 ? "one run" : repeat + " runs") + " each"
                        + (warmup == 0 ? "" : ", after " + warmup + " untimed warm-up run" + (warmup == 1 ? "" : "s")
                        + " each")
                + (forks == null ? "" : forks == 1 ? ", each configuration in a child JVM of its own"
                        : ", each configuration in " + forks + " child JVMs of its own, one after another (" + forks
                        + " x " + repeat + " runs pooled)"));
        stdout.flush();

        List<Cell> cells = configs.stream().map(c -> switches.cell(p, c, heapBytes)).toList();
        List<List<Measurement>> byConfig = forks != null
                ? ForkedRuns.run(cells, forks, warmup, repeat, switches, main.debug(), root, new Progress(stderr,
                        main.stderrIsTerminal(), false, cells.size() * forks))
                : runInRounds(new Runner(registry), cells, root, stderr);
        int runsEach = byConfig.get(0).size();
        List<Measurement> all = new ArrayList<>(); // in run numbers' order: in rounds, as they ran without --fork
        List<SummaryCsv.Row> rows = new ArrayList<>();
        for (int r = 0; r < runsEach; r++) {
            for (List<Measurement> runs : byConfig) {
                all.add(runs.get(r));
                rows.add(new SummaryCsv.Row(runs.get(r).result(), r + 1,
                        forks == null ? SummaryCsv.Row.NOT_FORKED : ForkedRuns.Fork.ofRun(r + 1, repeat)));
            }
        }
        List<Measurement> shown = byConfig.stream().map(CompareCommand::median).toList();
        List<HotSpotRunner.Run> hotspotRuns = new ArrayList<>();
        for (HostJvm jvm : hosts) {
            HotSpotRunner.Jdk jdk = HotSpotRunner.describe(jvm);
            for (HotSpotRunner.Gc gc : HotSpotRunner.Gc.values()) {
                stderr.println("gclab: on the host JVM: " + p.describe() + " under " + HotSpotRunner.label(gc, jdk));
                stderr.flush();
                hotspotRuns.add(HotSpotRunner.run(p, gc, jdk, heapBytes, root.resolve(RunFiles.directoryName(p))
                        .resolve(HotSpotRunner.directoryName(gc, jdk))));
            }
        }
        List<RunResult> hotspotResults = hotspotRuns.stream().filter(HotSpotRunner.Run::ran)
                .map(HotSpotRunner.Run::result).toList();
        List<RunResult> shownResults = new ArrayList<>(shown.stream().map(Measurement::result).toList());
        shownResults.addAll(hotspotResults);

        stdout.println();
        stdout.print(Report.tableOf(shownResults, false));
        for (HotSpotRunner.Run r : hotspotRuns) {
            if (!r.ran()) {
                stdout.println(r.label() + "  " + r.whyNot());
            }
        }
        if (forks != null && forks > 1) {
            stdout.println();
            stdout.print(perJvm(configs, byConfig, forks));
        }
        stdout.println();
        stdout.println(Report.legend());
        if (!hotspotRuns.isEmpty()) {
            stdout.println(HOTSPOT_LEGEND);
        }
        stdout.println();
        HostRun host = Commands.runOnHost(main, p, root);
        int status = Commands.check(main, all, host, stdout, stderr);
        checkHotSpot(hotspotRuns, host, stdout);
        hotspotResults.forEach(r -> rows.add(SummaryCsv.Row.single(r)));
        ResultFiles.writeSummary(root, rows);
        if (!switches.noCharts) {
            Commands.writeCharts(root, shownResults);
        }
        stdout.println("Wrote " + all.size() + " run directories" + (hotspotResults.isEmpty() ? ""
                : " and " + hotspotResults.size() + " of HotSpot runs (with HotSpot's own gc.log)") + " under "
                + root.resolve(RunFiles.directoryName(p))
                + ", summary.csv" + (host.ran() ? ", " + RunFiles.HOST_STDOUT_TXT : "")
                + (switches.noCharts ? "" : " and the comparison charts") + " to " + root);
        stdout.flush();
        return status;
    }

    /**
     * Runs the cells in this JVM: the warm-up runs in rounds (every cell once per round), then the measured runs in
     * rounds, writing each measured run's directory; returns each cell's measured runs in order.
     */
    private List<List<Measurement>> runInRounds(Runner runner, List<Cell> cells, Path root, PrintWriter stderr) {
        Progress progress = new Progress(stderr, main.stderrIsTerminal(), false, cells.size() * (warmup + repeat));
        for (int w = 0; w < warmup; w++) {
            for (Cell cell : cells) {
                progress.starting("warming up: " + cell.describe());
                progress.finished(runner.run(cell, null, null));
            }
        }
        List<List<Measurement>> byConfig = new ArrayList<>();
        cells.forEach(c -> byConfig.add(new ArrayList<>()));
        for (int r = 1; r <= repeat; r++) {
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                progress.starting(cell.describe());
                Measurement m = runner.run(cell, null, null);
                progress.finished(m);
                Commands.writeRun(runDirectory(root, cell, repeat, r), m, !switches.noCharts);
                byConfig.get(i).add(m);
            }
        }
        return byConfig;
    }

    /**
     * The directory of measured run {@code r} (from 1) of the {@code runs} of {@code cell}:
     * {@code root/<program>/<configuration>/}, with {@code runs} above 1 {@code root/<program>/<configuration>/<r>/}.
     * With {@code --fork N} the runs are numbered across forks: fork k's run j of R is run (k-1) x R + j of N x R
     * ({@link ForkedRuns.Fork#runDirectory}).
     */
    static Path runDirectory(Path root, Cell cell, int runs, int r) {
        Path dir = root.resolve(RunFiles.directoryName(cell.program())).resolve(RunFiles.directoryName(cell.config()));
        return runs == 1 ? dir : dir.resolve(Integer.toString(r));
    }

    /** What the rows of HotSpot's collectors are, printed under the table's legend. */
    static final String HOTSPOT_LEGEND = String.join(System.lineSeparator(),
            "HotSpot <GC> (JDK n, host objects): the same program on the host JVM, -Xms = -Xmx = the heap size, pauses"
                    + " from HotSpot's own -Xlog:gc* log (its gc.log);",
                    "  its heap holds HotSpot's objects (12-byte headers, compressed references) and the JDK's own,"
                    + " so the same size holds different data; its code is JIT-compiled, so run ms is not comparable;"
                    + " its pauses are.",
                    "  It reports no time to safepoint, work units or fragmentation; peak MiB is the heap (and"
                    + " metaspace) its log shows.");

    /** The JDKs to run HotSpot's collectors on: none without --hotspot, this one, and each --hotspot-jdk. */
    private List<HostJvm> hotspotHosts() {
        List<HostJvm> hosts = new ArrayList<>();
        if (!hotspot && hotspotJdks.isEmpty()) {
            return hosts;
        }
        hosts.add(HostJvm.current());
        for (Path home : hotspotJdks) {
            HostJvm jvm = new HostJvm(home, HostJvm.DEFAULT_TIMEOUT);
            if (!Files.isExecutable(jvm.java())) {
                throw new UsageException("--hotspot-jdk " + home + ": there is no " + jvm.java() + "; give the home"
                        + " directory of a JDK (the one holding bin/java), e.g. /usr/lib/jvm/<some-jdk>");
            }
            hosts.add(jvm);
        }
        return hosts;
    }

    /** Notes (not failures) for HotSpot runs whose output differs from the plain host run's. */
    private static void checkHotSpot(List<HotSpotRunner.Run> runs, HostRun host, PrintWriter out) {
        if (host == null || !host.ran()) {
            return;
        }
        for (HotSpotRunner.Run r : runs) {
            if (r.ran() && !Measurement.ranOutOfMemory(r.result())) {
                String difference = Report.difference(host.stdout(), host.exitStatus(), r.stdout(),
                        r.result().outcome().exitStatus());
                if (difference != null) {
                    out.println("Note: " + r.label() + " " + difference + " (against the plain host run; HotSpot's"
                            + " own output, not gclab's)");
                }
            }
        }
    }

    /**
     * With several forks, each configuration's run ms per JVM (the median of that JVM's runs, forks in order):
     * the spread from one JVM to the next, which the pooled median in the table hides. {@code byConfig} holds each
     * configuration's runs fork after fork, the same number from each.
     */
    static String perJvm(List<CollectorConfig> configs, List<List<Measurement>> byConfig, int forks) {
        StringBuilder out = new StringBuilder("run ms per JVM (the median of each JVM's runs; the table shows the"
                + " median of all):" + System.lineSeparator());
        int width = configs.stream().mapToInt(c -> c.label().length()).max().orElse(0);
        for (int i = 0; i < configs.size(); i++) {
            List<Measurement> runs = byConfig.get(i);
            int each = runs.size() / forks;
            List<String> medians = new ArrayList<>();
            for (int k = 0; k < forks; k++) {
                medians.add(Report.millis(median(runs.subList(k * each, (k + 1) * each)).result().outcome()
                        .runNanos()));
            }
            out.append(String.format("  %-" + width + "s  %s%n", configs.get(i).label(), String.join(", ", medians)));
        }
        return out.toString();
    }

    /** The run of median run time (the lower median for an even count). */
    private static Measurement median(List<Measurement> runs) {
        List<Measurement> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingLong(m -> m.result().outcome().runNanos()));
        return sorted.get((sorted.size() - 1) / 2);
    }
}
