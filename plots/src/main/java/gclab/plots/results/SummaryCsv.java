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
 * Writes {@code summary.csv}: one row per run, the columns of {@code gclab compare}'s table, then which run of its
 * configuration it is and which child JVM made it (RFC 4180: comma separated, fields with a comma, quote or line
 * break quoted, numbers with {@link Locale#ROOT}). Times in milliseconds with three decimals, sizes in bytes, shares
 * and utilizations as fractions 0..1.
 */
public final class SummaryCsv {
    private SummaryCsv() {
    }

    /**
     * A row: a run, and which it is.
     *
     * @param run  its number among its configuration's runs, from 1, as its directory is numbered
     *             ({@code <config>/<run>/}; 1 for a configuration's only run)
     * @param fork the child JVM of {@code gclab compare --fork} that made it, from 1; {@link #NOT_FORKED} if it ran
     *             in the JVM that writes the summary (or was a HotSpot run); {@link #FORK_UNKNOWN} (written empty) if
     *             that is not known, as when {@code gclab merge} reads it back from its directory
     */
    public record Row(RunResult result, int run, int fork) {
        public static final int NOT_FORKED = 0;
        public static final int FORK_UNKNOWN = -1;

        /** A configuration's only run, made in this JVM. */
        public static Row single(RunResult result) {
            return new Row(result, 1, NOT_FORKED);
        }
    }

    /** A column: its header and how a row's value is written. */
    public record Column(String header, Function<Row, String> value) {
        /** A column of the run's own figures. */
        static Column of(String header, Function<RunResult, String> value) {
            return new Column(header, row -> value.apply(row.result()));
        }
    }

    /** The columns, in order; {@code run} and {@code fork} last, so that the older columns keep their places. */
    public static final List<Column> COLUMNS = List.of(
            Column.of("workload", RunResult::programName),
            Column.of("collector", r -> r.inputs().collector()),
            Column.of("options", r -> options(r)),
            Column.of("heap_bytes", r -> Long.toString(r.inputs().heapBytes())),
            Column.of("exit_status", r -> Integer.toString(r.outcome().exitStatus())),
            Column.of("error", r -> r.outcome().error() == null ? "" : r.outcome().error()),
            Column.of("pauses", r -> Long.toString(r.pauses().count())),
            Column.of("pause_total_ms", r -> millis(r.pauses().totalNanos())),
            Column.of("pause_p50_ms", r -> millis(r.pauses().p50Nanos())),
            Column.of("pause_p99_ms", r -> millis(r.pauses().p99Nanos())),
            Column.of("pause_p99_9_ms", r -> millis(r.pauses().p999Nanos())),
            Column.of("pause_max_ms", r -> millis(r.pauses().maxNanos())),
            Column.of("ttsp_max_ms", r -> millis(r.timeToSafepoint().maxNanos())),
            Column.of("gc_share", r -> fraction(r.gcShare())),
            Column.of("mmu_1ms", r -> fraction(r.mmu().at1ms())),
            Column.of("mmu_10ms", r -> fraction(r.mmu().at10ms())),
            Column.of("mmu_100ms", r -> fraction(r.mmu().at100ms())),
            Column.of("peak_footprint_bytes", r -> Long.toString(r.footprint().peakFootprintBytes())),
            Column.of("external_fragmentation_end", r -> fraction(r.externalFragmentationAtEnd())),
            Column.of("fragmentation_failures", r -> Integer.toString(r.counts().fragmentationFailures())),
            Column.of("fragmentation_misses", r -> r.counts().fragmentationMisses()
                    == RunResult.Counts.MISSES_UNKNOWN ? "" : Long.toString(r.counts().fragmentationMisses())),
            Column.of("run_ms", r -> millis(r.outcome().runNanos())),
            Column.of("work_units", r -> Long.toString(r.totalWork())),
            Column.of("allocated_bytes", r -> Long.toString(r.allocation().bytes())),
            new Column("run", row -> Integer.toString(row.run())),
            new Column("fork", row -> row.fork() == Row.FORK_UNKNOWN ? "" : Integer.toString(row.fork())));

    public static List<String> lines(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", COLUMNS.stream().map(Column::header).toList()));
        for (Row r : rows) {
            lines.add(String.join(",", COLUMNS.stream().map(c -> quote(c.value().apply(r))).toList()));
        }
        return lines;
    }

    public static void write(List<Row> rows, Writer out) throws IOException {
        for (String line : lines(rows)) {
            out.write(line);
            out.write("\r\n");
        }
        out.flush();
    }

    public static void write(List<Row> rows, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(rows, out);
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
