package gclab.plots.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.telemetry.HeapSnapshot;
import gclab.heap.telemetry.HeapSnapshot.Kind;
import gclab.plots.SampleRun;
import gclab.plots.SyntheticRun;
import gclab.plots.results.RunResult;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every chart renders without a display, with the expected series, and as a PNG of 1200x700. The PNGs are kept
 * in {@code target/chart-samples} for a person to look at.
 */
class ChartsTest {
    private static final Path SAMPLES = Path.of("target", "chart-samples");
    private static List<RunResult> runs;
    private static SyntheticRun marksweep;

    @BeforeAll
    static void runs() {
        marksweep = new SyntheticRun(1, "marksweep", 1.0);
        runs = List.of(marksweep.result, new SyntheticRun(2, "generational", 0.4).result,
                new SyntheticRun(3, "tricolor", 0.15).result);
    }

    private static List<String> keys(XYDataset data) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            keys.add(data.getSeriesKey(i).toString());
        }
        return keys;
    }

    private static List<String> legend(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        org.jfree.chart.LegendItemCollection items = chart.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    /** Renders {@code chart} to a PNG file and reads it back. */
    private static BufferedImage png(JFreeChart chart, String name) throws IOException {
        Files.createDirectories(SAMPLES);
        Path file = SAMPLES.resolve(name);
        Charts.writePng(chart, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(Charts.WIDTH, image.getWidth());
        assertEquals(Charts.HEIGHT, image.getHeight());
        return image;
    }

    private static void hasTitleAndAxisUnits(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        assertTrue(!chart.getTitle().getText().isBlank());
        assertTrue(plot.getDomainAxis().getLabel().contains("("), plot.getDomainAxis().getLabel());
        assertTrue(plot.getRangeAxis().getLabel().contains("(") || plot.getRangeAxis().getLabel().contains("utilization"),
                plot.getRangeAxis().getLabel());
        assertTrue(chart.getLegend() != null);
    }

    @Test
    void renderingIsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "set java.awt.headless in plots/pom.xml");
    }

    @Test
    void pauseTimelineHasASeriesPerRunAndAPointPerPause() throws IOException {
        JFreeChart chart = Charts.pauseTimeline(runs);
        XYPlot plot = chart.getXYPlot();
        assertEquals(List.of("marksweep", "generational", "tricolor"), keys(plot.getDataset()));
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(runs.get(i).counts().pauses(), plot.getDataset().getItemCount(i));
        }
        assertInstanceOf(LogAxis.class, plot.getRangeAxis());
        hasTitleAndAxisUnits(chart);
        png(chart, Charts.PAUSE_TIMELINE_PNG);
    }

    @Test
    void percentileDistributionHasHdrHistogramsAxis() throws IOException {
        JFreeChart chart = Charts.pausePercentiles(runs);
        XYPlot plot = chart.getXYPlot();
        assertEquals(3, plot.getDataset().getSeriesCount());
        assertInstanceOf(PauseCharts.PercentileAxis.class, plot.getDomainAxis());
        assertEquals(List.of(2.0, 10.0, 100.0, 1000.0, 10000.0), PauseCharts.PercentileAxis.tickValues(1e4));
        assertEquals(List.of("50%", "90%", "99%", "99.9%", "99.99%"),
                PauseCharts.PercentileAxis.tickValues(1e4).stream().map(PauseCharts.PercentileAxis::label).toList());
        for (int i = 0; i < runs.size(); i++) {
            long below100 = runs.get(i).pauseDistribution().stream().filter(p -> p.percentile() < 100).count();
            assertEquals(below100, plot.getDataset().getItemCount(i));
        }
        hasTitleAndAxisUnits(chart);
        png(chart, Charts.PAUSE_PERCENTILES_PNG);
    }

    @Test
    void mmuCurvesHaveALogWindowAxis() throws IOException {
        JFreeChart chart = Charts.mmu(runs);
        XYPlot plot = chart.getXYPlot();
        assertEquals(List.of("marksweep", "generational", "tricolor"), keys(plot.getDataset()));
        assertEquals(runs.get(0).mmu().curve().size(), plot.getDataset().getItemCount(0));
        assertInstanceOf(LogAxis.class, plot.getDomainAxis());
        hasTitleAndAxisUnits(chart);
        png(chart, Charts.MMU_PNG);
    }

    @Test
    void occupancyStacksTheSpacesAndMarksThePauses() throws IOException {
        RunResult run = runs.get(0);
        JFreeChart chart = Charts.occupancy(run);
        XYPlot plot = chart.getXYPlot();
        assertEquals(List.of("old used", "eden used"), keys(plot.getDataset(0)), "old at the bottom");
        assertEquals(List.of("heap capacity", "metaspace used"),
                keys(Charts.occupancy(SampleRun.sample()).getXYPlot().getDataset(1)));
        assertEquals(List.of("heap capacity"), keys(plot.getDataset(1)), "no metaspace in this run");
        // every sample, and a first point at time 0 where the empty heap starts
        assertEquals(run.occupancy().size() + 1, plot.getDataset(0).getItemCount(0));
        assertEquals(0.0, plot.getDataset(0).getXValue(0, 0));
        assertEquals(0.0, plot.getDataset(0).getYValue(0, 0));
        assertEquals(run.counts().pauses(), plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size());
        assertTrue(legend(chart).contains("pause"));
        hasTitleAndAxisUnits(chart);
        png(chart, Charts.OCCUPANCY_PNG);
    }

    @Test
    void fragmentationHasBothFiguresPerSpace() throws IOException {
        RunResult run = runs.get(0);
        JFreeChart chart = Charts.fragmentation(run);
        XYPlot plot = chart.getXYPlot();
        assertEquals(List.of("external fragmentation: eden", "external fragmentation: old"), keys(plot.getDataset(0)));
        assertEquals(List.of("largest free chunk: eden", "largest free chunk: old"), keys(plot.getDataset(1)));
        assertEquals(run.fragmentation().size(), plot.getDataset(0).getItemCount(1));
        assertTrue(plot.getRangeAxis(1).getLabel().contains("KiB"));
        hasTitleAndAxisUnits(chart);
        png(chart, Charts.FRAGMENTATION_PNG);
    }

    @Test
    void fragmentationMarksAllocationFailures() throws IOException {
        RunResult sample = SampleRun.sample();
        JFreeChart chart = Charts.fragmentation(sample);
        assertEquals(1, chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
        assertTrue(legend(chart).contains("allocation failure"));
        png(chart, "fragmentation-sample.png");
    }

    @Test
    void heapMapColoursEveryCell() throws IOException {
        HeapSnapshot snapshot = marksweep.snapshot;
        assertTrue(snapshot.words(Kind.HOLE) > 0, "the synthetic run leaves one-word holes");
        JFreeChart chart = Charts.heapMap(snapshot, marksweep.result);
        XYPlot plot = chart.getXYPlot();
        HeapMapChart.Grid grid = HeapMapChart.Grid.of(snapshot.heapWords());
        assertEquals(grid.cells(), plot.getDataset().getItemCount(0));
        assertTrue(grid.cells() <= HeapMapChart.MAX_CELLS + grid.columns());
        assertEquals(List.of("objects", "free chunks", "cell with a one-word hole", "outside any space",
                "space boundary"), legend(chart));
        assertTrue(chart.getTitle().getText().startsWith("Heap map after GC(" + snapshot.pauseId() + ")"));
        hasTitleAndAxisUnits(chart);
        png(chart, Charts.HEAP_MAP_PNG);
    }

    @Test
    void logAxesTickAtOneTwoAndFive() {
        assertEquals(List.of(0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0), DecadeAxis.tickValues(0.032, 12.6));
        assertEquals(List.of(0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0), DecadeAxis.tickValues(0.1, 10000));
        assertEquals(List.of(4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), DecadeAxis.tickValues(3.9, 10.9),
                "less than a decade: every digit");
        assertEquals(List.of("0.05", "20", "1000"),
                List.of(DecadeAxis.label(0.05), DecadeAxis.label(20.0), DecadeAxis.label(1000.0)));
    }

    @Test
    void aLogAxisOverASingleValueStillHasTicks() {
        org.jfree.data.xy.XYSeries one = new org.jfree.data.xy.XYSeries("one pause");
        one.add(0.75, 6.73);
        DecadeAxis y = new DecadeAxis("pause duration (ms, log scale)", 0.001);
        new XYPlot(new org.jfree.data.xy.XYSeriesCollection(one), new org.jfree.chart.axis.NumberAxis("s"), y,
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true));
        assertTrue(y.getLowerBound() <= 6.73 && y.getUpperBound() >= 6.73, y.getRange().toString());
        assertTrue(DecadeAxis.tickValues(y.getLowerBound(), y.getUpperBound()).size() >= 2, y.getRange().toString());
    }

    @Test
    void heapMapCellsOfASmallHeap() {
        // 20 words: address 0, a space [1, 11) of 4 object words, 3 free, a hole and 2 object words, then nothing
        HeapSnapshot s = HeapSnapshot.of(0, 0, 20, List.of(HeapSnapshot.SpaceMap.of("s", 1, 11,
                List.of(Kind.OBJECTS, Kind.FREE, Kind.HOLE, Kind.OBJECTS), new int[] {4, 3, 1, 2},
                new int[] {2, 0, 1, 1})));
        HeapMapChart.Grid grid = HeapMapChart.Grid.of(20);
        assertEquals(new HeapMapChart.Grid(1, 7, 3), grid);
        double[] z = HeapMapChart.cellValues(s, grid);
        double[] want = new double[21];
        java.util.Arrays.fill(want, HeapMapChart.Z_OUTSIDE);
        IntStream.rangeClosed(1, 4).forEach(i -> want[i] = 0.0);
        IntStream.rangeClosed(5, 7).forEach(i -> want[i] = 1.0);
        want[8] = HeapMapChart.Z_HOLE;
        want[9] = 0.0;
        want[10] = 0.0;
        assertArrayEquals(want, z);
        // two words a cell: cell 2 holds words 4 (object) and 5 (free): half free
        double[] halves = HeapMapChart.cellValues(s, new HeapMapChart.Grid(2, 4, 3));
        assertEquals(0.5, halves[2]);
        assertEquals(HeapMapChart.Z_HOLE, halves[4], "words 8 and 9: a hole wins");
    }

    @Test
    void writesTheChartsOfAComparisonAndOfARun(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<Path> comparison = Charts.writeComparison(dir, runs);
        List<Path> run = Charts.writeRun(dir.resolve("marksweep"), marksweep.result, marksweep.snapshot);
        assertEquals(3, comparison.size());
        assertEquals(3, run.size());
        for (Path p : concat(comparison, run)) {
            BufferedImage image = ImageIO.read(p.toFile());
            assertEquals(Charts.WIDTH, image.getWidth(), p.toString());
        }
        assertEquals(2, Charts.writeRun(dir.resolve("no-map"), marksweep.result, null).size());
    }

    @Test
    void sweepChartsHaveALinePerCollectorAcrossHeapSizes() throws IOException {
        List<RunResult> sweep = new ArrayList<>();
        for (String collector : List.of("marksweep", "generational")) {
            for (long heap : new long[] {4L << 20, 16L << 20, 64L << 20}) {
                RunResult r = runs.get(collector.equals("marksweep") ? 0 : 1);
                sweep.add(withInputs(r, new RunResult.Inputs("synthetic", "Synthetic", null, List.of(), collector,
                        java.util.Map.of(), heap, false, false)));
            }
        }
        JFreeChart pauses = Charts.sweepPauses(sweep);
        assertEquals(List.of("marksweep p99", "marksweep max", "generational p99", "generational max"),
                keys(pauses.getXYPlot().getDataset()));
        assertEquals(3, pauses.getXYPlot().getDataset().getItemCount(0));
        assertEquals(4.0, pauses.getXYPlot().getDataset().getXValue(0, 0), "heap sizes in MiB");
        JFreeChart throughput = Charts.sweepThroughput(sweep);
        assertEquals(List.of("marksweep", "generational"), keys(throughput.getXYPlot().getDataset()));
        assertEquals(100 * sweep.get(0).gcShare(), throughput.getXYPlot().getDataset().getYValue(0, 0), 1e-9);
        hasTitleAndAxisUnits(pauses);
        hasTitleAndAxisUnits(throughput);
        png(pauses, Charts.SWEEP_PAUSES_PNG);
        png(throughput, Charts.SWEEP_THROUGHPUT_PNG);
    }

    @Test
    void seriesNamesTellRunsApart() {
        RunResult a = runs.get(0);
        assertEquals(List.of("marksweep", "marksweep #2"), ChartStyle.seriesNames(List.of(a, a)));
        RunResult otherProgram = withInputs(a, new RunResult.Inputs("other", "Other", null, List.of(), "marksweep",
                java.util.Map.of(), a.inputs().heapBytes(), false, false));
        RunResult otherHeap = withInputs(a, new RunResult.Inputs("synthetic", "Synthetic", null, List.of(),
                "marksweep", java.util.Map.of(), 1L << 30, false, false));
        assertEquals(List.of("marksweep / synthetic", "marksweep / other"),
                ChartStyle.seriesNames(List.of(a, otherProgram)));
        assertEquals(List.of("marksweep / heap 8M", "marksweep / heap 1G", "generational"),
                ChartStyle.seriesNames(List.of(a, otherHeap, runs.get(1))));
    }

    private static RunResult withInputs(RunResult r, RunResult.Inputs inputs) {
        return new RunResult(r.schemaVersion(), inputs, r.environment(), r.outcome(), r.counts(), r.pauses(),
                r.timeToSafepoint(), r.gcShare(), r.mmu(), r.pauseDistribution(), r.pauseEvents(),
                r.concurrentPhases(), r.occupancy(), r.fragmentation(), r.allocationFailures(), r.work(),
                r.allocation(), r.footprint());
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
