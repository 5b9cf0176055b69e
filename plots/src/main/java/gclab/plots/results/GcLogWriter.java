package gclab.plots.results;

import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.TenuringDistribution;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code gc.log}: a run's collections in the JDK's unified logging format, as HotSpot writes them for
 * {@code -Xlog:gc*} with the default decorators {@code [uptime][level][tags]}, so that GC log viewers read it
 * unchanged. Numbers use {@link Locale#ROOT}; sizes are truncated to whole K or M as HotSpot truncates them;
 * each decoration is padded to the widest seen so far, as HotSpot pads it. For every pause:
 *
 * <pre>
 * [0.032s][info][gc,start       ] GC(0) Pause Full (System.gc())
 * [0.032s][info][gc,phases,start] GC(0) Phase 1: mark
 * [0.033s][info][gc,phases      ] GC(0) Phase 1: mark 0.403ms
 * [0.035s][info][gc,heap        ] GC(0) heap: 1664K(8192K)->191K(8192K)
 * [0.035s][info][gc,metaspace   ] GC(0) Metaspace: 126K(320K)->126K(320K)
 * [0.035s][info][gc             ] GC(0) Pause Full (System.gc()) 1M->0M(8M) 3.123ms
 * </pre>
 *
 * one {@code gc,heap} line per heap space ({@code name: used(capacity)->used(capacity)}), and the summary line
 * with the heap's spaces' total. A concurrent phase is one line at its end, as ZGC writes it,
 * {@code [gc,phases] GC(n) Concurrent mark 12.345ms}, numbered with the last pause that began before it. The
 * log opens with {@code Using <collector>} and {@code Heap Max Capacity}. {@link GcLogParser} reads it back.
 */
public final class GcLogWriter {
    private GcLogWriter() {
    }

    /** One line to write at a time (nanoseconds), in the order added among lines of equal time. */
    private record Entry(long atNanos, int order, String tags, String message) {
    }

    /** The lines of {@code result}'s GC log, without line terminators. */
    public static List<String> lines(RunResult result) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(0, entries.size(), "gc", "Using " + result.inputs().collector()));
        entries.add(new Entry(0, entries.size(), "gc,init",
                "Heap Max Capacity: " + exactUnit(result.inputs().heapBytes())));
        // Concurrent phases first: at equal times, a phase's end is logged before a pause's start.
        for (RunResult.Phase c : result.concurrentPhases()) {
            int id = 0;
            for (RunResult.Pause p : result.pauseEvents()) {
                if (p.startNanos() <= c.startNanos()) {
                    id = p.id();
                }
            }
            String name = c.name().regionMatches(true, 0, "concurrent ", 0, 11) ? c.name().substring(11) : c.name();
            entries.add(new Entry(c.startNanos() + c.durationNanos(), entries.size(), "gc,phases",
                    "GC(" + id + ") Concurrent " + name + " " + millis(c.durationNanos())));
        }
        for (RunResult.Pause p : result.pauseEvents()) {
            String gc = "GC(" + p.id() + ") ";
            String title = "Pause " + p.kind().logName() + " (" + p.cause().logName() + ")";
            entries.add(new Entry(p.startNanos(), entries.size(), "gc,start", gc + title));
            int number = 1;
            for (RunResult.Phase phase : p.phases()) {
                String name = gc + "Phase " + number++ + ": " + phase.name();
                entries.add(new Entry(phase.startNanos(), entries.size(), "gc,phases,start", name));
                entries.add(new Entry(phase.startNanos() + phase.durationNanos(), entries.size(), "gc,phases",
                        name + " " + millis(phase.durationNanos())));
            }
            RunResult.OccupancySample before = result.occupancy(p.id(), RunResult.Moment.BEFORE);
            RunResult.OccupancySample after = result.occupancy(p.id(), RunResult.Moment.AFTER);
            long end = p.endNanos();
            String heapFigures = "";
            if (before != null && after != null) {
                for (RunResult.AreaUse a : after.areas()) {
                    RunResult.AreaUse b = before.area(a.area());
                    if (b == null) {
                        continue;
                    }
                    boolean metaspace = a.area().equals(GcTelemetry.METASPACE);
                    entries.add(new Entry(end, entries.size(), metaspace ? "gc,metaspace" : "gc,heap",
                            gc + (metaspace ? "Metaspace" : a.area()) + ": " + kilos(b) + "->" + kilos(a)));
                }
                heapFigures = " " + before.heapUsedBytes() / M + "M->" + after.heapUsedBytes() / M + "M("
                        + after.heapCapacityBytes() / M + "M)";
            }
            if (p.tenuring() != null) {
                ageLines(p.tenuring(), gc, end, entries);
            }
            entries.add(new Entry(end, entries.size(), "gc", gc + title + heapFigures + " " + millis(p.durationNanos())));
        }
        entries.sort(Comparator.comparingLong(Entry::atNanos).thenComparingInt(Entry::order));

        Decorations decorations = new Decorations();
        List<String> lines = new ArrayList<>();
        for (Entry e : entries) {
            lines.add(decorations.decorate(e.atNanos(), "info", e.tags()) + " " + e.message());
        }
        return lines;
    }

    /** The {@code gc,age} lines of a minor collection, as HotSpot's {@code -Xlog:gc+age=trace} writes them. */
    private static void ageLines(TenuringDistribution t, String gc, long end, List<Entry> entries) {
        entries.add(new Entry(end, entries.size(), "gc,age", gc + "Desired survivor size " + t.desiredSurvivorBytes()
                + " bytes, new threshold " + t.newThreshold() + " (max threshold " + t.maxThreshold() + ")"));
        entries.add(new Entry(end, entries.size(), "gc,age", gc + "Age table with threshold " + t.newThreshold()
                + " (max threshold " + t.maxThreshold() + ")"));
        long total = 0;
        for (int age = 1; age < t.bytesByAge().size(); age++) {
            long bytes = t.bytesByAge().get(age);
            if (bytes > 0) {
                total += bytes;
                entries.add(new Entry(end, entries.size(), "gc,age",
                        String.format(Locale.ROOT, "%s- age %3d: %10d bytes, %10d total", gc, age, bytes, total)));
            }
        }
    }

    public static void write(RunResult result, Writer out) throws IOException {
        for (String line : lines(result)) {
            out.write(line);
            out.write('\n');
        }
        out.flush();
    }

    public static void write(RunResult result, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(result, out);
        }
    }

    private static final long K = 1024;
    private static final long M = 1024 * 1024;

    private static String kilos(RunResult.AreaUse a) {
        return a.usedBytes() / K + "K(" + a.capacityBytes() / K + "K)";
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3fms", nanos / 1e6);
    }

    /** A size in the largest unit that divides it exactly, as HotSpot's {@code gc,init} lines print sizes. */
    static String exactUnit(long bytes) {
        String[] units = {"B", "K", "M", "G", "T"};
        int u = 0;
        long value = bytes;
        while (u < units.length - 1 && value != 0 && value % 1024 == 0) {
            value /= 1024;
            u++;
        }
        return value + units[u];
    }

    /** HotSpot's decorations: each padded to the widest value it has had so far in this log. */
    private static final class Decorations {
        private final int[] widths = new int[3];

        String decorate(long atNanos, String level, String tags) {
            String[] values = {String.format(Locale.ROOT, "%.3fs", atNanos / 1e9), level, tags};
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                widths[i] = Math.max(widths[i], values[i].length());
                b.append('[').append(values[i]);
                b.append(" ".repeat(widths[i] - values[i].length()));
                b.append(']');
            }
            return b.toString();
        }
    }
}
