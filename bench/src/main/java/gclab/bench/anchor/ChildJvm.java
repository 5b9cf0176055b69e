package gclab.bench.anchor;

import gclab.bench.experiment.ChildProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs a HotSpot anchor program in a child JVM and hands back what it printed (its GC log among it). */
final class ChildJvm {
    /** Lines of a failed run's output quoted in the error. */
    private static final int QUOTED_LINES = 5;
    /** Far longer than any anchor program takes (seconds); only a stuck child reaches it. */
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private ChildJvm() {
    }

    /**
     * Runs {@code command} and returns the lines of its standard output, then those of its standard error; throws
     * if the process cannot run, does not end within {@link #TIMEOUT} or exits with a non-zero status, quoting the
     * last lines it printed.
     */
    static List<String> outputLines(List<String> command) {
        ChildProcess.Outcome o = ChildProcess.run(command, null, TIMEOUT);
        if (!o.ran()) {
            throw new IllegalStateException("the HotSpot run failed: " + o.error());
        }
        if (o.status() != 0) {
            throw new IllegalStateException("the HotSpot run failed (exit " + o.status() + "): "
                    + o.lastLines(QUOTED_LINES));
        }
        List<String> lines = new ArrayList<>(o.stdout().lines().toList());
        lines.addAll(o.stderr().lines().toList());
        return lines;
    }
}
