package gclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every mistake in the arguments is one line on stderr starting "gclab: ", status 2, and nothing runs. */
class CliErrorsTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(List.of("run", "-w", "nope"), "unknown workload 'nope'"),
                Arguments.of(List.of("run", "-w", "nope"), "binarytrees"),
                Arguments.of(List.of("run"), "needs a program"),
                Arguments.of(List.of("run", "-w", "binarytrees", "--class-path", "x", "Main"), "not both"),
                Arguments.of(List.of("run", "-w", "binarytrees", "-c", "lazy"), "unknown collector 'lazy'"),
                Arguments.of(List.of("run", "-w", "binarytrees", "-c", "lazy"), "marksweep, nogc"),
                Arguments.of(List.of("run", "-w", "binarytrees", "-o", "policy=worst-fit"), "first-fit"),
                Arguments.of(List.of("run", "-w", "binarytrees", "-o", "bogus=1"), "unknown option 'bogus'"),
                Arguments.of(List.of("run", "-w", "binarytrees", "-c", "nogc", "-o", "policy=best-fit"),
                        "takes no options"),
                Arguments.of(List.of("run", "-w", "binarytrees", "-o", "policy"), "bad -o 'policy'"),
                Arguments.of(List.of("run", "-w", "binarytrees", "-c", "marksweep:compact=sometimes"), "sometimes"),
                Arguments.of(List.of("run", "-w", "binarytrees", "--heap", "12q"), "bad heap size '12q'"),
                Arguments.of(List.of("run", "-w", "binarytrees", "--heap", "8"), "outside the range"),
                Arguments.of(List.of("run", "-w", "binarytrees", "--max-instructions", "0"), "--max-instructions"),
                Arguments.of(List.of("run", "-w", "binarytrees", "--hep", "8m"), "--hep"),
                Arguments.of(List.of("run", "-w", "binarytrees", "--heap-map", "first"), "bad --heap-map 'first'"),
                Arguments.of(List.of("compare", "--heap-map", "-1"), "bad --heap-map '-1'"),
                Arguments.of(List.of("run", "--class-path", "/no/such/dir", "Main"), "'/no/such/dir' does not exist"),
                Arguments.of(List.of("run", "--class-path", "."), "MAIN"),
                Arguments.of(List.of("run", "--class-path", ".", "NoSuchMain"), "main class NoSuchMain not found"),
                Arguments.of(List.of("compare", "-w", "binarytrees,lru"), "one workload"),
                Arguments.of(List.of("compare", "-c", "marksweep,,nogc"), "empty collector"),
                Arguments.of(List.of("compare", "-c", "marksweep,marksweep"), "given twice"),
                Arguments.of(List.of("compare", "-c", "g1"), "unknown collector 'g1'"),
                Arguments.of(List.of("compare", "--repeat", "0"), "--repeat"),
                Arguments.of(List.of("compare", "--heap", "1x"), "bad heap size '1x'"),
                Arguments.of(List.of("sweep", "--shard", "2/2"), "bad --shard '2/2'"),
                Arguments.of(List.of("sweep", "--shard", "-1/2"), "bad --shard"),
                Arguments.of(List.of("sweep", "--shard", "1/0"), "bad --shard"),
                Arguments.of(List.of("sweep", "--shard", "half"), "bad --shard 'half'"),
                Arguments.of(List.of("sweep", "--heaps", "8m,12q"), "bad heap size '12q'"),
                Arguments.of(List.of("sweep", "--heaps", "8m,8m"), "given twice"),
                Arguments.of(List.of("sweep", "-w", "lru,nope"), "unknown workload 'nope'"),
                Arguments.of(List.of("merge", "/no/such/dir", "--out", "x"), "is not a directory"),
                Arguments.of(List.of("merge", "."), "--out"),
                Arguments.of(List.of("plot"), "DIR"),
                Arguments.of(List.of("plot", "/no/such/dir"), "is not a directory"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isOneLineAndStatus2(List<String> args, String mentioned) {
        Cli.Outcome o = Cli.run(tmp, args.toArray(new String[0]));
        Cli.assertUsageError(o, mentioned);
        assertEquals("", o.out(), "nothing ran");
        assertTrue(!Files.exists(tmp.resolve(OutputDirs.DEFAULT_ROOT)), "no output directory was made");
    }

    @Test
    void anOutputDirectoryThatCannotBeWrittenIsAUsageError() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "in the way");
        Cli.Outcome o = Cli.run(tmp, "run", "-w", "binarytrees", "--small", "--out", file.resolve("run").toString());
        Cli.assertUsageError(o, "cannot write to output directory");
        Cli.Outcome c = Cli.run(tmp, "compare", "--out", file.toString());
        Cli.assertUsageError(c, "cannot write to output directory");
    }

    @Test
    void aClassPathEntryThatIsNeitherADirectoryNorAJarIsAUsageError() throws IOException {
        Path text = Files.writeString(tmp.resolve("notes.txt"), "not a jar");
        Cli.assertUsageError(Cli.run(tmp, "run", "--class-path", text.toString(), "Main"),
                "neither a directory nor a jar");
    }

    @Test
    void aDirectoryWithoutResultsCannotBeMergedOrPlotted() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli.assertUsageError(Cli.run(tmp, "merge", empty.toString(), "--out", tmp.resolve("m").toString()),
                "no run directory");
        Cli.assertUsageError(Cli.run(tmp, "plot", empty.toString()), "no run directory");
    }

    @Test
    void aCorruptResultFileIsAUsageErrorNamingIt() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("r/binarytrees/marksweep"));
        Files.writeString(run.resolve("result.json"), "{\"schemaVersion\": 99}");
        Cli.Outcome o = Cli.run(tmp, "plot", tmp.resolve("r").toString());
        Cli.assertUsageError(o, "result.json");
    }

    @Test
    void debugAddsTheStackTrace() {
        Cli.Outcome o = Cli.run(tmp, "run", "-w", "binarytrees", "--heap", "12q", "--debug");
        assertEquals(Main.USAGE, o.status());
        assertTrue(o.err().startsWith("gclab: "), o.toString());
        assertTrue(o.err().contains("\tat "), o.toString());
    }

    /** Every option of every command is in its --help, and every option with a default shows it. */
    @Test
    void helpExplainsEveryOptionWithItsDefault() {
        for (String command : List.of("list", "run", "compare", "sweep", "merge", "plot")) {
            Cli.Outcome o = Cli.run(tmp, command, "--help");
            assertEquals(0, o.status(), o.toString());
            CommandLine cl = Main.commandLine().getSubcommands().get(command);
            for (OptionSpec option : cl.getCommandSpec().options()) {
                assertTrue(o.out().contains(option.longestName()), command + " --help lacks " + option.longestName()
                        + ":\n" + o.out());
                String defaultValue = option.defaultValue();
                boolean shownDefault = defaultValue == null
                        || String.join(" ", option.description()).contains("(default: ");
                assertTrue(shownDefault, command + " " + option.longestName() + " hides its default");
            }
        }
        StringWriter help = new StringWriter();
        Main.run(new String[] {"--help"}, new PrintWriter(help, true), new PrintWriter(new StringWriter(), true));
        for (String command : List.of("list", "run", "compare", "sweep", "merge", "plot", "demo")) {
            assertTrue(help.toString().contains(command), command + " missing from gclab --help");
        }
    }
}
