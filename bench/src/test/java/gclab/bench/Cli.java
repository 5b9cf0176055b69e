package gclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.bench.experiment.HostJvm;
import gclab.bench.experiment.HostOracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Runs the gclab command in-process, as the tests need it. */
final class Cli {
    private Cli() {
    }

    /** What a run printed and its exit status. */
    record Outcome(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        }

        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@code gclab args...}, with the default output directory under {@code base}. */
    static Outcome run(Path base, String... args) {
        return run(base, false, args);
    }

    static Outcome run(Path base, boolean terminal, String... args) {
        return run(base, terminal, HostJvm.current(), args);
    }

    /** {@code gclab args...}, with {@code host} as the oracle of the program's output in place of the host JVM. */
    static Outcome run(Path base, HostOracle host, String... args) {
        return run(base, false, host, args);
    }

    private static Outcome run(Path base, boolean terminal, HostOracle host, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), terminal, base, host);
        return new Outcome(status, out.toString(), err.toString());
    }

    /** Exit status 2, one line on stderr that starts with "gclab: " and mentions {@code mentioned}, no trace. */
    static void assertUsageError(Outcome o, String mentioned) {
        assertEquals(Main.USAGE, o.status(), o.toString());
        assertEquals(1, o.errLines().size(), o.toString());
        assertTrue(o.err().startsWith("gclab: "), o.toString());
        assertTrue(o.err().contains(mentioned), "'" + mentioned + "' missing: " + o);
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.toString());
    }

    /** Compiles Java source {@code source} of class {@code name} (default package) into {@code dir}. */
    static Path compile(Path dir, String name, String source) throws IOException {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(src);
        Files.createDirectories(classes);
        Path file = src.resolve(name + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, "--release", "17", "-d", classes.toString(),
                file.toString());
        assertEquals(0, status, "javac failed on " + name + ": " + diagnostics);
        return classes;
    }

    /**
     * The values of {@code columns} in each row of {@code dir/summary.csv}, one string a row, joined with spaces
     * ({@code "marksweep 2 0"}). The rows must hold no quoted field (no error message with a comma).
     */
    static List<String> summary(Path dir, String... columns) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("summary.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            assertEquals(header.size(), fields.length, line);
            List<String> values = new ArrayList<>();
            for (String c : columns) {
                assertTrue(header.contains(c), c + " is not a column of " + header);
                values.add(fields[header.indexOf(c)]);
            }
            rows.add(String.join(" ", values));
        }
        return rows;
    }
}
