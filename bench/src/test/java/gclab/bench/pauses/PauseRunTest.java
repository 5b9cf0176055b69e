package gclab.bench.pauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.WorkKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pause harness's setup and a tiny run, so that it cannot rot: checked on pause kinds, counts and work,
 * never on time. Incremental mode, so the run is deterministic.
 */
class PauseRunTest {
    private static PauseRun.Result run(String barrier) {
        return run(barrier, 0);
    }

    private static PauseRun.Result run(String barrier, int discardCycles) {
        return PauseRun.run(new PauseRun.Settings("tricolor", Map.of("mode", "incremental", "barrier", barrier),
                1L << 20, 2L << 20, discardCycles, 3, 60_000_000_000L, 42, false), null);
    }

    @Test
    void discardedCyclesRunBeforeTheMeasuredOnesAndAreNotCounted() {
        PauseRun.Result r = run("satb", 2);
        assertEquals(3, r.pauses(PauseKind.REMARK).size(), "the measured cycles, as asked");
        assertEquals(2, r.discardedCyclePauses().stream().filter(p -> p.kind() == PauseKind.REMARK).count());
        assertTrue(r.discardStartNanos() < r.runStartNanos());
        for (PauseRecord p : r.discardedCyclePauses()) {
            assertFalse(r.cyclePauses().contains(p), "a discarded pause is not among the measured ones");
        }
    }

    @Test
    void theTableHoldsTheLiveSizeAskedFor() {
        assertEquals(26, LiveTable.rowsFor(1L << 20));
        assertTrue(Math.abs(run("satb").liveBytes() - (1L << 20)) < LiveTable.rowBytes());
    }

    @Test
    void satbRunsWholeCyclesWithoutFullCollections() {
        PauseRun.Result r = run("satb");
        assertEquals(3, r.pauses(PauseKind.REMARK).size());
        assertTrue(r.pauses(PauseKind.INIT_MARK).size() >= 3);
        assertEquals(0, r.pauses(PauseKind.FULL).size(), "the harness must avoid full collections");
        assertEquals(0, r.concurrentModeFailures());
        assertEquals(r.cyclePauses().size(), r.pauses(PauseKind.INIT_MARK).size() + r.pauses(PauseKind.REMARK).size());
        for (PauseRecord p : r.pauses(PauseKind.INIT_MARK)) {
            assertEquals(2, p.work().get(WorkKind.ROOTS_SCANNED), "satb's Init Mark shades the two roots");
        }
        assertTrue(r.steps() > 0);
        assertEquals(run("satb").checksum(), r.checksum(), "incremental runs are deterministic");
    }

    @Test
    void hybridScansTheStackInItsOwnPauseAndDijkstraRescansAtRemark() {
        PauseRun.Result hybrid = run("hybrid");
        assertEquals(hybrid.pauses(PauseKind.INIT_MARK).size(), hybrid.pauses(PauseKind.STACK_SCAN).size());
        for (PauseRecord p : hybrid.pauses(PauseKind.STACK_SCAN)) {
            assertEquals(2, p.work().get(WorkKind.ROOTS_SCANNED));
        }
        PauseRun.Result dijkstra = run("dijkstra");
        for (PauseRecord p : dijkstra.pauses(PauseKind.REMARK)) {
            assertEquals(2, p.work().get(WorkKind.ROOTS_SCANNED), "dijkstra rescans the roots at remark");
        }
    }
}
