package gclab.bench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.bench.conformance.Differential.Config;
import gclab.bench.conformance.Differential.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * java.lang.ref where the output depends on clearing ({@code src/test/resources/references/WeakRefs.java}): a
 * weakly-reachable referent is gone after System.gc(), a weak cache keeps only its strongly-held values, a
 * softly-held referent stays. Under every registered collector configuration whose traits say
 * {@code clearsWeakReferences} (as {@link Differential#configs()} enumerates them, so collectors added later
 * join), the program prints what the host JVM prints, verifier on. Under a collector that does not clear,
 * every referent is kept, as documented: it prints {@code false} first, and the output below.
 */
class WeakReferenceDifferentialTest {
    private static final String PROGRAM = "WeakRefs";
    private static final long SMALL_HEAP = 1L << 20;
    private static final long LARGE_HEAP = 64L << 20;

    /** What the program prints when nothing is ever cleared: the documented behaviour of the other collectors. */
    static final String NOTHING_CLEARED = """
            false
            cache: 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
            entries left: 20 pinned: 7
            self cycle cleared: false
            list cleared: false false
            softly held: softly held true
            soft survives System.gc(): true
            """;

    @TempDir
    static Path classesDir;
    private static Path classes;
    private static String hostOutput;

    @BeforeAll
    static void compileAndRunOnHost() throws Exception {
        Path source = Path.of(System.getProperty("user.dir"), "src", "test", "resources", "references",
                PROGRAM + ".java");
        if (!Files.isRegularFile(source)) {
            throw new IllegalStateException("the program is not at " + source
                    + " (the test runs from the bench module's directory)");
        }
        classes = Files.createDirectories(classesDir.resolve(PROGRAM));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "--release", "17", "-g", "-d", classes.toString(),
                source.toString());
        if (rc != 0) {
            throw new IllegalStateException("javac failed:\n" + diagnostics.toString(StandardCharsets.UTF_8));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                WeakReferenceDifferentialTest.class.getClassLoader())) {
            hostOutput = Differential.hostOutput(loader.loadClass(PROGRAM).getMethod("main", String[].class),
                    List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Config> clearing() {
        List<Config> configs = Differential.configs().stream()
                .filter(c -> c.factory().traits().clearsWeakReferences()).toList();
        assertTrue(configs.stream().anyMatch(c -> c.factory().name().equals("marksweep")), configs.toString());
        assertTrue(configs.stream().anyMatch(c -> c.factory().name().equals("generational")), configs.toString());
        return configs.stream();
    }

    static Stream<Config> notClearing() {
        return Differential.configs().stream().filter(c -> !c.factory().traits().clearsWeakReferences());
    }

    @Test
    void theHostClearsWeakReferencesAtSystemGc() {
        assertTrue(hostOutput.startsWith("true\ncache: 0 - - 3 - - 6"), hostOutput);
        assertFalse(hostOutput.equals(NOTHING_CLEARED), "the program must tell clearing from keeping");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clearing")
    void printsWhatTheHostPrints(Config config) {
        Result r = run(config);
        assertEquals(hostOutput, r.out(), r.err());
        assertEquals(0, r.exit().status(), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notClearing")
    void aCollectorThatDoesNotClearKeepsEveryReferent(Config config) {
        Result r = run(config);
        assertTrue(r.out().startsWith("false\n"), r.out() + r.err());
        assertEquals(NOTHING_CLEARED, r.out(), r.err());
        assertEquals(0, r.exit().status(), r.err());
    }

    private static Result run(Config config) {
        long heap = config.factory().traits().complete() ? SMALL_HEAP : LARGE_HEAP;
        return Differential.runInGclab(classes, PROGRAM, List.of(), config, heap, false);
    }
}
