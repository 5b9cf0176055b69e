package gclab.bench;

import gclab.bench.experiment.Measurement;
import gclab.bench.experiment.Report;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress through the cells of a sweep or comparison, on stderr: a bar redrawn in place when stderr is a
 * terminal, else (when {@code linePerCell}) one line per finished cell, which logs read well.
 */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean linePerCell;
    private final int total;
    private int done;

    Progress(PrintWriter err, boolean terminal, boolean linePerCell, int total) {
        this.err = err;
        this.terminal = terminal;
        this.linePerCell = linePerCell;
        this.total = total;
    }

    /** Before a cell runs: the bar names it. */
    void starting(String what) {
        if (terminal) {
            err.print("\r" + bar() + " " + clip(what) + "\033[K");
            err.flush();
        }
    }

    /** After a cell ran. */
    void finished(Measurement m) {
        done++;
        if (terminal) {
            err.print("\r" + bar() + "\033[K");
            if (done == total) {
                err.println();
            }
            err.flush();
        } else if (linePerCell) {
            err.println(String.format(Locale.ROOT, "[%d/%d] %s: %s, %d pauses, %s ms", done, total,
                    m.cell().describe(), m.status(), m.result().pauses().count(),
                    Report.millis(m.result().outcome().runNanos())));
            err.flush();
        }
    }

    private String bar() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total;
    }

    private static String clip(String s) {
        return s.length() > 70 ? s.substring(0, 67) + "..." : s;
    }
}
