package gclab.bench;

import gclab.bench.demo.CollectorConfig;
import gclab.bench.experiment.HostRun;
import gclab.bench.experiment.Measurement;
import gclab.bench.experiment.Program;
import gclab.bench.experiment.Report;
import gclab.bench.experiment.RunFiles;
import gclab.bench.experiment.Sizes;
import gclab.heap.spi.CollectorRegistry;
import gclab.plots.charts.Charts;
import gclab.plots.results.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the commands share: collector configurations, run files and comparison charts, and reporting. */
final class Commands {
    private Commands() {
    }

    /** {@code -c} (a spec, possibly with :key=value parts) plus {@code -o key=value} options. */
    static CollectorConfig config(CollectorRegistry registry, String collector, List<String> options) {
        CollectorConfig base = CollectorConfig.parseExact(registry, collector);
        if (options == null || options.isEmpty()) {
            return base;
        }
        StringBuilder spec = new StringBuilder(spec(base));
        for (String o : options) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("bad -o '" + o + "': write -o key=value (see gclab list for the options)");
            }
            spec.append(':').append(o);
        }
        return CollectorConfig.parseExact(registry, spec.toString());
    }

    /** {@code marksweep:compact=never}: the form of {@code -c} that names exactly {@code config}. */
    static String spec(CollectorConfig config) {
        StringBuilder spec = new StringBuilder(config.collector());
        config.options().forEach((k, v) -> spec.append(':').append(k).append('=').append(v));
        return spec.toString();
    }

    /** {@code -c all | a,b:key=value,...}. */
    static List<CollectorConfig> configs(CollectorRegistry registry, String list) {
        try {
            return CollectorConfig.parseList(registry, list);
        } catch (IllegalArgumentException e) {
            if (e.getClass() != IllegalArgumentException.class) {
                throw e;
            }
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * Writes the charts that compare {@code runs} into {@code dir}: against heap size if the runs have more than one,
     * else side by side (timeline, percentiles, MMU); returns their paths (none without runs).
     */
    static List<Path> writeCharts(Path dir, List<RunResult> runs) throws IOException {
        if (runs.isEmpty()) {
            return List.of();
        }
        boolean sweep = runs.stream().map(r -> r.inputs().heapBytes()).distinct().count() > 1;
        return sweep ? Charts.writeSweep(dir, runs) : Charts.writeComparison(dir, runs);
    }

    /** Writes a run's files, turning an I/O failure into an unchecked one that names the directory. */
    static List<Path> writeRun(Path dir, Measurement m, boolean charts) {
        try {
            return RunFiles.write(dir, m, charts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the files of " + m.cell().describe() + " to " + dir, e);
        }
    }

    /**
     * Reports VM failures and output mismatches on {@code err}; returns the exit status: 0 if all is well, 1 if a
     * collector changed the program's output or the VM failed. The runs are checked against {@code host}, the
     * host JVM's run of the program, if it ran; else (null for a sweep, or a host run that was impossible) against
     * each other. Runs that ran out of memory inside gclab are not compared, and listed as such.
     */
    static int check(Main main, List<Measurement> runs, HostRun host, PrintWriter out, PrintWriter err) {
        int status = 0;
        for (Measurement m : runs) {
            if (m.vmFailure() != null) {
                String error = m.vmFailure() instanceof ForkedRuns.ChildFailure ? m.vmFailure().getMessage()
                        : m.result().outcome().error(); // a forked run's says where its stack trace is
                main.reportFailure(err, "VM ERROR in " + m.cell().describe() + ": " + error, m.vmFailure());
                status = 1;
            }
        }
        if (host != null && host.ran()) {
            status = Math.max(status, checkAgainstHost(runs, host, out, err));
        } else {
            if (host != null) {
                out.println("Output check: the host JVM could not run the program (" + host.whyNot() + "), so the"
                        + " runs are compared with each other instead.");
            }
            status = Math.max(status, checkAgainstEachOther(runs, out, err));
        }
        List<String> outOfMemory = runs.stream().filter(m -> m.vmFailure() == null && !m.comparable())
                .map(m -> m.cell().config().label() + " at " + Sizes.format(m.cell().heapBytes())).toList();
        if (!outOfMemory.isEmpty()) {
            out.println("Not compared, as the program ran out of memory: " + String.join(", ", outOfMemory) + ".");
        }
        err.flush();
        out.flush();
        return status;
    }

    private static int checkAgainstHost(List<Measurement> runs, HostRun host, PrintWriter out, PrintWriter err) {
        List<String> mismatches = Report.hostMismatches(runs, host);
        if (!mismatches.isEmpty()) {
            err.println("gclab: OUTPUT MISMATCH: " + mismatches.size() + " run" + (mismatches.size() == 1 ? "" : "s")
                    + " did not print what the host JVM prints (" + RunFiles.HOST_STDOUT_TXT + ") or ended"
                    + " differently, so a collector may have lost or corrupted live data:");
            mismatches.forEach(line -> err.println("gclab:   " + line));
            return 1;
        }
        long compared = runs.stream().filter(Measurement::comparable).count();
        out.println(compared == 0
                ? "Output check: no run finished without running out of memory, so none was compared with the host"
                        + " JVM."
                : "Output check: every run that finished printed exactly what the host JVM prints (" + compared
                        + " run" + (compared == 1 ? "" : "s") + ").");
        return 0;
    }

    private static int checkAgainstEachOther(List<Measurement> runs, PrintWriter out, PrintWriter err) {
        List<String> mismatches = Report.outputMismatches(runs);
        if (!mismatches.isEmpty()) {
            err.println("gclab: OUTPUT MISMATCH: the program printed different things or ended differently under"
                    + " different collectors or heaps, so a collector may have lost or corrupted live data:");
            mismatches.forEach(line -> err.println("gclab:   " + line));
            return 1;
        }
        Map<String, Integer> compared = new LinkedHashMap<>();
        for (Measurement m : runs) {
            if (m.comparable()) {
                compared.merge(m.cell().program().describe(), 1, Integer::sum);
            }
        }
        compared.forEach((program, n) -> out.println(n == 1
                ? "Output check: only one run of " + program + " ended without running out of memory, so there"
                        + " was nothing to compare."
                : "Output check: " + program + " printed the same and ended the same way in all " + n
                        + " runs that did not run out of memory."));
        return 0;
    }

    /**
     * Runs {@code program} on the host JVM ({@link Main#hostOracle()}) and writes what it printed to
     * {@code dir/host-stdout.txt}, if it ran.
     */
    static HostRun runOnHost(Main main, Program program, Path dir) {
        HostRun host = main.hostOracle().run(program);
        if (host.ran()) {
            try {
                Files.writeString(dir.resolve(RunFiles.HOST_STDOUT_TXT), host.stdout(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + RunFiles.HOST_STDOUT_TXT + " to " + dir, e);
            }
        }
        return host;
    }
}
