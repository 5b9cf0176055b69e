package gclab.heap.telemetry;

/** What a stop-the-world pause does; the names are those of HotSpot's unified GC log ("Pause Young"). */
public enum PauseKind {
    /** A collection of the young generation only. */
    YOUNG("Young"),
    /** A collection of the whole heap. */
    FULL("Full"),
    /** The short pause that snapshots the roots at the start of concurrent marking. */
    INIT_MARK("Init Mark"),
    /** The short pause that finishes concurrent marking (drains barrier buffers, rescans roots). */
    REMARK("Remark"),
    /** Reference counting's synchronous cycle collection. */
    CYCLE_COLLECTION("Cycle Collection"),
    /** Reference counting's cascade of frees, long enough to be a pause. */
    CASCADE("Cascade"),
    /**
     * The short pause in which the one mutator's stack (its roots) is scanned after marking has begun: Go's
     * per-goroutine stack scan, used by the tricolor collector's hybrid barrier.
     */
    STACK_SCAN("Stack Scan");

    private final String logName;

    PauseKind(String logName) {
        this.logName = logName;
    }

    /** The name in a GC log line: {@code Pause <logName>}. */
    public String logName() {
        return logName;
    }
}
