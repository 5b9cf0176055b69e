package gclab.heap.telemetry;

/** Why a collection ran; the names are HotSpot's GC causes where HotSpot has one. */
public enum GcCause {
    ALLOCATION_FAILURE("Allocation Failure"),
    SYSTEM_GC("System.gc()"),
    /** Occupancy crossed the collector's trigger threshold. */
    OCCUPANCY("Occupancy Threshold"),
    /** The old generation could not take the survivors of a minor collection. */
    PROMOTION_FAILED("Promotion Failed"),
    /** Allocation outran concurrent marking. */
    CONCURRENT_MODE_FAILURE("Concurrent Mode Failure"),
    /** Reference counting's candidate buffer filled up. */
    CANDIDATE_BUFFER_FULL("Candidate Buffer Full"),
    /** Stress mode: a collection before every allocation. */
    STRESS("Stress"),
    /** A test or a tool asked for a collection. */
    REQUESTED("Requested"),
    /** The heap grew by the collector's growth target since the last marking ended (Go's GOGC). */
    HEAP_GROWTH("Heap Growth"),
    /** Reference counting's zero-count table reached its size: a reconciliation counts the roots and frees the dead. */
    ZCT_FULL("Zero Count Table Full"),
    /** Reference counting with bounded (lazy) freeing: dead objects left by the last cascade are freed next. */
    PENDING_FREES("Pending Frees");

    private final String logName;

    GcCause(String logName) {
        this.logName = logName;
    }

    /** The cause as a GC log shows it, in parentheses. */
    public String logName() {
        return logName;
    }
}
