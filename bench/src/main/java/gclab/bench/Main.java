package gclab.bench;

import gclab.heap.HeapException;
import gclab.heap.spi.InvalidOptionException;
import gclab.heap.spi.UnknownCollectorException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code gclab} command. With no arguments it runs {@code gclab demo}. Mistakes in the arguments (a bad
 * size, an unknown collector or option) are one line on stderr and exit status 2, never a stack trace.
 */
@Command(name = "gclab", mixinStandardHelpOptions = true, version = "gclab 0.1.0",
        description = "A garbage-collector lab: swappable collectors manage a simulated heap, and every pause, "
                + "unit of collector work and byte of fragmentation is measured. Without a command, gclab runs "
                + "'demo'.",
        subcommands = {DemoCommand.class, AnchorCommand.class, JmhCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit status for a mistake in the arguments. */
    public static final int USAGE = 2;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err));
    }

    /** Runs the command line {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.getSubcommands().get("jmh").setUnmatchedOptionsArePositionalParams(true);
        cl.setParameterExceptionHandler((e, arguments) -> {
            err.println("gclab: " + e.getMessage() + " (see gclab --help)");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException || e instanceof UnknownCollectorException
                    || e instanceof InvalidOptionException) {
                err.println("gclab: " + e.getMessage()); // the message lists what is valid
                err.flush();
                return USAGE;
            }
            if (e instanceof HeapException) {
                // gclab's own diagnosis (a corrupt heap found by the verifier): its message says what and where.
                err.println("gclab: " + e.getMessage());
                err.flush();
                return 1;
            }
            throw e;
        });
        return cl.execute(args.length == 0 ? new String[] {"demo"} : args);
    }

    @Spec
    CommandSpec spec;

    /** {@code gclab} with options but no command: the demo with its defaults. */
    @Override
    public Integer call() {
        return spec.subcommands().get("demo").execute();
    }
}
