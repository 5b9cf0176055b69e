package gclab.bench.experiment;

import gclab.bench.demo.CollectorConfig;
import gclab.plots.charts.Charts;
import gclab.plots.results.ResultFiles;
import gclab.plots.results.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The files of a run's directory (see docs/RESULTS.md): {@code result.json}, {@code pauses.hlog}, {@code gc.log},
 * {@code heap-snapshot.json}, the run's charts, and what the program printed ({@value #STDOUT_TXT},
 * {@value #STDERR_TXT}), so that a merge can still check that every collector printed the same.
 */
public final class RunFiles {
    public static final String STDOUT_TXT = "stdout.txt";
    public static final String STDERR_TXT = "stderr.txt";
    /** What the host JVM printed for the same program ({@code gclab compare}, {@code gclab run --check}). */
    public static final String HOST_STDOUT_TXT = "host-stdout.txt";

    private RunFiles() {
    }

    /** Writes {@code m}'s files into {@code dir} (created if need be); the charts only if {@code charts}. */
    public static List<Path> write(Path dir, Measurement m, boolean charts) throws IOException {
        List<Path> files = new ArrayList<>(ResultFiles.writeRun(dir, m.result()));
        if (m.snapshot() != null) {
            files.add(ResultFiles.writeHeapSnapshot(dir, m.snapshot()));
        }
        files.add(Files.writeString(dir.resolve(STDOUT_TXT), m.stdout(), StandardCharsets.UTF_8));
        files.add(Files.writeString(dir.resolve(STDERR_TXT), m.stderr(), StandardCharsets.UTF_8));
        if (charts) {
            files.addAll(Charts.writeRun(dir, m.result(), m.snapshot()));
        }
        return files;
    }

    /** Redraws the charts of the run whose directory is {@code dir} from its files. */
    public static List<Path> redraw(Path dir) throws IOException {
        return Charts.writeRun(dir, ResultFiles.readRun(dir), ResultFiles.readHeapSnapshot(dir));
    }

    /** The program's output saved in run directory {@code dir}, or null if it has none. */
    public static String readStdout(Path dir) throws IOException {
        Path f = dir.resolve(STDOUT_TXT);
        return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : null;
    }

    /** What the program printed on stderr, saved in run directory {@code dir}, or null if it has none. */
    public static String readStderr(Path dir) throws IOException {
        Path f = dir.resolve(STDERR_TXT);
        return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : null;
    }

    /** A directory name for a configuration: {@code marksweep}, {@code marksweep_compact-never}. */
    public static String directoryName(CollectorConfig config) {
        StringBuilder b = new StringBuilder(safe(config.collector()));
        for (Map.Entry<String, String> e : config.options().entrySet()) {
            b.append('_').append(safe(e.getKey())).append('-').append(safe(e.getValue()));
        }
        return b.toString();
    }

    /** A directory name for a run's program: the workload or the main class's simple name. */
    public static String directoryName(Program program) {
        return safe(program.name());
    }

    /** {@code text} with every character but letters, digits, '.', '-' and '_' replaced by '_'. */
    static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The program that {@code result} ran, with its arguments, for checking that outputs agree. */
    static String programKey(RunResult result) {
        return result.inputs().mainClass() + " " + String.join(" ", result.inputs().arguments());
    }
}
