package gclab.bench.experiment;

import gclab.bench.demo.TextTable;
import gclab.heap.telemetry.WorkKind;
import gclab.plots.results.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The texts gclab prints about runs: the comparison table, a run's summary, and the output check. */
public final class Report {
    private Report() {
    }

    /** One row per run: pauses, their percentiles, utilization, memory, fragmentation, time and work. */
    public static String table(List<Measurement> runs) {
        return table(runs, false);
    }

    /** As {@link #table(List)}; with {@code cells}, each row starts with the program and the heap size (a sweep). */
    public static String table(List<Measurement> runs, boolean cells) {
        List<String> header = new ArrayList<>(List.of("collector", "status", "pauses", "total ms", "p50 ms", "p99 ms",
                "p99.9 ms", "max ms", "ttsp ms", "GC %", "MMU 1ms", "10ms", "100ms", "peak MiB", "ext.frag", "frag f/m",
                "run ms", "marked", "swept", "moved"));
        if (cells) {
            header.addAll(0, List.of("program", "heap"));
        }
        TextTable t = new TextTable(header.toArray(new String[0])).leftAligned(cells ? 3 : 1);
        for (Measurement m : runs) {
            RunResult r = m.result();
            List<String> row = new ArrayList<>();
            if (cells) {
                row.add(m.cell().program().describe());
                row.add(Sizes.format(r.inputs().heapBytes()));
            }
            row.addAll(List.of(r.label(), m.status(), Long.toString(r.pauses().count()),
                    millis(r.pauses().totalNanos()), millis(r.pauses().p50Nanos()), millis(r.pauses().p99Nanos()),
                    millis(r.pauses().p999Nanos()), millis(r.pauses().maxNanos()),
                    millis(r.timeToSafepoint().maxNanos()),
                    String.format(Locale.ROOT, "%.1f", 100 * r.gcShare()), fraction(r.mmu().at1ms()),
                    fraction(r.mmu().at10ms()), fraction(r.mmu().at100ms()),
                    String.format(Locale.ROOT, "%.1f", r.footprint().peakFootprintBytes() / (double) (1 << 20)),
                    String.format(Locale.ROOT, "%.3f", r.externalFragmentationAtEnd()),
                    r.counts().fragmentationFailures() + "/" + m.fragmentationMisses(),
                    millis(r.outcome().runNanos()), count(work(r, WorkKind.OBJECTS_MARKED)),
                    count(work(r, WorkKind.WORDS_SWEPT)), count(work(r, WorkKind.OBJECTS_MOVED))));
            t.add(row.toArray(new String[0]));
        }
        return t.render();
    }

    /** What each column of {@link #table} means. */
    public static String legend() {
        return String.join(System.lineSeparator(),
                "status: ok, exit N, or the uncaught exception (OutOfMemoryError: the heap was too small for this"
                        + " collector);",
                "pauses: stop-the-world pauses; total, p50, p99, p99.9, max: their durations (HdrHistogram); ttsp:"
                        + " longest time to safepoint;",
                "GC %: total pause / run time; MMU: minimum mutator utilization in any window of 1, 10, 100 ms"
                        + " (1 = never stopped);",
                "peak MiB: most heap + metaspace in use; ext.frag: 1 - largest free chunk / free bytes at the end;",
                "frag f/m: allocations that failed for fragmentation / free-list misses that forced a collection"
                        + " although enough bytes were free;",
                "run ms: wall time of the run; marked, swept, moved: work units (objects marked, words swept,"
                        + " objects moved).");
    }

    /** A few lines on one run: how it ended, its pauses, memory and work. */
    public static String summary(Measurement m) {
        RunResult r = m.result();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "gclab: %s under %s, heap %s: %s in %s ms%s", m.cell().program()
                        .describe(), r.label(), Sizes.format(r.inputs().heapBytes()), m.status(),
                millis(r.outcome().runNanos()),
                r.outcome().error() == null ? "" : " (" + r.outcome().error() + ")"));
        lines.add(String.format(Locale.ROOT, "  pauses    %d, total %s ms, p50 %s ms, p99 %s ms,"
                        + " p99.9 %s ms, max %s ms,"
                        + " longest time to safepoint %s ms", r.pauses().count(), millis(r.pauses().totalNanos()),
                millis(r.pauses().p50Nanos()), millis(r.pauses().p99Nanos()), millis(r.pauses().p999Nanos()),
                millis(r.pauses().maxNanos()), millis(r.timeToSafepoint().maxNanos())));
        lines.add(String.format(Locale.ROOT, "  GC share  %.1f%% of run time; MMU %s at 1 ms,"
                        + " %s at 10 ms, %s at 100 ms",
                100 * r.gcShare(), fraction(r.mmu().at1ms()), fraction(r.mmu().at10ms()),
                fraction(r.mmu().at100ms())));
        lines.add(String.format(Locale.ROOT, "  memory    allocated %s in %s objects; peak footprint %s (metaspace %s);"
                        + " external fragmentation at the end %.3f; fragmentation failures %d, misses %d",
                Sizes.human(r.allocation().bytes()), count(r.allocation().objects()),
                Sizes.human(r.footprint().peakFootprintBytes()), Sizes.human(r.footprint().peakMetaspaceBytes()),
                r.externalFragmentationAtEnd(), r.counts().fragmentationFailures(), m.fragmentationMisses()));
        Map<String, Long> work = new LinkedHashMap<>(r.work());
        StringBuilder w = new StringBuilder("  work      ");
        if (work.isEmpty()) {
            w.append("none");
        }
        for (WorkKind k : WorkKind.values()) {
            Long v = work.get(k.key());
            if (v != null) {
                w.append(w.length() > 12 ? ", " : "").append(k.label()).append(' ').append(count(v));
            }
        }
        lines.add(w.toString());
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /**
     * The {@link Measurement#comparable} runs of one program must have printed the same and ended with the same
     * exit status; returns one line per run that differs from the first such run (empty if all agree). Runs
     * stopped by an OutOfMemoryError are not compared: they printed less because the heap was too small.
     */
    public static List<String> outputMismatches(List<Measurement> runs) {
        List<String> mismatches = new ArrayList<>();
        Map<String, Measurement> reference = new LinkedHashMap<>();
        for (Measurement m : runs) {
            if (!m.comparable()) {
                continue;
            }
            Measurement first = reference.putIfAbsent(RunFiles.programKey(m.result()), m);
            if (first == null) {
                continue;
            }
            String difference = difference(first.stdout(), first.result().outcome().exitStatus(), m.stdout(),
                    m.result().outcome().exitStatus());
            if (difference != null) {
                mismatches.add(m.cell().describe() + " against " + first.cell().describe() + ": " + difference);
            }
        }
        return mismatches;
    }

    /** How a run's output and exit status differ from the reference run's, or null if they do not. */
    public static String difference(String expectedOut, int expectedStatus, String actualOut, int actualStatus) {
        if (!expectedOut.equals(actualOut)) {
            return "printed something else, " + firstDifference(expectedOut, actualOut);
        }
        if (expectedStatus != actualStatus) {
            return "exit status " + actualStatus + " against " + expectedStatus;
        }
        return null;
    }

    /** {@code line 3: 'abc' against 'abd'}. */
    public static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of output>";
            String y = i < b.length ? b[i] : "<end of output>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": '" + clip(x) + "' against '" + clip(y) + "'";
            }
        }
        return "they differ";
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    static long work(RunResult r, WorkKind kind) {
        return r.work().getOrDefault(kind.key(), 0L);
    }

    /** Milliseconds with three significant decimals below 10 ms. */
    public static String millis(long nanos) {
        double ms = nanos / 1e6;
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : ms >= 1 ? "%.2f" : "%.3f", ms);
    }

    private static String fraction(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
