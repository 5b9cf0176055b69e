package gclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** gclab jmh passes every registered collector and bundled workload, unless told otherwise. */
class JmhCommandTest {
    private static final List<String> COLLECTORS = List.of("a", "b");
    private static final List<String> WORKLOADS = List.of("w");

    @Test
    void addsTheRegisteredCollectorsAndTheWorkloads() {
        assertEquals(List.of("-f", "1", "WorkloadBenchmark", "-p", "collector=a,b", "-p", "workload=w"),
                JmhCommand.withDefaults(List.of("-f", "1", "WorkloadBenchmark"), COLLECTORS, WORKLOADS));
    }

    @Test
    void plotJmhDrawsTheChartsAndRefusesAnUnknownMetric(@TempDir Path tmp) throws Exception {
        Path json = Path.of(JmhCommandTest.class.getResource("jmh/workload-fixture.json").toURI());
        Cli.Outcome o = Cli.run(tmp, "plot", "--jmh", json.toString(), "--out", tmp.toString());
        assertEquals(0, o.status(), o.toString());
        assertTrue(Files.exists(tmp.resolve("jmh-WorkloadBenchmark.run-score.png")), o.toString());
        assertTrue(o.out().contains("pauseTotalMs"), o.out());
        Cli.assertUsageError(Cli.run(tmp, "plot", "--jmh", json.toString(), "--metric", "nonsense"), "pauseTotalMs");
        Cli.assertUsageError(Cli.run(tmp, "plot"), "--jmh");
    }

    @Test
    void helpExplainsTheSuiteWithoutFormatWarnings(@TempDir Path tmp) {
        for (String[] args : new String[][] {{"jmh", "--help"}, {"plot", "--help"}, {"compare", "--help"}}) {
            java.io.PrintStream saved = System.err;
            java.io.ByteArrayOutputStream traced = new java.io.ByteArrayOutputStream();
            Cli.Outcome o;
            try {
                System.setErr(new java.io.PrintStream(traced, true, java.nio.charset.StandardCharsets.UTF_8));
                o = Cli.run(tmp, args);
            } finally {
                System.setErr(saved);
            }
            assertEquals("", traced.toString(java.nio.charset.StandardCharsets.UTF_8), "picocli's warnings");
            assertEquals(0, o.status(), o.toString());
            assertTrue(o.out().contains("99.9% confidence") || args[0].equals("compare"), o.out());
            assertTrue(o.out().contains(args[0].equals("compare") ? "--hotspot" : "JMH"), o.out());
            assertEquals("", o.err(), o.err());
        }
    }

    @Test
    void keepsTheParametersTheUserGave() {
        assertEquals(List.of("-p", "collector=nogc", "-p", "workload=w"),
                JmhCommand.withDefaults(List.of("-p", "collector=nogc"), COLLECTORS, WORKLOADS));
        assertEquals(List.of("-pworkload=lru", "-p", "heap=4m", "-p", "collector=a,b"),
                JmhCommand.withDefaults(List.of("-pworkload=lru", "-p", "heap=4m"), COLLECTORS, WORKLOADS));
    }
}
