package gclab.bench;

import gclab.bench.demo.CollectorConfig;
import gclab.bench.experiment.Cell;
import gclab.bench.experiment.HostRun;
import gclab.bench.experiment.Measurement;
import gclab.bench.experiment.Program;
import gclab.bench.experiment.Report;
import gclab.bench.experiment.RunFiles;
import gclab.bench.experiment.Runner;
import gclab.bench.experiment.Streams;
import gclab.heap.spi.CollectorRegistry;
import gclab.plots.results.ResultJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gclab run}: one program under one collector, its output, a summary, and its result files. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Runs one program under one collector and writes its result files.",
        customSynopsis = "gclab run (-w WORKLOAD | --class-path PATH MAIN) [-c COLLECTOR] [--heap SIZE]"
                + " [-o key=value]..."
                + " [--verify] [--stress] [--max-instructions N] [--check] [--out DIR] [--json] [-- ARGS...]",
        description = {"Runs the program inside gclab's VM, on a simulated heap managed by the collector. The"
                + " program's own output passes through; then comes a summary of the run (or, with --json, the"
                + " result as JSON on stdout, the program's output going to stderr). The run's files (result.json,"
                + " pauses.hlog, gc.log, heap-snapshot.json, stdout.txt, stderr.txt and the occupancy,"
                + " fragmentation and heap-map charts; see docs/RESULTS.md) go to --out, by default to"
                + " gclab-out/<timestamp>/<workload>/<collector>/ in the working directory.",
                "With --check, the program also runs on the host JVM (java of the JDK gclab runs on, same class"
                + " path, main class and arguments; its output goes to host-stdout.txt), and gclab's output and exit"
                + " status must be exactly the host's; a run that ran out of memory inside gclab is not compared.",
                "A program that throws or runs out of memory is a result: its exit status is recorded."
                + " Exit status: 0 when the run was measured (whatever the program's own status), 1 if the VM"
                + " itself failed or --check found a difference from the host JVM, 2 for a mistake in the"
                + " arguments."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    ProgramOptions program;

    @Option(names = {"-c", "--collector"}, paramLabel = "COLLECTOR", defaultValue = "marksweep",
            description = "the collector, optionally with options as name:key=value[:key=value] (default:"
                    + " ${DEFAULT-VALUE}; see gclab list)")
    String collector;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = Main.DEFAULT_HEAP,
            converter = HeapSizeConverter.class,
            description = "simulated heap size, bytes with an optional k, m or g suffix (default: ${DEFAULT-VALUE})")
    long heapBytes;

    @Option(names = {"-o", "--option"}, paramLabel = "key=value",
            description = "a collector option, repeatable (see gclab list for each collector's options and defaults)")
    List<String> options;

    @Mixin
    RunSwitches switches;

    @Option(names = "--out", paramLabel = "DIR",
            description = "directory for the run's files (default:"
                    + " gclab-out/<timestamp>/<workload>/<collector>/ in the working directory)")
    Path out;

    @Option(names = "--check", description = "run the program on the host JVM too, and check that gclab printed"
            + " exactly what it prints and ended with its exit status")
    boolean check;

    @Option(names = "--json", description = "print the result as JSON on stdout (the program's output goes to"
            + " stderr)")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (program.absent()) {
            throw new UsageException("gclab run needs a program: -w WORKLOAD (see gclab list) or --class-path PATH"
                    + " MAIN");
        }
        switches.check();
        CollectorRegistry registry = new CollectorRegistry();
        Program p = program.resolve(false).get(0);
        CollectorConfig config = Commands.config(registry, collector, options);
        Path dir = out != null ? out : main.defaultOutput().resolve(RunFiles.directoryName(p))
                .resolve(RunFiles.directoryName(config));
        OutputDirs.prepare(dir);

        Cell cell = switches.cell(p, config, heapBytes);
        Measurement m = new Runner(registry).run(cell, Streams.into(json ? stderr : stdout), Streams.into(stderr));
        stdout.flush();
        stderr.flush();
        List<Path> files = Commands.writeRun(dir, m, !switches.noCharts);

        PrintWriter report = json ? stderr : stdout;
        if (json) {
            stdout.println(ResultJson.toJson(m.result()));
        } else {
            report.println();
            report.print(Report.summary(m));
        }
        report.println("Wrote " + String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList())
                + " to " + dir);
        stdout.flush();
        if (m.vmFailure() != null) {
            main.reportFailure(stderr, "VM ERROR: " + m.result().outcome().error(), m.vmFailure());
            return 1;
        }
        return check ? checkAgainstHost(p, m, dir, report, stderr) : 0;
    }

    /** {@code --check}: 0 if the run printed and ended as on the host JVM (or could not be compared), else 1. */
    private int checkAgainstHost(Program p, Measurement m, Path dir, PrintWriter report, PrintWriter stderr) {
        HostRun host = Commands.runOnHost(main, p, dir);
        int status = 0;
        if (!host.ran()) {
            report.println("Output check: impossible, the host JVM could not run the program (" + host.whyNot()
                    + ").");
        } else if (!m.comparable()) {
            report.println("Output check: not compared, as the program ran out of memory.");
        } else {
            String difference = Report.differenceFromHost(host, m.stdout(), m.result().outcome().exitStatus());
            if (difference == null) {
                report.println("Output check: the run printed exactly what the host JVM prints (" + dir.resolve(
                        RunFiles.HOST_STDOUT_TXT) + ").");
            } else {
                stderr.println("gclab: OUTPUT MISMATCH: the run did not print what the host JVM prints ("
                        + RunFiles.HOST_STDOUT_TXT + ") or ended differently, so the collector may have lost or"
                        + " corrupted live data:");
                stderr.println("gclab:   " + m.cell().describe() + ": " + difference);
                status = 1;
            }
        }
        report.flush();
        stderr.flush();
        return status;
    }
}
