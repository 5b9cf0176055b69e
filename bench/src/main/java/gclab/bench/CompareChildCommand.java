package gclab.bench;

import gclab.bench.demo.CollectorConfig;
import gclab.bench.experiment.Cell;
import gclab.bench.experiment.Measurement;
import gclab.bench.experiment.Program;
import gclab.bench.experiment.Report;
import gclab.bench.experiment.Runner;
import gclab.heap.spi.CollectorRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The child JVM of {@code gclab compare --fork} ({@link ForkedRuns}), not for people: one collector configuration's
 * warm-up runs and measured runs, in order, each measured run's files written where {@code compare} writes them
 * under {@code --out} (for fork K of N, numbered after the runs of forks 1 to K-1). It prints a line per run; its
 * exit status is 0 once every run's files are written, whatever the program did in them (that is in each
 * {@code result.json}).
 */
@Command(name = ForkedRuns.COMMAND, hidden = true, mixinStandardHelpOptions = true,
        description = "The child JVM of 'gclab compare --fork': one configuration's runs.")
final class CompareChildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProgramOptions program;

    @Option(names = "-c", paramLabel = "CONFIG", required = true, description = "one collector configuration")
    String collector;

    @Option(names = "--heap", paramLabel = "SIZE", required = true, converter = HeapSizeConverter.class,
            description = "simulated heap size")
    long heapBytes;

    @Option(names = "--repeat", paramLabel = "N", required = true, description = "measured runs")
    int repeat;

    @Option(names = "--warmup", paramLabel = "N", required = true, description = "untimed runs first")
    int warmup;

    @Option(names = "--fork-number", paramLabel = "K", defaultValue = "1",
            description = "which of the configuration's child JVMs this is, from 1 (its runs' numbers follow)")
    int forkNumber;

    @Option(names = "--forks", paramLabel = "N", defaultValue = "1", description = "the configuration's child JVMs")
    int forks;

    @Mixin
    RunSwitches switches;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the comparison's directory")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        switches.check();
        CollectorRegistry registry = new CollectorRegistry();
        Program p = program.resolve(false).get(0);
        CollectorConfig config = Commands.config(registry, collector, null);
        Cell cell = switches.cell(p, config, heapBytes);
        if (forks < 1 || forkNumber < 1 || forkNumber > forks) {
            throw new UsageException("--fork-number must be from 1 to --forks, got " + forkNumber + " of " + forks);
        }
        ForkedRuns.Fork fork = new ForkedRuns.Fork(forkNumber, forks, repeat);
        Runner runner = new Runner(registry);
        for (int w = 1; w <= warmup; w++) {
            report(stdout, stderr, "warm-up " + w + "/" + warmup, runner.run(cell, null, null));
        }
        for (int r = 1; r <= repeat; r++) {
            Measurement m = runner.run(cell, null, null);
            Commands.writeRun(fork.runDirectory(out, cell, r), m, !switches.noCharts);
            report(stdout, stderr, "run " + r + "/" + repeat, m);
        }
        stdout.flush();
        return 0;
    }

    /** A line per run; a VM failure's stack trace on stderr, where the parent finds it in the child's log. */
    private static void report(PrintWriter out, PrintWriter err, String what, Measurement m) {
        out.println(String.format(Locale.ROOT, "%s: %s: %s, %d pauses, %s ms", what, m.cell().describe(), m.status(),
                m.result().pauses().count(), Report.millis(m.result().outcome().runNanos())));
        out.flush();
        if (m.vmFailure() != null) {
            err.println("VM ERROR in " + what + " of " + m.cell().describe() + ":");
            m.vmFailure().printStackTrace(err);
            err.flush();
        }
    }
}
