package gclab.bench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9's oracle for the runtime library: each of the vm module's library conformance programs
 * ({@code vm/src/test/resources/conformance/Lib*.java}: collections, Random, Arrays, Collections, Comparator,
 * Objects, Optional, StringJoiner, printf and the java.lang extras), compiled with plain javac, prints byte for
 * byte on gclab what it prints on the host JVM, under every registered collector configuration (as
 * {@link Differential#configs()} enumerates them, so collectors added later join), with the heap verifier on.
 * The heap is small, so the complete collectors collect while the library's collections are live.
 */
class LibraryDifferentialTest {
    /** Small enough that every program collects under the complete collectors. */
    private static final long SMALL_HEAP = 1L << 20;
    /** For collectors that do not promise to reclaim everything (nogc). */
    private static final long LARGE_HEAP = 256L << 20;

    private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();

    @TempDir
    static Path classesDir;

    /** A program's classes and what it printed on the host. */
    private record Compiled(Path classes, String hostOutput) {
    }

    /** The vm module's library programs, read from its sources beside this module. */
    static Path programSources() {
        Path dir = Path.of(System.getProperty("user.dir")).resolveSibling("vm")
                .resolve(Path.of("src", "test", "resources", "conformance"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the library conformance programs are not at " + dir
                    + " (the test runs from the bench module's directory of the gclab source tree)");
        }
        return dir;
    }

    static List<String> programs() {
        try (Stream<Path> files = Files.list(programSources())) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("Lib") && n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length()))
                    .sorted().collect(Collectors.toList());
            assertTrue(names.size() >= 8, "library programs found: " + names);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> everyLibraryProgramUnderEveryConfiguration() {
        List<Arguments> cases = new ArrayList<>();
        for (String program : programs()) {
            for (Config c : Differential.configs()) {
                cases.add(Arguments.of(program, c));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("everyLibraryProgramUnderEveryConfiguration")
    void printsWhatTheHostPrints(String program, Config config) {
        Compiled compiled = COMPILED.computeIfAbsent(program, LibraryDifferentialTest::compileAndRunOnHost);
        long heap = config.factory().traits().complete() ? SMALL_HEAP : LARGE_HEAP;
        Result r = Differential.runInGclab(compiled.classes(), program, List.of(), config, heap, false);
        assertEquals(compiled.hostOutput(), r.out(), r.err());
        assertEquals(0, r.exit().status(), r.err());
    }

    /** Compiles the program with plain javac (release 17) into a fresh directory and runs it on the host. */
    private static Compiled compileAndRunOnHost(String program) {
        try {
            Path out = Files.createDirectories(classesDir.resolve(program));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            int rc = javac.run(null, diagnostics, diagnostics, "--release", "17", "-g", "-d", out.toString(),
                    programSources().resolve(program + ".java").toString());
            if (rc != 0) {
                throw new IllegalStateException("javac failed:\n" + diagnostics.toString(StandardCharsets.UTF_8));
            }
            try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
                    LibraryDifferentialTest.class.getClassLoader())) {
                String host = Differential.hostOutput(loader.loadClass(program).getMethod("main", String[].class),
                        List.of());
                assertTrue(host.length() > 20, "the host printed: " + host);
                return new Compiled(out, host);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
