package gclab.plots.results;

import static gclab.plots.SampleRun.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseKind;
import gclab.plots.SampleRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gc.log: golden lines in HotSpot's shapes, and the parser reading every field back. */
class GcLogTest {
    /** The log rounds to three decimals: within half a unit of the last, and a little for binary fractions. */
    private static final double HALF_A_DIGIT = 0.0005 + 1e-12;

    private final RunResult sample = SampleRun.sample();

    @Test
    void goldenLinesOfTheSampleRun() {
        assertEquals(List.of(
                "[0.000s][info][gc] Using marksweep",
                "[0.000s][info][gc,init] Heap Max Capacity: 4M",
                "[0.005s][info][gc,start] GC(0) Pause Young (Allocation Failure)",
                "[0.005s][info][gc,phases,start] GC(0) Phase 1: copy",
                "[0.006s][info][gc,phases      ] GC(0) Phase 1: copy 0.880ms",
                "[0.006s][info][gc,heap        ] GC(0) eden: 801K(1024K)->0K(1024K)",
                "[0.006s][info][gc,heap        ] GC(0) old: 0K(2048K)->80K(2048K)",
                "[0.006s][info][gc,metaspace   ] GC(0) Metaspace: 200K(512K)->200K(512K)",
                "[0.006s][info][gc,age         ] GC(0) Desired survivor size 52428 bytes, new threshold 3 (max threshold 15)",
                "[0.006s][info][gc,age         ] GC(0) Age table with threshold 3 (max threshold 15)",
                "[0.006s][info][gc,age         ] GC(0) - age   1:      32832 bytes,      32832 total",
                "[0.006s][info][gc,age         ] GC(0) - age   3:      49248 bytes,      82080 total",
                "[0.006s][info][gc             ] GC(0) Pause Young (Allocation Failure) 0M->0M(3M) 1.000ms",
                "[0.020s][info][gc,start       ] GC(1) Pause Full (System.gc())",
                "[0.020s][info][gc,phases,start] GC(1) Phase 1: mark",
                "[0.023s][info][gc,phases      ] GC(1) Phase 1: mark 3.000ms",
                "[0.023s][info][gc,phases,start] GC(1) Phase 2: sweep",
                "[0.029s][info][gc,phases      ] GC(1) Phase 2: sweep 6.000ms",
                "[0.029s][info][gc,heap        ] GC(1) eden: 400K(1024K)->0K(1024K)",
                "[0.029s][info][gc,heap        ] GC(1) old: 240K(2048K)->120K(2048K)",
                "[0.029s][info][gc,metaspace   ] GC(1) Metaspace: 300K(512K)->300K(512K)",
                "[0.029s][info][gc             ] GC(1) Pause Full (System.gc()) 0M->0M(3M) 9.000ms",
                "[0.035s][info][gc,phases      ] GC(1) Concurrent mark 5.000ms",
                "[0.035s][info][gc,start       ] GC(2) Pause Init Mark (Occupancy Threshold)",
                "[0.036s][info][gc,heap        ] GC(2) eden: 0K(1024K)->0K(1024K)",
                "[0.036s][info][gc,heap        ] GC(2) old: 120K(2048K)->120K(2048K)",
                "[0.036s][info][gc,metaspace   ] GC(2) Metaspace: 300K(512K)->300K(512K)",
                "[0.036s][info][gc             ] GC(2) Pause Init Mark (Occupancy Threshold) 0M->0M(3M) 0.500ms"),
                GcLogWriter.lines(sample));
    }

    @Test
    void everyPauseKindAndCauseHasHotSpotsName() {
        SampleRun s = new SampleRun();
        PauseKind[] kinds = PauseKind.values();
        GcCause[] causes = GcCause.values();
        int n = Math.max(kinds.length, causes.length);
        for (int i = 0; i < n; i++) {
            s.clock = i * MS;
            s.telemetry.pauseBegin(kinds[i % kinds.length], causes[i % causes.length]);
            s.clock = i * MS + 1234;
            s.telemetry.pauseEnd();
        }
        RunResult r = RunResult.of(SampleRun.inputs("refcount"), SampleRun.ENVIRONMENT,
                RunResult.Outcome.ok(SampleRun.STARTED, n * MS), s.telemetry, null);
        List<String> summaries = GcLogWriter.lines(r).stream().map(GcLogParser::decorated)
                .filter(l -> l.tagSet().equals("gc") && l.message().contains("Pause")).map(GcLog.Line::message)
                .toList();
        List<String> titles = List.of("Young (Allocation Failure)", "Full (System.gc())",
                "Init Mark (Occupancy Threshold)", "Remark (Promotion Failed)",
                "Cycle Collection (Concurrent Mode Failure)", "Cascade (Candidate Buffer Full)",
                "Stack Scan (Stress)", "Young (Requested)", "Full (Heap Growth)",
                "Init Mark (Zero Count Table Full)", "Remark (Pending Frees)");
        assertEquals(titles.size(), n, "a title for every kind and every cause");
        for (int i = 0; i < n; i++) {
            assertEquals(String.format(Locale.ROOT, "GC(%d) Pause %s 0M->0M(3M) 0.001ms", i, titles.get(i)),
                    summaries.get(i));
        }
        GcLog parsed = GcLogParser.parse(String.join("\n", GcLogWriter.lines(r)));
        for (int i = 0; i < n; i++) {
            GcLog.Pause p = parsed.pauses().get(i);
            assertEquals(kinds[i % kinds.length].logName(), p.kind());
            assertEquals(causes[i % causes.length].logName(), p.cause());
            assertEquals("Pause " + titles.get(i), p.title());
        }
    }

    @Test
    void theParserReadsEveryFieldBack() {
        GcLog log = GcLogParser.parse(String.join("\n", GcLogWriter.lines(sample)));
        assertEquals("marksweep", log.collector());
        assertEquals(4L << 20, log.heapMaxCapacityBytes());
        assertEquals(28, log.lines().size());
        assertEquals(List.of(), log.unparsed());
        assertEquals(List.of("gc", "phases", "start"), log.lines().get(3).tags());

        GcLog.Pause young = log.pauses().get(0);
        assertEquals(new GcLog.Pause(0, 0.005, 0.006, "Young", List.of("Allocation Failure"), 0, 0, 3, 1.0,
                List.of(new GcLog.Area("eden", 801, 1024, 0, 1024), new GcLog.Area("old", 0, 2048, 80, 2048)),
                new GcLog.Area("Metaspace", 200, 512, 200, 512),
                List.of(new GcLog.Phase(1, "copy", 0.005, 0.006, 0.88))), young);
        GcLog.Pause full = log.pauses().get(1);
        assertEquals(List.of(new GcLog.Phase(1, "mark", 0.020, 0.023, 3.0),
                new GcLog.Phase(2, "sweep", 0.023, 0.029, 6.0)), full.phases());
        assertEquals("System.gc()", full.cause());
        assertEquals(List.of(new GcLog.ConcurrentPhase(1, "mark", 0.035, 5.0)), log.concurrentPhases());
    }

    /** Whatever the run, the log's figures are the result's, to the log's precision. */
    @Test
    void theLogAgreesWithTheResult(@TempDir Path dir) throws IOException {
        ResultFiles.writeRun(dir, sample);
        GcLog log = GcLogParser.parse(dir.resolve(ResultFiles.GC_LOG));
        assertEquals(sample.pauseEvents().size(), log.pauses().size());
        for (int i = 0; i < log.pauses().size(); i++) {
            RunResult.Pause want = sample.pauseEvents().get(i);
            GcLog.Pause got = log.pauses().get(i);
            assertEquals(want.id(), got.id());
            assertEquals(want.kind().logName(), got.kind());
            assertEquals(want.cause().logName(), got.cause());
            assertEquals(want.durationNanos() / 1e6, got.durationMs(), HALF_A_DIGIT);
            assertEquals(want.startNanos() / 1e9, got.startSeconds(), HALF_A_DIGIT);
            assertEquals(want.endNanos() / 1e9, got.endSeconds(), HALF_A_DIGIT);
            RunResult.OccupancySample before = sample.occupancy(want.id(), RunResult.Moment.BEFORE);
            RunResult.OccupancySample after = sample.occupancy(want.id(), RunResult.Moment.AFTER);
            assertEquals(before.heapUsedBytes() >> 20, got.heapBeforeM());
            assertEquals(after.heapUsedBytes() >> 20, got.heapAfterM());
            assertEquals(after.heapCapacityBytes() >> 20, got.heapCapacityM());
            for (GcLog.Area area : got.heap()) {
                assertEquals(before.area(area.name()).usedBytes() >> 10, area.beforeK());
                assertEquals(after.area(area.name()).capacityBytes() >> 10, area.afterCapacityK());
            }
            assertEquals(after.areas().size() - 1, got.heap().size(), "every space but metaspace");
            assertEquals(after.area("metaspace").usedBytes() >> 10, got.metaspace().afterK());
            assertEquals(want.phases().stream().map(RunResult.Phase::name).toList(),
                    got.phases().stream().map(GcLog.Phase::name).toList());
        }
    }

    @Test
    void decorationsMayBeOtherOnesInAnyOrder() {
        GcLog.Line line = GcLogParser.decorated(
                "[2025-01-31T12:00:00.000+0000][1234ms][12345][info ][gc,heap  ] GC(3) old: 1K(2K)->0K(2K)");
        assertEquals(1.234, line.uptimeSeconds(), 1e-12);
        assertEquals("info", line.level());
        assertEquals(List.of("gc", "heap"), line.tags());
        assertEquals("GC(3) old: 1K(2K)->0K(2K)", line.message());
        assertNull(GcLogParser.decorated("   def new generation   total 1856K"));
        assertNull(GcLogParser.decorated("[not closed"));
    }

    @Test
    void qualifiersNest() {
        assertEquals(List.of("System.gc()"), GcLogParser.qualifiers(" (System.gc())"));
        assertEquals(List.of("Normal", "G1 Evacuation Pause"), GcLogParser.qualifiers(" (Normal) (G1 Evacuation Pause)"));
    }
}
