package gclab.plots.charts;

import java.util.List;
import org.jfree.data.xy.AbstractXYDataset;
import org.jfree.data.xy.TableXYDataset;

/**
 * A table of samples: one x column shared by every series, as a stacked area renderer needs. Unlike JFreeChart's
 * own table dataset, x values may repeat (a pause of zero length samples twice at one time).
 */
final class SampleTable extends AbstractXYDataset implements TableXYDataset {
    private static final long serialVersionUID = 1L;

    private final List<String> keys;
    private final double[] x;
    private final double[][] y;

    /** {@code y[series][item]} at {@code x[item]}. */
    SampleTable(List<String> keys, double[] x, double[][] y) {
        this.keys = List.copyOf(keys);
        this.x = x.clone();
        this.y = new double[y.length][];
        for (int s = 0; s < y.length; s++) {
            if (y[s].length != x.length) {
                throw new IllegalArgumentException("series " + keys.get(s) + " has " + y[s].length
                        + " values for " + x.length + " samples");
            }
            this.y[s] = y[s].clone();
        }
    }

    @Override
    public int getSeriesCount() {
        return keys.size();
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        return keys.get(series);
    }

    @Override
    public int getItemCount() {
        return x.length;
    }

    @Override
    public int getItemCount(int series) {
        return x.length;
    }

    @Override
    public Number getX(int series, int item) {
        return x[item];
    }

    @Override
    public Number getY(int series, int item) {
        return y[series][item];
    }
}
