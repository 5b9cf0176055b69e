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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small programs, one per family of bytecodes, exceptions and library methods (src/test/resources/conformance),
 * each compiled with plain javac and with {@code -XDstringConcat=inline}, run on the host and in gclab (without
 * collection, and with a compaction before every allocation, verifier on), and compared byte for byte. They
 * print no identity hashes or addresses; what differs by design (memory figures, clocks) is printed only as
 * relations. Programs ending with an uncaught exception are UncaughtTest's; deliberately unsupported features
 * are BadInputTest's.
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

    /** The program's class name: its file's name, in the package its source declares. */
    static String mainClass(String program, String source) {
        Matcher m = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;").matcher(source);
        return m.find() ? m.group(1) + "." + program : program;
    }

    static final List<String> PROGRAMS = List.of(
            // arithmetic, conversions, compares, floating-point text
            "Arith", "Conversions", "FloatMath", "FloatText", "MathLib", "Wide",
            // objects, classes, interfaces, nesting, enums, switches, initialisation order, monitors
            "Objects1", "Classes", "Dispatch", "Packaged", "Evaluation", "Cloning", "Casts", "Enums", "Switches",
            "Init", "Sync", "Misc1", "Misc2",
            // arrays, allocation, the heap's figures and identity hashes across collections
            "Alloc", "Arrays1", "Memory",
            // exceptions, VM-raised and the program's own
            "Exceptions1", "Exceptions2",
            // the runtime library
            "Strings", "Builders", "Chars", "Boxes", "Parsing", "Radix", "Format", "Callbacks",
            // java.util and the java.lang extras of issue 9
            "LibLists", "LibMaps", "LibQueues", "LibTrees", "LibLegacy", "LibRandom", "LibUtil", "LibLang",
            // java.lang.ref: only what holds whether or not the collector clears references
            "LibRefs",
            // invokedynamic: lambdas, method references, records
            "Lambdas1", "Lambdas2", "Records1", "Records2",
            // class initialisation that collects while a call's arguments wait; whole small programs
            "LateInit", "LambdaInit", "FirstUse", "MiniApps");

    /** Every program, compiled both ways; each is run without collection and under stress compaction. */
    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String program : PROGRAMS) {
            for (String concat : List.of("indy", "inline")) {
                cases.add(Arguments.of(program, concat));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void printsWhatTheHostPrints(String program, String concat) {
        String source = source(program);
        String mainClass = mainClass(program, source);
        Path classes = concat.equals("inline")
                ? Programs.compile(dir, Map.of(mainClass, source), "-XDstringConcat=inline")
                : Programs.compile(dir, Map.of(mainClass, source));
        Programs.Run host = Programs.runOnHost(classes, mainClass);
        assertTrue(host.out().length() > 20, "the host printed: " + host.out() + host.err());
        for (String mode : List.of("bump", "stress")) {
            VmOptions options = mode.equals("stress")
                    ? Programs.options(CompactingCollector.factory(), classes, 2L << 20).stress(true).verify(true)
                    : Programs.options(BumpCollector.factory(), classes, 64L << 20);
            Programs.Run gclab = Programs.runInGclab(options.maxFrames(1000), mainClass);
            assertEquals(host.out(), gclab.out(), mode + ": " + gclab.err());
            assertEquals(host.status(), gclab.status(), mode + ": " + gclab.err());
        }
    }
}
