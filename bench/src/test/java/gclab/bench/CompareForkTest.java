package gclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gclab.bench.demo.CollectorConfig;
import gclab.bench.experiment.Cell;
import gclab.bench.experiment.ChildProcess;
import gclab.bench.experiment.HeapMapChoice;
import gclab.bench.experiment.HostJvm;
import gclab.bench.experiment.Program;
import gclab.heap.spi.CollectorRegistry;
import gclab.plots.results.ResultFiles;
import gclab.plots.results.RunResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gclab compare --fork}: each configuration in a child JVM of its own, the same table and files. */
class CompareForkTest {
    /** Stop-the-world collectors, whose work counts are deterministic (tricolor's collector thread's are not). */
    private static final List<String> COLLECTORS = List.of("marksweep", "generational");

    @TempDir
    Path tmp;

    @Test
    void forkedComparisonHasEveryRowFileAndWorkCountOfTheInProcessOne() throws IOException {
        Path forked = tmp.resolve("forked");
        Path inProcess = tmp.resolve("in-process");
        Cli.Outcome f = compare(forked, "--fork");
        Cli.Outcome i = compare(inProcess);
        for (Cli.Outcome o : List.of(f, i)) {
            assertEquals(0, o.status(), o.toString());
            assertTrue(o.out().contains("Output check: every run that finished printed exactly what the host JVM"
                    + " prints (4 runs)."), o.toString());
            for (String collector : COLLECTORS) {
                assertTrue(o.out().lines().anyMatch(l -> l.startsWith(collector + " ") && l.contains(" ok ")),
                        collector + "'s row:\n" + o);
            }
        }
        assertTrue(f.out().contains("each configuration in a child JVM of its own"), f.toString());
        assertEquals(files(inProcess), files(forked), "the same files at the same paths, no child's log left");
        assertTrue(Files.exists(forked.resolve("summary.csv")));
        assertTrue(Files.exists(forked.resolve("host-stdout.txt")));
        assertEquals(List.of("marksweep 1 1", "generational 1 1", "marksweep 2 1", "generational 2 1"),
                Cli.summary(forked, "collector", "run", "fork"), "four runs, each configuration's in its fork 1");
        assertEquals(List.of("marksweep 1 0", "generational 1 0", "marksweep 2 0", "generational 2 0"),
                Cli.summary(inProcess, "collector", "run", "fork"), "not forked: fork 0");
        for (String collector : COLLECTORS) {
            for (String run : List.of("1", "2")) {
                Path dir = Path.of("binarytrees", collector, run);
                RunResult a = ResultFiles.readRun(forked.resolve(dir));
                RunResult b = ResultFiles.readRun(inProcess.resolve(dir));
                assertTrue(a.counts().pauses() > 0, dir + ": the 64k heap makes the collector work");
                assertFalse(a.work().isEmpty(), dir.toString());
                assertEquals(b.work(), a.work(), dir + ": the same work in a child JVM");
                assertEquals(b.counts().pauses(), a.counts().pauses(), dir.toString());
                assertEquals(Files.readString(inProcess.resolve(dir).resolve("stdout.txt")),
                        Files.readString(forked.resolve(dir).resolve("stdout.txt")), dir.toString());
            }
        }
    }

    @Test
    void failingChildIsAnErrorNamingItsConfigurationAndItsLog() throws IOException {
        long heap = 4L << 30;
        assumeTrue(Runtime.getRuntime().maxMemory() < heap, "the child has this JVM's -Xmx (2g in the build)");
        Path out = tmp.resolve("failed");
        Cli.Outcome o = Cli.run(tmp, "compare", "-w", "binarytrees", "--small", "--heap", "4g", "--warmup", "0",
                "-c", "marksweep", "--no-charts", "--fork", "--out", out.toString());
        assertEquals(Main.USAGE, o.status(), "the child's own mistake in the arguments:\n" + o);
        Path log = out.toAbsolutePath().resolve("fork-marksweep.log");
        assertEquals(1, o.errLines().size(), o.toString());
        assertTrue(o.err().startsWith("gclab: the child JVM of binarytrees 6, marksweep, heap 4g failed with exit"
                + " status 2: gclab: the host JVM has too little memory for a simulated heap of 4g"), o.toString());
        assertTrue(o.err().contains("(its output is in " + log + ")"), o.toString());
        assertFalse(o.out().contains("Wrote "), "no table of missing rows:\n" + o);
        String logged = Files.readString(log);
        assertTrue(logged.startsWith("command: "), logged);
        assertTrue(logged.contains(" compare-child -c marksweep --heap " + heap + " "), logged);
        assertTrue(logged.contains("exit status: 2"), logged);
    }

    @Test
    void childThatCrashesHangsOrWritesNoResultIsAnErrorNamingItAndItsOutput() throws IOException {
        Path classes = Cli.compile(tmp, "Child", """
                public class Child {
                    public static void main(String[] args) throws Exception {
                        System.err.println("child: " + args[0]);
                        if (args[0].equals("hang")) {
                            Thread.sleep(600_000);
                        }
                        System.exit(args[0].equals("crash") ? 134 : 0);
                    }
                }
                """);
        Cell cell = new Cell(Program.bundled("binarytrees", List.of("6")),
                CollectorConfig.parseExact(new CollectorRegistry(), "marksweep"), 64 << 10, false, false,
                Long.MAX_VALUE, HeapMapChoice.parse("none"));
        Path root = tmp.resolve("out");
        Path stale = root.resolve("binarytrees/marksweep/1/result.json");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "{}");
        Path log = root.resolve("fork-marksweep.log");
        String child = "the child JVM of binarytrees 6, marksweep, heap 64k ";
        ForkedRuns.Fork one = new ForkedRuns.Fork(1, 1, 2);

        // An earlier comparison's result.json (stale) is not taken for this one's.
        assertCrashAndNoResultAreErrors(cell, one, root, classes, child, log, stale);

        ForkedRuns.ChildFailure hung = assertThrows(ForkedRuns.ChildFailure.class,
                () -> ForkedRuns.runChild(cell, one, root, command(classes, "hang"), Duration.ofSeconds(1)));
        assertEquals(child + "failed: it did not finish within 1 s (its command is in " + log + ")",
                hung.getMessage());
        assertTrue(Files.readString(log).contains("not run to its end: it did not finish within 1 s"),
                Files.readString(log));

        Path stale4 = root.resolve("binarytrees/marksweep/4/result.json"); // fork 2 of 3 makes runs 3 and 4 of 6
        Files.createDirectories(stale4.getParent());
        Files.writeString(stale4, "{}");
        Path log2 = root.resolve("fork-marksweep-2.log");
        ForkedRuns.Fork second = new ForkedRuns.Fork(2, 3, 2);
        String child2 = "the child JVM (fork 2 of 3) of binarytrees 6, marksweep, heap 64k ";
        assertCrashAndNoResultAreErrors(cell, second, root, classes, child2, log2,
                root.resolve("binarytrees/marksweep/3/result.json"));
        assertFalse(Files.exists(stale4), "fork 2's runs are 3 and 4: an earlier run 4's result.json is deleted");
    }

    /**
     * A child of {@code fork} that crashes, and one that exits 0 without writing {@code missing}, are each an error
     * naming {@code child} and its log, which holds the crashed child's exit status.
     */
    private static void assertCrashAndNoResultAreErrors(Cell cell, ForkedRuns.Fork fork, Path root, Path classes,
                                                        String child, Path log, Path missing) throws IOException {
        ForkedRuns.ChildFailure crashed = assertThrows(ForkedRuns.ChildFailure.class,
                () -> ForkedRuns.runChild(cell, fork, root, command(classes, "crash"), Duration.ofMinutes(1)));
        assertEquals(child + "failed with exit status 134: child: crash (its output is in " + log + ")",
                crashed.getMessage());
        assertTrue(Files.readString(log).contains("exit status: 134"), Files.readString(log));
        ForkedRuns.ChildFailure wroteNothing = assertThrows(ForkedRuns.ChildFailure.class,
                () -> ForkedRuns.runChild(cell, fork, root, command(classes, "ok"), Duration.ofMinutes(1)));
        assertEquals(child + "ended without writing " + missing + " (its output is in " + log + ")",
                wroteNothing.getMessage());
    }

    private static List<String> command(Path classes, String what) {
        return List.of(HostJvm.current().java().toString(), "-cp", classes.toString(), "Child", what);
    }

    @Test
    void childCommandLineRunsTheSameCellWithThisJvmsOptions() throws IOException {
        Path classes = Cli.compile(tmp, "Hello", "public class Hello { public static void main(String[] a) { } }");
        CommandLine parent = Main.commandLine();
        parent.parseArgs("compare", "--class-path", classes.toString(), "--heap", "1536k", "--repeat", "3", "--warmup",
                "2", "-c", "marksweep:compact=never:policy=best-fit", "--verify", "--heap-map", "4",
                "--max-instructions", "123456", "--no-charts", "--fork", "--", "Hello", "-x", "a b");
        CompareCommand compare = parent.getSubcommands().get("compare").getCommand();
        CollectorConfig config = Commands.configs(new CollectorRegistry(), compare.collectors).get(0);
        Cell cell = compare.switches.cell(compare.program.resolve(false).get(0), config, compare.heapBytes);

        List<String> command = ForkedRuns.command(cell, new ForkedRuns.Fork(2, 4, 3), 2, compare.switches, false,
                tmp);
        assertTrue(command.containsAll(ManagementFactory.getRuntimeMXBean().getInputArguments()), command::toString);
        int main = command.indexOf(Main.class.getName());
        assertEquals(System.getProperty("java.class.path"), command.get(main - 1), "this JVM's class path");
        CommandLine child = Main.commandLine();
        child.parseArgs(command.subList(main + 1, command.size()).toArray(new String[0]));
        CompareChildCommand c = child.getSubcommands().get(ForkedRuns.COMMAND).getCommand();
        assertEquals(cell, c.switches.cell(c.program.resolve(false).get(0),
                Commands.config(new CollectorRegistry(), c.collector, null), c.heapBytes));
        assertEquals(List.of("Hello", "-x", "a b"), c.program.parameters);
        assertEquals(2, c.warmup);
        assertEquals(3, c.repeat);
        assertEquals(2, c.forkNumber);
        assertEquals(4, c.forks);
        assertEquals(tmp, c.out);
        assertTrue(c.switches.noCharts);
        assertFalse(command.contains("--debug"), "no --debug in the parent, none in the child");

        List<String> debug = ForkedRuns.command(cell, new ForkedRuns.Fork(2, 4, 3), 2, compare.switches, true, tmp);
        int dashes = debug.indexOf("--");
        assertEquals(1, debug.stream().filter("--debug"::equals).count(), debug::toString);
        assertTrue(debug.indexOf("--debug") > debug.indexOf(ForkedRuns.COMMAND) && debug.indexOf("--debug") < dashes,
                "an option of compare-child, not an argument of the program: " + debug);
        List<String> without = new ArrayList<>(debug);
        without.remove("--debug");
        assertEquals(command, without, "--debug is all that differs");
    }

    @Test
    void parentWithDebugGivesItsChildDebugAndQuotesTheChildsErrorNotItsStackFrames() throws IOException {
        long heap = 4L << 30;
        assumeTrue(Runtime.getRuntime().maxMemory() < heap, "the child has this JVM's -Xmx (2g in the build)");
        Path out = tmp.resolve("failed");
        Cli.Outcome o = Cli.run(tmp, "--debug", "compare", "-w", "binarytrees", "--small", "--heap", "4g",
                "--warmup", "0", "-c", "marksweep", "--no-charts", "--fork", "--out", out.toString());
        assertEquals(Main.USAGE, o.status(), o.toString());
        String logged = Files.readString(out.toAbsolutePath().resolve("fork-marksweep.log"));
        assertTrue(logged.contains(" compare-child --debug -c marksweep "), logged);
        assertTrue(logged.contains("gclab.bench.UsageException: the host JVM has too little memory")
                && logged.contains("\tat gclab.bench."), "the child printed its stack trace:\n" + logged);
        String first = o.errLines().get(0);
        assertTrue(first.startsWith("gclab: the child JVM of binarytrees 6, marksweep, heap 4g failed with exit status"
                + " 2: gclab: the host JVM has too little memory for a simulated heap of 4g"), o.toString());
        assertFalse(first.contains("\tat ") || first.contains(" at gclab."), "no stack frame quoted: " + first);
        assertTrue(o.err().contains("\tat gclab.bench.ForkedRuns.runChild"), "the parent's own trace:\n" + o);
    }

    @Test
    void aChildsQuotedLinesLeaveOutStackFrames() {
        ChildProcess.Outcome o = new ChildProcess.Outcome("", "gclab: it broke\njava.lang.IllegalStateException: it"
                + " broke\n\tat a.B.c(B.java:1)\nCaused by: java.io.IOException: disk\n\tat d.E.f(E.java:2)\n\t... 3"
                + " more\n", 1, 0, null);
        assertEquals("java.lang.IllegalStateException: it broke / Caused by: java.io.IOException: disk",
                o.lastLines(2));
        assertEquals("(it printed nothing)", new ChildProcess.Outcome("", "\tat a.B.c(B.java:1)\n", 1, 0, null)
                .lastLines(3));
        assertEquals("at least one / line", new ChildProcess.Outcome("at least one\nline\n", "", 1, 0, null)
                .lastLines(3), "a line of the program's own that starts with 'at' is not a frame");
    }

    @Test
    void theChildsEnvironmentHasNoVariableThatGivesTheJvmOptions() {
        Map<String, String> parent = Map.of("JAVA_TOOL_OPTIONS", "-javaagent:a.jar", "JDK_JAVA_OPTIONS", "-Xlog:gc",
                "_JAVA_OPTIONS", "-Dx=1", "PATH", "/usr/bin", "JAVA_HOME", "/jdk");
        assertEquals(Map.of("PATH", "/usr/bin", "JAVA_HOME", "/jdk"), ForkedRuns.childEnvironment(parent));
        assertEquals(Map.of(), ForkedRuns.childEnvironment(Map.of()));
    }

    /**
     * A gclab started with a {@code -javaagent} in each of the variables that give a JVM options: its child JVM loads
     * the agent once, not once from its command line (the parent's input arguments) and again from the variable.
     */
    @Test
    void anOptionFromTheEnvironmentReachesTheChildJvmOnce() throws IOException {
        assumeFalse(tmp.toString().matches(".*[\\s'\"].*"), "the agent's path goes into a variable unquoted");
        Path classes = Cli.compile(tmp, "Agent", """
                import java.nio.file.*;
                public class Agent {
                    public static void premain(String file) throws Exception {
                        Files.writeString(Path.of(file), ProcessHandle.current().pid() + "\\n",
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    }
                }
                """);
        Path agent = tmp.resolve("agent.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", "Agent");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(agent), manifest)) {
            jar.putNextEntry(new JarEntry("Agent.class"));
            jar.write(Files.readAllBytes(classes.resolve("Agent.class")));
            jar.closeEntry();
        }
        for (String variable : ForkedRuns.OPTION_VARIABLES) {
            Path loads = tmp.resolve(variable + ".pids"); // a line per agent load: the JVM's process id
            Path out = tmp.resolve(variable + "-out");
            Map<String, String> environment = new HashMap<>(ForkedRuns.childEnvironment(System.getenv()));
            environment.put(variable, "-javaagent:" + agent + "=" + loads);
            ChildProcess.Outcome o = ChildProcess.run(List.of(HostJvm.current().java().toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "compare", "-w", "binarytrees",
                    "--small", "-c", "marksweep", "--warmup", "0", "--no-charts", "--heap-map", "none", "--fork",
                    "--out", out.toString()), null, Duration.ofMinutes(2), environment);
            String what = variable + ": " + o;
            assertEquals(0, o.status(), what);
            assertTrue(Files.exists(out.resolve("binarytrees/marksweep/result.json")), what);
            Map<String, Long> byJvm = Files.readAllLines(loads).stream()
                    .collect(Collectors.groupingBy(pid -> pid, Collectors.counting()));
            assertTrue(byJvm.size() >= 2, "the parent and its child JVM (and the host oracle) loaded it: " + byJvm);
            assertEquals(Set.of(1L), Set.copyOf(byJvm.values()), "each JVM once: " + byJvm + "; " + what);
        }
    }

    @Test
    void twoForksOfTwoRunsGiveFourNumberedRunsPerConfigurationWithTheInProcessWorkCounts() throws IOException {
        Path forked = tmp.resolve("forked");
        Path inProcess = tmp.resolve("in-process");
        Cli.Outcome f = compare(forked, "--fork", "2");
        Cli.Outcome i = compare(inProcess);
        assertEquals(0, f.status(), f.toString());
        assertEquals(0, i.status(), i.toString());
        assertTrue(f.out().lines().findFirst().orElseThrow().endsWith(", each configuration in 2 child JVMs of its"
                + " own, one after another (2 x 2 runs pooled))"), f.toString());
        assertTrue(f.out().contains("Output check: every run that finished printed exactly what the host JVM"
                + " prints (8 runs)."), f.toString());
        assertTrue(f.out().contains("Wrote 8 run directories"), f.toString());
        assertTrue(f.out().contains("run ms per JVM (the median of each JVM's runs; the table shows the median of"
                + " all):"), f.toString());
        for (String collector : COLLECTORS) {
            assertTrue(f.out().lines().anyMatch(l -> l.matches("  " + collector + " +[0-9.]+, [0-9.]+")),
                    collector + ": one median per JVM, two JVMs: " + f);
        }
        assertFalse(i.out().contains("run ms per JVM"), "nothing per JVM in one JVM: " + i);
        List<String> summary = Files.readAllLines(forked.resolve("summary.csv"));
        assertEquals(9, summary.size(), "a header and 2 configurations x 2 forks x 2 runs: " + summary);
        assertTrue(summary.get(0).startsWith("workload,"), summary.get(0));
        assertEquals(List.of("marksweep 1 1", "generational 1 1", "marksweep 2 1", "generational 2 1",
                "marksweep 3 2", "generational 3 2", "marksweep 4 2", "generational 4 2"),
                Cli.summary(forked, "collector", "run", "fork"), "fork k of 2 makes runs 2k-1 and 2k");
        for (String collector : COLLECTORS) {
            Path config = forked.resolve("binarytrees").resolve(collector);
            try (Stream<Path> s = Files.list(config)) {
                assertEquals(List.of("1", "2", "3", "4"), s.map(d -> d.getFileName().toString()).sorted().toList(),
                        "runs numbered 1..4 across the forks, nothing else");
            }
            assertFalse(Files.exists(forked.resolve("fork-" + collector + "-1.log")), "no log of a child that ran");
            RunResult b = ResultFiles.readRun(inProcess.resolve("binarytrees").resolve(collector).resolve("1"));
            assertTrue(b.counts().pauses() > 0, "the 64k heap makes the collector work");
            for (String run : List.of("1", "2", "3", "4")) {
                RunResult a = ResultFiles.readRun(config.resolve(run));
                assertEquals(b.work(), a.work(), collector + " run " + run + ": the same work in every fork");
                assertEquals(b.counts().pauses(), a.counts().pauses(), collector + " run " + run);
            }
        }
    }

    @Test
    void forkTakesAnOptionalCountThatLeavesOptionsAndProgramArgumentsAlone() {
        assertForks(null, "lru", List.of(), "-w", "lru");
        assertForks(1, null, List.of("15"), "--fork", "--", "15");
        assertForks(1, "lru", List.of(), "--fork", "-w", "lru");
        assertForks(3, "lru", List.of(), "--fork", "3", "-w", "lru");
        assertForks(3, "lru", List.of("15"), "-w", "lru", "--fork", "3", "--", "15");
        assertForks(1, "lru", List.of("15"), "-w", "lru", "--fork", "--", "15");
        assertForks(1, "lru", List.of(), "-w", "lru", "--fork");
        assertForks(4, "lru", List.of("-x"), "-w", "lru", "--fork=4", "--", "-x");
        assertForks(1, "lru", List.of(), "--fork", "--repeat", "2", "-w", "lru");
    }

    private static void assertForks(Integer forks, String workload, List<String> parameters, String... args) {
        CommandLine parent = Main.commandLine();
        String[] all = Stream.concat(Stream.of("compare"), Stream.of(args)).toArray(String[]::new);
        parent.parseArgs(all);
        CompareCommand compare = parent.getSubcommands().get("compare").getCommand();
        String what = String.join(" ", all);
        assertEquals(forks, compare.forks, what);
        assertEquals(workload, compare.program.workload, what);
        assertEquals(parameters, compare.program.parameters, what);
    }

    @Test
    void helpSaysWhySeveralForksAndWhatTheyCost() {
        Cli.Outcome o = Cli.run(tmp, "compare", "--help");
        assertEquals(0, o.status(), o.toString());
        String help = o.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--fork[=N] run each configuration (its warm-ups, then its runs) in N child JVMs of"
                + " its own (1 without N, at most 100)"), help);
        assertTrue(help.contains("differ from JVM to JVM, so one JVM's run time is one draw"), help);
        assertTrue(help.contains("N JVMs pool N draws"), help);
        assertTrue(help.contains("Costs N JVM starts per configuration."), help);
    }

    @Test
    void forkCountOutsideOneToHundredIsAUsageError() {
        for (String n : List.of("0", "101", "-1")) {
            Cli.Outcome o = Cli.run(tmp, "compare", "-w", "binarytrees", "--small", "-c", "marksweep", "--fork", n,
                    "--out", tmp.resolve("out-" + n).toString());
            Cli.assertUsageError(o, "--fork takes a count of child JVMs per configuration from 1 to 100, got " + n);
            assertFalse(Files.exists(tmp.resolve("out-" + n).resolve("summary.csv")), o.toString());
        }
        Cli.assertUsageError(Cli.run(tmp, "compare", "--fork", "two", "-w", "binarytrees"), "--fork");
    }

    private Cli.Outcome compare(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("compare", "-w", "binarytrees", "--small", "--heap",
                "64k", "--repeat", "2", "--warmup", "1", "-c", String.join(",", COLLECTORS), "--no-charts",
                "--heap-map", "end", "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.run(tmp, args.toArray(new String[0]));
    }

    /** The files under {@code root}, as paths relative to it, sorted. */
    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
