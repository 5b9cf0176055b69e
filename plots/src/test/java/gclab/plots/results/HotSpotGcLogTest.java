package gclab.plots.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser reads HotSpot's own logs: a captured Serial and G1 log, and one the host JVM writes now. */
class HotSpotGcLogTest {
    /** Captured from {@code java -Xlog:gc*:stdout -XX:+UseSerialGC -Xmx16m -Xmn2m} (JDK 17). */
    private static final String SERIAL = """
            [0.003s][info][gc] Using Serial
            [0.003s][info][gc,init] Version: 17.0.15+6-Debian-1deb12u1 (release)
            [0.004s][info][gc,init] Heap Max Capacity: 16M
            [0.010s][info][gc,metaspace] CDS archive(s) mapped at: [0x00007f418c000000-0x00007f418cbc7000-0x00007f418cbc7000), size 12349440, SharedBaseAddress: 0x00007f418c000000, ArchiveRelocationMode: 1.
            [0.032s][info][gc,start    ] GC(0) Pause Young (Allocation Failure)
            [0.033s][info][gc,heap     ] GC(0) DefNew: 1664K(1856K)->191K(1856K) Eden: 1664K(1664K)->0K(1664K) From: 0K(192K)->191K(192K)
            [0.033s][info][gc,heap     ] GC(0) Tenured: 0K(14336K)->360K(14336K)
            [0.033s][info][gc,metaspace] GC(0) Metaspace: 126K(320K)->126K(320K) NonClass: 123K(192K)->123K(192K) Class: 3K(128K)->3K(128K)
            [0.033s][info][gc          ] GC(0) Pause Young (Allocation Failure) 1M->0M(15M) 0.864ms
            [0.033s][info][gc,cpu      ] GC(0) User=0.00s Sys=0.00s Real=0.00s
            [0.178s][info][gc,start    ] GC(12) Pause Full (System.gc())
            [0.178s][info][gc,phases,start] GC(12) Phase 1: Mark live objects
            [0.178s][info][gc,phases      ] GC(12) Phase 1: Mark live objects 0.403ms
            [0.178s][info][gc,phases,start] GC(12) Phase 2: Compute new object addresses
            [0.178s][info][gc,phases      ] GC(12) Phase 2: Compute new object addresses 0.123ms
            [0.179s][info][gc             ] GC(12) Pause Full (System.gc()) 3M->2M(15M) 0.900ms
            [0.179s][info][gc,heap,exit   ] Heap
            [0.179s][info][gc,heap,exit   ]  def new generation   total 1856K, used 33K [0x00000000ff000000, 0x00000000ff200000, 0x00000000ff200000)
            """;

    /** Captured from {@code java -Xlog:gc*:stdout -XX:+UseG1GC -Xmx16m} (JDK 17), with a concurrent cycle. */
    private static final String G1 = """
            [0.042s][info][gc,start    ] GC(0) Pause Young (Normal) (G1 Evacuation Pause)
            [0.042s][info][gc,task     ] GC(0) Using 2 workers of 2 for evacuation
            [0.043s][info][gc,phases   ] GC(0)   Pre Evacuate Collection Set: 0.0ms
            [0.043s][info][gc,phases   ] GC(0)   Evacuate Collection Set: 1.1ms
            [0.043s][info][gc,heap     ] GC(0) Eden regions: 6->0(6)
            [0.043s][info][gc,metaspace] GC(0) Metaspace: 75K(320K)->75K(320K) NonClass: 71K(192K)->71K(192K) Class: 3K(128K)->3K(128K)
            [0.043s][info][gc          ] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 6M->1M(16M) 1.383ms
            [0.050s][info][gc          ] GC(1) Concurrent Mark Cycle
            [0.051s][info][gc,start    ] GC(1) Pause Remark
            [0.052s][info][gc          ] GC(1) Pause Remark 7M->7M(16M) 0.812ms
            [0.053s][info][gc,start    ] GC(1) Pause Cleanup
            [0.053s][info][gc          ] GC(1) Pause Cleanup 7M->7M(16M) 0.021ms
            [0.054s][info][gc          ] GC(1) Concurrent Mark Cycle 4.123ms
            """;

    @Test
    void readsACapturedSerialLog() {
        GcLog log = GcLogParser.parse(SERIAL);
        assertEquals("Serial", log.collector());
        assertEquals(16L << 20, log.heapMaxCapacityBytes());
        assertEquals(2, log.pauses().size());
        GcLog.Pause young = log.pauses().get(0);
        assertEquals(new GcLog.Pause(0, 0.032, 0.033, "Young", List.of("Allocation Failure"), 1, 0, 15, 0.864,
                List.of(new GcLog.Area("DefNew", 1664, 1856, 191, 1856), new GcLog.Area("Eden", 1664, 1664, 0, 1664),
                        new GcLog.Area("From", 0, 192, 191, 192), new GcLog.Area("Tenured", 0, 14336, 360, 14336)),
                new GcLog.Area("Metaspace", 126, 320, 126, 320), List.of()), young);
        GcLog.Pause full = log.pauses().get(1);
        assertEquals(12, full.id());
        assertEquals("System.gc()", full.cause());
        assertEquals(List.of(new GcLog.Phase(1, "Mark live objects", 0.178, 0.178, 0.403),
                new GcLog.Phase(2, "Compute new object addresses", 0.178, 0.178, 0.123)), full.phases());
        assertEquals(18, log.lines().size(), "every line is decorated, the CDS and exit lines too");
    }

    @Test
    void readsACapturedG1LogWithTwoPausesUnderOneId() {
        GcLog log = GcLogParser.parse(G1);
        assertEquals(List.of("Young", "Remark", "Cleanup"), log.pauses().stream().map(GcLog.Pause::kind).toList());
        GcLog.Pause young = log.pauses().get(0);
        assertEquals(List.of("Normal", "G1 Evacuation Pause"), young.qualifiers());
        assertEquals("G1 Evacuation Pause", young.cause());
        assertEquals(List.of("Pre Evacuate Collection Set", "Evacuate Collection Set"),
                young.phases().stream().map(GcLog.Phase::name).toList());
        assertEquals(1.1, young.phases().get(1).durationMs());
        assertEquals(List.of(), young.heap(), "G1 counts regions, not K");
        assertEquals(75, young.metaspace().beforeK());
        GcLog.Pause remark = log.pauses().get(1);
        assertEquals(1, remark.id());
        assertEquals("", remark.cause());
        assertEquals(0.051, remark.startSeconds());
        assertEquals(0.053, log.pauses().get(2).startSeconds(), "the second pause of GC(1) has its own start");
        assertEquals(List.of(new GcLog.ConcurrentPhase(1, "Mark Cycle", 0.054, 4.123)), log.concurrentPhases());
    }

    /** Forks the host JVM with {@code -Xlog:gc*} and the Serial collector, and reads the log it writes. */
    @Test
    void readsTheLogTheHostJvmWritesNow(@TempDir Path dir) throws IOException, InterruptedException,
            URISyntaxException {
        Path log = dir.resolve("hotspot-gc.log");
        Path classes = Path.of(HotSpotAllocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xlog:gc*:file=" + log, "-XX:+UseSerialGC",
                "-Xms32m", "-Xmx32m", "-Xmn4m", "-cp", classes.toString(), HotSpotAllocator.class.getName())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the forked JVM did not finish");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("out.txt")));

        List<String> text = Files.readAllLines(log, StandardCharsets.UTF_8);
        GcLog parsed = GcLogParser.parse(log);
        assertEquals(text.size(), parsed.lines().size() + parsed.unparsed().size());
        assertEquals(List.of(), parsed.unparsed(), "every line of -Xlog:gc* is decorated");
        assertEquals("Serial", parsed.collector());
        assertEquals(32L << 20, parsed.heapMaxCapacityBytes());

        // An independent count of the summary lines: "[gc   ] GC(n) Pause".
        Pattern summary = Pattern.compile("\\[gc\\s*\\] GC\\(\\d+\\) Pause .*ms");
        long summaries = text.stream().filter(l -> summary.matcher(l).find()).count();
        assertEquals(summaries, parsed.pauses().size());
        assertTrue(summaries >= 2, "at least a young collection and System.gc()");

        int previous = -1;
        for (GcLog.Pause p : parsed.pauses()) {
            assertTrue(p.id() > previous, "ids increase");
            previous = p.id();
            assertFalse(Double.isNaN(p.startSeconds()), "a gc,start line for GC(" + p.id() + ")");
            assertTrue(p.endSeconds() >= p.startSeconds());
            assertTrue(p.durationMs() >= 0);
            assertTrue(p.heapCapacityM() > 0 && p.heapBeforeM() >= 0 && p.heapAfterM() >= 0);
            assertNotNull(p.space("Tenured"), "GC(" + p.id() + ") " + p.heap());
            assertNotNull(p.metaspace());
            assertTrue(p.metaspace().afterCapacityK() > 0);
        }
        List<GcLog.Pause> young = parsed.pauses().stream().filter(p -> p.kind().equals("Young")).toList();
        assertFalse(young.isEmpty());
        assertTrue(young.stream().allMatch(p -> p.cause().equals("Allocation Failure")));
        assertTrue(young.stream().allMatch(p -> p.space("DefNew") != null && p.space("Eden") != null));
        List<GcLog.Pause> full = parsed.pauses().stream().filter(p -> p.cause().equals("System.gc()")).toList();
        assertEquals(1, full.size());
        assertEquals("Full", full.get(0).kind());
        assertFalse(full.get(0).phases().isEmpty());
        for (int i = 0; i < full.get(0).phases().size(); i++) {
            GcLog.Phase phase = full.get(0).phases().get(i);
            assertEquals(i + 1, phase.number());
            assertFalse(Double.isNaN(phase.startSeconds()), phase.name());
        }
    }
}
