package gclab.bench.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The one way gclab runs another process to its end (the host JVM as the output oracle, HotSpot's collectors,
 * the anchors' HotSpot programs, the child JVMs of {@code gclab compare --fork}): stdin empty, stdout and stderr
 * captured through temporary files (so that a child printing much never blocks on a full pipe), and the process
 * and its descendants killed if it has not ended within the timeout.
 */
public final class ChildProcess {
    private ChildProcess() {
    }

    /**
     * What a process did.
     *
     * @param status its exit status, -1 if it did not run to its end
     * @param nanos  how long it ran, 0 if it did not run to its end
     * @param error  why it did not run to its end (could not start, timed out, interrupted), or null if it did
     */
    public record Outcome(String stdout, String stderr, int status, long nanos, String error) {
        /** A line of a stack trace that names a frame, as {@link Throwable#printStackTrace()} indents them. */
        private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at .*|\\.\\.\\. \\d+ more)");

        /** The process ran to its end (with whatever exit status). */
        public boolean ran() {
            return error == null;
        }

        /**
         * The last {@code n} lines of stderr (of stdout if stderr has none) that are neither blank nor a stack trace's
         * frame ({@code \tat ...}, {@code ... 3 more}), joined with " / ": a stack trace quoted so shows its exception.
         */
        public String lastLines(int n) {
            List<String> lines = stderr.lines().filter(Outcome::quotable).toList();
            if (lines.isEmpty()) {
                lines = stdout.lines().filter(Outcome::quotable).toList();
            }
            return lines.isEmpty() ? "(it printed nothing)"
                    : String.join(" / ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
        }

        private static boolean quotable(String line) {
            return !line.isBlank() && !STACK_FRAME.matcher(line).matches();
        }
    }

    /**
     * Runs {@code command} in {@code directory} (null: the working directory), with this process's environment, and
     * waits at most {@code timeout} for it. Never throws: a process that cannot start or outlives its time is an
     * {@link Outcome} with an error.
     */
    public static Outcome run(List<String> command, Path directory, Duration timeout) {
        return run(command, directory, timeout, null);
    }

    /** As {@link #run(List, Path, Duration)}, with {@code environment}, if not null, as the whole environment. */
    public static Outcome run(List<String> command, Path directory, Duration timeout,
                              Map<String, String> environment) {
        Path out = null;
        Path err = null;
        Process process = null;
        try {
            out = Files.createTempFile("gclab-child-", ".stdout");
            err = Files.createTempFile("gclab-child-", ".stderr");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (directory != null) {
                pb.directory(directory.toFile());
            }
            if (environment != null) {
                pb.environment().clear();
                pb.environment().putAll(environment);
            }
            long start = System.nanoTime();
            process = pb.start();
            process.getOutputStream().close(); // stdin: empty
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return failed("it did not finish within " + describe(timeout));
            }
            long nanos = System.nanoTime() - start;
            return new Outcome(Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), process.exitValue(), nanos, null);
        } catch (IOException e) {
            return failed("cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted while waiting for it");
        } finally {
            if (process != null && process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                try {
                    process.waitFor(10, TimeUnit.SECONDS); // let it release the files before they are deleted
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            delete(out);
            delete(err);
        }
    }

    /** {@code 2 s}, {@code 1500 ms}, {@code 30 min}. */
    public static String describe(Duration d) {
        if (d.toMillis() % 60_000 == 0 && d.toMinutes() > 1) {
            return d.toMinutes() + " min";
        }
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static Outcome failed(String why) {
        return new Outcome("", "", -1, 0, why);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }
}
