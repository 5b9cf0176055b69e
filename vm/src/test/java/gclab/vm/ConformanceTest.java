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
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small programs, one per family of bytecodes, exceptions and library methods (src/test/resources/conformance),
 * each compiled with plain javac and with {@code -XDstringConcat=inline}, run on the host and in gclab (without
 * collection, and with a compaction before every allocation), and compared byte for byte.
 */
class ConformanceTest {
    @TempDir
    Path dir;

    static String source(String name) {
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/" + name + ".java")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final List<String> PROGRAMS = List.of("Arith", "Objects1", "Exceptions1", "Alloc", "Lambdas1", "Misc1",
            "Records1", "Misc2");

    /** Every program, compiled both ways, without collection and under stress compaction. */
    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String program : PROGRAMS) {
            for (String concat : List.of("indy", "inline")) {
                for (String mode : List.of("bump", "stress")) {
                    cases.add(Arguments.of(program, concat, mode));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("matrix")
    void printsWhatTheHostPrints(String program, String concat, String mode) {
        Path classes = concat.equals("inline")
                ? Programs.compile(dir, Map.of(program, source(program)), "-XDstringConcat=inline")
                : Programs.compile(dir, Map.of(program, source(program)));
        Programs.Run host = Programs.runOnHost(classes, program);
        boolean stress = mode.equals("stress");
        VmOptions options = stress
                ? Programs.options(CompactingCollector.factory(), classes, 2L << 20).stress(true).verify(true)
                : Programs.options(BumpCollector.factory(), classes, 64L << 20);
        Programs.Run gclab = Programs.runInGclab(options.maxFrames(1000), program);
        assertTrue(host.out().length() > 20, "the host printed: " + host.out() + host.err());
        assertEquals(host.out(), gclab.out(), gclab.err());
        assertEquals(host.status(), gclab.status(), gclab.err());
    }
}
