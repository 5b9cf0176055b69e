package gclab.plots.results;

import static gclab.plots.SampleRun.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseKind;
import gclab.plots.SampleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogProcessor;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pauses.hlog, read back with HdrHistogram's own reader. */
class PauseLogTest {
    private static List<Histogram> readBack(Path file) throws IOException {
        List<Histogram> intervals = new ArrayList<>();
        try (HistogramLogReader reader = new HistogramLogReader(file.toFile())) {
            for (EncodableHistogram h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
                intervals.add((Histogram) h);
            }
        }
        return intervals;
    }

    @Test
    void readsBackWithTheSameCountAndMax(@TempDir Path dir) throws IOException {
        RunResult r = SampleRun.sample();
        Path file = dir.resolve(ResultFiles.PAUSES_HLOG);
        PauseLog.write(r, file);
        List<Histogram> intervals = readBack(file);
        assertEquals(1, intervals.size(), "a run of 50 ms is one interval of a second");
        Histogram total = new Histogram(3);
        intervals.forEach(total::add);
        assertEquals(r.counts().pauses(), total.getTotalCount());
        assertEquals(total.highestEquivalentValue(r.pauses().maxNanos()), total.getMaxValue());
        assertTrue(total.valuesAreEquivalent(9 * MS, total.getMaxValue()));
        assertEquals("marksweep", intervals.get(0).getTag());
        String text = Files.readString(file);
        assertTrue(text.contains("#[StartTime: " + SampleRun.STARTED.getEpochSecond() + ".000 "), text);
    }

    @Test
    void hdrHistogramsLogProcessorSummarizesIt(@TempDir Path dir) throws IOException {
        RunResult r = SampleRun.sample();
        Path file = dir.resolve(ResultFiles.PAUSES_HLOG);
        PauseLog.write(r, file);
        Path out = dir.resolve("processed");
        // -tag: only the histograms tagged with the collector; -outputValueUnitRatio 1e6: milliseconds
        new HistogramLogProcessor(new String[] {"-i", file.toString(), "-o", out.toString(), "-tag", "marksweep"})
                .run();
        String distribution = Files.readString(dir.resolve("processed.hgrm"));
        assertTrue(distribution.contains("Total count    =            3"), distribution);
        assertTrue(distribution.contains("Max     =        9.003"), distribution);
    }

    @Test
    void aPauseGoesToTheIntervalItStartedInAndEmptyIntervalsAreKept(@TempDir Path dir) throws IOException {
        SampleRun s = new SampleRun();
        long[] starts = {100 * MS, 2_500 * MS, 2_999 * MS};
        for (long start : starts) {
            s.clock = start;
            s.telemetry.pauseBegin(PauseKind.YOUNG, GcCause.ALLOCATION_FAILURE);
            s.clock = start + 2 * MS; // the last one ends in the next second
            s.telemetry.pauseEnd();
        }
        RunResult r = RunResult.of(SampleRun.inputs("nogc, odd name"), SampleRun.ENVIRONMENT,
                RunResult.Outcome.ok(SampleRun.STARTED, 3_500 * MS), s.telemetry, null);
        Path file = dir.resolve(ResultFiles.PAUSES_HLOG);
        PauseLog.write(r, file);
        List<Histogram> intervals = readBack(file);
        assertEquals(List.of(1L, 0L, 2L, 0L), intervals.stream().map(Histogram::getTotalCount).toList());
        assertEquals("nogc__odd_name", intervals.get(0).getTag(), "a tag holds no comma or space");
        assertEquals(2.0, intervals.get(2).getStartTimeStamp() / 1000.0 - SampleRun.STARTED.getEpochSecond(),
                1e-9);
    }

    @Test
    void aRunWithoutPausesIsOneEmptyInterval(@TempDir Path dir) throws IOException {
        SampleRun s = new SampleRun();
        RunResult r = s.result();
        Path file = dir.resolve(ResultFiles.PAUSES_HLOG);
        PauseLog.write(r, file);
        List<Histogram> intervals = readBack(file);
        assertEquals(1, intervals.size());
        assertEquals(0, intervals.get(0).getTotalCount());
        try (HistogramLogReader reader = new HistogramLogReader(file.toFile())) {
            reader.nextIntervalHistogram();
            assertNull(reader.nextIntervalHistogram());
        }
    }
}
