package gclab.heap.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import gclab.heap.testing.TestHeap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hand-computed MMU values, and properties that are theorems, checked against a brute-force oracle. */
class MmuTest {
    private static final long MS = 1_000_000L;
    private static final double EXACT = 1e-12;

    private static Mmu mmu(long runNanos, long... startAndDuration) {
        long[] s = new long[startAndDuration.length / 2];
        long[] d = new long[s.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = startAndDuration[2 * i];
            d[i] = startAndDuration[2 * i + 1];
        }
        return Mmu.ofIntervals(s, d, runNanos);
    }

    @Test
    void noPausesIsFullUtilizationAtEveryWindow() {
        Mmu m = mmu(50 * MS);
        for (long w : new long[] {1, MS / 10, MS, 10 * MS, 50 * MS, 500 * MS}) {
            assertEquals(1.0, m.at(w), EXACT);
        }
        assertTrue(m.curve().stream().allMatch(p -> p.mmu() == 1.0));
    }

    @Test
    void onePause() {
        Mmu m = mmu(100 * MS, 10 * MS, 2 * MS); // paused during [10 ms, 12 ms)
        assertEquals(0.0, m.at(MS), EXACT, "a window inside the pause");
        assertEquals(0.0, m.at(2 * MS), EXACT, "a window exactly the pause");
        assertEquals(0.5, m.at(4 * MS), EXACT);
        assertEquals(0.8, m.at(10 * MS), EXACT);
        assertEquals(0.98, m.at(100 * MS), EXACT, "the whole run");
        assertEquals(2 * MS, m.totalPauseNanos());
        assertEquals(2 * MS, m.longestPauseNanos());
    }

    @Test
    void windowLargerThanTheRunIsTheWholeRun() {
        Mmu m = mmu(100 * MS, 10 * MS, 2 * MS);
        assertEquals(0.98, m.at(101 * MS), EXACT);
        assertEquals(0.98, m.at(1_000 * MS), EXACT);
        assertEquals(0.98, m.overallUtilization(), EXACT);
    }

    @Test
    void twoPausesCloseTogether() {
        // paused during [10, 12) and [13, 15) ms: a 1 ms gap
        Mmu m = mmu(100 * MS, 10 * MS, 2 * MS, 13 * MS, 2 * MS);
        assertEquals(1.0 / 3, m.at(3 * MS), EXACT, "any 3 ms window holds at most 2 ms of pause");
        assertEquals(0.25, m.at(4 * MS), EXACT, "[10, 14] holds 3 ms");
        assertEquals(0.2, m.at(5 * MS), EXACT, "[10, 15] holds both pauses");
        assertEquals(0.8, m.at(20 * MS), EXACT);
    }

    @Test
    void pauseAtTheStartOfTheRun() {
        Mmu m = mmu(10 * MS, 0, MS);
        assertEquals(0.5, m.at(2 * MS), EXACT);
        assertEquals(0.9, m.at(10 * MS), EXACT);
    }

    @Test
    void mmuIsNotMonotoneInTheWindow() {
        long[] pauses = new long[20];
        for (int i = 0; i < 10; i++) {
            pauses[2 * i] = i * 10 * MS;
            pauses[2 * i + 1] = MS;
        }
        Mmu m = mmu(100 * MS, pauses);
        assertEquals(0.9, m.at(10 * MS), EXACT);
        assertEquals(9.0 / 11, m.at(11 * MS), EXACT, "a larger window, a lower MMU");
    }

    @Test
    void overlappingPausesAreMergedAndPausesClippedToTheRun() {
        Mmu m = mmu(20 * MS, 3 * MS, 5 * MS, 0, 5 * MS, 18 * MS, 10 * MS);
        assertEquals(10 * MS, m.totalPauseNanos(), "[0, 8) and [18, 20)");
        assertEquals(8 * MS, m.longestPauseNanos());
        assertEquals(0.0, m.at(8 * MS), EXACT);
        assertEquals(0.5, m.at(20 * MS), EXACT);
    }

    @Test
    void emptyRunAndBadWindows() {
        assertEquals(1.0, mmu(0).at(MS), EXACT);
        assertTrue(mmu(0).curve().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> mmu(10).at(0));
        assertThrows(IllegalArgumentException.class, () -> mmu(10, 0, -1));
    }

    @Test
    void defaultCurveIsLogSpacedFromATenthOfAMillisecondToTheRunLength() {
        Mmu m = mmu(100 * MS, 10 * MS, 2 * MS);
        List<Mmu.Point> curve = m.curve();
        assertEquals(31, curve.size(), "3 decades at 10 points a decade, both ends included");
        assertEquals(MS / 10, curve.get(0).windowNanos());
        assertEquals(MS, curve.get(10).windowNanos());
        assertEquals(10 * MS, curve.get(20).windowNanos());
        assertEquals(100 * MS, curve.get(30).windowNanos());
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i).windowNanos() > curve.get(i - 1).windowNanos());
            assertEquals(m.at(curve.get(i).windowNanos()), curve.get(i).mmu());
        }
        assertEquals(List.of(new Mmu.Point(50_000, 0.0)), mmu(50_000, 0, 50_000).curve(),
                "a run shorter than the smallest window: one point, the whole run");
    }

    @Test
    void builtFromPauseRecords() {
        long[] clock = {0};
        TestHeap t = new TestHeap(4096);
        GcTelemetry telemetry = new GcTelemetry(t.heap, () -> clock[0]);
        clock[0] = 4 * MS;
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        clock[0] = 5 * MS;
        telemetry.pauseEnd();
        Mmu m = Mmu.of(telemetry.pauses(), 10 * MS);
        assertEquals(0.5, m.at(2 * MS), EXACT);
    }

    // ---------------------------------------------------------------- properties

    /** A random run with integer-millisecond-ish pauses: small integers, so the oracle can enumerate. */
    private record Run(long length, long[] starts, long[] durations) {
        static Run random(long seed) {
            Random r = new Random(seed);
            long length = 1 + r.nextInt(300);
            int n = r.nextInt(8);
            long[] s = new long[n];
            long[] d = new long[n];
            for (int i = 0; i < n; i++) {
                s[i] = r.nextInt((int) length + 20) - 10; // some start before 0 or end after the run
                d[i] = r.nextInt(1 + r.nextInt(60));
            }
            return new Run(length, s, d);
        }

        Mmu mmu() {
            return Mmu.ofIntervals(starts, durations, length);
        }

        /** Oracle: MMU by trying every integer window position over a unit-by-unit pause map. */
        double bruteForce(long w) {
            boolean[] paused = new boolean[(int) length];
            for (int i = 0; i < starts.length; i++) {
                for (long t = Math.max(0, starts[i]); t < Math.min(length, starts[i] + durations[i]); t++) {
                    paused[(int) t] = true;
                }
            }
            long span = Math.min(w, length);
            long worst = 0;
            for (long x = 0; x + span <= length; x++) {
                long p = 0;
                for (long t = x; t < x + span; t++) {
                    p += paused[(int) t] ? 1 : 0;
                }
                worst = Math.max(worst, p);
            }
            return (double) (span - worst) / span;
        }
    }

    @Test
    void exactMmuEqualsBruteForceOverEveryIntegerPosition() {
        // Pause edges and windows are integers, so every candidate position of the exact method is an integer:
        // the brute force over all integer positions is then exact too, and computed independently.
        qt().withFixedSeed(11).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Run run = Run.random(seed);
            Mmu m = run.mmu();
            for (long w = 1; w <= run.length(); w += 1 + w / 7) {
                assertEquals(run.bruteForce(w), m.at(w), EXACT, "window " + w + " of " + run);
            }
        });
    }

    @Test
    void mmuLiesBetweenZeroAndOne() {
        qt().withFixedSeed(12).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Run run = Run.random(seed);
            Mmu m = run.mmu();
            for (long w = 1; w <= 2 * run.length(); w += 3) {
                double u = m.at(w);
                assertTrue(u >= 0.0 && u <= 1.0, "MMU(" + w + ") = " + u);
            }
        });
    }

    @Test
    void windowsNoLongerThanTheLongestPauseHaveZeroUtilization() {
        qt().withFixedSeed(13).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Mmu m = Run.random(seed).mmu();
            for (long w = 1; w <= m.longestPauseNanos(); w++) {
                assertEquals(0.0, m.at(w), "MMU(" + w + "), longest pause " + m.longestPauseNanos());
            }
        });
    }

    @Test
    void noWindowLosesMoreThanAllThePauseTime() {
        // For w <= T: a window holds at most all the pause time, so MMU(w) >= 1 - total pause / w.
        qt().withFixedSeed(14).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Run run = Run.random(seed);
            Mmu m = run.mmu();
            for (long w = 1; w <= run.length(); w++) {
                assertTrue(m.at(w) >= 1.0 - (double) m.totalPauseNanos() / w - EXACT, "window " + w);
            }
        });
    }

    @Test
    void worstMutatorTimeGrowsWithTheWindowAndIsSuperadditive() {
        // m(w) = w * MMU(w), the least mutator time in any window of w: a longer window contains a shorter one,
        // and a window of a + b splits into windows of a and of b.
        qt().withFixedSeed(15).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Run run = Run.random(seed);
            Mmu m = run.mmu();
            long t = run.length();
            for (long a = 1; a <= t; a += 1 + a / 5) {
                double ma = a * m.at(a);
                for (long b = 1; a + b <= t; b += 1 + b / 3) {
                    double mb = b * m.at(b);
                    double mab = (a + b) * m.at(a + b);
                    assertTrue(mab >= ma - 1e-9, "m(" + (a + b) + ") < m(" + a + ")");
                    assertTrue(mab >= ma + mb - 1e-9, "m(" + a + " + " + b + ") < m(" + a + ") + m(" + b + ")");
                }
            }
        });
    }
}
