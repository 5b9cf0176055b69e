package gclab.plots;

import gclab.heap.space.BumpSpace;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.HeapSnapshot;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.TestHeap;
import gclab.plots.results.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A longer, seeded run for the charts: two seconds with many young pauses and a few full ones, objects that
 * die at random in a best-fit old space (so it fragments, and splits leave one-word holes), and a heap
 * snapshot after the last full pause.
 */
public final class SyntheticRun {
    private static final long MS = 1_000_000L;

    public final RunResult result;
    public final HeapSnapshot snapshot;

    public SyntheticRun(long seed, String collector, double pauseScale) {
        Random random = new Random(seed);
        long[] clock = {0};
        TestHeap t = new TestHeap(8L << 20);
        BumpSpace eden = new BumpSpace(t.heap, "eden", 1 << 18);          // 2 MiB
        FreeListSpace old = new FreeListSpace(t.heap, "old", 1 << 19, FitPolicy.BEST_FIT); // 4 MiB
        GcTelemetry telemetry = new GcTelemetry(t.heap, () -> clock[0]);
        HeapSnapshot.Recorder recorder = new HeapSnapshot.Recorder(t.heap, p -> p.kind() == PauseKind.FULL);
        telemetry.addListener(recorder);
        List<int[]> live = new ArrayList<>(); // address, words
        while (clock[0] < 2_000 * MS) {
            // the mutator fills eden
            while (eden.freeWords() > 600) {
                int length = 8 * (1 + random.nextInt(60));
                int words = 2 + length / 8;
                if (eden.freeWords() < words) {
                    break;
                }
                t.allocate(eden, t.byteArray, length);
                telemetry.allocated(words);
            }
            clock[0] += MS * (3 + random.nextInt(20));
            boolean full = random.nextInt(12) == 0;
            telemetry.pauseBegin(full ? PauseKind.FULL : PauseKind.YOUNG,
                    full ? GcCause.SYSTEM_GC : GcCause.ALLOCATION_FAILURE, telemetry.now() - random.nextInt(50_000));
            telemetry.phaseBegin(full ? "mark" : "copy");
            if (full) {
                for (int i = live.size() - 1; i >= 0; i--) {
                    if (random.nextInt(3) == 0) {
                        int[] o = live.remove(i);
                        old.free(o[0], o[1]);
                    }
                }
                eden.reset();
            } else {
                for (int i = 0; i < 40; i++) { // promote survivors of odd sizes: some splits leave holes
                    int length = 8 * random.nextInt(40);
                    int words = 2 + length / 8;
                    int a = old.allocate(words);
                    if (a != 0) {
                        t.heap.formatObject(a, t.byteArray, length, words, 0L);
                        live.add(new int[] {a, words});
                    }
                }
                eden.reset();
            }
            telemetry.work(WorkKind.OBJECTS_MARKED, 100);
            clock[0] += (long) (pauseScale * (full ? 4 * MS + random.nextInt(8) * MS
                    : 200_000 + random.nextInt(900_000) + (random.nextInt(40) == 0 ? 3 * MS : 0)));
            telemetry.pauseEnd();
        }
        result = RunResult.of(new RunResult.Inputs("synthetic", "Synthetic", null, List.of(), collector, Map.of(),
                8L << 20, false, false), SampleRun.ENVIRONMENT, RunResult.Outcome.ok(SampleRun.STARTED, clock[0]),
                telemetry, t.heap);
        snapshot = recorder.latest();
    }
}
