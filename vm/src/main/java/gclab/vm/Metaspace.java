package gclab.vm;

import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.MemoryArea;

/**
 * Class metadata outside the heap, counted in bytes: class files (the constant pools), field, method and
 * vtable entries, decoded code with its pools, line tables and reference maps, the statics array and the
 * bookkeeping of interned strings (the strings themselves are heap objects). Reported to telemetry as
 * {@link GcTelemetry#METASPACE}, beside the heap's spaces. Its capacity is what has been committed so far.
 */
final class Metaspace implements MemoryArea {
    private long used;

    void add(long bytes) {
        used += bytes;
    }

    @Override
    public String name() {
        return GcTelemetry.METASPACE;
    }

    @Override
    public long usedBytes() {
        return used;
    }

    @Override
    public long capacityBytes() {
        return used;
    }
}
