package gclab.plots.charts;

import gclab.heap.telemetry.GcTelemetry;
import gclab.plots.results.RunResult;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The charts of one run: heap occupancy over time, and fragmentation over time. */
final class RunCharts {
    static final Color PAUSE = new Color(0xE1, 0x57, 0x59, 90);
    static final Color FAILURE = new Color(0x99, 0x00, 0x00);
    private static final double MB = 1024.0 * 1024.0;
    private static final double KB = 1024.0;

    private RunCharts() {
    }

    static String title(String chart, RunResult run) {
        return chart + ": " + run.programName() + " on " + run.label();
    }

    /**
     * Used bytes per heap space, stacked, at every sample (before and after each pause, and at the end), with
     * the heap's capacity and metaspace as lines, and each pause marked by a vertical line at its start.
     */
    static JFreeChart occupancy(RunResult run) {
        List<RunResult.OccupancySample> samples = run.occupancy();
        Set<String> spaceSet = new LinkedHashSet<>();
        boolean metaspace = false;
        for (RunResult.OccupancySample s : samples) {
            for (RunResult.AreaUse a : s.areas()) {
                if (a.area().equals(GcTelemetry.METASPACE)) {
                    metaspace = true;
                } else {
                    spaceSet.add(a.area());
                }
            }
        }
        // Stacked from the last space down: the old generation, which changes slowly, at the bottom.
        List<String> spaces = new ArrayList<>(spaceSet);
        java.util.Collections.reverse(spaces);
        // The heap starts empty: a first point at time 0 (all spaces at 0 used, until the first sample) draws
        // the program's allocation before the first pause instead of starting the picture at that pause.
        int first = samples.isEmpty() || samples.get(0).atNanos() <= 0 ? 0 : 1;
        double[] x = new double[samples.size() + first];
        double[][] used = new double[spaces.size()][samples.size() + first];
        XYSeries capacity = new XYSeries("heap capacity", false, true);
        XYSeries meta = new XYSeries("metaspace used", false, true);
        if (first == 1) {
            capacity.add(0.0, samples.get(0).heapCapacityBytes() / MB);
        }
        for (int j = 0; j < samples.size(); j++) {
            RunResult.OccupancySample s = samples.get(j);
            int i = j + first;
            x[i] = s.atNanos() / 1e9;
            for (int k = 0; k < spaces.size(); k++) {
                RunResult.AreaUse a = s.area(spaces.get(k));
                used[k][i] = a == null ? 0 : a.usedBytes() / MB;
            }
            capacity.add(x[i], s.heapCapacityBytes() / MB);
            RunResult.AreaUse m = s.area(GcTelemetry.METASPACE);
            if (m != null) {
                meta.add(x[i], m.usedBytes() / MB);
            }
        }
        List<String> keys = spaces.stream().map(n -> n + " used").toList();
        SampleTable stacked = new SampleTable(keys, x, used);
        StackedXYAreaRenderer2 areas = new StackedXYAreaRenderer2();
        for (int k = 0; k < spaces.size(); k++) {
            areas.setSeriesPaint(k, ChartStyle.color(k));
        }
        NumberAxis time = new NumberAxis("run time (s)");
        NumberAxis mb = new NumberAxis("occupancy (MiB)");
        XYPlot plot = new XYPlot(stacked, time, mb, areas);

        XYSeriesCollection lines = new XYSeriesCollection(capacity);
        if (metaspace) {
            lines.addSeries(meta);
        }
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, Color.DARK_GRAY);
        lineRenderer.setSeriesStroke(0, ChartStyle.dashed(2f));
        lineRenderer.setSeriesPaint(1, new Color(0x6A, 0x3D, 0x9A));
        lineRenderer.setSeriesStroke(1, ChartStyle.line(2.5f));
        plot.setRenderer(1, lineRenderer); // before its dataset: the stacked renderer cannot size line data
        plot.setDataset(1, lines);

        for (RunResult.Pause p : run.pauseEvents()) {
            ValueMarker marker = new ValueMarker(p.startNanos() / 1e9, PAUSE, ChartStyle.line(1f));
            plot.addDomainMarker(marker, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        JFreeChart chart = ChartStyle.chart(title("Heap occupancy", run),
                run.counts().pauses() + " pauses (vertical lines); spaces stacked, sampled before and after"
                        + " each pause", plot);
        addLegendItem(plot, new LegendItem("pause", null, null, null, new java.awt.geom.Line2D.Double(0, -6, 0, 6),
                ChartStyle.line(2f), PAUSE));
        return chart;
    }

    /**
     * External fragmentation (left axis) and the largest free chunk (right axis) of every space after each
     * pause and at the end; allocation failures marked.
     */
    static JFreeChart fragmentation(RunResult run) {
        Set<String> spaceSet = new LinkedHashSet<>();
        for (RunResult.FragmentationSample s : run.fragmentation()) {
            s.spaces().forEach(f -> spaceSet.add(f.space()));
        }
        XYSeriesCollection external = new XYSeriesCollection();
        XYSeriesCollection largest = new XYSeriesCollection();
        for (String space : spaceSet) {
            XYSeries e = new XYSeries("external fragmentation: " + space, false, true);
            XYSeries l = new XYSeries("largest free chunk: " + space, false, true);
            for (RunResult.FragmentationSample s : run.fragmentation()) {
                for (RunResult.SpaceFree f : s.spaces()) {
                    if (f.space().equals(space)) {
                        e.add(s.atNanos() / 1e9, f.externalFragmentation());
                        l.add(s.atNanos() / 1e9, f.largestChunkBytes() / KB);
                    }
                }
            }
            external.addSeries(e);
            largest.addSeries(l);
        }
        NumberAxis time = new NumberAxis("run time (s)");
        NumberAxis fraction = new NumberAxis("external fragmentation (1 - largest free chunk / free bytes)");
        fraction.setRange(0.0, 1.02);
        XYLineAndShapeRenderer left = new XYLineAndShapeRenderer(true, run.fragmentation().size() <= 60);
        XYPlot plot = new XYPlot(external, time, fraction, left);
        NumberAxis kib = new NumberAxis("largest free chunk (KiB)");
        kib.setAutoRangeIncludesZero(true);
        plot.setRangeAxis(1, kib);
        XYLineAndShapeRenderer right = new XYLineAndShapeRenderer(true, false);
        plot.setRenderer(1, right);
        plot.setDataset(1, largest);
        plot.mapDatasetToRangeAxis(1, 1);
        for (int i = 0; i < spaceSet.size(); i++) {
            left.setSeriesPaint(i, ChartStyle.color(i));
            left.setSeriesStroke(i, ChartStyle.line(2.5f));
            right.setSeriesPaint(i, ChartStyle.color(i));
            right.setSeriesStroke(i, ChartStyle.dashed(2f));
        }
        for (RunResult.Failure f : run.allocationFailures()) {
            ValueMarker marker = new ValueMarker(f.atNanos() / 1e9, FAILURE, ChartStyle.dashed(1.5f));
            plot.addDomainMarker(marker);
        }
        String sub = run.allocationFailures().isEmpty() ? "after each pause and at the end"
                : "after each pause and at the end; " + run.allocationFailures().size()
                        + " allocation failures (dashed vertical lines), " + run.counts().fragmentationFailures()
                        + " of them fragmentation failures";
        JFreeChart chart = ChartStyle.chart(title("Fragmentation", run), sub, plot);
        if (!run.allocationFailures().isEmpty()) {
            addLegendItem(plot, new LegendItem("allocation failure", null, null, null,
                    new java.awt.geom.Line2D.Double(0, -6, 0, 6), ChartStyle.line(2f), FAILURE));
        }
        return chart;
    }

    /** Adds {@code item} after the legend items the renderers make. */
    static void addLegendItem(XYPlot plot, LegendItem item) {
        LegendItemCollection items = new LegendItemCollection();
        items.addAll(plot.getLegendItems());
        item.setLabelFont(ChartStyle.LEGEND);
        items.add(item);
        plot.setFixedLegendItems(items);
    }
}
