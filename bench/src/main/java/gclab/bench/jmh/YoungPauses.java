package gclab.bench.jmh;

import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.PhaseRecord;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Minor-collection pauses as gclab's telemetry recorded them (the primary figure of the young-generation
 * benchmarks: the pause itself, not the allocation around it), with their phases and work counts, summarised
 * as percentiles. Work counts are deterministic; {@link #workPerPause} says whether they were the same in every
 * pause.
 */
public final class YoungPauses {
    private long[] nanos = new long[64];
    private int count;
    private final Map<String, long[]> phaseNanos = new LinkedHashMap<>();
    private WorkCounts firstWork;
    private boolean sameWork = true;

    /** Adds one pause. */
    public void add(PauseRecord pause) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
            phaseNanos.replaceAll((name, v) -> Arrays.copyOf(v, count * 2));
        }
        nanos[count] = pause.durationNanos();
        for (PhaseRecord phase : pause.phases()) {
            phaseNanos.computeIfAbsent(phase.name(), n -> new long[nanos.length])[count] += phase.durationNanos();
        }
        if (firstWork == null) {
            firstWork = pause.work().copy();
        } else if (!firstWork.asMap().equals(pause.work().asMap())) {
            sameWork = false;
        }
        count++;
    }

    public int count() {
        return count;
    }

    /** The {@code p}-th percentile (0..100, nearest rank) of the pause durations, in nanoseconds. */
    public long percentileNanos(double p) {
        return percentile(nanos, p);
    }

    /** The {@code p}-th percentile of one phase's durations, in nanoseconds (0 for a phase never seen). */
    public long phasePercentileNanos(String phase, double p) {
        long[] v = phaseNanos.get(phase);
        return v == null ? 0 : percentile(v, p);
    }

    public List<String> phases() {
        return new ArrayList<>(phaseNanos.keySet());
    }

    private long percentile(long[] values, double p) {
        if (count == 0) {
            throw new IllegalStateException("no pauses recorded");
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))];
    }

    /** The work of one pause, if every pause did the same work; otherwise null. */
    public WorkCounts workPerPause() {
        return sameWork ? firstWork : null;
    }

    /** One line: count, p50/p90/p99/max in microseconds, the phases' medians, and the work of one pause. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "young pauses (telemetry) n=%d  p50 %.1f us  p90 %.1f us  p99 %.1f us"
                        + "  max %.1f us", count, percentileNanos(50) / 1e3, percentileNanos(90) / 1e3,
                percentileNanos(99) / 1e3, percentileNanos(100) / 1e3));
        b.append("  | phase p50:");
        for (String phase : phases()) {
            b.append(String.format(Locale.ROOT, " %s %.1f us", phase, phasePercentileNanos(phase, 50) / 1e3));
        }
        WorkCounts work = workPerPause();
        b.append("  | work per pause: ");
        if (work == null) {
            b.append("varies");
        } else {
            for (WorkKind k : List.of(WorkKind.ROOTS_SCANNED, WorkKind.CARDS_SCANNED, WorkKind.SLOTS_SCANNED,
                    WorkKind.OBJECTS_COPIED, WorkKind.WORDS_COPIED, WorkKind.OBJECTS_PROMOTED)) {
                b.append(String.format(Locale.ROOT, "%s=%d ", k.key(), work.get(k)));
            }
            if (work.get(WorkKind.OBJECTS_COPIED) > 0) {
                double seconds = percentileNanos(50) / 1e9;
                b.append(String.format(Locale.ROOT, " | at p50: %.1f M objects/s, %.2f GB/s",
                        work.get(WorkKind.OBJECTS_COPIED) / seconds / 1e6,
                        work.get(WorkKind.WORDS_COPIED) * 8 / seconds / 1e9));
            }
        }
        return b.toString().strip();
    }
}
