package gclab.plots;

import gclab.heap.space.BumpSpace;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.HeapSnapshot;
import gclab.heap.telemetry.MemoryArea;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.TenuringDistribution;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.TestHeap;
import gclab.plots.results.RunResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run played by hand on a fake clock, so that every time is exact: a 4 MiB heap with a 1 MiB eden (bump) and
 * a 2 MiB old space (first-fit free lists), a metaspace, a young pause, a full pause that leaves the old space
 * fragmented, a concurrent phase, an init-mark pause, a fragmentation miss and an allocation failure, in a run
 * of 50 ms.
 */
public final class SampleRun {
    public static final long MS = 1_000_000L;
    public static final Instant STARTED = Instant.parse("2025-01-31T12:00:00Z");
    public static final RunResult.Environment ENVIRONMENT =
            new RunResult.Environment("OpenJDK 64-Bit Server VM 17.0.15", "Debian", "Linux 6.1", "amd64", 2);

    public long clock;
    public final TestHeap t = new TestHeap(4L << 20);
    public final BumpSpace eden = new BumpSpace(t.heap, "eden", 1 << 17);
    public final FreeListSpace old = new FreeListSpace(t.heap, "old", 1 << 18, FitPolicy.FIRST_FIT);
    public final GcTelemetry telemetry = new GcTelemetry(t.heap, () -> clock);
    public long metaspaceUsed = 200 * 1024;
    public final HeapSnapshot.Recorder recorder = HeapSnapshot.Recorder.afterPause(t.heap, 1);
    private final List<Integer> oldArrays = new ArrayList<>();

    public SampleRun() {
        telemetry.addArea(new MemoryArea() {
            @Override
            public String name() {
                return GcTelemetry.METASPACE;
            }

            @Override
            public long usedBytes() {
                return metaspaceUsed;
            }

            @Override
            public long capacityBytes() {
                return 512 * 1024;
            }
        });
        telemetry.addListener(recorder);
    }

    /** Allocates {@code n} 8 KiB byte arrays (1026 words each) in eden, as the mutator. */
    private void fillEden(int n) {
        for (int i = 0; i < n; i++) {
            t.allocate(eden, t.byteArray, 8192);
            telemetry.allocated(1026);
        }
    }

    /** Plays the run; after this, {@link #result()} describes it. */
    public SampleRun play() {
        fillEden(100);                                   // 820 800 bytes in eden
        clock = 5 * MS;
        long requested = telemetry.now();
        clock = 5 * MS + 20_000;                         // 20 us to safepoint
        telemetry.pauseBegin(PauseKind.YOUNG, GcCause.ALLOCATION_FAILURE, requested);
        telemetry.phaseBegin("copy");
        for (int i = 0; i < 10; i++) {                   // promote ten arrays
            oldArrays.add(t.allocate(old, t.byteArray, 8192));
        }
        eden.reset();
        telemetry.work(WorkKind.OBJECTS_COPIED, 10);
        telemetry.work(WorkKind.WORDS_COPIED, 10_260);
        telemetry.tenuring(new TenuringDistribution(15, 3, 15, 52_428, List.of(0L, 32_832L, 0L, 49_248L)));
        clock = 5 * MS + 900_000;
        telemetry.phaseEnd();
        clock = 6 * MS;
        telemetry.pauseEnd();                             // GC(0): 1 ms, young

        fillEden(50);
        for (int i = 0; i < 20; i++) {
            oldArrays.add(t.allocate(old, t.byteArray, 8192));
        }
        metaspaceUsed = 300 * 1024;
        clock = 20 * MS;
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        telemetry.phaseBegin("mark");
        telemetry.work(WorkKind.OBJECTS_MARKED, 30);
        telemetry.work(WorkKind.SLOTS_SCANNED, 30);
        clock = 23 * MS;
        telemetry.phaseBegin("sweep");
        for (int i = 0; i < oldArrays.size(); i += 2) {  // every other array dies: fragmentation
            old.free(oldArrays.get(i), 1026);
        }
        eden.reset();
        telemetry.work(WorkKind.WORDS_SWEPT, 1 << 18);
        telemetry.work(WorkKind.OBJECTS_FREED, 65);
        clock = 29 * MS;
        telemetry.pauseEnd();                             // GC(1): 9 ms, full; sweep closed by pauseEnd

        clock = 30 * MS;
        telemetry.concurrentPhaseBegin("concurrent mark");
        telemetry.work(WorkKind.BARRIER_SHADES, 7);
        clock = 35 * MS;
        telemetry.concurrentPhaseEnd();
        telemetry.pauseBegin(PauseKind.INIT_MARK, GcCause.OCCUPANCY);
        telemetry.work(WorkKind.ROOTS_SCANNED, 3);
        clock = 35 * MS + 500_000;
        telemetry.pauseEnd();                             // GC(2): 0.5 ms

        clock = 40 * MS;
        int beyondLargest = (int) (old.fragmentation().largestChunkBytes() / 8) + 1;
        if (old.allocate(beyondLargest) != 0) {         // a fragmentation miss: enough words free, no chunk
            throw new IllegalStateException("the old space was meant to be fragmented");
        }
        telemetry.outOfMemory("byte[]", 4000, old.fragmentation()); // 32 000 bytes: fits in total, not in a chunk
        clock = 50 * MS;
        return this;
    }

    public static RunResult.Inputs inputs(String collector) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("fit", "first-fit");
        return new RunResult.Inputs("linked-list", "gclab.workloads.LinkedList", null, List.of("1000"), collector,
                options, 4L << 20, false, false);
    }

    public RunResult result() {
        return result("marksweep");
    }

    public RunResult result(String collector) {
        return RunResult.of(inputs(collector), ENVIRONMENT, RunResult.Outcome.ok(STARTED, 50 * MS), telemetry, t.heap);
    }

    /** A finished sample run's result. */
    public static RunResult sample() {
        return new SampleRun().play().result();
    }
}
