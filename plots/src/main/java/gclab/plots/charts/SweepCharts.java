package gclab.plots.charts;

import gclab.plots.results.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The charts of a sweep: pauses and throughput against heap size, a line per collector configuration. */
final class SweepCharts {
    private static final double MIB = 1024.0 * 1024.0;

    private SweepCharts() {
    }

    /** Runs grouped by what stays the same across a sweep: collector, options and program. */
    private static Map<String, List<RunResult>> byConfiguration(List<RunResult> runs) {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        boolean programs = runs.stream().map(RunResult::programName).distinct().count() > 1;
        for (RunResult r : runs) {
            String key = programs ? r.label() + " / " + r.programName() : r.label();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /** The 99th-percentile (solid) and longest (dashed) pause against heap size, log-log. */
    static JFreeChart pauses(List<RunResult> runs) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        int colour = 0;
        for (Map.Entry<String, List<RunResult>> group : byConfiguration(runs).entrySet()) {
            XYSeries p99 = new XYSeries(group.getKey() + " p99", true, true);
            XYSeries max = new XYSeries(group.getKey() + " max", true, true);
            for (RunResult run : group.getValue()) {
                double heap = run.inputs().heapBytes() / MIB;
                p99.add(heap, Math.max(PauseCharts.FLOOR_MS, run.pauses().p99Nanos() / 1e6));
                max.add(heap, Math.max(PauseCharts.FLOOR_MS, run.pauses().maxNanos() / 1e6));
            }
            int s = data.getSeriesCount();
            data.addSeries(p99);
            data.addSeries(max);
            r.setSeriesPaint(s, ChartStyle.color(colour));
            r.setSeriesPaint(s + 1, ChartStyle.color(colour));
            r.setSeriesStroke(s, ChartStyle.line(2.5f));
            r.setSeriesStroke(s + 1, ChartStyle.dashed(2f));
            colour++;
        }
        LogAxis x = new DecadeAxis("heap size (MiB, log scale)", 1e-3);
        LogAxis y = new DecadeAxis("pause duration (ms, log scale)", PauseCharts.FLOOR_MS);
        return ChartStyle.chart("Pauses against heap size: " + ChartStyle.programs(runs),
                "99th percentile (solid) and longest (dashed) pause of each run", new XYPlot(data, x, y, r));
    }

    /** The share of run time the mutator was stopped, against heap size: throughput lost to pauses. */
    static JFreeChart throughput(List<RunResult> runs) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (Map.Entry<String, List<RunResult>> group : byConfiguration(runs).entrySet()) {
            XYSeries share = new XYSeries(group.getKey(), true, true);
            for (RunResult run : group.getValue()) {
                share.add(run.inputs().heapBytes() / MIB, 100.0 * run.gcShare());
            }
            r.setSeriesPaint(data.getSeriesCount(), ChartStyle.color(data.getSeriesCount()));
            r.setSeriesStroke(data.getSeriesCount(), ChartStyle.line(2.5f));
            data.addSeries(share);
        }
        LogAxis x = new DecadeAxis("heap size (MiB, log scale)", 1e-3);
        NumberAxis y = new NumberAxis("GC share of run time (%)");
        y.setAutoRangeIncludesZero(true);
        return ChartStyle.chart("Throughput against heap size: " + ChartStyle.programs(runs),
                "the share of each run's wall time during which the program was stopped (lower is better)",
                new XYPlot(data, x, y, r));
    }
}
