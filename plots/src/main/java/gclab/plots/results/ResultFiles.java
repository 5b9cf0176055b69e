package gclab.plots.results;

import gclab.heap.telemetry.HeapSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a run's directory, and of a comparison's: the one place that names them. A run directory holds
 * {@value #RESULT_JSON}, {@value #PAUSES_HLOG} and {@value #GC_LOG} (and {@value #HEAP_SNAPSHOT_JSON} if a heap
 * snapshot was taken); a comparison or sweep adds {@value #SUMMARY_CSV} and the charts.
 */
public final class ResultFiles {
    public static final String RESULT_JSON = "result.json";
    public static final String PAUSES_HLOG = "pauses.hlog";
    public static final String GC_LOG = "gc.log";
    public static final String HEAP_SNAPSHOT_JSON = "heap-snapshot.json";
    public static final String SUMMARY_CSV = "summary.csv";

    private ResultFiles() {
    }

    /**
     * Writes {@code result.json}, {@code pauses.hlog} and {@code gc.log} of one run into {@code dir}
     * (created if need be), and returns their paths.
     */
    public static List<Path> writeRun(Path dir, RunResult result) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve(RESULT_JSON);
        Path hlog = dir.resolve(PAUSES_HLOG);
        Path log = dir.resolve(GC_LOG);
        ResultJson.write(result, json);
        PauseLog.write(result, hlog);
        GcLogWriter.write(result, log);
        return List.of(json, hlog, log);
    }

    /** Writes {@code heap-snapshot.json} into {@code dir} and returns its path. */
    public static Path writeHeapSnapshot(Path dir, HeapSnapshot snapshot) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(HEAP_SNAPSHOT_JSON);
        HeapSnapshotJson.write(snapshot, file);
        return file;
    }

    /** Writes {@code summary.csv} of {@code rows} into {@code dir} and returns its path. */
    public static Path writeSummary(Path dir, List<SummaryCsv.Row> rows) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(SUMMARY_CSV);
        SummaryCsv.write(rows, file);
        return file;
    }

    /** The result of the run whose directory is {@code dir}. */
    public static RunResult readRun(Path dir) throws IOException {
        return ResultJson.read(dir.resolve(RESULT_JSON));
    }

    /** The heap snapshot of the run whose directory is {@code dir}, or null if it has none. */
    public static HeapSnapshot readHeapSnapshot(Path dir) throws IOException {
        Path file = dir.resolve(HEAP_SNAPSHOT_JSON);
        return Files.exists(file) ? HeapSnapshotJson.read(file) : null;
    }

    /** Every run directory under {@code root} (one holding {@code result.json}), root included, in path order. */
    public static List<Path> findRunDirectories(Path root) throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(RESULT_JSON))
                    .map(Path::getParent).sorted().forEach(dirs::add);
        }
        return dirs;
    }
}
