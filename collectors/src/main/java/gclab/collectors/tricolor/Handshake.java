package gclab.collectors.tricolor;

import gclab.heap.gc.Worklist;
import gclab.heap.telemetry.GcCause;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Everything the collector thread and the mutator hand each other, behind one lock: the safepoint protocol,
 * the cycle request, full barrier buffers, and a failure of the collector thread.
 *
 * <pre>
 *   collector thread                            mutator (at every poll: if (requested) park())
 *   stopMutator():  seq++; requested = true  ->  park(): parkedSeq = seq; wait while requested
 *                   wait until parkedSeq == seq
 *   ... the world is stopped: roots, free lists and every heap word may be read and written ...
 *   resumeMutator(): requested = false       ->  returns from park()
 * </pre>
 * The poll flag {@link #requested} is volatile, so the mutator's fast path is one plain load on x86; everything
 * else is guarded by {@link #lock}, whose acquire and release give the happens-before edges both ways: what
 * the mutator wrote before parking is visible to the collector thread during the pause, and what the collector
 * thread wrote during the pause is visible to the mutator after it resumes. The request sequence number makes
 * a park answer exactly one request: a mutator that has not yet woken from the last pause is not mistaken for
 * one parked for the next.
 */
final class Handshake {
    private final Object lock = new Object();

    /** The poll flag: the collector thread asks the mutator to stop (it stays set after a failure). */
    private volatile boolean requested;
    /** A cycle has been requested and its collector thread has not finished it yet. */
    private volatile boolean busy;
    /** The mutator (or shutdown) asks the collector thread to abandon its cycle. */
    private volatile boolean abortRequested;

    // guarded by lock
    private long requestSeq;
    private long parkedSeq;
    private long requestNanos;
    private GcCause cycleCause;
    private boolean stopping;
    private Throwable failure;
    private boolean failureThrown;
    private final List<Worklist> handedOff = new ArrayList<>();

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
        await(() -> !requested);
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
        synchronized (lock) {
            long seq = ++requestSeq;
            requestNanos = nanosNow;
            requested = true;
            lock.notifyAll(); // a mutator waiting in await() must wake to park
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
