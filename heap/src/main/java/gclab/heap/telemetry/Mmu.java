package gclab.heap.telemetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Minimum mutator utilization (Cheng &amp; Blelloch 2001), computed exactly from a run's pause intervals.
 *
 * <p>For a window of length {@code w}, the mutator utilization of the window {@code [x, x + w]} is
 * {@code (w - pause time inside it) / w}; {@code MMU(w)} is its minimum over every position
 * {@code 0 <= x <= T - w} in a run of length {@code T}. The pause time inside the window, {@code f(x)}, is
 * piecewise linear in {@code x}, with slope {@code [x + w is inside a pause] - [x is inside a pause]}; so its
 * maximum lies at an end of the domain or where the slope turns from rising to falling, which happens only
 * where the window starts at a pause start ({@code x = start}) or ends at a pause end ({@code x + w = end}).
 * Those positions, and {@code 0} and {@code T - w}, are the only candidates evaluated: the result is exact,
 * not sampled. (Either family alone, with the two ends, would do, since a plateau of {@code f} ends at one of
 * them; both are evaluated, and a test checks the result against a brute force over every position.)
 *
 * <p>Conventions: pauses are clipped to {@code [0, T]} and overlapping pauses merged; a window at least as
 * long as the run has one position, the whole run, so {@code MMU(w >= T) = 1 - total pause / T}; a run of
 * length 0 has utilization 1.
 *
 * <p>What is true of MMU, and tested: it lies in {@code [0, 1]}; it is 0 for every window no longer than
 * the longest pause; for {@code w <= T}, {@code MMU(w) >= 1 - total pause / w}; the worst mutator time
 * {@code w * MMU(w)} is non-decreasing in {@code w} and superadditive ({@code m(a + b) >= m(a) + m(b)}).
 * MMU itself is <em>not</em> monotone in {@code w}: with a 1 ms pause every 10 ms, MMU(10 ms) = 0.9 (every
 * such window holds exactly 1 ms of pause) but MMU(11 ms) = 9/11 (a window can hold two whole pauses).
 */
public final class Mmu {
    /** The smallest window of a default curve: 0.1 ms. */
    public static final long MIN_WINDOW_NANOS = 100_000L;
    /** Points per decade of window length in a default curve. */
    public static final int POINTS_PER_DECADE = 10;

    private final long runNanos;
    /** Disjoint pause intervals [starts[i], ends[i]) in address order, clipped to the run. */
    private final long[] starts;
    private final long[] ends;
    /** prefix[i] = total length of intervals 0 .. i-1. */
    private final long[] prefix;

    /** One point of an MMU curve. */
    public record Point(long windowNanos, double mmu) {
    }

    private Mmu(long runNanos, long[] starts, long[] ends) {
        this.runNanos = runNanos;
        this.starts = starts;
        this.ends = ends;
        this.prefix = new long[starts.length + 1];
        for (int i = 0; i < starts.length; i++) {
            prefix[i + 1] = prefix[i] + (ends[i] - starts[i]);
        }
    }

    /** The MMU of a run of {@code runNanos} whose stop-the-world pauses are {@code pauses}. */
    public static Mmu of(List<PauseRecord> pauses, long runNanos) {
        long[] s = new long[pauses.size()];
        long[] d = new long[pauses.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = pauses.get(i).startNanos();
            d[i] = pauses.get(i).durationNanos();
        }
        return ofIntervals(s, d, runNanos);
    }

    /**
     * The MMU of a run of {@code runNanos} with pauses starting at {@code starts[i]} and lasting
     * {@code durations[i]} nanoseconds, in any order, possibly overlapping.
     */
    public static Mmu ofIntervals(long[] starts, long[] durations, long runNanos) {
        if (starts.length != durations.length) {
            throw new IllegalArgumentException("starts and durations differ in length");
        }
        if (runNanos < 0) {
            throw new IllegalArgumentException("negative run length " + runNanos);
        }
        long[][] intervals = new long[starts.length][];
        int n = 0;
        for (int i = 0; i < starts.length; i++) {
            if (durations[i] < 0) {
                throw new IllegalArgumentException("negative pause duration " + durations[i]);
            }
            long s = Math.max(0, starts[i]);
            long e = Math.min(runNanos, starts[i] + durations[i]);
            if (e > s) {
                intervals[n++] = new long[] {s, e};
            }
        }
        long[][] sorted = Arrays.copyOf(intervals, n);
        Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
        long[] ms = new long[n];
        long[] me = new long[n];
        int m = 0;
        for (long[] iv : sorted) {
            if (m > 0 && iv[0] <= me[m - 1]) {
                me[m - 1] = Math.max(me[m - 1], iv[1]); // overlapping or touching: merge
            } else {
                ms[m] = iv[0];
                me[m] = iv[1];
                m++;
            }
        }
        return new Mmu(runNanos, Arrays.copyOf(ms, m), Arrays.copyOf(me, m));
    }

    public long runNanos() {
        return runNanos;
    }

    /** Total pause time inside the run (after clipping and merging). */
    public long totalPauseNanos() {
        return prefix[starts.length];
    }

    /** The longest single pause interval (after merging). */
    public long longestPauseNanos() {
        long max = 0;
        for (int i = 0; i < starts.length; i++) {
            max = Math.max(max, ends[i] - starts[i]);
        }
        return max;
    }

    /** 1 - total pause / run length: the mutator's share of the whole run. */
    public double overallUtilization() {
        return runNanos == 0 ? 1.0 : 1.0 - (double) totalPauseNanos() / runNanos;
    }

    /** Pause time inside {@code [0, t]}. */
    private long pausedUpTo(long t) {
        // i = number of intervals that start before t
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == 0) {
            return 0;
        }
        int last = lo - 1;
        return prefix[last] + Math.min(ends[last], t) - starts[last];
    }

    /** Pause time inside the window {@code [x, x + w]}. */
    public long pauseInWindow(long x, long w) {
        return pausedUpTo(x + w) - pausedUpTo(x);
    }

    /** The minimum mutator utilization for windows of {@code windowNanos}, exactly. */
    public double at(long windowNanos) {
        if (windowNanos <= 0) {
            throw new IllegalArgumentException("window must be positive: " + windowNanos);
        }
        if (windowNanos >= runNanos) {
            return overallUtilization();
        }
        long w = windowNanos;
        long limit = runNanos - w;
        long worst = Math.max(pauseInWindow(0, w), pauseInWindow(limit, w));
        // Invariant: worst is the largest pause time of the candidate windows seen so far.
        for (int i = 0; i < starts.length; i++) {
            long atStart = Math.min(limit, starts[i]);          // the window opens as a pause starts
            long atEnd = Math.max(0, Math.min(limit, ends[i] - w)); // the window closes as a pause ends
            worst = Math.max(worst, Math.max(pauseInWindow(atStart, w), pauseInWindow(atEnd, w)));
        }
        return (double) (w - worst) / w;
    }

    /** MMU at 0.1 ms and up to the run length, {@link #POINTS_PER_DECADE} log-spaced points per decade. */
    public List<Point> curve() {
        return curve(MIN_WINDOW_NANOS, runNanos, POINTS_PER_DECADE);
    }

    /**
     * MMU at log-spaced windows from {@code minWindow} to {@code maxWindow} (both included, when
     * {@code minWindow <= maxWindow}; a single point at {@code maxWindow} when the run is shorter than
     * {@code minWindow}; no point when {@code maxWindow} is 0).
     */
    public List<Point> curve(long minWindow, long maxWindow, int pointsPerDecade) {
        if (minWindow <= 0 || pointsPerDecade <= 0) {
            throw new IllegalArgumentException("minWindow and pointsPerDecade must be positive");
        }
        List<Point> points = new ArrayList<>();
        if (maxWindow <= 0) {
            return points;
        }
        if (maxWindow <= minWindow) {
            points.add(new Point(maxWindow, at(maxWindow)));
            return points;
        }
        double decades = Math.log10((double) maxWindow / minWindow);
        int steps = Math.max(1, (int) Math.ceil(decades * pointsPerDecade));
        long previous = 0;
        for (int k = 0; k <= steps; k++) {
            long w = k == steps ? maxWindow
                    : Math.round(minWindow * Math.pow(10, decades * k / steps));
            if (w > previous) {
                points.add(new Point(w, at(w)));
                previous = w;
            }
        }
        return points;
    }
}
