package gclab.collectors.tricolor;

import gclab.heap.gc.Worklist;
import gclab.heap.telemetry.GcCause;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Everything the collector thread and the mutator hand each other: the safepoint protocol, the cycle request,
 * full barrier buffers, and a failure of the collector thread.
 *
 * <pre>
 *   collector thread                              mutator (at every poll: if (requested) park())
 *   stopMutator():  seq++; requested = true   ->  park(): parkedSeq = seq
 *                   spin until parkedSeq == seq           spin while requested
 *                   (then block on the lock)              (then block on the lock)
 *   ... the world is stopped: roots, free lists and every heap word may be read and written ...
 *   resumeMutator(): requested = false        ->  returns from park()
 * </pre>
 * <b>Spin, then block.</b> Each side first spins on a volatile for up to {@code spinNanos} and only then
 * waits on {@link #lock}. A pause does tens of microseconds of work, while waking a thread blocked on a monitor
 * costs a futex wake-up and a trip through the scheduler (30 to 500 &micro;s on this project's virtual
 * machines, measured as time to safepoint): blocking at once would make the hand-over, not the collector's
 * work, the largest part of every pause. HotSpot's safepoint synchronisation spins the same way before it
 * blocks. The spin is a busy {@link Thread#onSpinWait} for its first microseconds, then {@link Thread#yield}:
 * measured here, when the scheduler had put both threads on one CPU (the other busy), a waiting side that spun
 * without yielding kept the other off the CPU until its spin ran out. With {@code spinNanos = 0} both sides
 * block at once (the protocol of the first version, kept as an option so the difference can be measured).
 *
 * <p><b>Memory visibility.</b> {@link #requested}, {@link #requestSeq} and {@link #parkedSeq} are volatile.
 * The mutator writes heap words, then {@code parkedSeq}; the collector thread reads {@code parkedSeq == seq}
 * before it touches a root or a heap word: a volatile write and the read that sees it are a happens-before
 * edge, so everything the mutator wrote before parking is visible during the pause. Back the other way, the
 * collector thread's writes during the pause precede its write of {@code requested = false}, which the mutator
 * reads before it continues. The blocking paths re-check the same volatiles under {@link #lock}, and each side
 * notifies under the lock after writing its volatile, so a wake-up is never lost. The request sequence number
 * makes a park answer exactly one request: a mutator that has not yet left the last pause is not mistaken for
 * one parked for the next (if a new request arrives while it is still parked, it answers that one too: it has
 * run no code since the last stop, so it is still at a safepoint). The poll itself is one volatile load, a plain
 * load on x86.
 */
final class Handshake {
    /** How long a waiting side spins without yielding its CPU. */
    private static final long BUSY_SPIN_NANOS = 2_000;

    private final Object lock = new Object();

    /** The poll flag: the collector thread asks the mutator to stop (it stays set after a failure). */
    private volatile boolean requested;
    /** A cycle has been requested and its collector thread has not finished it yet. */
    private volatile boolean busy;
    /** The mutator (or shutdown) asks the collector thread to abandon its cycle. */
    private volatile boolean abortRequested;

    /** How long each side spins on a volatile before it blocks on {@link #lock}. */
    private final long spinNanos;
    /** The last stop request's number (written by the collector thread only). */
    private volatile long requestSeq;
    /** The last stop request the mutator answered by parking (written by the mutator only). */
    private volatile long parkedSeq;

    // guarded by lock
    private long requestNanos;
    private GcCause cycleCause;
    private boolean stopping;
    private Throwable failure;
    private boolean failureThrown;
    private final List<Worklist> handedOff = new ArrayList<>();

    /** @param spinNanos how long each side spins before it blocks (0: block at once) */
    Handshake(long spinNanos) {
        if (spinNanos < 0) {
            throw new IllegalArgumentException("negative spin " + spinNanos);
        }
        this.spinNanos = spinNanos;
    }

    // ---------------------------------------------------------------- the mutator's side

    /** The fast poll: true if the mutator must enter {@link #park}. */
    boolean requested() {
        return requested;
    }

    boolean busy() {
        return busy;
    }

    /** Mutator: parks while the collector thread has the world stopped; rethrows a collector-thread failure. */
    void park() {
        if (spinNanos > 0) {
            long answered = answer();
            long start = System.nanoTime();
            for (long now = start; requested && now - start < spinNanos; now = System.nanoTime()) {
                if (requestSeq != answered) {
                    answered = answer(); // a new stop while still parked: still at the same safepoint
                }
                pause(now - start);
            }
        }
        await(() -> !requested);
    }

    /**
     * One round of waiting on the other thread: a CPU spin hint for the first {@value #BUSY_SPIN_NANOS} ns, then
     * a yield, so that the thread we wait for gets the CPU if the scheduler has put both on one.
     */
    private static void pause(long waitedNanos) {
        if (waitedNanos < BUSY_SPIN_NANOS) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }

    /** Mutator: answers the current stop request; wakes the collector thread if it blocked waiting for it. */
    private long answer() {
        long seq = requestSeq;
        parkedSeq = seq;
        synchronized (lock) {
            lock.notifyAll();
        }
        return seq;
    }

    /**
     * Mutator: waits until {@code condition} (evaluated under the lock) holds, parked at a safepoint meanwhile:
     * every stop request that arrives is answered, so the collector thread can finish what the mutator waits
     * for. Rethrows a failure of the collector thread.
     */
    void await(BooleanSupplier condition) {
        synchronized (lock) {
            while (failure == null && !condition.getAsBoolean()) {
                if (requested && parkedSeq != requestSeq) {
                    parkedSeq = requestSeq;
                    lock.notifyAll();
                }
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the tricolor collector thread", e);
                }
            }
        }
        rethrowFailure();
    }

    /** Mutator: asks the collector thread to run a cycle. */
    void requestCycle(GcCause cause) {
        synchronized (lock) {
            cycleCause = cause;
            busy = true;
            lock.notifyAll();
        }
    }

    /** Mutator: makes the collector thread abandon its cycle, and waits until it is idle. */
    void abortAndAwaitIdle() {
        abortRequested = true;
        try {
            await(() -> !busy);
        } finally {
            abortRequested = false;
        }
    }

    /** Mutator: hands a full barrier buffer to the collector thread. */
    void handOff(Worklist buffer) {
        synchronized (lock) {
            handedOff.add(buffer);
        }
    }

    /** Throws the collector thread's failure on the mutator thread, if there was one. */
    void rethrowFailure() {
        Throwable f;
        boolean first;
        synchronized (lock) {
            f = failure;
            if (f == null) {
                return;
            }
            first = !failureThrown;
            failureThrown = true;
        }
        if (first && f instanceof RuntimeException) {
            throw (RuntimeException) f;
        }
        if (first && f instanceof Error) {
            throw (Error) f;
        }
        throw new IllegalStateException("the tricolor collector thread failed: " + f, f);
    }

    // ---------------------------------------------------------------- the collector thread's side

    /** Collector thread: waits for a cycle request; returns its cause, or null when shutting down. */
    GcCause awaitCycle() throws InterruptedException {
        synchronized (lock) {
            while (!stopping && (!busy || cycleCause == null)) {
                lock.wait();
            }
            GcCause cause = stopping ? null : cycleCause;
            cycleCause = null;
            return cause;
        }
    }

    boolean abortRequested() {
        return abortRequested;
    }

    /**
     * Collector thread: asks the mutator to stop and waits until it has parked. Returns false (and stops
     * nothing) if the collector is shutting down or the mutator asked it to abort.
     */
    boolean stopMutator(long nanosNow) throws InterruptedException {
        long seq;
        synchronized (lock) {
            seq = requestSeq + 1;
            requestSeq = seq; // before the flag: a mutator that sees the flag sees this request's number
            requestNanos = nanosNow;
            requested = true;
            lock.notifyAll(); // a mutator waiting in await() must wake to park
        }
        if (spinNanos > 0) {
            long start = System.nanoTime();
            for (long now = start; parkedSeq != seq && !stopping && !abortRequested && now - start < spinNanos;
                    now = System.nanoTime()) {
                pause(now - start);
            }
        }
        synchronized (lock) {
            while (parkedSeq != seq) {
                if (stopping || abortRequested) {
                    requested = false;
                    lock.notifyAll();
                    return false;
                }
                lock.wait();
            }
            return true;
        }
    }

    /** When the last stop was requested, for the pause record (its time to safepoint). */
    long requestNanos() {
        synchronized (lock) {
            return requestNanos;
        }
    }

    void resumeMutator() {
        synchronized (lock) {
            requested = false;
            lock.notifyAll();
        }
    }

    /** Collector thread: takes every buffer the mutator has handed off. */
    List<Worklist> takeHandedOff() {
        synchronized (lock) {
            if (handedOff.isEmpty()) {
                return List.of();
            }
            List<Worklist> taken = new ArrayList<>(handedOff);
            handedOff.clear();
            return taken;
        }
    }

    /** Collector thread: the cycle is over (finished or abandoned). */
    void cycleDone() {
        synchronized (lock) {
            busy = false;
            lock.notifyAll();
        }
    }

    /** Collector thread: it died of {@code t}; the mutator will throw it at its next poll, allocation or wait. */
    void fail(Throwable t) {
        synchronized (lock) {
            failure = t;
            busy = false;
            requested = true;
            lock.notifyAll();
        }
    }

    /** Shutdown: the collector thread stops at its next check. */
    void stop() {
        synchronized (lock) {
            stopping = true;
            abortRequested = true;
            lock.notifyAll();
        }
    }

    /** Forgets every handed-off buffer (a full collection starts marking afresh). */
    void clearHandedOff() {
        synchronized (lock) {
            handedOff.clear();
        }
    }
}
