package gclab.bench.anchor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a HotSpot anchor program in a child JVM and hands back what it printed (its GC log among it). */
final class ChildJvm {
    /** Lines of a failed run's output quoted in the error. */
    private static final int QUOTED_LINES = 5;

    private ChildJvm() {
    }

    /**
     * Runs {@code command}, standard error merged into standard output, and returns the output's lines; throws
     * if the process exits with a non-zero status, quoting the last lines it printed.
     */
    static List<String> outputLines(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        int status = p.waitFor();
        if (status != 0) {
            throw new IllegalStateException("the HotSpot run failed (exit " + status + "): " + String.join(" / ",
                    lines.subList(Math.max(0, lines.size() - QUOTED_LINES), lines.size())));
        }
        return lines;
    }
}
