package gclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.bench.experiment.HostJvm;
import gclab.bench.experiment.HostOracle;
import gclab.bench.experiment.HostRun;
import gclab.bench.experiment.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host JVM as the oracle of {@code gclab compare} and {@code gclab run --check}. */
class HostCheckTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path tmp;

    /** A program whose output differs between the host JVM and gclab by design: it prints its heap's size. */
    private Path heapSize;

    @BeforeEach
    void compile() throws IOException {
        heapSize = Cli.compile(tmp, "HeapSize", """
                public class HeapSize {
                    public static void main(String[] args) {
                        System.out.println("hello");
                        System.out.println(Runtime.getRuntime().maxMemory() <= (1L << 20) ? "a small heap"
                                : "a large heap");
                    }
                }
                """);
    }

    @Test
    void compareNamesEveryRunThatPrintsOtherThanTheHostAndExits1() throws IOException {
        Path out = tmp.resolve("cmp");
        Cli.Outcome o = Cli.run(tmp, "compare", "--class-path", heapSize.toString(), "HeapSize", "--heap", "256k",
                "--warmup", "0", "-c", "marksweep,nogc", "--no-charts", "--out", out.toString());
        assertEquals(1, o.status(), o.toString());
        assertTrue(o.err().startsWith("gclab: OUTPUT MISMATCH: 2 runs did not print what the host JVM prints"),
                o.toString());
        for (String collector : List.of("marksweep", "nogc")) {
            assertTrue(o.err().contains("gclab:   HeapSize, " + collector + ", heap 256k: line 2 is 'a small heap'"
                    + " where the host JVM printed 'a large heap'"), collector + ":\n" + o);
        }
        assertFalse(o.out().contains("Output check: every run"), o.toString());
        assertEquals("hello" + NL + "a large heap" + NL, Files.readString(out.resolve("host-stdout.txt")));
        assertTrue(Files.exists(out.resolve("summary.csv")), "the files are written all the same");
    }

    @Test
    void compareGivesTheHostTheSameProgramAndComparesWithWhatItPrinted() {
        List<Program> asked = new ArrayList<>();
        HostOracle real = HostJvm.current();
        HostOracle tampered = p -> {
            asked.add(p);
            HostRun r = real.run(p);
            return HostRun.ran(r.stdout().replace("check: 127", "check: 126"), r.exitStatus(), r.stderr());
        };
        Cli.Outcome o = Cli.run(tmp, tampered, "compare", "-w", "binarytrees", "--small", "--heap", "64k",
                "--warmup", "0", "-c", "marksweep,marksweep:compact=always", "--no-charts", "--out",
                tmp.resolve("t").toString());
        assertEquals(List.of(Program.bundled("binarytrees", List.of("6"))), asked, "the workload's jar, class,"
                + " arguments");
        assertEquals(Program.workloadClasses(), asked.get(0).classPath().get(0));
        assertEquals(1, o.status(), o.toString());
        assertEquals(3, o.errLines().size(), "a headline and both runs:\n" + o);
        assertTrue(o.err().contains("binarytrees 6, marksweep compact=always, heap 64k: line "), o.toString());
        assertTrue(o.err().contains("where the host JVM printed '"), o.toString());
        assertTrue(o.err().contains("check: 126'"), o.toString());

        HostOracle exits3 = p -> {
            HostRun r = real.run(p);
            return HostRun.ran(r.stdout(), 3, r.stderr());
        };
        o = Cli.run(tmp, exits3, "compare", "-w", "binarytrees", "--small", "--heap", "64k", "--warmup", "0", "-c",
                "marksweep", "--no-charts", "--out", tmp.resolve("e").toString());
        assertEquals(1, o.status(), o.toString());
        assertTrue(o.err().contains("binarytrees 6, marksweep, heap 64k: exit status 0 where the host JVM's is 3"),
                o.toString());
    }

    @Test
    void withoutAHostTheRunsAreComparedWithEachOtherAndItSaysSo() throws IOException {
        HostOracle noJava = new HostJvm(tmp.resolve("no-jdk"), HostJvm.DEFAULT_TIMEOUT);
        Path out = tmp.resolve("alone");
        Cli.Outcome o = Cli.run(tmp, noJava, "compare", "--class-path", heapSize.toString(), "HeapSize", "--heap",
                "256k", "--warmup", "0", "-c", "marksweep,nogc", "--no-charts", "--out", out.toString());
        assertEquals(0, o.status(), "gclab agrees with itself:\n" + o);
        assertTrue(o.out().contains("Output check: the host JVM could not run the program (there is no java"
                + " launcher at " + tmp.resolve("no-jdk")), o.toString());
        assertTrue(o.out().contains("so the runs are compared with each other instead."), o.toString());
        assertTrue(o.out().contains("HeapSize printed the same and ended the same way in all 2 runs"), o.toString());
        assertFalse(Files.exists(out.resolve("host-stdout.txt")));

        Path fickle = Cli.compile(tmp.resolve("f"), "Fickle", """
                public class Fickle {
                    public static void main(String[] args) {
                        try {
                            for (int i = 0; i < 2000; i++) {
                                byte[] garbage = new byte[1000];
                            }
                            System.out.println("done");
                        } catch (OutOfMemoryError e) {
                            System.out.println("ran out of memory");
                        }
                    }
                }
                """);
        o = Cli.run(tmp, noJava, "compare", "--class-path", fickle.toString(), "Fickle", "--heap", "256k",
                "--warmup", "0", "--no-charts", "--out", tmp.resolve("fickle").toString());
        assertEquals(1, o.status(), "the fallback still catches a collector that changes the output:\n" + o);
        assertTrue(o.err().contains("'done' against 'ran out of memory'"), o.toString());
    }

    @Test
    void runCheckComparesOneRunWithTheHost() throws IOException {
        Path dir = tmp.resolve("ok");
        Cli.Outcome o = Cli.run(tmp, "run", "-w", "binarytrees", "--small", "--heap", "64k", "--check",
                "--no-charts", "--out", dir.toString());
        assertEquals(0, o.status(), o.toString());
        assertTrue(o.out().contains("Output check: the run printed exactly what the host JVM prints"), o.out());
        assertEquals(Files.readString(dir.resolve("stdout.txt")), Files.readString(dir.resolve("host-stdout.txt")));

        Path bad = tmp.resolve("bad");
        o = Cli.run(tmp, "run", "--class-path", heapSize.toString(), "HeapSize", "--heap", "256k", "--check",
                "--no-charts", "--out", bad.toString());
        assertEquals(1, o.status(), o.toString());
        assertTrue(o.err().startsWith("gclab: OUTPUT MISMATCH: the run did not print what the host JVM prints"),
                o.toString());
        assertTrue(o.err().contains("HeapSize, marksweep, heap 256k: line 2 is 'a small heap' where the host JVM"
                + " printed 'a large heap'"), o.toString());

        Path unchecked = tmp.resolve("unchecked");
        o = Cli.run(tmp, "run", "--class-path", heapSize.toString(), "HeapSize", "--heap", "256k", "--no-charts",
                "--out", unchecked.toString());
        assertEquals(0, o.status(), "without --check the host is not asked:\n" + o);
        assertFalse(Files.exists(unchecked.resolve("host-stdout.txt")));
        assertFalse(o.out().contains("Output check"), o.out());
    }

    @Test
    void runCheckDoesNotCompareARunThatRanOutOfMemory() {
        Cli.Outcome o = Cli.run(tmp, "run", "-w", "binarytrees", "--small", "-c", "nogc", "--heap", "64k",
                "--check", "--no-charts", "--out", tmp.resolve("oom").toString());
        assertEquals(0, o.status(), o.toString());
        assertTrue(o.out().contains(": OutOfMemoryError in "), o.out());
        assertTrue(o.out().contains("Output check: not compared, as the program ran out of memory."), o.out());
    }

    @Test
    void theHostJvmReportsOutputExitStatusAndTimeouts() throws IOException {
        Path classes = Cli.compile(tmp.resolve("h"), "Host", """
                public class Host {
                    public static void main(String[] args) throws Exception {
                        System.out.println("args " + String.join(",", args) + " \\u00e9\\u2713");
                        System.err.println("to stderr");
                        if (args[0].equals("exit")) {
                            System.exit(3);
                        }
                        if (args[0].equals("throw")) {
                            throw new IllegalStateException("boom");
                        }
                        if (args[0].equals("hang")) {
                            Thread.sleep(Long.MAX_VALUE);
                        }
                    }
                }
                """);
        HostJvm host = HostJvm.current();
        HostRun exit = host.run(Program.onClassPath(classes.toString(), "Host", List.of("exit", "x y")));
        assertTrue(exit.ran(), String.valueOf(exit.whyNot()));
        assertEquals("args exit,x y \u00e9\u2713" + NL, exit.stdout(), "UTF-8 both ways, arguments kept whole");
        assertEquals(3, exit.exitStatus());
        assertTrue(exit.stderr().contains("to stderr"), exit.stderr());

        HostRun thrown = host.run(Program.onClassPath(classes.toString(), "Host", List.of("throw")));
        assertEquals(1, thrown.exitStatus());
        assertTrue(thrown.stderr().contains("IllegalStateException: boom"), thrown.stderr());

        HostRun hung = new HostJvm(Path.of(System.getProperty("java.home")), Duration.ofSeconds(1))
                .run(Program.onClassPath(classes.toString(), "Host", List.of("hang")));
        assertFalse(hung.ran());
        assertEquals("it did not finish within 1 s", hung.whyNot());

        HostRun none = new HostJvm(tmp.resolve("nowhere"), Duration.ofSeconds(1))
                .run(Program.onClassPath(classes.toString(), "Host", List.of("exit")));
        assertEquals("there is no java launcher at " + tmp.resolve("nowhere/bin/java"), none.whyNot());
    }
}
