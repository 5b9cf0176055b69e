package gclab.bench.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterpreterAnchorTest {
    @Test
    void countsTheBytecodesAndAllocationsOfASmallRunAndItsHostMemory() {
        InterpreterAnchor anchor = new InterpreterAnchor(6, 0, 2, 0, 8L << 20);
        StringWriter log = new StringWriter();
        InterpreterAnchor.GclabFigures f = anchor.measureGclab(InterpreterAnchor.workloadsClassPath(),
                new PrintWriter(log, true));
        // Depth 6: the stretch tree (depth 7, 255 nodes), the long-lived tree (127), and for depths 4 and 6,
        // 64 trees of 31 nodes and 16 of 127: 4,398 nodes, plus the strings of the output lines.
        assertTrue(f.allocations() >= 4_398, "allocations " + f.allocations());
        assertTrue(f.bytecodes() > 25 * 4_398, "bytecodes " + f.bytecodes());
        assertEquals(8L << 20, f.heapBytes());
        assertTrue(f.hostHeapBytes() > 0, "the simulated heap's long[] is on the host heap");
        assertTrue(log.toString().contains("gclab run 2"), log.toString());
    }

    @Test
    void findsAJdkByItsFeatureReleaseInItsDirectoryName(@TempDir Path dir) throws IOException {
        Path jdk25 = fakeJdk(dir, "temurin-25-jdk-amd64");
        fakeJdk(dir, "java-17-openjdk-amd64");
        Files.createDirectories(dir.resolve("jdk-25-without-java"));
        assertEquals(Optional.of(jdk25), InterpreterAnchor.findJdk(dir, 25));
        assertEquals(Optional.empty(), InterpreterAnchor.findJdk(dir, 21));
        assertEquals(Optional.empty(), InterpreterAnchor.findJdk(dir.resolve("absent"), 25));
    }

    @Test
    void featureReleaseNamesMatchWholeNumbersOnly() {
        assertTrue(InterpreterAnchor.namesFeature("temurin-25-jdk-amd64", 25));
        assertTrue(InterpreterAnchor.namesFeature("jdk-25.0.1", 25));
        assertTrue(InterpreterAnchor.namesFeature("java-25-openjdk", 25));
        assertFalse(InterpreterAnchor.namesFeature("temurin-250-jdk", 25));
        assertFalse(InterpreterAnchor.namesFeature("java-17-openjdk-amd64", 25));
        assertFalse(InterpreterAnchor.namesFeature("jdk-17.0.25", 25));
    }

    @Test
    void parsesTheForkedJvmsMainTime() {
        String err = "warning: x\nmain-nanos=750000000\nmain-cpu-nanos=800000000\n";
        assertEquals(0.75, InterpreterAnchor.Timed.parse(err, InterpreterAnchor.Timed.WALL), 1e-12);
        assertEquals(0.8, InterpreterAnchor.Timed.parse(err, InterpreterAnchor.Timed.CPU), 1e-12);
        assertThrows(IllegalStateException.class,
                () -> InterpreterAnchor.Timed.parse("no figure", InterpreterAnchor.Timed.WALL));
    }

    @Test
    void tableGivesRatesFromGclabsCountsAndRatiosToEachHost() {
        InterpreterAnchor.GclabFigures gclab =
                new InterpreterAnchor.GclabFigures(2.0, 2.4, 3.0, 400_000_000, 16_000_000, 1L << 30, 1L << 30);
        String table = InterpreterAnchor.table(gclab,
                List.of(new InterpreterAnchor.HostFigures("JDK 25 -Xint", 0.5, 0.8, 0.6)));
        assertTrue(table.contains("200.0"), table); // gclab: 400 M bytecodes in 2 s
        assertTrue(table.contains("800.0"), table); // the host: the same count in 0.5 s
        assertTrue(table.contains("4.00"), table); // gclab takes 4 times the host's main()
        assertTrue(table.contains("3.00"), table); // and 3 times its CPU time
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, InterpreterAnchor.median(new double[] {3, 1, 2}), 0);
        assertEquals(2.5, InterpreterAnchor.median(new double[] {4, 1, 3, 2}), 0);
    }

    private static Path fakeJdk(Path dir, String name) throws IOException {
        Path bin = Files.createDirectories(dir.resolve(name).resolve("bin"));
        Path java = Files.createFile(bin.resolve("java"));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir.resolve(name);
    }
}
