package gclab.plots.charts;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Grouped bars with error bars, for benchmark scores (JMH): a group per category (a workload, say), a bar per
 * series (a collector) in each group, each bar's value with an error bar of ± its error.
 */
public final class BarCharts {
    private BarCharts() {
    }

    /**
     * One bar: {@code value} ± {@code error} of {@code series} in group {@code category}.
     *
     * @param error the half-width of the error bar (0 for none)
     */
    public record Bar(String series, String category, double value, double error) {
    }

    /**
     * The dataset of {@code bars}: series and categories in the order they first appear, the error as the
     * "standard deviation" that {@link StatisticalBarRenderer} draws as ± around the value.
     */
    public static DefaultStatisticalCategoryDataset dataset(List<Bar> bars) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Bar b : bars) {
            data.add(b.value(), Double.isFinite(b.error()) ? b.error() : 0, b.series(), b.category());
        }
        return data;
    }

    /** Grouped bars of {@code bars} with error bars, the value axis labelled {@code valueAxis}. */
    public static JFreeChart groupedBars(String title, String subtitle, String categoryAxis, String valueAxis,
                                         List<Bar> bars) {
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setItemMargin(0.05);
        DefaultStatisticalCategoryDataset data = dataset(bars);
        for (int s = 0; s < data.getRowCount(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.color(s));
        }
        CategoryAxis x = new CategoryAxis(categoryAxis);
        x.setLabelFont(ChartStyle.LABEL);
        x.setTickLabelFont(ChartStyle.TICK);
        if (data.getColumnCount() > 6) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis y = new NumberAxis(valueAxis);
        y.setLabelFont(ChartStyle.LABEL);
        y.setTickLabelFont(ChartStyle.TICK);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setOutlinePaint(Color.GRAY);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, ChartStyle.SUBTITLE);
            sub.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(sub);
        }
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ChartStyle.LEGEND);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        return chart;
    }

    /** Writes {@link #groupedBars} as a PNG of the usual size to {@code file}, and returns it. */
    public static Path writeGroupedBars(Path file, String title, String subtitle, String categoryAxis,
                                        String valueAxis, List<Bar> bars) throws IOException {
        Charts.writePng(groupedBars(title, subtitle, categoryAxis, valueAxis, bars), file);
        return file;
    }
}
