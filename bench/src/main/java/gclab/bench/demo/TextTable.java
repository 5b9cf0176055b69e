package gclab.bench.demo;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: a header row, then rows; the first column is left-aligned, the others right-aligned. */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private int leftAligned = 1;

    public TextTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    /** Left-aligns the first {@code n} columns (1 by default); the others are right-aligned. */
    public TextTable leftAligned(int n) {
        this.leftAligned = n;
        return this;
    }

    public void add(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("row of " + cells.length + " cells in a table of " + columns);
        }
        rows.add(cells);
    }

    public String render() {
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            appendRow(b, rows.get(r), width);
            if (r == 0) {
                String[] rule = new String[columns];
                for (int c = 0; c < columns; c++) {
                    rule[c] = "-".repeat(width[c]);
                }
                appendRow(b, rule, width);
            }
        }
        return b.toString();
    }

    private void appendRow(StringBuilder b, String[] row, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
            if (c > 0) {
                line.append("  ");
            }
            String pad = " ".repeat(width[c] - row[c].length());
            line.append(c < leftAligned ? row[c] + pad : pad + row[c]);
        }
        b.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
}
