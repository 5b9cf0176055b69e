package gclab.heap.telemetry;

import gclab.heap.Heap;
import gclab.heap.HeapExhaustedException;
import gclab.heap.ObjectModel;
import gclab.heap.space.FragmentationStats;
import gclab.heap.space.Space;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * The one recorder every collector reports into: pauses (kind, cause, time to safepoint, work, occupancy and
 * fragmentation before and after), phases, work units and allocation failures. It records events and
 * numbers only; turning them into text, JSON or charts is the bench's and the plots' job.
 *
 * <p>Protocol for a collector:
 * <pre>
 *   telemetry.pauseBegin(PauseKind.FULL, cause);     // snapshots occupancy before
 *   telemetry.phaseBegin("mark"); ... telemetry.work(WorkKind.OBJECTS_MARKED, n); ... telemetry.phaseEnd();
 *   telemetry.pauseEnd();                             // snapshots occupancy and fragmentation after
 * </pre>
 * and, for work beside the running mutator, {@code concurrentPhaseBegin("concurrent mark")} ...
 * {@code concurrentPhaseEnd()}; work reported while a pause is in progress belongs to the pause.
 * Work should be reported in bulk (per phase or per step), not per object. Methods are synchronized so that a
 * concurrent collector thread and the mutator may both report; the timestamps come from one clock.
 */
public final class GcTelemetry {
    /** The name under which the VM reports its metaspace as a {@link MemoryArea}. */
    public static final String METASPACE = "metaspace";

    private final Heap heap;
    private final LongSupplier clock;
    private final long origin;
    private final List<MemoryArea> extraAreas = new CopyOnWriteArrayList<>();
    private final List<GcListener> listeners = new CopyOnWriteArrayList<>();

    private final Histogram pauseHistogram = new Histogram(3);
    private final Histogram ttspHistogram = new Histogram(3);
    private final List<PauseRecord> pauses = new ArrayList<>();
    private final List<PhaseRecord> concurrentPhases = new ArrayList<>();
    private final List<AllocationFailure> allocationFailures = new ArrayList<>();
    private final WorkCounts totalWork = new WorkCounts();

    // the pause in progress
    private PauseKind pauseKind;
    private GcCause pauseCause;
    private long pauseStart;
    private long pauseTtsp;
    private long pauseClockStart;
    private WorkCounts pauseWork;
    private List<PhaseRecord> pausePhases;
    private TenuringDistribution pauseTenuring;
    private List<Occupancy> pauseBefore;

    // the phases in progress: a sub-phase of the pause in progress, and a concurrent phase, which may stay
    // open across the pauses that interrupt it
    private OpenPhase pausePhase;
    private OpenPhase concurrentPhase;

    /** Time spent after pause ends in bookkeeping and listeners: taken out of {@link #now()}. */
    private volatile long observingNanos;

    // allocation totals, counted by the memory manager on the mutator thread
    private long allocatedBytes;
    private long allocatedObjects;

    public GcTelemetry(Heap heap) {
        this(heap, System::nanoTime);
    }

    public GcTelemetry(Heap heap, LongSupplier nanoClock) {
        this.heap = heap;
        this.clock = nanoClock;
        this.origin = nanoClock.getAsLong();
    }

    /**
     * Nanoseconds since this telemetry started, not counting the time spent observing: while a pause's record
     * takes its figures at the start (occupancy before), and from the end of each pause until its listeners have
     * returned (the verifier, a heap-map capture, the figures taken for the record), the clock stands still.
     * Observing a run thus adds neither to its pauses nor to its mutator time, and a run measured with the
     * verifier on has the same timeline shape as one without.
     */
    public long now() {
        return clock.getAsLong() - origin - observingNanos;
    }

    /** Reports {@code area} beside the heap's spaces in every occupancy snapshot (the VM's metaspace). */
    public void addArea(MemoryArea area) {
        extraAreas.add(area);
    }

    public void addListener(GcListener listener) {
        listeners.add(listener);
    }

    public void removeListener(GcListener listener) {
        listeners.remove(listener);
    }

    // ---------------------------------------------------------------- pauses

    /**
     * The mutator has been asked to stop ({@code requestNanos}, from {@link #now()}) and has now stopped:
     * the pause starts at the request, so it includes the time to safepoint.
     */
    public synchronized void pauseBegin(PauseKind kind, GcCause cause, long requestNanos) {
        begin(kind, cause, requestNanos, now());
    }

    /** A pause whose safepoint was reached at once (a collection triggered by the mutator itself). */
    public synchronized void pauseBegin(PauseKind kind, GcCause cause) {
        long now = now();
        begin(kind, cause, now, now);
    }

    private void begin(PauseKind kind, GcCause cause, long requestNanos, long now) {
        if (pauseKind != null) {
            throw new IllegalStateException("pause " + kind + " begun inside pause " + pauseKind);
        }
        pauseKind = kind;
        pauseCause = cause;
        pauseStart = Math.min(requestNanos, now);
        pauseTtsp = now - pauseStart;
        // The record's own figures are taken with the clock standing still, as at the pause's end: the
        // occupancy snapshot and the record's bookkeeping are the observer's work, not the collector's, and on
        // a large heap, with every line they touch cold, they cost as much as a short pause's whole work.
        long observingFrom = clock.getAsLong();
        pauseClockStart = totalWork.total();
        pauseWork = new WorkCounts();
        pausePhases = new ArrayList<>();
        pauseBefore = occupancy();
        observingNanos += clock.getAsLong() - observingFrom;
    }


    /** Ends the pause in progress, records it, and tells the listeners (the mutator is still stopped). */
    public void pauseEnd() {
        PauseRecord record;
        long observingFrom;
        synchronized (this) {
            if (pauseKind == null) {
                throw new IllegalStateException("pauseEnd without pauseBegin");
            }
            if (pausePhase != null) {
                phaseEnd();
            }
            observingFrom = clock.getAsLong();
            long end = observingFrom - origin - observingNanos;
            Map<String, FragmentationStats> fragmentation = new LinkedHashMap<>();
            for (Space s : heap.spaces()) {
                fragmentation.put(s.name(), s.fragmentation());
            }
            record = new PauseRecord(pauses.size(), pauseKind, pauseCause, pauseStart, end - pauseStart, pauseTtsp,
                    pauseClockStart, pauseWork, List.copyOf(pausePhases), pauseBefore, occupancy(),
                    Collections.unmodifiableMap(fragmentation), pauseTenuring);
            pauses.add(record);
            pauseHistogram.recordValue(Math.max(1, record.durationNanos()));
            ttspHistogram.recordValue(Math.max(0, pauseTtsp));
            pauseKind = null;
            pauseWork = null;
            pauseTenuring = null;
        }
        try {
            for (GcListener l : listeners) {
                l.pauseEnded(record);
            }
        } finally {
            synchronized (this) {
                observingNanos += clock.getAsLong() - observingFrom;
            }
        }
    }

    /** True between {@link #pauseBegin} and {@link #pauseEnd}. */
    public synchronized boolean inPause() {
        return pauseKind != null;
    }

    // ---------------------------------------------------------------- phases and work

    /** Starts a named sub-phase of the pause in progress (mark, sweep, ...), ending the previous one. */
    public synchronized void phaseBegin(String name) {
        if (pauseKind == null) {
            throw new IllegalStateException("phase " + name + " begun outside a pause; use concurrentPhaseBegin");
        }
        if (pausePhase != null) {
            phaseEnd();
        }
        pausePhase = new OpenPhase(name, now());
    }

    /** Records the survivors' age distribution of the minor collection in progress. */
    public synchronized void tenuring(TenuringDistribution distribution) {
        if (pauseKind == null) {
            throw new IllegalStateException("tenuring distribution reported outside a pause");
        }
        pauseTenuring = distribution;
    }

    /** Ends the sub-phase in progress. */
    public synchronized void phaseEnd() {
        if (pausePhase == null) {
            throw new IllegalStateException("phaseEnd without phaseBegin");
        }
        pausePhases.add(pausePhase.close(false, now()));
        pausePhase = null;
    }

    /** Starts a phase that runs beside the mutator (concurrent mark, concurrent sweep). */
    public synchronized void concurrentPhaseBegin(String name) {
        if (concurrentPhase != null) {
            concurrentPhaseEnd();
        }
        concurrentPhase = new OpenPhase(name, now());
    }

    /** Ends the concurrent phase in progress. */
    public synchronized void concurrentPhaseEnd() {
        if (concurrentPhase == null) {
            throw new IllegalStateException("concurrentPhaseEnd without concurrentPhaseBegin");
        }
        concurrentPhases.add(concurrentPhase.close(true, now()));
        concurrentPhase = null;
    }

    /** Adds work to the totals, and to the pause and sub-phase in progress, or else to the concurrent phase. */
    public synchronized void work(WorkKind kind, long amount) {
        if (amount == 0) {
            return;
        }
        totalWork.add(kind, amount);
        if (pauseWork != null) {
            pauseWork.add(kind, amount);
        }
        WorkCounts phase = openPhaseWork();
        if (phase != null) {
            phase.add(kind, amount);
        }
    }

    /** Adds every count of {@code counts} as {@link #work(WorkKind, long)} does. */
    public synchronized void work(WorkCounts counts) {
        totalWork.addAll(counts);
        if (pauseWork != null) {
            pauseWork.addAll(counts);
        }
        WorkCounts phase = openPhaseWork();
        if (phase != null) {
            phase.addAll(counts);
        }
    }

    /**
     * The work of the phase that work reported now belongs to: the pause's open sub-phase while a pause is in
     * progress (work done while the mutator is stopped belongs to the pause, even if a concurrent phase is open),
     * else the open concurrent phase; null if none is open.
     */
    private WorkCounts openPhaseWork() {
        if (pauseWork != null) {
            return pausePhase != null ? pausePhase.work : null;
        }
        return concurrentPhase != null ? concurrentPhase.work : null;
    }

    // ---------------------------------------------------------------- allocation

    /** Counts one allocation of {@code sizeWords} (called by the memory manager). */
    public void allocated(int sizeWords) {
        allocatedObjects++;
        allocatedBytes += ObjectModel.bytes(sizeWords);
    }

    public long allocatedBytes() {
        return allocatedBytes;
    }

    public long allocatedObjects() {
        return allocatedObjects;
    }

    /**
     * Records that a request of {@code sizeWords} failed after the last-resort collection, and returns the
     * exception for the collector to throw. It is a fragmentation failure if enough words were free in total
     * (on the free lists or in one-word holes).
     */
    public HeapExhaustedException outOfMemory(String what, int sizeWords, FragmentationStats free) {
        long requested = ObjectModel.bytes(sizeWords);
        // One-word holes are free bytes too, lost to fragmentation.
        boolean fragmented = free.freeBytes() + free.darkBytes() >= requested;
        synchronized (this) {
            allocationFailures.add(new AllocationFailure(now(), requested, fragmented, free));
        }
        String message = "heap exhausted: cannot allocate " + requested + " bytes for " + what + " in a heap of "
                + heap.capacityBytes() + " bytes (" + (free.freeBytes() + free.darkBytes()) + " bytes free, largest free chunk "
                + free.largestChunkBytes() + " bytes"
                + (fragmented ? "; the free memory is fragmented" : "") + "); give a larger --heap";
        return new HeapExhaustedException(message, requested, fragmented);
    }

    // ---------------------------------------------------------------- reading

    /** Used and capacity of every heap space and extra area, now. */
    public List<Occupancy> occupancy() {
        List<Occupancy> list = new ArrayList<>();
        for (Space s : heap.spaces()) {
            list.add(new Occupancy(s.name(), s.usedBytes(), s.capacityBytes()));
        }
        for (MemoryArea a : extraAreas) {
            list.add(new Occupancy(a.name(), a.usedBytes(), a.capacityBytes()));
        }
        return list;
    }

    public synchronized List<PauseRecord> pauses() {
        return List.copyOf(pauses);
    }

    public synchronized List<PhaseRecord> concurrentPhases() {
        return List.copyOf(concurrentPhases);
    }

    public synchronized List<AllocationFailure> allocationFailures() {
        return List.copyOf(allocationFailures);
    }

    /**
     * Allocations the spaces refused although enough free bytes existed in total, so that a collection (or a
     * failure) followed: the allocation failures that fragmentation caused (DESIGN.md, "Fragmentation").
     */
    public long fragmentationMisses() {
        long misses = 0;
        for (Space s : heap.spaces()) {
            misses += s.fragmentationMisses();
        }
        return misses;
    }

    /**
     * Allocations that failed for good ({@code OutOfMemoryError}) although enough free bytes existed in total:
     * the collector's last resort could not gather them into one chunk.
     */
    public synchronized long fragmentationFailures() {
        return allocationFailures.stream().filter(AllocationFailure::fragmentation).count();
    }

    /** A copy of the pause-duration histogram, in nanoseconds. */
    public synchronized Histogram pauseHistogram() {
        return pauseHistogram.copy();
    }

    /** A copy of the time-to-safepoint histogram, in nanoseconds. */
    public synchronized Histogram timeToSafepointHistogram() {
        return ttspHistogram.copy();
    }

    /** A copy of the total work counts: the logical clock. */
    public synchronized WorkCounts totalWork() {
        return totalWork.copy();
    }

    /** A phase that has begun and not yet ended. */
    private static final class OpenPhase {
        final String name;
        final long start;
        final WorkCounts work = new WorkCounts();

        OpenPhase(String name, long start) {
            this.name = name;
            this.start = start;
        }

        PhaseRecord close(boolean concurrent, long end) {
            return new PhaseRecord(name, concurrent, start, end - start, work);
        }
    }
}
