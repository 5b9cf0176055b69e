package gclab.collectors.refcount;

import static gclab.collectors.refcount.CountWord.BLACK;
import static gclab.collectors.refcount.CountWord.BUFFERED;
import static gclab.collectors.refcount.CountWord.GREEN;
import static gclab.collectors.refcount.CountWord.IN_ZCT;
import static gclab.collectors.refcount.CountWord.PURPLE;
import static gclab.collectors.refcount.CountWord.ROOTED;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.SlotVisitor;
import gclab.heap.gc.Sweeper;
import gclab.heap.gc.Tracer;
import gclab.heap.gc.Worklist;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import java.util.Arrays;

/**
 * Deferred reference counting (Deutsch and Bobrow) with Bacon and Rajan's synchronous cycle collection. See
 * the package documentation for the algorithm, the GC word and the invariants.
 */
public final class RefCount implements Collector {
    static final CollectorTraits TRAITS = new CollectorTraits(false, true, false, false, false, false, true);
    /** Without its cycle collector, reference counting leaves garbage cycles behind: incomplete. */
    static final CollectorTraits WITHOUT_CYCLES = new CollectorTraits(false, true, false, false, false, false, false);

    /** Free at most this many objects per reconciliation: no bound. */
    static final long UNBOUNDED = 0;

    private final CollectorContext context;
    private final Heap heap;
    private final GcTelemetry telemetry;
    private final FreeListSpace space;
    private final CountWord words;
    /** Null when {@code cycles=off}. */
    private final CycleCollector cycles;
    private final Tracer backupTracer;

    // options
    private final int zctThreshold;
    private final int bufferThreshold;
    /** Percent of the objects the last cycle collection traced that the next one waits for, in candidates. */
    private final int cycleGrowth;
    /**
     * Candidates that start the next cycle collection: {@code cycle-buffer}, or {@code cycle-growth} percent of
     * the live objects the last cycle collection retraced (gray, then black again) if that is more. A live
     * structure reachable from the candidates (a long queue whose head is a candidate at every dequeue) is
     * retraced by every cycle collection; waiting for as many candidates as it has objects keeps the cycle
     * collector's work proportional to the candidates, as a tracing collector's heap-growth trigger (GOGC) keeps
     * marking proportional to allocation. Garbage it traced is not counted: that was freed, not retraced.
     */
    private long cycleTrigger;
    private final long freeBudget;
    private final boolean backupTrace;
    private final boolean skipIncrement;

    /** The zero-count table: objects whose count reached 0 (or began at 0) since the last reconciliation. */
    private final Worklist zct = new Worklist(1024);
    /** Dead objects (count 0 with the roots counted in) whose children are not yet decremented. */
    private final Worklist dead = new Worklist(1024);
    /** The root snapshot whose references the counts include (with multiplicity), taken at the last reconciliation. */
    private Worklist countedRoots = new Worklist(256);
    private Worklist newRoots = new Worklist(256);

    /** What deferral costs and saves (see {@link #deferral()}); host-side statistics, not work units. */
    private long reconciliations;
    private long rootsCountedIn;
    private long rootsCountedOut;
    private long rootChanges;
    private int[] sortedOld = new int[256];
    private int[] sortedNew = new int[256];

    // work of the mutator's barrier, reported outside pauses
    private long barrierIncrements;
    private long barrierDecrements;
    // work inside a pause, reported per phase
    private final WorkCounts work = new WorkCounts();
    /** Objects whose count became stuck since the last backup trace (they may be garbage only a trace frees). */
    private long stuckObjects;

    private final SlotVisitor releaseChild = this::releaseChild;
    private final SlotVisitor clearSlot = this::clearSlot;

    RefCount(CollectorContext context, FitPolicy policy, boolean cyclesOn, int countBits, int zctThreshold,
             int bufferThreshold, int cycleGrowth, long freeBudget, boolean backupTrace, boolean skipIncrement) {
        this.context = context;
        this.heap = context.heap();
        this.telemetry = context.telemetry();
        this.space = new FreeListSpace(heap, "heap", heap.unreservedWords(), policy);
        this.words = new CountWord(heap, countBits);
        this.cycles = cyclesOn ? new CycleCollector(heap, words, this::freeMemory) : null;
        this.backupTracer = new Tracer(heap, words);
        this.zctThreshold = zctThreshold;
        this.bufferThreshold = bufferThreshold;
        this.cycleTrigger = bufferThreshold;
        this.cycleGrowth = cycleGrowth;
        this.freeBudget = freeBudget;
        this.backupTrace = backupTrace;
        this.skipIncrement = skipIncrement;
    }

    @Override
    public CollectorTraits traits() {
        return cycles != null ? TRAITS : WITHOUT_CYCLES;
    }

    @Override
    public CollectorContext context() {
        return context;
    }

    // ---------------------------------------------------------------- allocation

    @Override
    public int allocate(Layout layout, int length, int sizeWords) {
        if (cycles != null && cycles.bufferSize() >= cycleTrigger) {
            reconcile(PauseKind.CYCLE_COLLECTION, GcCause.CANDIDATE_BUFFER_FULL, UNBOUNDED, true);
        } else if (zct.size() >= zctThreshold) {
            reconcile(PauseKind.CASCADE, GcCause.ZCT_FULL, freeBudget, false);
        } else if (!dead.isEmpty()) {
            reconcile(PauseKind.CASCADE, GcCause.PENDING_FREES, freeBudget, false);
        }
        int address = space.allocate(sizeWords);
        if (address == Heap.NULL) {
            collect(GcCause.ALLOCATION_FAILURE);
            address = space.allocate(sizeWords);
            if (address == Heap.NULL && backupTrace) {
                backupTrace(GcCause.ALLOCATION_FAILURE);
                address = space.allocate(sizeWords);
            }
            if (address == Heap.NULL) {
                throw telemetry.outOfMemory(layout.describe(length), sizeWords, space.fragmentation());
            }
        }
        // A new object has no references yet: count 0, in the ZCT until a reconciliation sees whether a root
        // holds it. An object without reference slots can never be on a cycle: green.
        heap.formatObject(address, layout, length, sizeWords, IN_ZCT | (layout.hasReferences() ? 0 : GREEN));
        zct.push(address);
        return address;
    }

    // ---------------------------------------------------------------- the write barrier

    /**
     * The barrier: increment the new target, then decrement the old (in this order, so that storing the
     * reference a slot already holds never takes a count through zero).
     */
    @Override
    public void storeReference(int object, int slotAddress, int value) {
        int old = heap.reference(slotAddress);
        heap.setReference(slotAddress, value);
        if (value != Heap.NULL && !skipIncrement) {
            barrierIncrements++;
            if (words.increment(value)) {
                stuckObjects++;
            }
            if (words.colour(value) == PURPLE) {
                words.setColour(value, BLACK); // live after all; markRoots will drop it from the buffer
            }
        }
        if (old != Heap.NULL) {
            barrierDecrements++;
            decrementDeferred(old);
        }
    }

    /**
     * A decrement outside a reconciliation: a count reaching zero does not free the object, because the
     * roots the mutator has acquired since the last snapshot are not counted; it goes to the ZCT instead.
     */
    private void decrementDeferred(int object) {
        if (words.isStuck(object)) {
            return;
        }
        if (words.decrement(object) == 0) {
            if (!words.is(object, IN_ZCT)) {
                words.set(object, IN_ZCT);
                zct.push(object);
            }
        } else if (cycles != null) {
            cycles.possibleRoot(object);
        }
    }

    /**
     * A decrement inside a reconciliation, after the current roots were counted in: a count reaching zero
     * means no heap object and no root refers to the object, so it is dead.
     */
    private void decrementCounted(int object) {
        work.add(WorkKind.COUNTS_DECREMENTED, 1);
        if (words.isStuck(object)) {
            return;
        }
        if (words.decrement(object) == 0) {
            dead.push(object);
        } else if (cycles != null) {
            cycles.possibleRoot(object);
        }
    }

    // ---------------------------------------------------------------- collection

    @Override
    public void collect(GcCause cause) {
        reconcile(cycles != null ? PauseKind.CYCLE_COLLECTION : PauseKind.CASCADE, cause, UNBOUNDED, true);
    }

    /**
     * One stop of the mutator. After this: the counts include the roots as they are now and not as they were
     * at the previous reconciliation; every object whose count was zero and that no root holds is freed,
     * with its cascade of now-dead referents, up to {@code budget} objects (the rest stay on the dead list for
     * the next reconciliation); with {@code collectCycles}, the dead list is empty and every garbage cycle with
     * a member in the candidate buffer is freed.
     */
    private void reconcile(PauseKind kind, GcCause cause, long budget, boolean collectCycles) {
        flushBarrierWork();
        telemetry.pauseBegin(kind, cause);
        telemetry.phaseBegin("reconcile");
        reconciliations++;
        countRootsIn();
        countRootChanges();
        countPreviousRootsOut();
        work.add(WorkKind.ZCT_ENTRIES, zct.size());
        for (int i = 0; i < zct.size(); i++) {
            int object = zct.get(i);
            boolean rooted = words.is(object, ROOTED);
            words.clear(object, IN_ZCT | ROOTED);
            if (words.count(object) == 0) {
                dead.push(object);
            } else if (!rooted && cycles != null) {
                // Stored into the heap since it was last counted at zero, and no root holds it now: the root
                // that held it vanished without a decrement, so it may be the last way into a garbage cycle.
                cycles.possibleRoot(object);
            }
        }
        zct.clear();
        for (int i = 0; i < countedRoots.size(); i++) {
            words.clear(countedRoots.get(i), ROOTED);
        }
        flushWork();

        telemetry.phaseBegin("free");
        freeDead(collectCycles ? UNBOUNDED : budget);
        flushWork();
        if (collectCycles && cycles != null) {
            cycles.collectCycles(telemetry);
            cycleTrigger = Math.max(bufferThreshold, cycles.lastTracedLive() * cycleGrowth / 100);
            flushWork();
        }
        telemetry.pauseEnd();
    }

    /** Increments the count of every root's referent and remembers the snapshot. */
    private void countRootsIn() {
        newRoots.clear();
        context.roots().visitRoots(ref -> {
            if (words.increment(ref)) {
                stuckObjects++;
            }
            words.set(ref, ROOTED);
            newRoots.push(ref);
            return ref;
        });
        rootsCountedIn += newRoots.size();
        work.add(WorkKind.ROOTS_SCANNED, newRoots.size());
        work.add(WorkKind.COUNTS_INCREMENTED, newRoots.size());
    }

    /**
     * Adds to {@link #rootChanges} the size of the multiset difference between the previous root snapshot and
     * the new one, both ways: the fewest count updates a scheme that counted root slots would have made between
     * the two reconciliations (one per reference that entered or left the roots; every intermediate store to a
     * local that this snapshot cannot see would be more). O(r log r) for r roots, which are few.
     */
    private void countRootChanges() {
        int n = countedRoots.size();
        int m = newRoots.size();
        if (sortedOld.length < n) {
            sortedOld = new int[Math.max(n, 2 * sortedOld.length)];
        }
        if (sortedNew.length < m) {
            sortedNew = new int[Math.max(m, 2 * sortedNew.length)];
        }
        for (int i = 0; i < n; i++) {
            sortedOld[i] = countedRoots.get(i);
        }
        for (int i = 0; i < m; i++) {
            sortedNew[i] = newRoots.get(i);
        }
        Arrays.sort(sortedOld, 0, n);
        Arrays.sort(sortedNew, 0, m);
        int i = 0;
        int j = 0;
        long common = 0;
        while (i < n && j < m) {
            if (sortedOld[i] == sortedNew[j]) {
                common++;
                i++;
                j++;
            } else if (sortedOld[i] < sortedNew[j]) {
                i++;
            } else {
                j++;
            }
        }
        rootChanges += (n - common) + (m - common);
        rootsCountedOut += n;
    }

    /**
     * Decrements the referents of the previous snapshot, which the counts included until now. A referent
     * whose count drops to zero goes to the ZCT (examined next); one that stays above zero and that no root
     * holds now may have lost its last outside reference to a cycle, so it is a candidate.
     */
    private void countPreviousRootsOut() {
        for (int i = 0; i < countedRoots.size(); i++) {
            int object = countedRoots.get(i);
            if (words.is(object, ROOTED)) {
                words.decrement(object); // still held by a root, counted in just now: live, not a candidate
            } else {
                decrementDeferred(object);
            }
        }
        work.add(WorkKind.COUNTS_DECREMENTED, countedRoots.size());
        Worklist t = countedRoots;
        countedRoots = newRoots;
        newRoots = t;
        newRoots.clear();
    }

    /**
     * Frees dead objects until the dead list is empty or {@code budget} objects are freed (0: no bound).
     * Freeing decrements the children, and a child whose count reaches zero joins the dead list: an explicit
     * work list, so a ten-million-element list never recurses on the host.
     */
    private void freeDead(long budget) {
        long freed = 0;
        while (!dead.isEmpty() && (budget == UNBOUNDED || freed < budget)) {
            release(dead.pop());
            freed++;
        }
    }

    private void releaseChild(int slot) {
        int child = heap.reference(slot);
        if (child != Heap.NULL) {
            decrementCounted(child);
        }
    }

    private void clearSlot(int slot) {
        heap.setReference(slot, Heap.NULL);
    }

    /** Decrements the children of dead {@code object} and frees it, unless the candidate buffer still holds it. */
    private void release(int object) {
        heap.forEachReferenceSlot(object, releaseChild);
        if (words.is(object, BUFFERED)) {
            // The buffer holds its address: keep the memory until markRoots frees it (black, count 0). Its
            // references were counted out just now, so it keeps none.
            words.setColour(object, BLACK);
            heap.forEachReferenceSlot(object, clearSlot);
        } else {
            freeMemory(object);
        }
    }

    /** Returns {@code object}'s memory to the free lists (no coalescing: a backup trace's sweep coalesces). */
    private void freeMemory(int object) {
        int size = heap.sizeInWords(object);
        space.free(object, size);
        work.add(WorkKind.OBJECTS_FREED, 1);
        work.add(WorkKind.WORDS_FREED, size);
    }

    // ---------------------------------------------------------------- the backup trace

    /**
     * The last resort, and the cure for stuck counts and (with {@code cycles=off}) for garbage cycles:
     * mark-sweep from the roots, then recount every survivor from the heap and the roots. After this, nothing
     * unreachable remains, free memory is coalesced, every count is exact and nothing is stuck that need not
     * be, and the ZCT, dead list and candidate buffer are empty.
     */
    private void backupTrace(GcCause cause) {
        flushBarrierWork();
        telemetry.pauseBegin(PauseKind.FULL, cause);
        telemetry.phaseBegin("mark");
        if (cycles != null) {
            cycles.discardCandidates();
        }
        for (int i = 0; i < zct.size(); i++) {
            words.clear(zct.get(i), IN_ZCT);
        }
        zct.clear();
        dead.clear();
        countedRoots.clear();
        backupTracer.markRoots(context.roots());
        backupTracer.traceReferences();
        telemetry.work(backupTracer.takeWork());

        telemetry.phaseBegin("sweep");
        Sweeper.sweep(space, words, work); // survivors leave with count 0, black
        flushWork();

        telemetry.phaseBegin("recount");
        stuckObjects = 0;
        space.walk((address, size, free) -> {
            if (!free) {
                heap.forEachReferenceSlot(address, slot -> {
                    int target = heap.reference(slot);
                    if (target != Heap.NULL) {
                        work.add(WorkKind.COUNTS_INCREMENTED, 1);
                        if (words.increment(target)) {
                            stuckObjects++;
                        }
                    }
                });
            }
        });
        countRootsIn();
        Worklist t = countedRoots;
        countedRoots = newRoots;
        newRoots = t;
        for (int i = 0; i < countedRoots.size(); i++) {
            words.clear(countedRoots.get(i), ROOTED);
        }
        flushWork();
        telemetry.pauseEnd();
    }

    // ---------------------------------------------------------------- telemetry

    private void flushWork() {
        telemetry.work(work);
        work.clear();
    }

    /** Reports the barrier's increments and decrements, outside any pause: they are mutator work. */
    private void flushBarrierWork() {
        telemetry.work(WorkKind.COUNTS_INCREMENTED, barrierIncrements);
        telemetry.work(WorkKind.COUNTS_DECREMENTED, barrierDecrements);
        barrierIncrements = 0;
        barrierDecrements = 0;
    }

    @Override
    public void shutdown() {
        flushBarrierWork();
    }

    // ---------------------------------------------------------------- introspection for tests and tools

    /** The count in {@code object}'s GC word. */
    public long countOf(int object) {
        return words.count(object);
    }

    /** True if {@code object}'s count is stuck at its maximum. */
    public boolean isStuck(int object) {
        return words.isStuck(object);
    }

    /** How many references to {@code object} the root snapshot included in the counts holds. */
    public int countedRootReferences(int object) {
        int n = 0;
        for (int i = 0; i < countedRoots.size(); i++) {
            if (countedRoots.get(i) == object) {
                n++;
            }
        }
        return n;
    }

    /**
     * What deferring the roots cost and saved so far: reconciliations (each a root scan), root references
     * counted in and out (the count updates deferral does on roots), and the multiset changes between
     * consecutive root snapshots (a lower bound on the count updates a counted-roots scheme would have done).
     */
    public Deferral deferral() {
        return new Deferral(reconciliations, rootsCountedIn, rootsCountedOut, rootChanges);
    }

    /**
     * Deferral's statistics: {@code rootsCountedIn} and {@code rootsCountedOut} are the count updates on roots a
     * deferred scheme made; {@code rootChanges} is the fewest a scheme counting root slots would have made
     * between the same reconciliations.
     */
    public record Deferral(long reconciliations, long rootsCountedIn, long rootsCountedOut, long rootChanges) {
    }

    /** Entries in the zero-count table now. */
    public int zctSize() {
        return zct.size();
    }

    /** Candidates in the cycle collector's buffer now (0 with {@code cycles=off}). */
    public int candidateBufferSize() {
        return cycles == null ? 0 : cycles.bufferSize();
    }

    /** Dead objects waiting for a later reconciliation to free them ({@code free-budget}). */
    public int pendingFrees() {
        return dead.size();
    }

    /** Objects whose counts became stuck since the last backup trace. */
    public long stuckObjects() {
        return stuckObjects;
    }

    /** The free-list space all objects live in. */
    public FreeListSpace space() {
        return space;
    }
}
