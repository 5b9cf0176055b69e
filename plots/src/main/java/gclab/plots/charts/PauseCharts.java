package gclab.plots.charts;

import gclab.plots.results.RunResult;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The charts that compare runs: pause timeline, pause percentile distribution, MMU curves. */
final class PauseCharts {
    /** Durations below this (1 µs) are drawn at it: a log axis has no zero. */
    static final double FLOOR_MS = 0.001;

    private PauseCharts() {
    }

    /** Pause duration against run time, a series per run, log-scale duration. */
    static JFreeChart timeline(List<RunResult> runs) {
        List<String> names = ChartStyle.seriesNames(runs);
        XYSeriesCollection data = new XYSeriesCollection();
        for (int i = 0; i < runs.size(); i++) {
            XYSeries s = new XYSeries(names.get(i), false, true);
            for (RunResult.Pause p : runs.get(i).pauseEvents()) {
                s.add(p.startNanos() / 1e9, Math.max(FLOOR_MS, p.durationNanos() / 1e6));
            }
            data.addSeries(s);
        }
        NumberAxis x = new NumberAxis("run time (s)");
        x.setAutoRangeIncludesZero(true);
        LogAxis y = new DecadeAxis("pause duration (ms, log scale)", FLOOR_MS);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        colour(r, runs.size());
        XYPlot plot = new XYPlot(data, x, y, r);
        return ChartStyle.chart("Pause timeline: " + ChartStyle.programs(runs),
                "each point is one stop-the-world pause, at its start", plot);
    }

    /**
     * The pause-duration percentile distribution, HdrHistogram style: percentile on a log axis of
     * {@code 1 / (1 - p)}, labelled 50%, 90%, 99%, 99.9%, 99.99%, 99.999%.
     */
    static JFreeChart percentiles(List<RunResult> runs) {
        List<String> names = ChartStyle.seriesNames(runs);
        XYSeriesCollection data = new XYSeriesCollection();
        double maxX = 1e4; // up to 99.99% at least
        for (int i = 0; i < runs.size(); i++) {
            XYSeries s = new XYSeries(names.get(i), false, true);
            for (RunResult.PercentilePoint p : runs.get(i).pauseDistribution()) {
                if (p.percentile() < 100.0) {
                    double x = 1.0 / (1.0 - p.percentile() / 100.0);
                    s.add(x, p.valueNanos() / 1e6);
                    maxX = Math.max(maxX, x);
                }
            }
            data.addSeries(s);
        }
        PercentileAxis x = new PercentileAxis("percentile (log scale of 1 / (1 - p))");
        x.setRange(1.0, 2 * Math.pow(10, Math.ceil(Math.log10(maxX)))); // room for the last tick's label
        NumberAxis y = new NumberAxis("pause duration (ms)");
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        colour(r, runs.size());
        XYPlot plot = new XYPlot(data, x, y, r);
        return ChartStyle.chart("Pause percentile distribution: " + ChartStyle.programs(runs),
                "the pause duration that the given percentage of pauses do not exceed", plot);
    }

    /** Minimum mutator utilization against window length, a series per run, log-scale window. */
    static JFreeChart mmu(List<RunResult> runs) {
        List<String> names = ChartStyle.seriesNames(runs);
        XYSeriesCollection data = new XYSeriesCollection();
        for (int i = 0; i < runs.size(); i++) {
            XYSeries s = new XYSeries(names.get(i), false, true);
            for (RunResult.MmuPoint p : runs.get(i).mmu().curve()) {
                s.add(p.windowNanos() / 1e6, p.mmu());
            }
            data.addSeries(s);
        }
        LogAxis x = new DecadeAxis("window (ms, log scale)", 1e-3);
        NumberAxis y = new NumberAxis("minimum mutator utilization");
        y.setRange(0.0, 1.02);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        colour(r, runs.size());
        for (int i = 0; i < runs.size(); i++) {
            r.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        return ChartStyle.chart("Minimum mutator utilization: " + ChartStyle.programs(runs),
                "the least share of any window of the given length in which the program ran (Cheng & Blelloch)",
                plot);
    }

    private static void colour(XYLineAndShapeRenderer r, int series) {
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, ChartStyle.color(i));
            r.setSeriesStroke(i, ChartStyle.line(2.5f));
        }
    }

    /**
     * A log axis of {@code 1 / (1 - p)} whose ticks sit at the percentiles a reader looks for: 50% (x = 2),
     * 90% (10), 99% (100), 99.9% (1000), and so on up to the axis' end.
     */
    static final class PercentileAxis extends LogAxis {
        private static final long serialVersionUID = 1L;

        PercentileAxis(String label) {
            super(label);
            setBase(10);
            setSmallestValue(1.0);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            List ticks = new ArrayList();
            for (double x : tickValues(getUpperBound())) {
                if (x >= getLowerBound()) {
                    ticks.add(new NumberTick(TickType.MAJOR, x, label(x), TextAnchor.TOP_CENTER,
                            TextAnchor.CENTER, 0.0));
                }
            }
            return ticks;
        }

        /** 2, 10, 100, ... up to {@code upper}. */
        static List<Double> tickValues(double upper) {
            List<Double> values = new ArrayList<>();
            values.add(2.0);
            for (double x = 10; x <= upper * (1 + 1e-9); x *= 10) {
                values.add(x);
            }
            return values;
        }

        /** The percentile at {@code x = 1 / (1 - p)}: "99.9%". */
        static String label(double x) {
            double p = 100.0 * (1.0 - 1.0 / x);
            String s = String.format(Locale.ROOT, "%.6f", p).replaceAll("0+$", "").replaceAll("\\.$", "");
            return s + "%";
        }
    }
}
