package gclab.bench.jmh;

import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.PauseRecord;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * gclab's own measurements of the simulated heap, as JMH secondary results of {@link WorkloadBenchmark}: each
 * is the mean per operation (one run of the workload) over the iteration, so that JMH's score and error over
 * the iterations are a mean per run with its confidence interval, like the primary score.
 *
 * <p>{@link AuxCounters.Type#EVENTS}: the values are reported as they are, not divided by time (a pause count
 * per second would mean nothing here, and {@code OPERATIONS} in the average-time mode would report time per
 * counter). Each iteration's line therefore shows the mean per run of that iteration. <b>Mind JMH's final
 * line:</b> JMH aggregates {@code EVENTS} counters over the measurement iterations by <em>sum</em>
 * ({@code AggregationPolicy.SUM}), so the "Result" of a counter is the sum of the iterations' means, i.e. the
 * mean per run times the number of measurement iterations. {@code gclab jmh} prints a table of the correct means
 * (with their 99.9% confidence intervals) after JMH's own output, and {@code gclab plot --jmh} computes them from
 * the iterations' raw data in the JSON. The public methods are the counters JMH reports, under their names:
 * <ul>
 *   <li>{@code pauses}: stop-the-world pauses per run;</li>
 *   <li>{@code pauseTotalMs}, {@code pauseMaxMs}, {@code pauseP99Ms}: their total, the longest, and the 99th
 *       percentile of the run's pauses (HdrHistogram, 3 digits), ms;</li>
 *   <li>{@code gcShare}: total pause / run time, 0..1;</li>
 *   <li>{@code allocatedMB}: MB (10^6 bytes) the program allocated in the simulated heap;</li>
 *   <li>{@code workUnits}: the collector's work units (objects marked, words swept, words copied, ...);</li>
 *   <li>{@code outOfMemory}: the share of runs stopped by an OutOfMemoryError, 0..1 (nonzero: read the other
 *       figures as those of runs cut short).</li>
 * </ul>
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class GcCounters {
    private long runs;
    private long pauses;
    private long pauseTotalNanos;
    private long pauseMaxNanos;
    private long pauseP99Nanos;
    private double gcShare;
    private long allocatedBytes;
    private long workUnits;
    private long outOfMemory;

    @Setup(Level.Iteration)
    public void reset() {
        runs = 0;
        pauses = 0;
        pauseTotalNanos = 0;
        pauseMaxNanos = 0;
        pauseP99Nanos = 0;
        gcShare = 0;
        allocatedBytes = 0;
        workUnits = 0;
        outOfMemory = 0;
    }

    /** Adds one run, of {@code runNanos}, whose telemetry is {@code telemetry}. */
    void add(GcTelemetry telemetry, long runNanos, boolean ranOutOfMemory) {
        List<PauseRecord> records = telemetry.pauses();
        long total = 0;
        long max = 0;
        for (PauseRecord p : records) {
            total += p.durationNanos();
            max = Math.max(max, p.durationNanos());
        }
        Histogram h = telemetry.pauseHistogram();
        runs++;
        pauses += records.size();
        pauseTotalNanos += total;
        pauseMaxNanos += max;
        pauseP99Nanos += h.getTotalCount() == 0 ? 0 : Math.min(max, h.getValueAtPercentile(99));
        gcShare += runNanos == 0 ? 0 : (double) total / runNanos;
        allocatedBytes += telemetry.allocatedBytes();
        workUnits += telemetry.totalWork().total();
        outOfMemory += ranOutOfMemory ? 1 : 0;
    }

    public double pauses() {
        return mean(pauses);
    }

    public double pauseTotalMs() {
        return mean(pauseTotalNanos) / 1e6;
    }

    public double pauseMaxMs() {
        return mean(pauseMaxNanos) / 1e6;
    }

    public double pauseP99Ms() {
        return mean(pauseP99Nanos) / 1e6;
    }

    public double gcShare() {
        return runs == 0 ? 0 : gcShare / runs;
    }

    public double allocatedMB() {
        return mean(allocatedBytes) / 1e6;
    }

    public double workUnits() {
        return mean(workUnits);
    }

    public double outOfMemory() {
        return mean(outOfMemory);
    }

    /** How many runs this iteration measured (not reported: JMH's score already counts operations). */
    long runs() {
        return runs;
    }

    private double mean(long sum) {
        return runs == 0 ? 0 : (double) sum / runs;
    }
}
