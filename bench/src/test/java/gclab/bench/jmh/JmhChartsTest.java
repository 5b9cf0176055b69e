package gclab.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.plots.charts.BarCharts;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JMH's JSON read back, and drawn as bars per collector in groups per workload. */
class JmhChartsTest {
    @TempDir
    Path tmp;

    static Path fixture() throws URISyntaxException {
        return Path.of(JmhChartsTest.class.getResource("workload-fixture.json").toURI());
    }

    @Test
    void eventsCountersAreMeansOfTheIterationsNotJmhsSum() throws Exception {
        List<JmhScores.Score> scores = JmhScores.readJson(fixture());
        assertEquals(4, scores.size());
        JmhScores.Score first = scores.get(0);
        assertEquals("WorkloadBenchmark.run", first.shortName());
        assertEquals(10.0, first.primary().score());
        assertEquals(0.5, first.primary().error());
        JmhScores.Metric pauses = first.secondary().get("pauseTotalMs");
        assertEquals(4.0, pauses.score(), 1e-12, "the mean of 2, 4, 6, not JMH's sum 12");
        assertEquals(3, pauses.samples());
        assertTrue(pauses.error() > 0, "a confidence interval from the three values");
    }

    @Test
    void barsAreCollectorsInGroupsOfTheVaryingParameters() throws Exception {
        List<JmhScores.Score> scores = JmhScores.readJson(fixture());
        List<BarCharts.Bar> bars = JmhCharts.bars(scores, JmhCharts.PRIMARY);
        DefaultStatisticalCategoryDataset data = BarCharts.dataset(bars);
        assertEquals(List.of("generational", "nogc"), data.getRowKeys());
        assertEquals(List.of("binarytrees", "lru"), data.getColumnKeys(), "heap and args do not vary: no group");
        assertEquals(20.0, data.getMeanValue("generational", "lru").doubleValue());
        assertEquals(0.5, data.getStdDevValue("nogc", "binarytrees").doubleValue(), "JMH's error as the error bar");
        DefaultStatisticalCategoryDataset pauses = BarCharts.dataset(JmhCharts.bars(scores, "pauseTotalMs"));
        assertEquals(1.0, pauses.getMeanValue("generational", "lru").doubleValue());
        assertEquals(0.0, pauses.getStdDevValue("generational", "lru").doubleValue(), "no spread, no error bar");
    }

    @Test
    void plotJmhWritesAChartPerMetric() throws Exception {
        List<Path> files = JmhCharts.write(tmp, JmhScores.readJson(fixture()), JmhCharts.DEFAULT_METRICS);
        assertEquals(List.of("jmh-WorkloadBenchmark.run-score.png", "jmh-WorkloadBenchmark.run-pauseTotalMs.png"),
                files.stream().map(f -> f.getFileName().toString()).toList(), "pauseMaxMs is not in the file");
        for (Path f : files) {
            assertTrue(Files.size(f) > 1000, f.toString());
        }
    }

    @Test
    void aFileThatIsNotJmhsJsonIsRefusedWithItsName() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"benchmark\": 1}");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> JmhScores.readJson(bad));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("-rf json"), e.getMessage());
    }
}
