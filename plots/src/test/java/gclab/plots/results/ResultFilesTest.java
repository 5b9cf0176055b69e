package gclab.plots.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.telemetry.HeapSnapshot;
import gclab.plots.SampleRun;
import gclab.plots.results.ResultJson.ResultFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's files, written together, agree with each other and read back. */
class ResultFilesTest {
    @Test
    void theFilesOfARunAgree(@TempDir Path dir) throws IOException {
        SampleRun s = new SampleRun().play();
        RunResult r = s.result();
        Path runDir = dir.resolve("linked-list").resolve("marksweep");
        List<Path> files = ResultFiles.writeRun(runDir, r);
        assertEquals(List.of(ResultFiles.RESULT_JSON, ResultFiles.PAUSES_HLOG, ResultFiles.GC_LOG),
                files.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(r, ResultFiles.readRun(runDir));

        GcLog log = GcLogParser.parse(runDir.resolve(ResultFiles.GC_LOG));
        long hlogCount = 0;
        try (HistogramLogReader reader = new HistogramLogReader(runDir.resolve(ResultFiles.PAUSES_HLOG).toFile())) {
            for (EncodableHistogram h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
                hlogCount += ((org.HdrHistogram.Histogram) h).getTotalCount();
            }
        }
        assertEquals(r.counts().pauses(), log.pauses().size(), "pause lines in gc.log");
        assertEquals(r.counts().pauses(), hlogCount, "pauses in pauses.hlog");
    }

    @Test
    void heapSnapshotsRoundTrip(@TempDir Path dir) throws IOException {
        SampleRun s = new SampleRun().play();
        HeapSnapshot snapshot = s.recorder.latest();
        assertEquals(1, snapshot.pauseId());
        assertNull(ResultFiles.readHeapSnapshot(dir));
        ResultFiles.writeHeapSnapshot(dir, snapshot);
        assertEquals(snapshot, ResultFiles.readHeapSnapshot(dir));
        String json = Files.readString(dir.resolve(ResultFiles.HEAP_SNAPSHOT_JSON));
        assertTrue(json.contains("\"kinds\":\"" + "fo".repeat(15) + "f\""), json);
        assertEquals(1, json.strip().lines().count(), "one line");
    }

    @Test
    void inconsistentHeapSnapshotsAreRefused() {
        String bad = "{\"schemaVersion\":1,\"pauseId\":0,\"atNanos\":0,\"heapWords\":100,\"spaces\":"
                + "[{\"name\":\"s\",\"start\":1,\"end\":11,\"kinds\":\"ox\",\"words\":[5,5],\"objects\":[1,0]}]}";
        ResultFormatException e = assertThrows(ResultFormatException.class, () -> HeapSnapshotJson.fromJson(bad));
        assertEquals("inconsistent heap snapshot: unknown run kind 'x'", e.getMessage());
        String shortRuns = bad.replace("\"ox\"", "\"of\"").replace("[5,5]", "[5,4]");
        e = assertThrows(ResultFormatException.class, () -> HeapSnapshotJson.fromJson(shortRuns));
        assertTrue(e.getMessage().contains("cover 9 words"), e.getMessage());
    }

    @Test
    void runDirectoriesAreFoundUnderARoot(@TempDir Path dir) throws IOException {
        RunResult r = SampleRun.sample();
        List<Path> written = new ArrayList<>();
        for (String c : List.of("nogc", "marksweep")) {
            Path d = dir.resolve("w").resolve(c);
            ResultFiles.writeRun(d, r);
            written.add(d);
        }
        assertEquals(List.of(written.get(1), written.get(0)), ResultFiles.findRunDirectories(dir));
    }
}
