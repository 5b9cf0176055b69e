package gclab.plots.charts;

import gclab.plots.results.RunResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The look shared by every chart: white background, light grid, large fonts, one palette, legend below. */
final class ChartStyle {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    /** Tableau's ten colours: distinct, and readable on white. */
    private static final Color[] PALETTE = {
        new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2), new Color(0x59A14F),
        new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC),
    };

    private ChartStyle() {
    }

    static Paint color(int series) {
        return PALETTE[series % PALETTE.length];
    }

    static BasicStroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    }

    /** A chart around {@code plot} with the shared look, a title, an optional subtitle, and a legend. */
    static JFreeChart chart(String title, String subtitle, XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axis(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axis(plot.getRangeAxis(i));
        }
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(sub);
        }
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LEGEND);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    private static void axis(ValueAxis axis) {
        if (axis != null) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
        }
    }

    /**
     * One legend name per run, distinct: the run's label (collector and options); where runs share a label, the
     * program and then the heap size, if they tell those runs apart; and a number for runs still alike.
     */
    static List<String> seriesNames(List<RunResult> runs) {
        List<String> names = new ArrayList<>();
        for (RunResult r : runs) {
            names.add(r.label());
        }
        List<Function<RunResult, String>> qualifiers = List.of(RunResult::programName,
                r -> "heap " + size(r.inputs().heapBytes()));
        for (Function<RunResult, String> qualifier : qualifiers) {
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                groups.computeIfAbsent(names.get(i), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> group : groups.values()) {
                long distinct = group.stream().map(i -> qualifier.apply(runs.get(i))).distinct().count();
                if (group.size() > 1 && distinct > 1) {
                    group.forEach(i -> names.set(i, names.get(i) + " / " + qualifier.apply(runs.get(i))));
                }
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int k = seen.merge(names.get(i), 1, Integer::sum);
            if (k > 1) {
                names.set(i, names.get(i) + " #" + k);
            }
        }
        return names;
    }

    /** A byte count with a binary unit: {@code 64M}, {@code 1536K}, {@code 100B}. */
    static String size(long bytes) {
        String[] units = {"B", "K", "M", "G", "T"};
        int u = 0;
        long v = bytes;
        while (u < units.length - 1 && v >= 1024 && v % 1024 == 0) {
            v /= 1024;
            u++;
        }
        return v + units[u];
    }

    /** The programs of {@code runs}, for a title: one name, or "several programs". */
    static String programs(List<RunResult> runs) {
        List<String> names = runs.stream().map(RunResult::programName).distinct().toList();
        return names.size() == 1 ? names.get(0) : names.isEmpty() ? "no runs" : "several programs";
    }
}
