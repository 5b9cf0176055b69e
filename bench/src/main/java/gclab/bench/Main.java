package gclab.bench;

import gclab.bench.experiment.HostJvm;
import gclab.bench.experiment.HostOracle;
import gclab.heap.HeapException;
import gclab.heap.spi.InvalidOptionException;
import gclab.heap.spi.UnknownCollectorException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code gclab} command. With no arguments it runs {@code gclab compare}: the default workload under every
 * collector. Mistakes in the arguments (a bad size, an unknown workload, collector or option, an output directory
 * that cannot be written) are one line on stderr starting {@code gclab: } and exit status 2, never a stack trace
 * unless {@code --debug} is given.
 */
@Command(name = "gclab", mixinStandardHelpOptions = true, version = "gclab 0.1.0",
        description = {"A garbage-collector lab: Java programs run in gclab's own bytecode interpreter, their"
                + " objects in a simulated heap managed by swappable collectors, and every pause, unit of collector"
                + " work and byte of fragmentation is measured.",
                "Without a command, gclab runs 'compare': the default workload (binarytrees 14) under every"
                + " collector. 'gclab COMMAND --help' explains each command."},
        subcommands = {ListCommand.class, RunCommand.class, CompareCommand.class, SweepCommand.class,
            MergeCommand.class, PlotCommand.class, DemoCommand.class, AnchorCommand.class, JmhCommand.class,
            CompareChildCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit status for a mistake in the arguments. */
    public static final int USAGE = 2;
    /** The default simulated heap of run and compare. */
    static final String DEFAULT_HEAP = "16m";
    /** Set by the ./gclab launcher to {@code true} when stderr is a terminal (Java cannot tell by itself). */
    public static final String STDERR_TTY_PROPERTY = "gclab.stderr.tty";

    private final boolean stderrIsTerminal;
    private final boolean debug;
    private final Path baseDirectory;
    private final HostOracle hostOracle;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "print the stack trace of an error, not only its one-line message")
    boolean debugOption;

    private Main(boolean stderrIsTerminal, boolean debug, Path baseDirectory, HostOracle hostOracle) {
        this.stderrIsTerminal = stderrIsTerminal;
        this.debug = debug;
        this.baseDirectory = baseDirectory;
        this.hostOracle = hostOracle;
    }

    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // the charts need no display
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err, Boolean.getBoolean(STDERR_TTY_PROPERTY)));
    }

    /** Runs the command line {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, false);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}; a progress bar is drawn if {@code stderrIsTerminal}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, boolean stderrIsTerminal) {
        return run(args, out, err, stderrIsTerminal, Path.of(""));
    }

    /**
     * As {@link #run(String[], PrintWriter, PrintWriter, boolean)}, with the default output directory
     * {@code gclab-out/<timestamp>} under {@code baseDirectory} instead of the working directory.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, boolean stderrIsTerminal,
                          Path baseDirectory) {
        return run(args, out, err, stderrIsTerminal, baseDirectory, HostJvm.current());
    }

    /** As above, with {@code hostOracle} in place of the host JVM as the oracle of the program's output. */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean stderrIsTerminal, Path baseDirectory,
                   HostOracle hostOracle) {
        int dashes = Arrays.asList(args).indexOf("--");
        boolean debug = Arrays.asList(dashes < 0 ? args : Arrays.copyOf(args, dashes)).contains("--debug");
        Main main = new Main(stderrIsTerminal, debug, baseDirectory, hostOracle);
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.getSubcommands().get("jmh").setUnmatchedOptionsArePositionalParams(true);
        cl.setParameterExceptionHandler((e, arguments) -> {
            err.println("gclab: " + e.getMessage() + " (see " + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help)");
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException || e instanceof UnknownCollectorException
                    || e instanceof InvalidOptionException) {
                main.reportFailure(err, e.getMessage(), e); // the message lists what is valid
                return USAGE;
            }
            if (e instanceof ForkedRuns.ChildFailure) {
                main.reportFailure(err, e.getMessage(), e); // names the child's configuration and its output's file
                return 1;
            }
            if (e instanceof HeapException) {
                // gclab's own diagnosis (a corrupt heap found by the verifier): its message says what and where.
                main.reportFailure(err, e.getMessage(), e);
                return 1;
            }
            if (e instanceof UncheckedIOException || e instanceof IOException) {
                Throwable io = e instanceof UncheckedIOException ? e.getCause() : e;
                String what = e instanceof UncheckedIOException && e.getMessage() != null
                        && !e.getMessage().equals(String.valueOf(io)) ? e.getMessage() + ": " : "";
                main.reportFailure(err, what + io, e);
                return 1;
            }
            main.reportFailure(err, "internal error: " + e, e);
            return 1;
        });
        return cl.execute(args.length == 0 ? new String[] {"compare"} : args);
    }

    /** The command line of a fresh gclab command, to inspect its commands and options. */
    static CommandLine commandLine() {
        return new CommandLine(new Main(false, false, Path.of(""), HostJvm.current()));
    }

    /** {@code gclab: <message>} on one line, the stack trace too with {@code --debug}. */
    void reportFailure(PrintWriter err, String message, Throwable e) {
        String line = message == null ? String.valueOf(e) : message;
        err.println(line.startsWith("gclab: ") ? line : "gclab: " + line);
        if (debug) {
            e.printStackTrace(err);
        } else if (!(e instanceof UsageException) && !(e instanceof UnknownCollectorException)
                && !(e instanceof InvalidOptionException) && !(e instanceof ForkedRuns.ChildFailure)) {
            err.println("gclab: (run with --debug for the stack trace)");
        }
        err.flush();
    }

    /** What the program prints on the host JVM: the oracle of {@code compare} and {@code run --check}. */
    HostOracle hostOracle() {
        return hostOracle;
    }

    /** {@code --debug} was given (before any {@code --}): errors come with their stack traces. */
    boolean debug() {
        return debug;
    }

    boolean stderrIsTerminal() {
        return stderrIsTerminal;
    }

    /** A new directory {@code gclab-out/<timestamp>} for results, not yet created. */
    Path defaultOutput() {
        return OutputDirs.timestamped(baseDirectory);
    }

    /** {@code gclab} with options but no command: the comparison with its defaults. */
    @Override
    public Integer call() {
        return spec.subcommands().get("compare").execute(debugOption ? new String[] {"--debug"} : new String[0]);
    }
}
