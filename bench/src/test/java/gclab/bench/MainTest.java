package gclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.bench.demo.DemoReport;
import gclab.bench.synthetic.SyntheticMutator;
import gclab.bench.synthetic.SyntheticWorkload;
import gclab.heap.spi.CollectorRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MainTest {
    /** What a run printed and its exit status. */
    private record Outcome(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        }
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(status, out.toString(), err.toString());
    }

    @Test
    void demoOnASmallHeapShowsOneChecksumForEveryCompletedRunAndNogcExhausted() {
        Outcome o = run("demo", "--heap", "512k", "--depth", "8", "--no-warmup", "--verify");
        assertEquals(0, o.status(), o.err());
        long reference = SyntheticMutator.create(new CollectorRegistry().factory("nogc"), Map.of(), 16L << 20,
                SyntheticWorkload.gcbench(8, SyntheticWorkload.DEFAULT_SEED)).run();
        List<String> names = new CollectorRegistry().names();
        List<String> rows = o.out().lines().filter(l -> names.stream().anyMatch(n -> l.startsWith(n + " ")))
                .collect(Collectors.toList());
        assertTrue(rows.size() >= 6, o.out()); // nogc, and marksweep under its defaults and four variants at least
        for (String row : rows) {
            String last = row.substring(row.lastIndexOf("  ") + 2).trim();
            if (row.startsWith("nogc")) {
                assertEquals("heap exhausted", last, row);
            } else {
                assertEquals(DemoReport.checksum(reference), last, row);
            }
        }
        assertTrue(o.out().contains("The checksum is the same under all " + (rows.size() - 1)
                + " configurations that completed."), o.out());
        assertEquals("", o.err());
    }

    @Test
    void explicitConfigurationsRunExactlyThose() {
        Outcome o = run("demo", "--heap", "1m", "--depth", "6", "--no-warmup", "--collectors",
                "marksweep:policy=best-fit:compact=never,marksweep:compact=always");
        assertEquals(0, o.status(), o.err());
        List<String> rows = o.out().lines().filter(l -> l.startsWith("marksweep")).collect(Collectors.toList());
        assertEquals(2, rows.size(), o.out());
        assertTrue(rows.get(0).startsWith("marksweep compact=never policy=best-fit "), rows.get(0));
        assertTrue(rows.get(1).startsWith("marksweep compact=always "), rows.get(1));
    }

    @Test
    void aBadHeapSizeIsOneLineOnStderrAndStatus2() {
        Outcome o = run("demo", "--heap", "12q");
        assertOneLineUsageError(o, "12q");
    }

    @Test
    void aHeapSizeOutOfRangeIsOneLineOnStderrAndStatus2() {
        assertOneLineUsageError(run("demo", "--heap", "8"), "outside the range");
    }

    @Test
    void anUnknownCollectorIsOneLineOnStderrAndStatus2() {
        Outcome o = run("demo", "--collectors", "nogc,lazy-sweep");
        assertOneLineUsageError(o, "lazy-sweep");
        assertTrue(o.err().contains("marksweep") && o.err().contains("nogc"), "lists the known ones: " + o.err());
    }

    @Test
    void aBadCollectorOptionIsOneLineOnStderrAndStatus2() {
        Outcome o = run("demo", "--collectors", "marksweep:policy=worst-fit");
        assertOneLineUsageError(o, "worst-fit");
        assertTrue(o.err().contains("first-fit"), "lists the valid values: " + o.err());
    }

    @Test
    void anUnknownOptionIsOneLineOnStderrAndStatus2() {
        assertOneLineUsageError(run("demo", "--hep", "8m"), "--hep");
    }

    /** README's main command: plain {@code gclab} compares every collector on binarytrees 14. */
    @Test
    void noArgumentsRunsTheDefaultComparison(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new String[0], new PrintWriter(out, true), new PrintWriter(err, true), false, tmp);
        assertEquals(0, status, out + "\n" + err);
        String expected = "gclab compare: binarytrees 14 on a 16m heap under "
                + String.join(", ", new CollectorRegistry().names());
        assertTrue(out.toString().startsWith(expected), out.toString());
        List<java.nio.file.Path> runs = gclab.plots.results.ResultFiles.findRunDirectories(
                tmp.resolve(OutputDirs.DEFAULT_ROOT));
        assertEquals(new CollectorRegistry().names().size(), runs.size(), runs.toString());
    }

    @Test
    void helpExplainsTheCommands() {
        Outcome o = run("--help");
        assertEquals(0, o.status());
        for (String word : Arrays.asList("demo", "anchor", "jmh", "--version")) {
            assertTrue(o.out().contains(word), word + " missing from: " + o.out());
        }
        Outcome demo = run("demo", "--help");
        assertEquals(0, demo.status());
        assertTrue(demo.out().contains("--heap") && demo.out().contains("--collectors"), demo.out());
    }

    private static void assertOneLineUsageError(Outcome o, String mentioned) {
        assertEquals(Main.USAGE, o.status(), o.out() + o.err());
        assertEquals(1, o.errLines().size(), o.err());
        assertTrue(o.err().startsWith("gclab: "), o.err());
        assertTrue(o.err().contains(mentioned), o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
        assertEquals("", o.out());
    }
}
