package gclab.heap.telemetry;

import gclab.heap.space.FragmentationStats;

/**
 * An allocation the collector could not satisfy after its last-resort collection.
 *
 * @param fragmentation true if enough free bytes existed in total, but no free chunk was large enough
 */
public record AllocationFailure(long atNanos, long requestedBytes, boolean fragmentation, FragmentationStats free) {
}
