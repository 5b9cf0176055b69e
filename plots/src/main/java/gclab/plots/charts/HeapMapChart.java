package gclab.plots.charts;

import gclab.heap.ObjectModel;
import gclab.heap.telemetry.HeapSnapshot;
import gclab.heap.telemetry.HeapSnapshot.Kind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The heap map: the simulated heap as a grid of cells read like text, left to right and top to bottom from
 * address 0, each cell a fixed number of words. A cell's colour runs from the objects colour to the free
 * colour by the share of its words that are free; a cell holding a one-word hole is drawn as a hole, and one
 * outside every space in grey. A black staircase line marks where each space begins, with its name.
 */
final class HeapMapChart {
    /** At most this many cells: about 256 x 128. */
    static final int MAX_CELLS = 32_768;

    static final Color OBJECTS = new Color(0x2B, 0x4C, 0x7E);
    static final Color FREE = new Color(0xC7, 0xE9, 0xC0);
    static final Color HOLE = new Color(0xE1, 0x20, 0x20);
    static final Color OUTSIDE = new Color(0xBB, 0xBB, 0xBB);

    /** Cell values (z) of the special kinds; 0..1 is the free share of an ordinary cell. */
    static final double Z_OUTSIDE = -1.0;
    static final double Z_HOLE = 2.0;

    private HeapMapChart() {
    }

    /** The grid: how many words a cell holds, and the number of columns and rows. */
    record Grid(int wordsPerCell, int columns, int rows) {
        static Grid of(int heapWords) {
            int perCell = Math.max(1, (int) Math.ceil((double) heapWords / MAX_CELLS));
            int cells = (int) Math.ceil((double) heapWords / perCell);
            int columns = Math.max(1, (int) Math.ceil(Math.sqrt(cells * 2.0))); // about twice as wide as tall
            int rows = (int) Math.ceil((double) cells / columns);
            return new Grid(perCell, columns, rows);
        }

        int cells() {
            return columns * rows;
        }
    }

    /** Per cell: its value (see {@link #Z_OUTSIDE}, {@link #Z_HOLE}, or the free share). */
    static double[] cellValues(HeapSnapshot snapshot, Grid grid) {
        int cells = grid.cells();
        long[] inSpace = new long[cells];
        long[] free = new long[cells];
        boolean[] hole = new boolean[cells];
        for (HeapSnapshot.SpaceMap s : snapshot.spaces()) {
            for (int r = 0; r < s.runCount(); r++) {
                long start = s.runStart(r);
                long end = start + s.runWords(r);
                Kind kind = s.kind(r);
                // Invariant: the words [start, a) of the run have been added to their cells.
                for (long a = start; a < end; ) {
                    int cell = (int) (a / grid.wordsPerCell());
                    long cellEnd = Math.min(end, (long) (cell + 1) * grid.wordsPerCell());
                    long words = cellEnd - a;
                    inSpace[cell] += words;
                    if (kind != Kind.OBJECTS) {
                        free[cell] += words;
                    }
                    if (kind == Kind.HOLE) {
                        hole[cell] = true;
                    }
                    a = cellEnd;
                }
            }
        }
        double[] z = new double[cells];
        for (int c = 0; c < cells; c++) {
            z[c] = hole[c] ? Z_HOLE : inSpace[c] == 0 ? Z_OUTSIDE : (double) free[c] / inSpace[c];
        }
        return z;
    }

    static JFreeChart create(HeapSnapshot snapshot, String title) {
        Grid grid = Grid.of(snapshot.heapWords());
        double cellKiB = ObjectModel.bytes(grid.wordsPerCell()) / 1024.0;
        double rowKiB = cellKiB * grid.columns();
        double[] z = cellValues(snapshot, grid);
        int n = grid.cells();
        double[][] xyz = new double[3][n];
        for (int c = 0; c < n; c++) {
            xyz[0][c] = (c % grid.columns()) * cellKiB;
            xyz[1][c] = (c / grid.columns()) * rowKiB;
            xyz[2][c] = z[c];
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("heap", xyz);

        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(cellKiB);
        renderer.setBlockHeight(rowKiB);
        renderer.setBlockAnchor(RectangleAnchor.BOTTOM_LEFT);
        renderer.setPaintScale(new HeapPaintScale());

        NumberAxis x = new NumberAxis("offset within the row (KiB)");
        x.setRange(0, rowKiB);
        NumberAxis y = new NumberAxis("row start address (KiB)");
        y.setRange(0, rowKiB * grid.rows());
        y.setInverted(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);

        BasicStroke boundary = new BasicStroke(2.5f);
        Font labelFont = new Font(Font.SANS_SERIF, Font.BOLD, 14);
        for (HeapSnapshot.SpaceMap s : snapshot.spaces()) {
            // the staircase between address s.start() - 1 and s.start(), in the grid's row-major layout
            double at = ObjectModel.bytes(s.start()) / 1024.0;
            int row = (int) Math.floor(at / rowKiB);
            double col = at - row * rowKiB;
            double top = row * rowKiB;
            double bottom = top + rowKiB;
            plot.addAnnotation(new XYLineAnnotation(col, top, rowKiB, top, boundary, Color.BLACK));
            plot.addAnnotation(new XYLineAnnotation(col, top, col, bottom, boundary, Color.BLACK));
            plot.addAnnotation(new XYLineAnnotation(0, bottom, col, bottom, boundary, Color.BLACK));
            XYTextAnnotation label = new XYTextAnnotation(" " + s.name(), Math.min(col, rowKiB * 0.9), top);
            label.setFont(labelFont);
            label.setPaint(Color.BLACK);
            label.setBackgroundPaint(new Color(255, 255, 255, 200));
            label.setTextAnchor(TextAnchor.TOP_LEFT);
            plot.addAnnotation(label);
        }

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(item("objects", OBJECTS));
        legend.add(item("free chunks", FREE));
        legend.add(item("cell with a one-word hole", HOLE));
        legend.add(item("outside any space", OUTSIDE));
        LegendItem edge = new LegendItem("space boundary", null, null, null,
                new java.awt.geom.Line2D.Double(-7, 0, 7, 0), boundary, Color.BLACK);
        edge.setLabelFont(ChartStyle.LEGEND);
        legend.add(edge);
        plot.setFixedLegendItems(legend);

        long objects = snapshot.words(Kind.OBJECTS);
        long freeWords = snapshot.words(Kind.FREE);
        long holes = snapshot.words(Kind.HOLE);
        long spaceWords = Math.max(1, objects + freeWords + holes);
        String subtitle = String.format(Locale.ROOT,
                "%s heap, 1 cell = %d words (%s); objects %.1f%%, free %.1f%%, %d one-word holes, %d runs",
                ChartStyle.size(ObjectModel.bytes(snapshot.heapWords())), grid.wordsPerCell(),
                ChartStyle.size(ObjectModel.bytes(grid.wordsPerCell())), 100.0 * objects / spaceWords,
                100.0 * freeWords / spaceWords, holes, snapshot.runCount());
        return ChartStyle.chart(title, subtitle, plot);
    }

    private static LegendItem item(String label, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle(-6, -6, 12, 12), colour);
        item.setLabelFont(ChartStyle.LEGEND);
        return item;
    }

    /** Grey outside spaces, red for holes, and objects-to-free in between by the free share. */
    static final class HeapPaintScale implements PaintScale {
        @Override
        public double getLowerBound() {
            return Z_OUTSIDE;
        }

        @Override
        public double getUpperBound() {
            return Z_HOLE;
        }

        @Override
        public Paint getPaint(double z) {
            if (z <= Z_OUTSIDE) {
                return OUTSIDE;
            }
            if (z >= Z_HOLE) {
                return HOLE;
            }
            double f = Math.max(0, Math.min(1, z));
            return new Color(mix(OBJECTS.getRed(), FREE.getRed(), f), mix(OBJECTS.getGreen(), FREE.getGreen(), f),
                    mix(OBJECTS.getBlue(), FREE.getBlue(), f));
        }

        private static int mix(int a, int b, double f) {
            return (int) Math.round(a + (b - a) * f);
        }
    }
}
