package gclab.heap.telemetry;

import gclab.heap.space.FragmentationStats;
import java.util.List;
import java.util.Map;

/**
 * One stop-the-world pause, as the mutator experienced it. Times are nanoseconds since the telemetry started;
 * {@code durationNanos} runs from the safepoint request to the mutator's resumption, and includes
 * {@code timeToSafepointNanos}.
 *
 * @param id             the collection number, as in a GC log's {@code GC(3)}
 * @param workClockStart total work units done by the collector before this pause (the logical clock)
 * @param fragmentation  free-memory figures per space after the pause
 * @param tenuring       for a generational collector's minor collection, the ages of the survivors and the
 *                       tenuring threshold (as {@code -Xlog:gc+age} shows them); null otherwise
 */
public record PauseRecord(int id, PauseKind kind, GcCause cause, long startNanos, long durationNanos,
                          long timeToSafepointNanos, long workClockStart, WorkCounts work,
                          List<PhaseRecord> phases, List<Occupancy> before, List<Occupancy> after,
                          Map<String, FragmentationStats> fragmentation, TenuringDistribution tenuring) {

    public long endNanos() {
        return startNanos + durationNanos;
    }

    /** Total bytes used across the heap's spaces (not metaspace) before the pause. */
    public long heapUsedBefore() {
        return sum(before, true);
    }

    public long heapUsedAfter() {
        return sum(after, true);
    }

    public long heapCapacity() {
        return sum(after, false);
    }

    private static long sum(List<Occupancy> areas, boolean used) {
        long total = 0;
        for (Occupancy o : areas) {
            if (!o.area().equals(GcTelemetry.METASPACE)) {
                total += used ? o.usedBytes() : o.capacityBytes();
            }
        }
        return total;
    }
}
