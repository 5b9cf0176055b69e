package gclab.plots.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HotSpot's own logs become results that the table, summary and charts read like gclab's. */
class HotSpotResultsTest {
    private static final String SERIAL = String.join("\n",
            "[0.004s][info][gc] Using Serial",
            "[0.004s][info][gc,init] Heap Max Capacity: 16M",
            "[0.135s][info][gc,start    ] GC(0) Pause Young (Allocation Failure)",
            "[0.137s][info][gc,heap     ] GC(0) DefNew: 4416K(4928K)->511K(4928K) Eden: 4416K(4416K)->0K(4416K)"
                    + " From: 0K(512K)->511K(512K)",
            "[0.137s][info][gc,heap     ] GC(0) Tenured: 0K(10944K)->1399K(10944K)",
            "[0.137s][info][gc,metaspace] GC(0) Metaspace: 300K(512K)->300K(512K) NonClass: 289K(384K)->289K(384K)",
            "[0.137s][info][gc          ] GC(0) Pause Young (Allocation Failure) 4M->1M(15M) 2.500ms",
            "[0.200s][info][gc,start    ] GC(1) Pause Full (System.gc())",
            "[0.210s][info][gc          ] GC(1) Pause Full (System.gc()) 6M->1M(15M) 8.000ms",
            "[0.300s][info][gc,heap,exit] Heap");

    private static final String ZGC_25 = String.join("\n",
            "[0.010s][info][gc] Using The Z Garbage Collector",
            "[0.080s][info][gc,start    ] GC(0) Major Collection (Allocation Stall)",
            "[0.083s][info][gc,phases   ] GC(0) Y: Pause Mark Start (Major) 0.015ms",
            "[0.088s][info][gc,phases   ] GC(0) Y: Pause Mark End 0.013ms",
            "[0.088s][info][gc,phases   ] GC(0) Y: Concurrent Mark 4.000ms",
            "[0.092s][info][gc,phases   ] GC(0) O: Pause Relocate Start 0.005ms",
            "[0.150s][info][gc,exit     ] Heap");

    private static RunResult result(String log) {
        RunResult.Inputs inputs = RunResult.Inputs.workload("binarytrees", "gclab.workloads.BinaryTrees",
                List.of("14"), "HotSpot Serial (JDK 17, host objects)", Map.of(), 16L << 20);
        return HotSpotResults.of(GcLogParser.parse(log), inputs, RunResult.Environment.current(),
                new RunResult.Outcome("2025-01-31T12:00:00Z", 1, 0, null));
    }

    @Test
    void serialPausesSpacesAndRunTimeComeFromTheLog() {
        RunResult r = result(SERIAL);
        assertEquals(2, r.counts().pauses());
        assertEquals(Map.of(PauseKind.YOUNG, 1, PauseKind.FULL, 1), r.counts().pausesByKind());
        assertEquals(300_000_000L, r.outcome().runNanos(), "the uptime of the last line");
        assertEquals(10_500_000L, r.pauses().totalNanos());
        assertEquals(8_000_000L, r.pauses().maxNanos());
        RunResult.Pause young = r.pauseEvents().get(0);
        assertEquals(GcCause.ALLOCATION_FAILURE, young.cause());
        assertEquals(137_000_000L - 2_500_000L, young.startNanos(), "ends at its line, starts its duration before");
        assertEquals(GcCause.SYSTEM_GC, r.pauseEvents().get(1).cause());
        RunResult.OccupancySample after = r.occupancy(0, RunResult.Moment.AFTER);
        assertEquals(List.of("DefNew", "Tenured", "metaspace"), after.areas().stream().map(RunResult.AreaUse::area)
                .toList(), "Eden and From are parts of DefNew, not spaces beside it");
        assertEquals((511L + 1399) << 10, after.heapUsedBytes());
        assertEquals(10.5 / 300, r.gcShare(), 1e-9);
        assertTrue(r.mmu().at1ms() == 0.0 && r.mmu().at100ms() > 0.8, r.mmu().toString());
    }

    @Test
    void zgcPausesAreReadFromItsPhaseLines() {
        RunResult r = result(ZGC_25);
        assertEquals(3, r.counts().pauses());
        assertEquals(List.of(PauseKind.INIT_MARK, PauseKind.REMARK, PauseKind.REMARK),
                r.pauseEvents().stream().map(RunResult.Pause::kind).toList());
        assertEquals(GcCause.ALLOCATION_FAILURE, r.pauseEvents().get(0).cause(), "from the cycle's line");
        assertEquals(15_000L, r.pauseEvents().get(0).durationNanos());
        assertEquals(1, r.counts().concurrentPhases());
    }

    @Test
    void theResultIsAValidResultFile() {
        for (String log : List.of(SERIAL, ZGC_25)) {
            RunResult r = result(log);
            assertEquals(r, ResultJson.fromJson(ResultJson.toJson(r)));
            assertEquals(2, SummaryCsv.lines(List.of(SummaryCsv.Row.single(r))).size(), "a header and one row");
        }
    }

    @Test
    void kindsAndCausesMapToTheNearestOfGclabs() {
        assertEquals(PauseKind.YOUNG, HotSpotResults.kind("Young"));
        assertEquals(PauseKind.FULL, HotSpotResults.kind("Degenerated GC"));
        assertEquals(PauseKind.INIT_MARK, HotSpotResults.kind("Init Mark"));
        assertEquals(PauseKind.REMARK, HotSpotResults.kind("Cleanup"));
        assertEquals(GcCause.ALLOCATION_FAILURE, HotSpotResults.cause("G1 Evacuation Pause"));
        assertEquals(GcCause.OCCUPANCY, HotSpotResults.cause("Metadata GC Threshold"));
        assertEquals(GcCause.REQUESTED, HotSpotResults.cause("unload classes"));
    }
}
