package gclab.bench.demo;

/**
 * What one run of the synthetic mutator under one collector configuration measured. Times are nanoseconds;
 * work counts are the deterministic units of {@link gclab.heap.telemetry.WorkKind}.
 *
 * @param failure               null if the run completed, else why it stopped ("heap exhausted")
 * @param checksum              the mutator's checksum; meaningful only if the run completed
 * @param externalFragmentation 1 - largest free chunk / free bytes, over all spaces, when the run ended
 * @param fragmentationMisses allocations the spaces refused although enough free bytes existed in total
 */
public record DemoResult(CollectorConfig config, String failure, long checksum, int pauses, long totalPauseNanos,
                        long p50PauseNanos, long p99PauseNanos, long maxPauseNanos, long runNanos,
                        long objectsMarked, long wordsSwept, long objectsMoved, long objectsCopied,
                        double externalFragmentation,
                        long fragmentationMisses, long allocatedBytes) {

    public boolean completed() {
        return failure == null;
    }

    /** The share of the run spent in pauses, 0 to 1. */
    public double gcShare() {
        return runNanos == 0 ? 0 : (double) totalPauseNanos / runNanos;
    }
}
