package gclab.plots.results;

import static gclab.plots.SampleRun.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.Mmu;
import gclab.heap.telemetry.PauseKind;
import gclab.plots.SampleRun;
import gclab.plots.results.RunResult.Moment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A result built from the sample run's telemetry holds exactly what the run did. */
class RunResultTest {
    private final RunResult r = SampleRun.sample();

    @Test
    void inputsEnvironmentAndOutcomeAreAsGiven() {
        assertEquals(RunResult.SCHEMA_VERSION, r.schemaVersion());
        assertEquals("linked-list", r.inputs().workload());
        assertEquals(Map.of("fit", "first-fit"), r.inputs().options());
        assertEquals(4L << 20, r.inputs().heapBytes());
        assertEquals(2, r.environment().cores());
        assertEquals("2025-01-31T12:00:00Z", r.outcome().startedAt());
        assertEquals(50 * MS, r.outcome().runNanos());
        assertEquals(0, r.outcome().exitStatus());
        assertNull(r.outcome().error());
        assertEquals("marksweep fit=first-fit", r.label());
    }

    @Test
    void countsAndPauseStatistics() {
        assertEquals(3, r.counts().pauses());
        assertEquals(Map.of(PauseKind.YOUNG, 1, PauseKind.FULL, 1, PauseKind.INIT_MARK, 1), r.counts().pausesByKind());
        assertEquals(1, r.counts().concurrentPhases());
        assertEquals(5 * MS, r.counts().concurrentNanos());
        assertEquals(1, r.counts().allocationFailures());
        assertEquals(1, r.counts().fragmentationFailures());
        assertEquals(1, r.counts().fragmentationMisses(), "the old space refused more than its largest chunk");

        RunResult.Percentiles p = r.pauses();
        assertEquals(3, p.count());
        assertEquals(10_500_000, p.totalNanos(), "1 + 9 + 0.5 ms");
        assertEquals(3_500_000, p.meanNanos());
        assertEquals(9 * MS, p.maxNanos());
        assertEquals(1.0, p.p50Nanos() / 1e6, 0.001, "the median of 0.5, 1 and 9 ms, to HdrHistogram's precision");
        assertEquals(9 * MS, p.p99Nanos());
        assertEquals(20_000, r.timeToSafepoint().maxNanos());
        assertEquals(0.21, r.gcShare(), 1e-12, "10.5 ms of 50");
    }

    @Test
    void mmuIsTheExactMmuOfThePauses() {
        Mmu exact = Mmu.ofIntervals(new long[] {5 * MS, 20 * MS, 35 * MS},
                new long[] {MS, 9 * MS, MS / 2}, 50 * MS);
        assertEquals(0.0, r.mmu().at1ms());
        assertEquals(exact.at(10 * MS), r.mmu().at10ms());
        assertEquals(0.1, r.mmu().at10ms(), 1e-12, "a 10 ms window holds the 9 ms pause");
        assertEquals(exact.overallUtilization(), r.mmu().at100ms(), "100 ms is longer than the run");
        assertEquals(exact.curve().size(), r.mmu().curve().size());
        assertEquals(50 * MS, r.mmu().curve().get(r.mmu().curve().size() - 1).windowNanos());
    }

    @Test
    void pauseEventsCarryKindCausePhasesAndWork() {
        RunResult.Pause young = r.pauseEvents().get(0);
        assertEquals(0, young.id());
        assertEquals(PauseKind.YOUNG, young.kind());
        assertEquals(GcCause.ALLOCATION_FAILURE, young.cause());
        assertEquals(5 * MS, young.startNanos());
        assertEquals(MS, young.durationNanos());
        assertEquals(20_000, young.timeToSafepointNanos());
        assertEquals(Map.of("objects-copied", 10L, "words-copied", 10_260L), young.work());
        assertEquals(List.of("copy"), young.phases().stream().map(RunResult.Phase::name).toList());
        RunResult.Pause full = r.pauseEvents().get(1);
        assertEquals(List.of("mark", "sweep"), full.phases().stream().map(RunResult.Phase::name).toList());
        assertEquals(23 * MS, full.phases().get(1).startNanos());
        assertEquals(6 * MS, full.phases().get(1).durationNanos());
        assertEquals(10_270, full.workClockStart(), "the work of pause 0");
        assertEquals("mark", r.concurrentPhases().get(0).name().substring("concurrent ".length()));
    }

    @Test
    void occupancyIsSampledBeforeAndAfterEveryPauseAndAtTheEnd() {
        assertEquals(7, r.occupancy().size());
        RunResult.OccupancySample before = r.occupancy(0, Moment.BEFORE);
        RunResult.OccupancySample after = r.occupancy(0, Moment.AFTER);
        assertEquals(5 * MS, before.atNanos());
        assertEquals(6 * MS, after.atNanos());
        assertEquals(100 * 1026 * 8, before.area("eden").usedBytes());
        assertEquals(0, after.area("eden").usedBytes());
        assertEquals(10 * 1026 * 8, after.area("old").usedBytes());
        assertEquals(200 * 1024, after.area("metaspace").usedBytes());
        assertEquals(3L << 20, after.heapCapacityBytes(), "eden and old, metaspace not included");
        RunResult.OccupancySample end = r.occupancy().get(6);
        assertEquals(Moment.END, end.moment());
        assertEquals(-1, end.pauseId());
        assertEquals(50 * MS, end.atNanos());
        assertEquals(300 * 1024, end.area("metaspace").usedBytes());
        assertEquals(100 * 1026 * 8, r.footprint().peakHeapUsedBytes());
        assertEquals(300 * 1024, r.footprint().peakMetaspaceBytes());
    }

    @Test
    void fragmentationIsSampledAfterEveryPauseAndAtTheEnd() {
        assertEquals(4, r.fragmentation().size());
        RunResult.SpaceFree old = r.fragmentation().get(1).spaces().get(1);
        assertEquals("old", old.space());
        assertEquals(16, old.freeChunks(), "15 freed arrays and the rest of the space");
        assertEquals((262_144L - 30 * 1026) * 8, old.largestChunkBytes());
        assertEquals(15 * 1026 * 8 + old.largestChunkBytes(), old.freeBytes());
        assertEquals(1.0 - (double) old.largestChunkBytes() / old.freeBytes(), old.externalFragmentation(), 1e-15);
        assertEquals(15L, old.chunkSizeHistogram().get(8192L), "8208-byte chunks are in [8 KiB, 16 KiB)");
        assertEquals(r.fragmentation().get(3).externalFragmentation(), r.externalFragmentationAtEnd());
        assertTrue(r.externalFragmentationAtEnd() > 0);
        RunResult.Failure failure = r.allocationFailures().get(0);
        assertEquals(40 * MS, failure.atNanos());
        assertEquals(32_000, failure.requestedBytes());
        assertEquals(RunResult.ALL_SPACES, failure.free().space());
    }

    @Test
    void workAndAllocationTotals() {
        assertEquals(10L, r.work().get("objects-copied"));
        assertEquals(7L, r.work().get("barrier-shades"));
        assertEquals(10 + 10_260 + 30 + 30 + (1 << 18) + 65 + 7 + 3, r.totalWork());
        assertEquals(150 * 1026 * 8, r.allocation().bytes());
        assertEquals(150, r.allocation().objects());
        assertEquals(150 * 1026 * 8 / 0.05, r.allocation().bytesPerSecond(), 1e-6);
    }

    @Test
    void aRunWithoutPausesHasEmptySeriesAndFullUtilization() {
        SampleRun s = new SampleRun();
        s.clock = 10 * MS;
        RunResult empty = s.result();
        assertEquals(0, empty.pauses().count());
        assertEquals(0, empty.pauses().maxNanos());
        assertEquals(1.0, empty.mmu().at1ms());
        assertEquals(0.0, empty.gcShare());
        assertTrue(empty.pauseDistribution().isEmpty());
        assertEquals(1, empty.occupancy().size(), "the end only");
    }
}
