package gclab.bench;

import gclab.bench.demo.CollectorConfig;
import gclab.bench.experiment.Measurement;
import gclab.bench.experiment.Report;
import gclab.bench.experiment.RunFiles;
import gclab.bench.experiment.Sizes;
import gclab.heap.spi.CollectorRegistry;
import gclab.plots.charts.Charts;
import gclab.plots.results.ResultFiles;
import gclab.plots.results.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the commands share: collector configurations, aggregate files, and reporting. */
final class Commands {
    private Commands() {
    }

    /** {@code -c} (a spec, possibly with :key=value parts) plus {@code -o key=value} options. */
    static CollectorConfig config(CollectorRegistry registry, String collector, List<String> options) {
        CollectorConfig base = CollectorConfig.parseExact(registry, collector);
        if (options == null || options.isEmpty()) {
            return base;
        }
        StringBuilder spec = new StringBuilder(base.collector());
        base.options().forEach((k, v) -> spec.append(':').append(k).append('=').append(v));
        for (String o : options) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("bad -o '" + o + "': write -o key=value (see gclab list for the options)");
            }
            spec.append(':').append(o);
        }
        return CollectorConfig.parseExact(registry, spec.toString());
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
     * Writes {@code summary.csv} of {@code runs} into {@code dir}, and the charts that compare them: against heap
     * size if the runs have more than one, else side by side (timeline, percentiles, MMU).
     */
    static List<Path> writeAggregate(Path dir, List<RunResult> runs, boolean summary, boolean charts)
            throws IOException {
        List<Path> files = new ArrayList<>();
        if (summary) {
            files.add(ResultFiles.writeSummary(dir, runs));
        }
        if (charts && !runs.isEmpty()) {
            boolean sweep = runs.stream().map(r -> r.inputs().heapBytes()).distinct().count() > 1;
            files.addAll(sweep ? Charts.writeSweep(dir, runs) : Charts.writeComparison(dir, runs));
        }
        return files;
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
     * collector changed the program's output or the VM failed.
     */
    static int check(Main main, List<Measurement> runs, PrintWriter out, PrintWriter err) {
        int status = 0;
        for (Measurement m : runs) {
            if (m.vmFailure() != null) {
                main.reportFailure(err, "VM ERROR in " + m.cell().describe() + ": " + m.result().outcome().error(),
                        m.vmFailure());
                status = 1;
            }
        }
        List<String> mismatches = Report.outputMismatches(runs);
        if (!mismatches.isEmpty()) {
            err.println("gclab: OUTPUT MISMATCH: the program printed different things or ended differently under"
                    + " different collectors or heaps, so a collector may have lost or corrupted live data:");
            mismatches.forEach(line -> err.println("gclab:   " + line));
            status = 1;
        } else {
            Map<String, Integer> compared = new LinkedHashMap<>();
            for (Measurement m : runs) {
                if (m.comparable()) {
                    compared.merge(m.cell().program().describe(), 1, Integer::sum);
                }
            }
            List<String> outOfMemory = runs.stream().filter(m -> m.vmFailure() == null && !m.comparable())
                    .map(m -> m.cell().config().label() + " at " + Sizes.format(m.cell().heapBytes())).toList();
            compared.forEach((program, n) -> out.println(n == 1
                    ? "Output check: only one run of " + program + " ended without running out of memory, so there"
                            + " was nothing to compare."
                    : "Output check: " + program + " printed the same and ended the same way in all " + n
                            + " runs that did not run out of memory."));
            if (!outOfMemory.isEmpty()) {
                out.println("Not compared, as the program ran out of memory: " + String.join(", ", outOfMemory)
                        + ".");
            }
        }
        err.flush();
        out.flush();
        return status;
    }
}
