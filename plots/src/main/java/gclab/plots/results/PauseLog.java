package gclab.plots.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Writes {@code pauses.hlog}: an HdrHistogram interval log of a run's pause durations, in nanoseconds, one
 * interval histogram per second of run time (empty ones included, so the log covers the whole run), each tagged
 * with the collector's name. HdrHistogram's own {@code HistogramLogReader} and {@code HistogramLogProcessor}
 * read it; the max column is in milliseconds. A pause belongs to the interval in which it started.
 */
public final class PauseLog {
    /** The length of one interval histogram. */
    public static final long INTERVAL_NANOS = 1_000_000_000L;

    private PauseLog() {
    }

    /** The tag of a run's histograms: the collector's name, with the characters a log tag cannot hold replaced. */
    public static String tag(RunResult result) {
        return result.inputs().collector().replaceAll("[,\\s]", "_");
    }

    /** The interval histograms of {@code result}: index {@code k} covers {@code [k, k + 1)} intervals. */
    public static List<Histogram> intervals(RunResult result, long intervalNanos) {
        long runNanos = result.outcome().runNanos();
        int count = (int) Math.max(1, (runNanos + intervalNanos - 1) / intervalNanos);
        List<Histogram> intervals = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Histogram h = new Histogram(3);
            h.setTag(tag(result));
            intervals.add(h);
        }
        for (RunResult.Pause p : result.pauseEvents()) {
            int k = (int) Math.min(count - 1, Math.max(0, p.startNanos() / intervalNanos));
            intervals.get(k).recordValue(Math.max(0, p.durationNanos()));
        }
        return intervals;
    }

    public static void write(RunResult result, OutputStream out) {
        HistogramLogWriter writer = new HistogramLogWriter(out);
        long startMillis = result.outcome().startInstant().toEpochMilli();
        writer.outputComment(" gclab pauses of " + result.programName() + " under " + result.label()
                + " (values in nanoseconds)");
        writer.outputLogFormatVersion();
        writer.outputStartTime(startMillis);
        writer.outputLegend();
        List<Histogram> intervals = intervals(result, INTERVAL_NANOS);
        long runNanos = result.outcome().runNanos();
        for (int k = 0; k < intervals.size(); k++) {
            double start = k * (INTERVAL_NANOS / 1e9);
            double end = Math.min((k + 1) * INTERVAL_NANOS, Math.max(runNanos, k * INTERVAL_NANOS)) / 1e9;
            writer.outputIntervalHistogram(start, end, intervals.get(k), 1e6);
        }
        writer.close();
    }

    public static void write(RunResult result, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(result, out);
        }
    }
}
