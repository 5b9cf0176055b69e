package gclab.bench;

import gclab.bench.experiment.Cell;
import gclab.bench.experiment.ChildProcess;
import gclab.bench.experiment.HostJvm;
import gclab.bench.experiment.Measurement;
import gclab.bench.experiment.Program;
import gclab.bench.experiment.RunFiles;
import gclab.plots.results.ResultFiles;
import gclab.plots.results.ResultJson;
import gclab.plots.results.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of {@code gclab compare --fork [N]}: each collector configuration's warm-up and measured runs in a child
 * JVM of its own ({@link CompareChildCommand}), so that the host JIT compiles the interpreter with that collector's
 * type profile alone (as JMH forks a JVM per benchmark); with N forks, N child JVMs per configuration, in rounds
 * (fork 1 of every configuration, then fork 2 of every configuration, ...), one at a time, whose runs are pooled.
 * The child is this JVM's command again: its {@code java}, its JVM options (-Xmx and the like) and class path, with
 * {@code gclab.bench.Main compare-child}, in this environment but for the variables that give a JVM options
 * ({@link #OPTION_VARIABLES}). It writes each measured run's directory where the in-process comparison would; the
 * parent reads every {@code result.json}, {@code stdout.txt} and {@code stderr.txt} back. A child that cannot start,
 * does not end within {@link #TIME_PER_RUN} per run, exits with a non-zero status or leaves a run without its
 * {@code result.json} is an error that names the configuration (and which fork, with several) and the file holding
 * the child's output: the comparison stops there, so no run is missing silently.
 */
final class ForkedRuns {
    /** The hidden subcommand the child runs. */
    static final String COMMAND = "compare-child";
    /**
     * A child's time limit per run (warm-ups included): far beyond any bundled workload inside gclab, even at its
     * default size (tens of seconds), so that only a stuck child reaches it.
     */
    static final Duration TIME_PER_RUN = Duration.ofMinutes(30);
    /** Lines of a failed child's output quoted in the error. */
    private static final int QUOTED_LINES = 3;
    /**
     * The environment variables from which a JVM takes options besides its command line: HotSpot reads
     * {@code JAVA_TOOL_OPTIONS} (put before the command line's options) and {@code _JAVA_OPTIONS} (after them), the
     * {@code java} launcher {@code JDK_JAVA_OPTIONS} (before them). What they gave is in this JVM's input arguments,
     * which the child's command line copies; a child that inherited them too would get each of their options twice
     * (a {@code -javaagent} loaded twice, an {@code -Xlog} file opened twice), and a debugger agent that the copy
     * leaves out ({@link #command}) would come back, on the parent's port. So the child runs without these variables
     * ({@link #childEnvironment}), rather than without their options on its command line: the input arguments do not
     * say which options came from them, and a variable's value does not say exactly either (the launcher rewrites
     * {@code --add-opens m/p=M} as {@code --add-opens=m/p=M} and expands {@code @files}). Every option then reaches
     * the child once, in this JVM's order.
     */
    static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private ForkedRuns() {
    }

    /** A child JVM that failed: its message names the configuration and the file holding the child's output. */
    static final class ChildFailure extends RuntimeException {
        ChildFailure(String message) {
            super(message);
        }
    }

    /**
     * Runs each of {@code cells} in {@code forks} child JVMs of its own, one JVM at a time, in rounds (fork 1 of every
     * cell, then fork 2 of every cell, ...), and returns each cell's measured runs in the order of their numbers
     * ({@link CompareCommand#runDirectory}): fork 1's, then fork 2's, ... The measurements have no heap snapshot: the
     * child drew the run's heap map into its directory.
     */
    static List<List<Measurement>> run(List<Cell> cells, int forks, int warmup, int repeat, RunSwitches switches,
                                       boolean debug, Path root, Progress progress) {
        List<List<Measurement>> byCell = new ArrayList<>();
        cells.forEach(c -> byCell.add(new ArrayList<>()));
        Path dir = root.toAbsolutePath();
        for (int fork = 1; fork <= forks; fork++) {
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                progress.starting(cell.describe() + (forks == 1 ? " (own JVM)" : " (JVM " + fork + "/" + forks + ")"));
                Fork f = new Fork(fork, forks, repeat);
                List<Measurement> runs = runChild(cell, f, dir, command(cell, f, warmup, switches, debug, dir),
                        TIME_PER_RUN.multipliedBy(warmup + repeat));
                progress.finished(runs.get(runs.size() - 1));
                byCell.get(i).addAll(runs);
            }
        }
        return byCell;
    }

    /**
     * Fork {@code number} (from 1) of {@code forks} of a configuration, each making {@code repeat} measured runs:
     * which run numbers its runs get, and the name of its log.
     */
    record Fork(int number, int forks, int repeat) {
        /** The directory of this fork's measured run {@code r} (from 1) of {@code cell}. */
        Path runDirectory(Path root, Cell cell, int r) {
            return CompareCommand.runDirectory(root, cell, forks * repeat, (number - 1) * repeat + r);
        }

        /** The fork (from 1) that made run {@code run} (from 1) of a configuration, each fork making {@code repeat}. */
        static int ofRun(int run, int repeat) {
            return (run - 1) / repeat + 1;
        }

        /** The file holding the child's command and output if it fails: {@code fork-<config>[-<number>].log}. */
        Path log(Path root, Cell cell) {
            return root.resolve("fork-" + RunFiles.directoryName(cell.config()) + (forks == 1 ? "" : "-" + number)
                    + ".log");
        }

        /** "the child JVM of CELL", with several forks "the child JVM (fork k of N) of CELL". */
        String describe(Cell cell) {
            return "the child JVM " + (forks == 1 ? "" : "(fork " + number + " of " + forks + ") ") + "of "
                    + cell.describe();
        }
    }

    /**
     * Runs {@code command}, the child that makes {@code fork}'s measured runs of {@code cell} under {@code root},
     * with a limit of {@code timeout}; returns the runs it wrote.
     */
    static List<Measurement> runChild(Cell cell, Fork fork, Path root, List<String> command, Duration timeout) {
        List<Path> dirs = new ArrayList<>();
        for (int r = 1; r <= fork.repeat(); r++) {
            Path dir = fork.runDirectory(root, cell, r);
            delete(dir.resolve(ResultFiles.RESULT_JSON)); // a result left by an earlier comparison is not this one's
            dirs.add(dir);
        }
        ChildProcess.Outcome o = ChildProcess.run(command, null, timeout, childEnvironment(System.getenv()));
        Path log = fork.log(root, cell);
        String child = fork.describe(cell);
        if (!o.ran()) {
            throw new ChildFailure(child + " failed: " + o.error() + " (its command is in " + writeLog(log, command, o)
                    + ")");
        }
        if (o.status() != 0) {
            String message = child + " failed with exit status " + o.status() + ": " + o.lastLines(QUOTED_LINES)
                    + " (its output is in " + writeLog(log, command, o) + ")";
            throw o.status() == Main.USAGE ? new UsageException(message) : new ChildFailure(message);
        }
        List<Measurement> runs = new ArrayList<>();
        Path stackTraces = null;
        for (Path dir : dirs) {
            if (!Files.exists(dir.resolve(ResultFiles.RESULT_JSON))) {
                throw new ChildFailure(child + " ended without writing " + dir.resolve(ResultFiles.RESULT_JSON)
                        + " (its output is in " + writeLog(log, command, o) + ")");
            }
            RunResult result = read(dir, child);
            RuntimeException vmFailure = null;
            if (Measurement.vmFailed(result)) {
                stackTraces = stackTraces != null ? stackTraces : writeLog(log, command, o);
                vmFailure = new ChildFailure(result.outcome().error() + " (in " + child + "; the stack trace is in "
                        + stackTraces + ")");
            }
            try {
                runs.add(new Measurement(cell, result, null, text(RunFiles.readStdout(dir)),
                        text(RunFiles.readStderr(dir)), vmFailure));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read what " + child + " wrote to " + dir, e);
            }
        }
        return runs;
    }

    /**
     * The command line of the child that runs {@code fork} of {@code cell}: this JVM's java, options, class path; with
     * {@code debug} ({@code gclab --debug}), the child's errors come with their stack traces too.
     */
    static List<String> command(Cell cell, Fork fork, int warmup, RunSwitches switches, boolean debug, Path root) {
        List<String> command = new ArrayList<>(List.of(HostJvm.current().java().toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-D" + Main.STDERR_TTY_PROPERTY + "=") && !option.startsWith("-agentlib:jdwp")
                    && !option.startsWith("-Xrunjdwp")) { // no progress bar in a log, no second debugger port
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), COMMAND));
        if (debug) {
            command.add("--debug");
        }
        command.addAll(List.of("-c", Commands.spec(cell.config()), "--heap", Long.toString(cell.heapBytes()),
                "--repeat", Integer.toString(fork.repeat()), "--warmup", Integer.toString(warmup),
                "--fork-number", Integer.toString(fork.number()), "--forks", Integer.toString(fork.forks()),
                "--out", root.toString(), "--max-instructions", Long.toString(switches.maxInstructions),
                "--heap-map", switches.heapMap));
        if (switches.verify) {
            command.add("--verify");
        }
        if (switches.stress) {
            command.add("--stress");
        }
        if (switches.noCharts) {
            command.add("--no-charts");
        }
        Program p = cell.program();
        command.addAll(p.workload() != null ? List.of("-w", p.workload(), "--")
                : List.of("--class-path", p.userClassPath(), "--", p.mainClass()));
        command.addAll(p.arguments());
        return command;
    }

    /** {@code environment} (this process's) without {@link #OPTION_VARIABLES}: the child's environment. */
    static Map<String, String> childEnvironment(Map<String, String> environment) {
        Map<String, String> child = new HashMap<>(environment);
        OPTION_VARIABLES.forEach(child::remove);
        return child;
    }

    private static RunResult read(Path dir, String child) {
        try {
            return ResultFiles.readRun(dir);
        } catch (ResultJson.ResultFormatException e) {
            throw new ChildFailure(child + " wrote a malformed " + dir.resolve(ResultFiles.RESULT_JSON) + ": "
                    + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read what " + child + " wrote to " + dir, e);
        }
    }

    /** Writes the child's command and output to {@code log}; returns it. */
    private static Path writeLog(Path log, List<String> command, ChildProcess.Outcome o) {
        String nl = System.lineSeparator();
        try {
            Files.writeString(log, "command: " + String.join(" ", command) + nl + (o.ran() ? "exit status: "
                    + o.status() : "not run to its end: " + o.error()) + nl + "--- stdout" + nl + o.stdout()
                    + "--- stderr" + nl + o.stderr(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the child JVM's output to " + log, e);
        }
        return log;
    }

    private static String text(String file) {
        return file == null ? "" : file;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
