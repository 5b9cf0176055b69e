package gclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.bench.experiment.RunFiles;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.OptionSpec;
import gclab.plots.charts.Charts;
import gclab.plots.results.ResultFiles;
import gclab.plots.results.ResultJson;
import gclab.plots.results.RunResult;
import gclab.workloads.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end, in-process, on tiny workloads and heaps. */
class CommandsTest {
    /** A pause's summary line in gc.log: {@code [0.035s][info][gc   ] GC(0) Pause Full (...) 1M->0M(8M) 3.123ms}. */
    private static final Pattern PAUSE_LINE =
            Pattern.compile("^\\[[^]]+]\\[info]\\[gc *] GC\\(\\d+\\) Pause .* \\d+\\.\\d+ms$");
    private static final List<String> RUN_FILES = List.of("result.json", "pauses.hlog", "gc.log",
            "heap-snapshot.json", "stdout.txt", "stderr.txt", "occupancy.png", "fragmentation.png", "heap-map.png");

    @TempDir
    Path tmp;

    @Test
    void listShowsEveryWorkloadAndCollectorWithItsOptions() {
        Cli.Outcome o = Cli.run(tmp, "list");
        assertEquals(0, o.status(), o.toString());
        for (Catalog.Workload w : Catalog.all()) {
            for (String s : List.of(w.name(), w.description(), w.stresses(), String.join(" ", w.defaultArgs()))) {
                assertTrue(o.out().contains(s), s + " missing:\n" + o.out());
            }
        }
        for (CollectorFactory f : new CollectorRegistry().factories()) {
            assertTrue(o.out().contains(f.name()) && o.out().contains(f.description())
                    && o.out().contains(f.traits().summary()), f.name() + " missing:\n" + o.out());
            for (OptionSpec option : f.options()) {
                assertTrue(o.out().contains(option.key() + "=" + option.defaultValue() + "  (" + option.allowed()),
                        option.key() + " missing:\n" + o.out());
            }
        }
    }

    @Test
    void runPassesTheOutputThroughAndWritesEveryFile() throws IOException {
        Path dir = tmp.resolve("run");
        Cli.Outcome o = Cli.run(tmp, "run", "-w", "binarytrees", "--small", "--heap", "64k", "--verify",
                "--out", dir.toString());
        assertEquals(0, o.status(), o.toString());
        for (String f : RUN_FILES) {
            assertTrue(Files.size(dir.resolve(f)) > 0 || f.equals("stderr.txt"), f + " missing or empty");
        }
        String programOutput = Files.readString(dir.resolve("stdout.txt"));
        assertTrue(programOutput.contains("long lived tree of depth 6"), programOutput);
        assertTrue(o.out().startsWith(programOutput), "the program's output comes first:\n" + o.out());
        assertTrue(o.out().contains("binarytrees 6 under marksweep, heap 64k: ok"), o.out());
        assertTrue(o.out().contains("Wrote ") && o.out().contains(dir.toString()), o.out());
        RunResult r = ResultFiles.readRun(dir);
        assertEquals("binarytrees", r.inputs().workload());
        assertEquals(List.of("6"), r.inputs().arguments());
        assertEquals(64 << 10, r.inputs().heapBytes());
        assertTrue(r.inputs().verify());
        assertTrue(r.counts().pauses() > 0, "a 64k heap makes marksweep collect");
        assertFilesAgree(dir);
    }

    @Test
    void theHeapMapIsTakenWhenAsked() throws IOException {
        Map<String, Integer> expected = Map.of("0", 0, "end", -1, "last", 1);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            Path dir = tmp.resolve("map-" + e.getKey());
            Cli.Outcome o = Cli.run(tmp, "run", "-w", "binarytrees", "--small", "--heap", "64k", "--heap-map",
                    e.getKey(), "--out", dir.toString());
            assertEquals(0, o.status(), o.toString());
            assertEquals(2, ResultFiles.readRun(dir).counts().pauses(), "binarytrees 6 collects twice in 64k");
            assertEquals(e.getValue(), ResultFiles.readHeapSnapshot(dir).pauseId(), e.getKey());
            assertTrue(Files.size(dir.resolve(Charts.HEAP_MAP_PNG)) > 0);
        }
        Path none = tmp.resolve("map-none");
        assertEquals(0, Cli.run(tmp, "run", "-w", "binarytrees", "--small", "--heap-map", "none", "--out",
                none.toString()).status());
        assertNull(ResultFiles.readHeapSnapshot(none));
        assertFalse(Files.exists(none.resolve(Charts.HEAP_MAP_PNG)));
        assertTrue(Files.exists(none.resolve(Charts.OCCUPANCY_PNG)));
    }

    @Test
    void runWritesUnderTheDefaultDirectoryAndJsonIsTheResult() throws IOException {
        Cli.Outcome o = Cli.run(tmp, "run", "-w", "lru", "--small", "-c", "marksweep", "-o", "policy=best-fit",
                "--json", "--no-charts");
        assertEquals(0, o.status(), o.toString());
        List<Path> runs = ResultFiles.findRunDirectories(tmp.resolve(OutputDirs.DEFAULT_ROOT));
        assertEquals(1, runs.size());
        Path dir = runs.get(0);
        assertTrue(dir.endsWith(Path.of("lru", "marksweep_policy-best-fit")), dir.toString());
        assertEquals(ResultFiles.readRun(dir), ResultJson.fromJson(o.out()), "stdout is exactly the result");
        assertEquals(Map.of("policy", "best-fit"), ResultFiles.readRun(dir).inputs().options());
        assertFalse(Files.exists(dir.resolve("occupancy.png")), "--no-charts");
        assertTrue(o.err().contains(Files.readString(dir.resolve("stdout.txt"))), "program output on stderr");
    }

    @Test
    void aProgramThatThrowsOrExitsOrRunsOutOfMemoryIsAResult() throws IOException {
        Path classes = Cli.compile(tmp, "Ends", """
                public class Ends {
                    public static void main(String[] args) {
                        System.out.println("args " + String.join(",", args));
                        if (args[0].equals("throw")) {
                            throw new IllegalStateException("boom");
                        }
                        if (args[0].equals("exit")) {
                            System.exit(3);
                        }
                        Object[] keep = new Object[100000];
                        for (int i = 0; i < keep.length; i++) {
                            keep[i] = new long[64];
                        }
                    }
                }
                """);
        record Case(String arg, int status, String error, String shown) {
        }
        for (Case c : List.of(new Case("throw", 1, "uncaught java.lang.IllegalStateException", "IllegalStateException"),
                new Case("exit", 3, null, "exit 3"),
                new Case("oom", 1, "uncaught java.lang.OutOfMemoryError", "OutOfMemoryError"))) {
            Path dir = tmp.resolve(c.arg());
            Cli.Outcome o = Cli.run(tmp, "run", "--class-path", classes.toString(), "Ends", "--heap", "1m",
                    "--no-charts", "--out", dir.toString(), "--", c.arg(), "x");
            assertEquals(0, o.status(), o.toString());
            assertTrue(o.out().startsWith("args " + c.arg() + ",x"), o.out());
            assertTrue(o.out().contains(": " + c.shown() + " in "), o.out());
            RunResult r = ResultFiles.readRun(dir);
            assertEquals(c.status(), r.outcome().exitStatus());
            assertEquals(c.error(), r.outcome().error());
            assertEquals("Ends", r.inputs().mainClass());
            assertNull(r.inputs().workload());
            assertEquals(classes.toString(), r.inputs().classPath());
            assertEquals(List.of(c.arg(), "x"), r.inputs().arguments());
        }
    }

    @Test
    void aRunawayProgramIsAVmErrorWithStatus1() throws IOException {
        Path dir = tmp.resolve("runaway");
        Cli.Outcome o = Cli.run(tmp, "run", "-w", "binarytrees", "--small", "--max-instructions", "1000",
                "--no-charts", "--out", dir.toString());
        assertEquals(1, o.status(), o.toString());
        assertTrue(o.err().startsWith("gclab: VM ERROR: instruction budget of 1000"), o.toString());
        assertFalse(o.err().contains("\tat "), o.toString());
        assertTrue(ResultFiles.readRun(dir).outcome().error().startsWith("instruction budget"));
    }

    @Test
    void compareRunsEveryConfigurationAndItsFilesAgree() throws IOException {
        Path out = tmp.resolve("cmp");
        List<String> configs = List.of("marksweep", "marksweep:policy=first-fit", "marksweep:compact=always");
        Cli.Outcome o = Cli.run(tmp, "compare", "-w", "binarytrees", "--small", "--heap", "64k", "--warmup", "0",
                "-c", String.join(",", configs), "--out", out.toString());
        assertEquals(0, o.status(), o.toString());
        for (String label : List.of("marksweep ", "marksweep policy=first-fit ", "marksweep compact=always ")) {
            assertTrue(o.out().lines().anyMatch(l -> l.startsWith(label) && l.contains(" ok ")), label + o.out());
        }
        for (String header : List.of("pauses", "p99.9 ms", "ttsp ms", "GC %", "MMU 1ms", "100ms", "peak MiB",
                "ext.frag", "frag f/m", "run ms", "marked", "swept", "moved", "copied")) {
            assertTrue(o.out().contains(header), header + " missing from the table");
        }
        assertTrue(o.out().contains("Output check: every run that finished printed exactly what the host JVM prints"
                + " (3 runs)."), o.out());
        List<Path> runs = ResultFiles.findRunDirectories(out);
        assertEquals(3, runs.size(), runs.toString());
        String output = null;
        for (Path dir : runs) {
            for (String f : RUN_FILES) {
                assertTrue(Files.exists(dir.resolve(f)), dir + "/" + f);
            }
            assertFilesAgree(dir);
            assertTrue(ResultFiles.readRun(dir).counts().pauses() > 0, dir + ": a 64k heap makes marksweep collect");
            String printed = Files.readString(dir.resolve("stdout.txt"));
            assertEquals(output == null ? printed : output, printed, "the same output under every collector");
            output = printed;
        }
        assertEquals(output, Files.readString(out.resolve("host-stdout.txt")), "what the host JVM printed");
        assertEquals(4, Files.readAllLines(out.resolve("summary.csv")).size());
        for (String chart : List.of(Charts.PAUSE_TIMELINE_PNG, Charts.PAUSE_PERCENTILES_PNG, Charts.MMU_PNG)) {
            assertTrue(Files.size(out.resolve(chart)) > 0, chart);
        }
    }

    @Test
    void compareFlagsAProgramWhoseOutputDependsOnTheCollector() throws IOException {
        Path classes = Cli.compile(tmp, "Fickle", """
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
        Cli.Outcome o = Cli.run(tmp, "compare", "--class-path", classes.toString(), "Fickle", "--heap", "256k",
                "--warmup", "0", "--no-charts", "--out", tmp.resolve("fickle").toString());
        assertEquals(1, o.status(), o.toString());
        assertTrue(o.err().startsWith("gclab: OUTPUT MISMATCH"), o.toString());
        assertTrue(o.err().contains("Fickle, nogc, heap 256k: line 1 is 'ran out of memory' where the host JVM"
                + " printed 'done'"), o.toString());
        assertFalse(o.err().contains("Fickle, marksweep"), "marksweep printed what the host prints:\n" + o);
        assertTrue(Files.exists(tmp.resolve("fickle/summary.csv")), "the files are written all the same");
    }

    @Test
    void compareFlagsAnExceptionUnderOneCollectorOnly() throws IOException {
        Path classes = Cli.compile(tmp, "Brittle", """
                public class Brittle {
                    public static void main(String[] args) {
                        System.out.println("start");
                        try {
                            for (int i = 0; i < 2000; i++) {
                                byte[] garbage = new byte[1000];
                            }
                        } catch (OutOfMemoryError e) {
                            throw new IllegalStateException("lost my data");
                        }
                    }
                }
                """);
        Cli.Outcome o = Cli.run(tmp, "compare", "--class-path", classes.toString(), "Brittle", "--heap", "256k",
                "--warmup", "0", "--no-charts", "--out", tmp.resolve("brittle").toString());
        assertEquals(1, o.status(), o.toString());
        assertTrue(o.err().startsWith("gclab: OUTPUT MISMATCH"), o.toString());
        assertTrue(o.err().contains("Brittle, nogc, heap 256k: exit status 1 where the host JVM's is 0"),
                o.toString());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("nogc") && l.contains("IllegalStateException")),
                o.out());
    }

    @Test
    void repeatedComparisonsKeepEveryRun() throws IOException {
        Path out = tmp.resolve("rep");
        Cli.Outcome o = Cli.run(tmp, "compare", "-w", "cycles", "--small", "--heap", "128k", "--warmup", "0",
                "--repeat", "2", "-c", "marksweep,nogc", "--no-charts", "--out", out.toString());
        assertTrue(o.status() == 0, o.toString());
        assertEquals(4, ResultFiles.findRunDirectories(out).size());
        assertEquals(List.of("marksweep 1 0", "nogc 1 0", "marksweep 2 0", "nogc 2 0"),
                Cli.summary(out, "collector", "run", "fork"), "every run, in rounds, numbered, in this JVM");
        assertEquals(2, o.out().lines().filter(l -> l.startsWith("marksweep ") || l.startsWith("nogc ")).count(),
                "one row per configuration:\n" + o.out());

        Path merged = tmp.resolve("merged");
        Cli.Outcome m = Cli.run(tmp, "merge", out.toString(), "--out", merged.toString(), "--no-charts");
        assertEquals(0, m.status(), m.toString());
        assertEquals(List.of("marksweep 1 ", "marksweep 2 ", "nogc 1 ", "nogc 2 "),
                Cli.summary(merged, "collector", "run", "fork"), "in path order; run from the directory, fork unknown");
    }

    @Test
    void mergeNumbersARunByItsDirectorysName() {
        assertEquals(12, MergeCommand.runNumber(Path.of("out", "binarytrees", "marksweep", "12")));
        assertEquals(1, MergeCommand.runNumber(Path.of("out", "binarytrees", "marksweep")));
        assertEquals(1, MergeCommand.runNumber(Path.of("out", "binarytrees", "marksweep", "012")));
        assertEquals(1, MergeCommand.runNumber(Path.of("/")));
    }

    @Test
    void shardsMergedEqualTheWholeGrid() throws IOException {
        String[] grid = {"sweep", "-w", "binarytrees,lru", "--small", "--heaps", "64k,256k", "-c",
            "marksweep,marksweep:compact=always", "--warmup", "0", "--no-charts"};
        Cli.Outcome whole = Cli.run(tmp, concat(grid, "--out", tmp.resolve("whole").toString()));
        assertEquals(0, whole.status(), whole.toString());
        assertEquals(8, whole.err().lines().filter(l -> l.matches("\\[\\d/8] .*")).count(), "a line per cell:\n"
                + whole.err());
        Cli.Outcome first = Cli.run(tmp, concat(grid, "--shard", "0/2", "--out", tmp.resolve("s0").toString()));
        Cli.Outcome second = Cli.run(tmp, concat(grid, "--shard", "1/2", "--out", tmp.resolve("s1").toString()));
        assertEquals(0, first.status(), first.toString());
        assertEquals(0, second.status(), second.toString());
        assertEquals(4, ResultFiles.findRunDirectories(tmp.resolve("s0")).size());
        Path merged = tmp.resolve("merged");
        Cli.Outcome m = Cli.run(tmp, "merge", tmp.resolve("s0").toString(), tmp.resolve("s1").toString(),
                "--out", merged.toString());
        assertEquals(0, m.status(), m.toString());
        assertEquals(cells(tmp.resolve("whole")), cells(merged));
        assertTrue(whole.out().lines().anyMatch(l -> l.matches("lru 2000 +256k +marksweep compact=always +ok .*")),
                "the sweep's table has a row per cell:\n" + whole.out());
        assertEquals(9, Files.readAllLines(merged.resolve("summary.csv")).size());
        assertEquals(List.of("1 0"), Cli.summary(tmp.resolve("whole"), "run", "fork").stream().distinct().toList(),
                "a sweep runs each cell once, in this JVM");
        assertEquals(List.of("1 "), Cli.summary(merged, "run", "fork").stream().distinct().toList());
        assertTrue(Files.size(merged.resolve(Charts.SWEEP_PAUSES_PNG)) > 0);
        assertTrue(Files.size(merged.resolve(Charts.SWEEP_THROUGHPUT_PNG)) > 0);
    }

    @Test
    void mergeFlagsRunsOfOneProgramThatPrintedDifferentThings() throws IOException {
        Path out = tmp.resolve("c");
        Cli.Outcome c = Cli.run(tmp, "compare", "-w", "binarytrees", "--small", "--heap", "64k", "--warmup", "0",
                "-c", "marksweep,marksweep:compact=never", "--no-charts", "--out", out.toString());
        assertEquals(0, c.status(), c.toString());
        Path tampered = out.resolve("binarytrees/marksweep_compact-never/stdout.txt");
        Files.writeString(tampered, Files.readString(tampered).replace("check: 127", "check: 126"));
        Cli.Outcome m = Cli.run(tmp, "merge", out.toString(), "--out", tmp.resolve("m").toString(), "--no-charts");
        assertEquals(1, m.status(), m.toString());
        assertTrue(m.err().startsWith("gclab: OUTPUT MISMATCH"), m.toString());
        assertTrue(m.err().contains("check: 127' against '"), m.toString());
        assertEquals(3, Files.readAllLines(tmp.resolve("m/summary.csv")).size());
    }

    @Test
    void aProgressBarWhenStderrIsATerminal() {
        Cli.Outcome o = Cli.run(tmp, true, "sweep", "-w", "binarytrees", "--small", "--heaps", "64k,128k", "-c",
                "nogc", "--warmup", "0", "--no-charts", "--out", tmp.resolve("bar").toString());
        assertEquals(0, o.status(), o.toString());
        assertTrue(o.err().contains("\r[###############...............] 1/2"), o.err());
        assertTrue(o.err().contains("] 2/2"), o.err());
        assertFalse(o.err().contains("[1/2] "), "no per-cell lines on a terminal");
    }

    @Test
    void plotRedrawsEveryChart() throws IOException {
        Path out = tmp.resolve("p");
        Cli.Outcome c = Cli.run(tmp, "compare", "-w", "binarytrees", "--small", "--heap", "64k", "--warmup", "0",
                "-c", "marksweep,marksweep:compact=never", "--no-charts", "--out", out.toString());
        assertEquals(0, c.status(), c.toString());
        List<Path> runs = ResultFiles.findRunDirectories(out);
        assertFalse(Files.exists(runs.get(0).resolve(Charts.OCCUPANCY_PNG)));
        Cli.Outcome p = Cli.run(tmp, "plot", out.toString());
        assertEquals(0, p.status(), p.toString());
        for (Path dir : runs) {
            for (String chart : List.of(Charts.OCCUPANCY_PNG, Charts.FRAGMENTATION_PNG, Charts.HEAP_MAP_PNG)) {
                assertTrue(Files.size(dir.resolve(chart)) > 0, dir + "/" + chart);
            }
        }
        for (String chart : List.of(Charts.PAUSE_TIMELINE_PNG, Charts.PAUSE_PERCENTILES_PNG, Charts.MMU_PNG)) {
            assertTrue(Files.size(out.resolve(chart)) > 0, chart);
        }
        assertTrue(p.out().contains("Redrew 9 charts of 2 runs"), p.out());
    }

    @Test
    void mergeAndPlotShowTheFragmentationColumnOfTheLiveComparison() throws IOException {
        Path out = tmp.resolve("frag");
        List<String> labels = List.of("marksweep", "marksweep compact=never");
        Cli.Outcome c = Cli.run(tmp, "compare", "-w", "fragmenter", "--small", "--heap", "512k", "--warmup", "0",
                "-c", "marksweep,marksweep:compact=never", "--no-charts", "--out", out.toString());
        List<String> live = fragmentationColumn(c.out(), labels);
        assertTrue(live.stream().anyMatch(f -> !f.endsWith("/0")), "without compaction, fragmenter misses: " + live
                + "\n" + c);
        Cli.Outcome m = Cli.run(tmp, "merge", out.toString(), "--out", tmp.resolve("merged").toString(),
                "--no-charts");
        assertEquals(live, fragmentationColumn(m.out(), labels), m.toString());
        Cli.Outcome p = Cli.run(tmp, "plot", tmp.resolve("merged").toString());
        assertEquals(live, fragmentationColumn(p.out(), labels), p.toString());

        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        int column = List.of(csv.get(0).split(",")).indexOf("fragmentation_misses");
        List<String> misses = new ArrayList<>();
        for (String line : csv.subList(1, csv.size())) {
            misses.add(line.split(",", -1)[column]);
        }
        assertEquals(live.stream().map(f -> f.substring(f.indexOf('/') + 1)).toList(), misses, "summary.csv");
    }

    /** The {@code frag f/m} cell of the table's row of each configuration, in the order of {@code labels}. */
    private static List<String> fragmentationColumn(String output, List<String> labels) {
        List<String> header = output.lines().filter(l -> l.startsWith("collector ")).toList();
        assertEquals(1, header.size(), output);
        int at = header.get(0).indexOf("frag f/m") + "frag f/m".length(); // the column is right-aligned
        List<String> cells = new ArrayList<>();
        for (String label : labels) {
            String row = output.lines().filter(l -> l.startsWith(label + " ")).findFirst().orElseThrow(
                    () -> new AssertionError(label + " missing:\n" + output));
            cells.add(row.substring(0, at).substring(row.substring(0, at).lastIndexOf(' ') + 1));
        }
        return cells;
    }

    /** Pause count in result.json = pause summary lines in gc.log = total count in pauses.hlog. */
    private static void assertFilesAgree(Path dir) throws IOException {
        RunResult r = ResultFiles.readRun(dir);
        long logged = Files.readAllLines(dir.resolve("gc.log")).stream().filter(l -> PAUSE_LINE.matcher(l).matches())
                .count();
        long histogram = 0;
        HistogramLogReader reader = new HistogramLogReader(dir.resolve("pauses.hlog").toFile());
        for (EncodableHistogram h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
            histogram += ((org.HdrHistogram.Histogram) h).getTotalCount();
        }
        assertEquals(r.counts().pauses(), logged, dir + ": gc.log");
        assertEquals(r.counts().pauses(), histogram, dir + ": pauses.hlog");
        assertNotNull(ResultFiles.readHeapSnapshot(dir));
        assertEquals(r.pauseEvents().size(), r.counts().pauses());
    }

    /** Each cell's deterministic figures, by its path: pause count and work units. */
    private static Map<String, String> cells(Path root) throws IOException {
        Map<String, String> cells = new TreeMap<>();
        for (Path dir : ResultFiles.findRunDirectories(root)) {
            RunResult r = ResultFiles.readRun(dir);
            cells.put(root.relativize(dir).toString(), r.programName() + " " + r.label() + " "
                    + r.inputs().heapBytes() + " pauses " + r.counts().pauses() + " work " + r.work() + " output "
                    + RunFiles.readStdout(dir).hashCode());
        }
        return cells;
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(new String[0]);
    }

}
