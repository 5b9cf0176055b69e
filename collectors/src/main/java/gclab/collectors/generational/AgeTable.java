package gclab.collectors.generational;

import gclab.heap.ObjectModel;
import gclab.heap.telemetry.TenuringDistribution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words copied into to-space by age during one minor collection, and the tenuring threshold they imply
 * (HotSpot's {@code AgeTable}). With the adaptive threshold, the next collection promotes objects from the
 * youngest age at which the survivors, counted from age 1 upwards, would fill more than the desired share of a
 * survivor space ({@code target-survivor-ratio}, HotSpot's {@code TargetSurvivorRatio}): so the survivors
 * keep room for the next collection's, and objects that have survived long enough to fill them are promoted.
 */
final class AgeTable {
    private final long[] words = new long[GcWord.MAX_AGE + 1];

    void clear() {
        Arrays.fill(words, 0);
    }

    /** An object of {@code sizeWords} was copied into to-space at {@code age} (its new age). */
    void add(int age, int sizeWords) {
        words[age] += sizeWords;
    }

    /**
     * The youngest age at which the cumulative survivor words exceed {@code desiredWords}, at most
     * {@code maxThreshold}: objects of that age or older are promoted by the next collection.
     */
    int threshold(long desiredWords, int maxThreshold) {
        long total = 0;
        int age = 1;
        while (age <= GcWord.MAX_AGE) {
            total += words[age];
            if (total > desiredWords) {
                break;
            }
            age++;
        }
        return Math.min(age, maxThreshold);
    }

    TenuringDistribution distribution(int threshold, int newThreshold, int maxThreshold, long desiredWords) {
        List<Long> bytes = new ArrayList<>(words.length);
        for (long w : words) {
            bytes.add(ObjectModel.bytes(w));
        }
        return new TenuringDistribution(threshold, newThreshold, maxThreshold, ObjectModel.bytes(desiredWords),
                bytes);
    }
}
