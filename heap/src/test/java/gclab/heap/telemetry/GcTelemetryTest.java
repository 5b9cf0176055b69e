package gclab.heap.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.HeapExhaustedException;
import gclab.heap.space.BumpSpace;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FragmentationStats;
import gclab.heap.space.FreeListSpace;
import gclab.heap.testing.TestHeap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bookkeeping with a fake clock: every time below is exact. */
class GcTelemetryTest {
    private long clock = 1_000; // the telemetry's origin
    private TestHeap t;
    private BumpSpace eden;
    private FreeListSpace old;
    private GcTelemetry telemetry;

    @BeforeEach
    void create() {
        t = new TestHeap(8192);
        eden = new BumpSpace(t.heap, "eden", 100);
        old = new FreeListSpace(t.heap, "old", 200, FitPolicy.BEST_FIT);
        telemetry = new GcTelemetry(t.heap, () -> clock);
    }

    @Test
    void timeIsMeasuredFromTheOrigin() {
        clock = 1_250;
        assertEquals(250, telemetry.now());
    }

    @Test
    void theClockStandsStillWhileAPauseIsObserved() {
        telemetry.addListener(pause -> clock += 5_000); // a verifier or a heap-map capture taking 5 us
        clock = 1_100;
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        clock = 1_300;
        telemetry.pauseEnd(); // the raw clock is now 6_300
        assertEquals(300, telemetry.now(), "the listener's 5 us are neither pause nor mutator time");
        assertEquals(200, telemetry.pauses().get(0).durationNanos());
        clock = 6_400;
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        assertEquals(0, telemetry.pauses().get(0).timeToSafepointNanos());
        clock = 6_450;
        telemetry.pauseEnd();
        PauseRecord second = telemetry.pauses().get(1);
        assertEquals(400, second.startNanos(), "100 ns of mutator time after the first pause's end at 300");
        assertEquals(50, second.durationNanos());
    }

    @Test
    void theClockStandsStillWhileAPauseTakesItsOpeningFigures() {
        // An area whose figures take 700 ns to read, as a cold snapshot can on a large heap: the observer's
        // cost at the pause's start, which is no more the collector's than the listeners' at its end.
        telemetry.addArea(new MemoryArea() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public long usedBytes() {
                clock += 700;
                return 8;
            }

            @Override
            public long capacityBytes() {
                return 64;
            }
        });
        clock = 1_100;
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC); // the raw clock is now 1_800
        assertEquals(100, telemetry.now());
        clock += 250;
        telemetry.pauseEnd(); // the closing snapshot's 700 ns come after the pause's end, as before
        PauseRecord p = telemetry.pauses().get(0);
        assertEquals(100, p.startNanos());
        assertEquals(250, p.durationNanos(), "only the collector's 250 ns between the two snapshots");
        assertEquals(8, p.before().stream().filter(o -> o.area().equals("slow")).findFirst().orElseThrow()
                .usedBytes(), "the opening figures are still taken");
    }

    @Test
    void pauseRecordsKindCauseTimesAndTimeToSafepoint() {
        clock = 1_100;
        long requested = telemetry.now();
        clock = 1_130; // the mutator reached the safepoint 30 ns after the request
        telemetry.pauseBegin(PauseKind.YOUNG, GcCause.ALLOCATION_FAILURE, requested);
        assertTrue(telemetry.inPause());
        clock = 1_500;
        telemetry.pauseEnd();
        assertFalse(telemetry.inPause());
        PauseRecord p = telemetry.pauses().get(0);
        assertEquals(0, p.id());
        assertEquals(PauseKind.YOUNG, p.kind());
        assertEquals(GcCause.ALLOCATION_FAILURE, p.cause());
        assertEquals(100, p.startNanos());
        assertEquals(400, p.durationNanos(), "from the request, so including the time to safepoint");
        assertEquals(30, p.timeToSafepointNanos());
        assertEquals(500, p.endNanos());
    }

    @Test
    void pauseIdsCountUp() {
        for (int i = 0; i < 3; i++) {
            telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
            telemetry.pauseEnd();
        }
        assertEquals(List.of(0, 1, 2), telemetry.pauses().stream().map(PauseRecord::id).toList());
    }

    @Test
    void phasesAndWorkAreAttributedToThePauseAndThePhase() {
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        telemetry.phaseBegin("mark");
        clock += 10;
        telemetry.work(WorkKind.OBJECTS_MARKED, 5);
        telemetry.work(WorkKind.SLOTS_SCANNED, 7);
        telemetry.phaseBegin("sweep"); // ends "mark"
        clock += 20;
        telemetry.work(WorkKind.WORDS_SWEPT, 300);
        telemetry.work(WorkKind.OBJECTS_FREED, 0);
        telemetry.pauseEnd(); // ends "sweep"
        PauseRecord p = telemetry.pauses().get(0);
        assertEquals(List.of("mark", "sweep"), p.phases().stream().map(PhaseRecord::name).toList());
        PhaseRecord mark = p.phases().get(0);
        assertEquals(10, mark.durationNanos());
        assertFalse(mark.concurrent());
        assertEquals(5, mark.work().get(WorkKind.OBJECTS_MARKED));
        assertEquals(0, mark.work().get(WorkKind.WORDS_SWEPT));
        PhaseRecord sweep = p.phases().get(1);
        assertEquals(20, sweep.durationNanos());
        assertEquals(300, sweep.work().get(WorkKind.WORDS_SWEPT));
        assertEquals(312, p.work().total());
        assertEquals(312, telemetry.totalWork().total());
        assertEquals(30, p.durationNanos());
    }

    @Test
    void workClockStartIsTheWorkDoneBeforeThePause() {
        telemetry.work(WorkKind.BARRIER_SHADES, 40); // concurrent work, outside any pause
        telemetry.pauseBegin(PauseKind.REMARK, GcCause.OCCUPANCY);
        telemetry.work(WorkKind.OBJECTS_MARKED, 2);
        telemetry.pauseEnd();
        PauseRecord p = telemetry.pauses().get(0);
        assertEquals(40, p.workClockStart());
        assertEquals(2, p.work().total());
        assertEquals(42, telemetry.totalWork().total());
    }

    @Test
    void workCountsInBulk() {
        WorkCounts w = new WorkCounts();
        w.add(WorkKind.OBJECTS_COPIED, 3);
        w.add(WorkKind.WORDS_COPIED, 12);
        telemetry.pauseBegin(PauseKind.YOUNG, GcCause.ALLOCATION_FAILURE);
        telemetry.work(w);
        telemetry.pauseEnd();
        assertEquals(12, telemetry.pauses().get(0).work().get(WorkKind.WORDS_COPIED));
        assertEquals("{OBJECTS_COPIED=3, WORDS_COPIED=12}", w.toString());
        assertEquals("words-copied", WorkKind.WORDS_COPIED.key());
    }

    @Test
    void concurrentPhaseOutsideAPauseIsRecordedApart() {
        telemetry.concurrentPhaseBegin("concurrent-mark");
        clock += 50;
        telemetry.work(WorkKind.OBJECTS_MARKED, 9);
        telemetry.concurrentPhaseEnd();
        PhaseRecord c = telemetry.concurrentPhases().get(0);
        assertTrue(c.concurrent());
        assertEquals(50, c.durationNanos());
        assertEquals(9, c.work().get(WorkKind.OBJECTS_MARKED));
        assertEquals(List.of(), telemetry.pauses());
    }

    @Test
    void aPauseInsideAConcurrentPhaseTakesTheWorkDoneWhileTheMutatorIsStopped() {
        telemetry.concurrentPhaseBegin("concurrent-mark");
        telemetry.work(WorkKind.OBJECTS_MARKED, 5);
        telemetry.pauseBegin(PauseKind.REMARK, GcCause.ALLOCATION_FAILURE);
        telemetry.phaseBegin("rescan");
        telemetry.work(WorkKind.OBJECTS_MARKED, 2);
        telemetry.pauseEnd();
        telemetry.work(WorkKind.OBJECTS_MARKED, 1);
        telemetry.concurrentPhaseEnd();
        PauseRecord remark = telemetry.pauses().get(0);
        assertEquals(2, remark.work().get(WorkKind.OBJECTS_MARKED));
        assertEquals("rescan", remark.phases().get(0).name());
        assertEquals(2, remark.phases().get(0).work().get(WorkKind.OBJECTS_MARKED));
        assertEquals(6, telemetry.concurrentPhases().get(0).work().get(WorkKind.OBJECTS_MARKED));
        assertEquals(8, telemetry.totalWork().get(WorkKind.OBJECTS_MARKED));
    }

    @Test
    void aSubPhaseNeedsAPause() {
        assertThrows(IllegalStateException.class, () -> telemetry.phaseBegin("mark"));
    }

    @Test
    void occupancyBeforeAndAfterEachSpaceAndExtraAreas() {
        telemetry.addArea(new MemoryArea() {
            @Override
            public String name() {
                return GcTelemetry.METASPACE;
            }

            @Override
            public long usedBytes() {
                return 1000;
            }

            @Override
            public long capacityBytes() {
                return 4000;
            }
        });
        eden.allocate(40);
        old.allocate(10);
        telemetry.pauseBegin(PauseKind.YOUNG, GcCause.ALLOCATION_FAILURE);
        eden.reset();
        telemetry.pauseEnd();
        PauseRecord p = telemetry.pauses().get(0);
        assertEquals(List.of(new Occupancy("eden", 320, 800), new Occupancy("old", 80, 1600),
                new Occupancy(GcTelemetry.METASPACE, 1000, 4000)), p.before());
        assertEquals(new Occupancy("eden", 0, 800), p.after().get(0));
        assertEquals(400, p.heapUsedBefore(), "metaspace is not heap");
        assertEquals(80, p.heapUsedAfter());
        assertEquals(2400, p.heapCapacity());
    }

    @Test
    void fragmentationAfterThePauseIsRecordedPerSpace() {
        eden.allocate(40);
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        telemetry.pauseEnd();
        PauseRecord p = telemetry.pauses().get(0);
        assertEquals(List.of("eden", "old"), List.copyOf(p.fragmentation().keySet()));
        assertEquals(60 * 8, p.fragmentation().get("eden").freeBytes());
        assertEquals(200 * 8, p.fragmentation().get("old").largestChunkBytes());
    }

    @Test
    void listenersAreCalledAtPauseEndWithTheRecordOutsideThePause() {
        List<PauseRecord> heard = new ArrayList<>();
        List<Boolean> inPause = new ArrayList<>();
        GcListener listener = p -> {
            heard.add(p);
            inPause.add(telemetry.inPause());
        };
        telemetry.addListener(listener);
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        assertEquals(List.of(), heard, "not at pauseBegin");
        telemetry.pauseEnd();
        assertEquals(telemetry.pauses(), heard);
        assertEquals(List.of(false), inPause);
        telemetry.removeListener(listener);
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        telemetry.pauseEnd();
        assertEquals(1, heard.size());
    }

    @Test
    void histogramCountsEveryPauseWithItsDuration() {
        long[] durations = {100, 2_000, 35_000};
        for (long d : durations) {
            telemetry.pauseBegin(PauseKind.YOUNG, GcCause.ALLOCATION_FAILURE);
            clock += d;
            telemetry.pauseEnd();
        }
        assertEquals(3, telemetry.pauseHistogram().getTotalCount());
        assertEquals(35_000, telemetry.pauseHistogram().getMaxValue(), 35_000 / 1000.0);
        assertEquals(100, telemetry.pauseHistogram().getMinValue());
        assertEquals(3, telemetry.timeToSafepointHistogram().getTotalCount());
        assertEquals(0, telemetry.timeToSafepointHistogram().getMaxValue());
    }

    @Test
    void zeroLengthPauseStillCounts() {
        telemetry.pauseBegin(PauseKind.YOUNG, GcCause.ALLOCATION_FAILURE);
        telemetry.pauseEnd();
        assertEquals(1, telemetry.pauseHistogram().getTotalCount());
    }

    @Test
    void outOfMemoryIsRecordedWithItsFragmentationFlag() {
        FragmentationStats plenty = new FragmentationStats.Builder().addChunk(10).addChunk(10).build();
        HeapExhaustedException fragmented = telemetry.outOfMemory("long[]", 12, plenty);
        assertTrue(fragmented.isFragmentationFailure());
        assertEquals(96, fragmented.requestedBytes());
        assertEquals("heap exhausted: cannot allocate 96 bytes for long[] in a heap of 8192 bytes (160 bytes free,"
                + " largest free chunk 80 bytes; the free memory is fragmented); give a larger --heap",
                fragmented.getMessage());
        HeapExhaustedException full = telemetry.outOfMemory("Node", 21, plenty);
        assertFalse(full.isFragmentationFailure());
        assertEquals(2, telemetry.allocationFailures().size());
        assertEquals(1, telemetry.fragmentationFailures());
        AllocationFailure first = telemetry.allocationFailures().get(0);
        assertEquals(96, first.requestedBytes());
        assertEquals(plenty, first.free());
    }

    @Test
    void allocationTotals() {
        telemetry.allocated(4);
        telemetry.allocated(10);
        assertEquals(2, telemetry.allocatedObjects());
        assertEquals(112, telemetry.allocatedBytes());
    }

    @Test
    void pauseEndWithoutPauseBeginThrows() {
        IllegalStateException e = assertThrows(IllegalStateException.class, telemetry::pauseEnd);
        assertEquals("pauseEnd without pauseBegin", e.getMessage());
    }

    @Test
    void pauseInsideAPauseThrows() {
        telemetry.pauseBegin(PauseKind.YOUNG, GcCause.ALLOCATION_FAILURE);
        assertThrows(IllegalStateException.class, () -> telemetry.pauseBegin(PauseKind.FULL, GcCause.PROMOTION_FAILED));
        telemetry.pauseEnd();
        assertEquals(1, telemetry.pauses().size());
    }

    @Test
    void phaseEndWithoutPhaseBeginThrows() {
        assertThrows(IllegalStateException.class, telemetry::phaseEnd);
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        assertThrows(IllegalStateException.class, telemetry::phaseEnd);
    }

    @Test
    void recordsReturnedAreSnapshots() {
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        telemetry.pauseEnd();
        List<PauseRecord> before = telemetry.pauses();
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        telemetry.pauseEnd();
        assertEquals(1, before.size());
        assertThrows(UnsupportedOperationException.class, () -> before.add(null));
    }
}
