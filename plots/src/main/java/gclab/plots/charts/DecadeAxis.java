package gclab.plots.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A base-10 log axis with ticks a reader can read: 1, 2 and 5 times each power of ten (only the powers when the
 * axis spans more than four decades), labelled in plain decimals (0.05, 0.1, 0.2, ..., 10, 20).
 */
final class DecadeAxis extends LogAxis {
    private static final long serialVersionUID = 1L;

    DecadeAxis(String label, double smallest) {
        super(label);
        setBase(10);
        setSmallestValue(smallest);
    }

    /**
     * The automatic range, widened to whole decades when it holds fewer than two ticks: a single value (one pause,
     * or equal values) would otherwise get a sliver of a range with no tick, and the axis would show no numbers.
     */
    @Override
    protected void autoAdjustRange() {
        super.autoAdjustRange();
        double lower = getLowerBound();
        double upper = getUpperBound();
        if (lower > 0 && upper >= lower && tickValues(lower, upper).size() < 2) {
            double from = Math.pow(10, Math.floor(Math.log10(lower)));
            double to = Math.pow(10, Math.ceil(Math.log10(upper)));
            setRange(new Range(from, to > from ? to : from * 10), false, false);
        }
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        List ticks = new ArrayList();
        for (double v : tickValues(getLowerBound(), getUpperBound())) {
            ticks.add(new NumberTick(TickType.MAJOR, v, label(v),
                    vertical ? (edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT)
                            : TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0));
        }
        return ticks;
    }

    /** The tick values inside {@code [lower, upper]}: every digit times a power of ten if 1, 2, 5 give fewer than 3. */
    static List<Double> tickValues(double lower, double upper) {
        if (!(lower > 0) || !(upper >= lower)) {
            return new ArrayList<>();
        }
        int from = (int) Math.floor(Math.log10(lower));
        int to = (int) Math.ceil(Math.log10(upper));
        List<Double> values = ticks(lower, upper, from, to,
                to - from > 4 ? new double[] {1} : new double[] {1, 2, 5});
        return values.size() >= 3 ? values : ticks(lower, upper, from, to, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    }

    private static List<Double> ticks(double lower, double upper, int from, int to, double[] steps) {
        List<Double> values = new ArrayList<>();
        for (int e = from; e <= to; e++) {
            for (double s : steps) {
                double v = new BigDecimal(s).scaleByPowerOfTen(e).doubleValue();
                if (v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9)) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    /** {@code 0.05}, {@code 20}, {@code 1000}: no exponent, no trailing zeros. */
    static String label(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
