package gclab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.vm.testing.BumpCollector;
import gclab.vm.testing.CompactingCollector;
import gclab.vm.testing.Programs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Programs that end with an uncaught exception or System.exit (src/test/resources/uncaught), run by a separate
 * host JVM and in gclab: the same standard output, the same stack trace on standard error (class, message,
 * {@code at Class.method(File.java:line)} frames, "Caused by:", "Suppressed:", "... n more") and the same exit
 * status. The host runs with {@code -XX:-ShowCodeDetailsInExceptionMessages}: gclab's NullPointerException
 * messages are its own, not HotSpot's helpful ones, so that one message is compared without its text. A
 * standalone host run also gives the ClassCastException messages users see ("in unnamed module of loader
 * 'app'"), which the in-process host of ConformanceTest cannot.
 */
class UncaughtTest {
    @TempDir
    Path dir;

    private static String source(String name) {
        try (InputStream in = UncaughtTest.class.getResourceAsStream("/uncaught/" + name + ".java")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The program run by a fresh host JVM, as a user would run it. */
    private static Programs.Run runOnHostProcess(Path classes, String mainClass) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:-ShowCodeDetailsInExceptionMessages", "-cp", classes.toString(), mainClass));
        try {
            Process p = new ProcessBuilder(command).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("host JVM did not end");
            }
            return new Programs.Run(new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8),
                    p.exitValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String withoutNullPointerText(String err) {
        return err.replaceAll("(?m)^(Exception in thread \"main\" java\\.lang\\.NullPointerException): .*$", "$1");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UncaughtArith", "UncaughtCause", "UncaughtCustom", "UncaughtError", "UncaughtIndex",
        "UncaughtInit", "UncaughtMainInit", "UncaughtChecked", "UncaughtNull", "UncaughtSuppressed", "UncaughtCast",
        "UncaughtDeep", "ExitStatus"})
    void endsAsTheHostEnds(String program) {
        Path classes = Programs.compile(dir, Map.of(program, source(program)));
        Programs.Run host = runOnHostProcess(classes, program);
        assertTrue(host.status() != 0, "the host ended with 0: " + host.err());
        for (VmOptions options : new VmOptions[] {Programs.options(BumpCollector.factory(), classes, 16L << 20),
                Programs.options(CompactingCollector.factory(), classes, 2L << 20).stress(true).verify(true)}) {
            Programs.Run gclab = Programs.runInGclab(options, program);
            assertEquals(host.out(), gclab.out(), gclab.err());
            assertEquals(host.err(), withoutNullPointerText(gclab.err()));
            assertEquals(host.status(), gclab.status(), gclab.err());
        }
    }
}
