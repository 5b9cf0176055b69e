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
        return tableOf(runs.stream().map(Measurement::result).toList(), cells);
    }

    /**
     * The table of {@link #table(List, boolean)} from result files alone, as {@code gclab merge} and
     * {@code gclab plot} print it: every column comes from {@code result.json}, so it shows what a live
     * comparison showed.
     */
    public static String tableOf(List<RunResult> runs, boolean cells) {
        List<String> header = new ArrayList<>(List.of("collector", "status", "pauses", "total ms", "p50 ms", "p99 ms",
                "p99.9 ms", "max ms", "ttsp ms", "GC %", "MMU 1ms", "10ms", "100ms", "peak MiB", "ext.frag", "frag f/m",
                "run ms", "marked", "swept", "moved", "copied"));
        if (cells) {
            header.addAll(0, List.of("program", "heap"));
        }
        TextTable t = new TextTable(header.toArray(new String[0])).leftAligned(cells ? 3 : 1);
        for (RunResult r : runs) {
            List<String> row = new ArrayList<>();
            if (cells) {
                row.add(describeProgram(r));
                row.add(Sizes.format(r.inputs().heapBytes()));
            }
            row.addAll(List.of(r.label(), Measurement.status(r), Long.toString(r.pauses().count()),
                    millis(r.pauses().totalNanos()), millis(r.pauses().p50Nanos()), millis(r.pauses().p99Nanos()),
                    millis(r.pauses().p999Nanos()), millis(r.pauses().maxNanos()),
                    millis(r.timeToSafepoint().maxNanos()),
                    String.format(Locale.ROOT, "%.1f", 100 * r.gcShare()), fraction(r.mmu().at1ms()),
                    fraction(r.mmu().at10ms()), fraction(r.mmu().at100ms()),
                    String.format(Locale.ROOT, "%.1f", r.footprint().peakFootprintBytes() / (double) (1 << 20)),
                    String.format(Locale.ROOT, "%.3f", r.externalFragmentationAtEnd()),
                    r.counts().fragmentationFailures() + "/" + r.counts().fragmentationMissesText(),
                    millis(r.outcome().runNanos()), count(work(r, WorkKind.OBJECTS_MARKED)),
                    count(work(r, WorkKind.WORDS_SWEPT)), count(work(r, WorkKind.OBJECTS_MOVED)),
                    count(work(r, WorkKind.OBJECTS_COPIED))));
            t.add(row.toArray(new String[0]));
        }
        return t.render();
    }

    /** {@code binarytrees 14}, as {@link Program#describe()} names the program of {@code r}. */
    public static String describeProgram(RunResult r) {
        String main = r.inputs().mainClass();
        String name = r.inputs().workload() != null ? r.inputs().workload() : main.substring(main.lastIndexOf('.') + 1);
        return r.inputs().arguments().isEmpty() ? name : name + " " + String.join(" ", r.inputs().arguments());
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
                "run ms: wall time of the run; marked, swept, moved, copied: work units (objects marked, words"
                        + " swept, objects moved by compaction, objects copied by evacuation).");
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
                        + " external fragmentation at the end %.3f; fragmentation failures %d, misses %s",
                Sizes.human(r.allocation().bytes()), count(r.allocation().objects()),
                Sizes.human(r.footprint().peakFootprintBytes()), Sizes.human(r.footprint().peakMetaspaceBytes()),
                r.externalFragmentationAtEnd(), r.counts().fragmentationFailures(),
                r.counts().fragmentationMissesText()));
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

    /**
     * The {@link Measurement#comparable} runs must have printed exactly what the host JVM printed and ended with
     * its exit status; returns one line per run that did not (empty if all did).
     */
    public static List<String> hostMismatches(List<Measurement> runs, HostRun host) {
        List<String> mismatches = new ArrayList<>();
        for (Measurement m : runs) {
            if (!m.comparable()) {
                continue;
            }
            String difference = differenceFromHost(host, m.stdout(), m.result().outcome().exitStatus());
            if (difference != null) {
                mismatches.add(m.cell().describe() + ": " + difference);
            }
        }
        return mismatches;
    }

    /** How gclab's output and exit status differ from the host JVM's, or null if they do not. */
    public static String differenceFromHost(HostRun host, String out, int status) {
        if (!host.stdout().equals(out)) {
            int line = firstDifferentLine(out, host.stdout());
            return "line " + (line + 1) + " is '" + lineOf(out, line) + "' where the host JVM printed '"
                    + lineOf(host.stdout(), line) + "'";
        }
        if (host.exitStatus() != status) {
            return "exit status " + status + " where the host JVM's is " + host.exitStatus();
        }
        return null;
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
        int line = firstDifferentLine(expected, actual);
        return line < 0 ? "they differ"
                : "line " + (line + 1) + ": '" + lineOf(expected, line) + "' against '" + lineOf(actual, line) + "'";
    }

    /** The index of the first line in which {@code a} and {@code b} differ, or -1 if none does. */
    private static int firstDifferentLine(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length || i >= y.length || !x[i].equals(y[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Line {@code i} of {@code text} (from 0), clipped, or {@code <end of output>}. */
    private static String lineOf(String text, int i) {
        String[] lines = text.split("\n", -1);
        return i >= 0 && i < lines.length ? clip(lines[i]) : "<end of output>";
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
