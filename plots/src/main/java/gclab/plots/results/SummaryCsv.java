package gclab.plots.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes {@code summary.csv}: one row per run, the columns of {@code gclab compare}'s table (RFC 4180: comma
 * separated, fields with a comma, quote or line break quoted, numbers with {@link Locale#ROOT}). Times in
 * milliseconds with three decimals, sizes in bytes, shares and utilizations as fractions 0..1.
 */
public final class SummaryCsv {
    private SummaryCsv() {
    }

    /** A column: its header and how a run's value is written. */
    public record Column(String header, Function<RunResult, String> value) {
    }

    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(
            new Column("workload", RunResult::programName),
            new Column("collector", r -> r.inputs().collector()),
            new Column("options", r -> options(r)),
            new Column("heap_bytes", r -> Long.toString(r.inputs().heapBytes())),
            new Column("exit_status", r -> Integer.toString(r.outcome().exitStatus())),
            new Column("error", r -> r.outcome().error() == null ? "" : r.outcome().error()),
            new Column("pauses", r -> Long.toString(r.pauses().count())),
            new Column("pause_total_ms", r -> millis(r.pauses().totalNanos())),
            new Column("pause_p50_ms", r -> millis(r.pauses().p50Nanos())),
            new Column("pause_p99_ms", r -> millis(r.pauses().p99Nanos())),
            new Column("pause_p99_9_ms", r -> millis(r.pauses().p999Nanos())),
            new Column("pause_max_ms", r -> millis(r.pauses().maxNanos())),
            new Column("ttsp_max_ms", r -> millis(r.timeToSafepoint().maxNanos())),
            new Column("gc_share", r -> fraction(r.gcShare())),
            new Column("mmu_1ms", r -> fraction(r.mmu().at1ms())),
            new Column("mmu_10ms", r -> fraction(r.mmu().at10ms())),
            new Column("mmu_100ms", r -> fraction(r.mmu().at100ms())),
            new Column("peak_footprint_bytes", r -> Long.toString(r.footprint().peakFootprintBytes())),
            new Column("external_fragmentation_end", r -> fraction(r.externalFragmentationAtEnd())),
            new Column("fragmentation_failures", r -> Integer.toString(r.counts().fragmentationFailures())),
            new Column("fragmentation_misses", r -> r.counts().fragmentationMisses()
                    == RunResult.Counts.MISSES_UNKNOWN ? "" : Long.toString(r.counts().fragmentationMisses())),
            new Column("run_ms", r -> millis(r.outcome().runNanos())),
            new Column("work_units", r -> Long.toString(r.totalWork())),
            new Column("allocated_bytes", r -> Long.toString(r.allocation().bytes())));

    public static List<String> lines(List<RunResult> runs) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", COLUMNS.stream().map(Column::header).toList()));
        for (RunResult r : runs) {
            lines.add(String.join(",", COLUMNS.stream().map(c -> quote(c.value().apply(r))).toList()));
        }
        return lines;
    }

    public static void write(List<RunResult> runs, Writer out) throws IOException {
        for (String line : lines(runs)) {
            out.write(line);
            out.write("\r\n");
        }
        out.flush();
    }

    public static void write(List<RunResult> runs, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(runs, out);
        }
    }

    /** The field as RFC 4180 writes it: quoted, with quotes doubled, if it holds a comma, quote or line break. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String options(RunResult r) {
        List<String> parts = new ArrayList<>();
        r.inputs().options().forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(" ", parts);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    private static String fraction(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
