package gclab.collectors.generational;

/**
 * The words promoted per minor collection, as an exponentially weighted average padded by three average
 * deviations (HotSpot's {@code AdaptivePaddedAverage} with {@code PromotedPadding=3}): a cautious guess of what
 * the next minor collection will promote.
 */
final class PromotedAverage {
    /** Weight of the newest sample, in percent (HotSpot's {@code AdaptiveSizePolicyWeight} is 10). */
    private static final int WEIGHT = 25;
    private static final int PADDING = 3;

    private double average;
    private double deviation;
    private boolean sampled;

    void sample(long words) {
        if (!sampled) {
            average = words;
            sampled = true;
            return;
        }
        average += (words - average) * WEIGHT / 100.0;
        deviation += (Math.abs(words - average) - deviation) * WEIGHT / 100.0;
    }

    /** The padded average, in words; 0 before the first sample. */
    long padded() {
        return (long) Math.ceil(average + PADDING * deviation);
    }
}
