package gclab.heap.telemetry;

import java.util.List;

/**
 * What a generational collector's minor collection did with the survivors' ages, as HotSpot's
 * {@code -Xlog:gc+age=trace} prints it:
 * <pre>
 *   Desired survivor size 1114112 bytes, new threshold 2 (max threshold 15)
 *   Age table with threshold 2 (max threshold 15)
 *   - age   1:     524288 bytes,     524288 total
 *   - age   2:     262144 bytes,     786432 total
 * </pre>
 *
 * @param threshold            the tenuring threshold this collection used: objects of this age were promoted
 * @param newThreshold         the threshold computed for the next collection (equal to {@code threshold} unless
 *                             the threshold is adaptive)
 * @param maxThreshold         the largest threshold allowed (HotSpot's {@code MaxTenuringThreshold})
 * @param desiredSurvivorBytes the survivor occupancy the adaptive threshold aims at (HotSpot's
 *                             {@code TargetSurvivorRatio} percent of one survivor space)
 * @param bytesByAge           element {@code a}: bytes of the objects copied into to-space at age {@code a}
 *                             (element 0 is always 0: a survivor is at least one collection old)
 */
public record TenuringDistribution(int threshold, int newThreshold, int maxThreshold, long desiredSurvivorBytes,
                                   List<Long> bytesByAge) {
    public TenuringDistribution {
        bytesByAge = List.copyOf(bytesByAge);
    }

    /** Bytes of all the survivors copied into to-space. */
    public long survivorBytes() {
        return bytesByAge.stream().mapToLong(Long::longValue).sum();
    }
}
