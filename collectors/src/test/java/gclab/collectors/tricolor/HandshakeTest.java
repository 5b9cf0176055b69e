package gclab.collectors.tricolor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safepoint handshake on its own, with both waiting protocols (block at once; spin, yield, then block): a
 * mutator thread that only counts and polls, and a collector thread that stops it many times. While stopped,
 * the mutator must not move (its counter, a plain field, is read twice by the collector thread across a spin);
 * every stop must be answered (no deadlock: bounded in time); and the plain writes of each side must be seen by
 * the other after the hand-over (the collector thread writes a plain field during each pause, which the
 * mutator checks after it resumes).
 */
class HandshakeTest {
    private static final int STOPS = 5_000;

    /** Written by the mutator only, read by the collector thread only while the mutator is stopped. */
    private long progress;
    /** Written by the collector thread only while the mutator is stopped; read by the mutator after. */
    private long pausesSeen;

    @ParameterizedTest(name = "spin {0} ns")
    @ValueSource(longs = {0, 500_000})
    @Timeout(60)
    void aStoppedMutatorDoesNotRunAndEveryStopIsAnswered(long spinNanos) throws Exception {
        Handshake h = new Handshake(spinNanos);
        AtomicBoolean done = new AtomicBoolean();
        long[] mutatorSawOutOfOrder = {0};
        Thread mutator = new Thread(() -> {
            long lastSeen = 0;
            while (!done.get()) {
                progress++;
                if (h.requested()) {
                    h.park();
                    if (pausesSeen < lastSeen) {
                        mutatorSawOutOfOrder[0]++;
                    }
                    lastSeen = pausesSeen;
                }
            }
        }, "test mutator");
        mutator.start();
        long movedWhileStopped = 0;
        long stops = 0;
        try {
            for (int i = 0; i < STOPS; i++) {
                assertTrue(h.stopMutator(System.nanoTime()), "stop " + i + " refused");
                long before = progress;
                for (int spin = 0; spin < 200; spin++) {
                    Thread.onSpinWait();
                }
                if (progress != before) {
                    movedWhileStopped++;
                }
                pausesSeen++;
                stops++;
                h.resumeMutator();
            }
        } finally {
            done.set(true);
            h.stop();
            mutator.join(10_000);
        }
        assertFalse(mutator.isAlive(), "the mutator never left its last park");
        assertEquals(STOPS, stops);
        assertEquals(0, movedWhileStopped, "the mutator ran while it was stopped");
        assertEquals(0, mutatorSawOutOfOrder[0], "the mutator saw a pause's writes out of order");
        assertTrue(progress > 0);
    }
}
