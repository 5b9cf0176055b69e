package gclab.heap.telemetry;

import java.util.EnumMap;
import java.util.Map;

/** A count per {@link WorkKind}. Not thread-safe; {@link GcTelemetry} guards the shared ones. */
public final class WorkCounts {
    private final long[] counts = new long[WorkKind.values().length];

    public void add(WorkKind kind, long amount) {
        counts[kind.ordinal()] += amount;
    }

    public void addAll(WorkCounts other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
    }

    public void clear() {
        java.util.Arrays.fill(counts, 0L);
    }

    public long get(WorkKind kind) {
        return counts[kind.ordinal()];
    }

    /** The sum of all counts: the logical clock's measure of this much work. */
    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    public WorkCounts copy() {
        WorkCounts c = new WorkCounts();
        c.addAll(this);
        return c;
    }

    /** The non-zero counts, in {@link WorkKind} order. */
    public Map<WorkKind, Long> asMap() {
        Map<WorkKind, Long> m = new EnumMap<>(WorkKind.class);
        for (WorkKind k : WorkKind.values()) {
            if (counts[k.ordinal()] != 0) {
                m.put(k, counts[k.ordinal()]);
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
