package gclab.heap.telemetry;

/**
 * A named phase: inside a pause (mark, sweep, compact) or concurrent with the mutator (concurrent mark).
 * Times are nanoseconds since the telemetry started.
 */
public record PhaseRecord(String name, boolean concurrent, long startNanos, long durationNanos, WorkCounts work) {
}
