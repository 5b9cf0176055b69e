package gclab.bench.experiment;

import gclab.bench.UsageException;
import gclab.heap.Heap;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.HeapSnapshot;

/**
 * When a run's heap snapshot (for the heap map) is taken: after every pause keeping the last ({@code last}), after
 * pause {@code N} only, at the end of the run ({@code end}), or never ({@code none}). A capture walks the whole
 * heap (about 1 ms per 16 MiB) while the pause's listeners run, when the telemetry's clock stands still: it
 * adds to no pause and to no mutator time, only to the wall time the run takes ({@code last} after every pause,
 * the others at most once).
 *
 * @param pauseId the pause to capture after, for {@link Kind#PAUSE}
 */
public record HeapMapChoice(Kind kind, int pauseId) {
    public enum Kind { LAST, PAUSE, END, NONE }

    public static final HeapMapChoice LAST = new HeapMapChoice(Kind.LAST, -1);

    /** {@code last}, {@code end}, {@code none} or a pause number. */
    public static HeapMapChoice parse(String text) {
        String t = text.trim();
        switch (t) {
            case "last": return LAST;
            case "end": return new HeapMapChoice(Kind.END, -1);
            case "none": return new HeapMapChoice(Kind.NONE, -1);
            default:
                try {
                    int id = Integer.parseInt(t);
                    if (id >= 0) {
                        return new HeapMapChoice(Kind.PAUSE, id);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new UsageException("bad --heap-map '" + text + "': write last, end, none, or the number of a"
                        + " pause (0 is the first)");
        }
    }

    /** Registers what captures during the run; null if nothing does. */
    HeapSnapshot.Recorder register(Heap heap, GcTelemetry telemetry) {
        HeapSnapshot.Recorder recorder = switch (kind) {
            case LAST -> HeapSnapshot.Recorder.afterEveryPause(heap);
            case PAUSE -> HeapSnapshot.Recorder.afterPause(heap, pauseId);
            default -> null;
        };
        if (recorder != null) {
            telemetry.addListener(recorder);
        }
        return recorder;
    }

    /** The snapshot to keep once the run has ended at {@code endNanos}, or null. */
    HeapSnapshot finish(HeapSnapshot.Recorder recorder, Heap heap, long endNanos) {
        HeapSnapshot latest = recorder == null ? null : recorder.latest();
        if (latest != null || kind == Kind.NONE || kind == Kind.PAUSE) {
            return latest;
        }
        return HeapSnapshot.capture(heap, -1, endNanos); // END, or LAST when no pause ran
    }
}
