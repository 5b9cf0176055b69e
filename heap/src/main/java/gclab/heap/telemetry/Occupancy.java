package gclab.heap.telemetry;

/** Used and capacity of one {@link MemoryArea} at one moment. */
public record Occupancy(String area, long usedBytes, long capacityBytes) {
}
