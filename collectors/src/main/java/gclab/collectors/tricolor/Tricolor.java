package gclab.collectors.tricolor;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.ObjectModel;
import gclab.heap.SlotVisitor;
import gclab.heap.gc.LazySweeper;
import gclab.heap.gc.MarkBits;
import gclab.heap.gc.Sweeper;
import gclab.heap.gc.Worklist;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.spi.RootSet;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.verify.TricolourVerifier;

/**
 * Tricolour marking beside the mutator, on a collector thread ({@code mode=concurrent}) or in bounded steps on
 * the mutator's own thread ({@code mode=incremental}), with a selectable write barrier and a lazy sweep. See
 * the package documentation for the phases, invariants, barriers, safepoint protocol and GC word.
 *
 * <p>Thread ownership. The mutator owns the free lists, the lazy sweeper, its barrier buffer and every field
 * marked (M). The collector thread owns the gray worklist and the fields marked (C) while a concurrent cycle
 * runs; the mutator touches them only when the collector thread is idle. Fields marked (S) change only while
 * the mutator is stopped (inside its own allocate/collect/poll, or parked by the collector thread), so the
 * mutator reads them without synchronisation: the handshake's lock orders those writes before its resumption.
 */
public final class Tricolor implements Collector {
    static final CollectorTraits CONCURRENT_TRAITS = new CollectorTraits(false, true, false, false, true, false, true);
    static final CollectorTraits INCREMENTAL_TRAITS = new CollectorTraits(false, true, false, false, false, true, true);

    // ---------------------------------------------------------------- the GC word: a colour
    static final long WHITE = 0;
    static final long GRAY = 1;
    static final long BLACK = 2;

    /** {@link #pollsUntilStep} when no poll is to run a step: more polls than any run makes. */
    private static final long NO_POLL_STEP = Long.MAX_VALUE;
    /** Incremental mode: a mark step at every this many safepoint polls while marking. */
    static final int POLLS_PER_STEP = 1024;
    /**
     * Concurrent mode: barrier buffer entries the mutator collects before handing them to the collector thread. The
     * Remark traces from the partly filled buffer, one cache miss or more per entry in a large heap: 256 entries
     * took up to 0.02-0.04 ms of trace at 1 GiB live, 64 take 0.003-0.006 ms (docs/PERFORMANCE.md, tricolor's pauses).
     */
    static final int BUFFER_ENTRIES = 64;
    /** Concurrent mode: objects the collector thread blackens between two looks at its mailbox. */
    static final int BATCH = 512;
    /**
     * Lazy sweep: the most words one allocation sweeps to pay its pacing debt (a bounded step: at most this many
     * words, plus one chunk; the rest of the debt carries over to the next allocations).
     */
    static final long SWEEP_STEP_WORDS = 1 << 14;
    /**
     * Marking: an object with more reference slots than this (a large reference array) is scanned in units of
     * this many words, one unit a step of the budget (Go's oblets), so that a step meeting a huge array stays
     * bounded; the array stays gray until its last unit is scanned.
     */
    static final int SCAN_UNIT_WORDS = 256;
    /** Lazy sweep pacing: the sweep aims to end when this fraction of the headroom to the trigger is left. */
    static final int SWEEP_SLACK_DIVISOR = 8;

    enum Mode { CONCURRENT, INCREMENTAL }

    enum Barrier { DIJKSTRA, SATB, HYBRID }

    enum Trigger { OCCUPANCY, GROWTH }

    enum Overrun { STALL, FULL }

    /** Where the collector is in its cycle, and what that means for the mutator. */
    public enum Phase {
        /** No cycle: barrier off, allocation white, the free lists complete. */
        IDLE,
        /** Marking: barrier on; allocation black (satb, hybrid) or white (dijkstra); gray objects remain. */
        MARK,
        /** Marking is over: barrier off, allocation white; the lazy sweep frees white objects as memory is needed. */
        SWEEP
    }

    private final CollectorContext context;
    private final Heap heap;
    private final RootSet roots;
    private final GcTelemetry telemetry;
    private final FreeListSpace space;
    private final Colours colours = new Colours();
    private final LazySweeper sweeper;
    private final TricolourVerifier tricolourVerifier;

    private final Mode mode;
    private final boolean concurrent;
    private final Barrier barrier;
    /** The barrier's shades, decided once: the overwritten target (satb, hybrid), the new one (dijkstra). */
    private final boolean shadeOld;
    private final boolean shadeNew;
    private final boolean hybrid;
    /** Objects allocated while marking are black: satb and hybrid need it, dijkstra unless white-allocation. */
    private final boolean allocateBlack;
    private final Trigger trigger;
    private final double triggerOccupancy;
    /** {@code triggerOccupancy} of the space's capacity, in words: computed once, not at every allocation. */
    private final long ceilingWords;
    private final long gogc;
    private final Overrun overrun;
    private final long stepBudget;
    /** Incremental mode: a mark step at every this many allocations (and this many times POLLS_PER_STEP polls). */
    private final long stepEvery;
    /** Incremental mode: the safepoint polls between two mark steps, {@link #POLLS_PER_STEP} &times; step-every. */
    private final long pollsPerStep;
    private final boolean checkInvariant;

    private final Handshake handshake;
    private Thread collectorThread;
    private boolean shutDown;

    // (S) the cycle's state
    private Phase phase = Phase.IDLE;
    /** (S) The mutator's roots have not been scanned this cycle (hybrid: until the stack scan). */
    private boolean stackGray;
    private GcCause cycleCause;

    // (C) the marker
    private final Worklist gray = new Worklist(1024);
    /** (C) A large object being scanned unit by unit (gray, off the worklist), or NULL; its next and end words. */
    private int partial = Heap.NULL;
    private int partialNext;
    private int partialEnd;
    private final SlotVisitor scanSlot = this::scanSlot;
    private long objectsMarked;
    private long slotsScanned;
    private long rootsScanned;
    /**
     * The three counts above, as reported to the telemetry: one object, reused by every report, as a pause's
     * bookkeeping should touch as few cold lines as it can.
     */
    private final WorkCounts markWork = new WorkCounts();
    private long tracedWords;

    // (M) the mutator's side
    private Worklist buffer = new Worklist(BUFFER_ENTRIES);
    private long barrierShades;
    private long allocatedBlackWords;
    /**
     * Incremental mode: safepoint polls left until the next mark step is due; {@link #NO_POLL_STEP} when none can be
     * (no marking, or tests' manual steps). So a poll is one decrement and a test, whatever the phase.
     */
    private long pollsUntilStep = NO_POLL_STEP;
    private long allocationsSinceStep;
    /** Tests only: incremental steps run only when a test asks ({@link #stepForTest}). */
    private boolean manualSteps;
    private boolean sweepPending;
    /** (M) Sweep pacing: words to sweep per word allocated, set when the sweep begins. */
    private double sweepRatio;
    /** (M) Sweep pacing: unswept words when the sweep began, and words allocated since. */
    private long sweepUnsweptAtStart;
    private long sweepAllocatedWords;
    /**
     * (M) The most words one paced sweep step was asked to sweep (at most {@link #SWEEP_STEP_WORDS}), and the
     * most it swept (that, plus the chunk it ended on, which is passed in O(1) however large it is).
     */
    private long longestPacedSweepDebt;
    private long longestPacedSweepStep;
    /** (M) A cycle is due but the sweep has not ended: every allocation sweeps a full step until it has. */
    private boolean sweepCatchUp;
    /** (M) The quiet fast path's allowance, in words: see {@link #allocate} and {@link #quietHeadroom}. */
    private long quietHeadroomWords;
    /** (M) Sweeps that had to catch up so (the trigger came first). */
    private long sweepCatchUps;
    /** (M) Words the Init Mark pauses swept because a cycle triggered before the lazy sweep ended. */
    private long sweepWordsInPauses;
    /** Words of the objects black when the last marking ended: the live heap GOGC grows from. */
    private long markedWords;
    /** The last marking found more live data than the trigger allows: wait for an allocation failure instead. */
    private boolean aboveTrigger;
    private long allocationStalls;
    private long concurrentModeFailures;
    private long cycles;

    Tricolor(CollectorContext context, Mode mode, Barrier barrier, boolean shading, boolean whiteAllocation,
             Trigger trigger, double triggerOccupancy, long gogc, Overrun overrun, long stepBudget, long stepEvery,
             FitPolicy policy, boolean checkInvariant, long safepointSpinNanos) {
        this.context = context;
        this.handshake = new Handshake(safepointSpinNanos);
        this.heap = context.heap();
        this.roots = context.roots();
        this.telemetry = context.telemetry();
        this.space = new FreeListSpace(heap, "heap", heap.unreservedWords(), policy);
        this.sweeper = new LazySweeper(space, colours);
        this.tricolourVerifier = new TricolourVerifier(heap, colours);
        this.mode = mode;
        this.concurrent = mode == Mode.CONCURRENT;
        this.barrier = barrier;
        this.shadeOld = shading && barrier != Barrier.DIJKSTRA;
        this.shadeNew = shading && barrier == Barrier.DIJKSTRA;
        this.hybrid = shading && barrier == Barrier.HYBRID;
        this.allocateBlack = barrier != Barrier.DIJKSTRA || !whiteAllocation;
        this.trigger = trigger;
        this.triggerOccupancy = triggerOccupancy;
        this.ceilingWords = (long) (triggerOccupancy * space.capacityWords());
        this.gogc = gogc;
        this.overrun = overrun;
        this.stepBudget = stepBudget;
        this.stepEvery = stepEvery;
        this.pollsPerStep = POLLS_PER_STEP * stepEvery;
        this.checkInvariant = checkInvariant;
        if (concurrent) {
            // Started now, as HotSpot starts its concurrent marking threads with the VM, not at the first cycle:
            // a thread's creation and first scheduling are no part of a cycle (they fell into the first cycle's
            // time to safepoint: 0.5-3.9 ms in 4 of the 6 longest concurrent pauses of the pause benchmark).
            startCollectorThread();
        }
    }

    @Override
    public CollectorTraits traits() {
        return concurrent ? CONCURRENT_TRAITS : INCREMENTAL_TRAITS;
    }

    @Override
    public CollectorContext context() {
        return context;
    }

    // ---------------------------------------------------------------- what tests and tools may read

    public Phase phase() {
        return phase;
    }

    /** True while the last marking's lazy sweep has not reached the end of the heap. */
    public boolean sweepPending() {
        return sweepPending || sweeper.active();
    }

    /** Allocations that waited for marking to finish. */
    public long allocationStalls() {
        return allocationStalls;
    }

    /** Cycles abandoned for a stop-the-world collection because allocation outran marking. */
    public long concurrentModeFailures() {
        return concurrentModeFailures;
    }

    /** Cycles begun (initial marks). */
    public long cycles() {
        return cycles;
    }

    long colour(int object) {
        return heap.gcWord(object);
    }

    // ---------------------------------------------------------------- allocation

    /**
     * The quiet fast path, as small as nogc's so that the host JIT inlines it into the interpreter: while no
     * cycle, sweep or handshake is under way ({@link #quietHeadroomWords} &gt; 0), an allocation that keeps
     * occupancy at or below the trigger only takes memory from the free lists and formats a white object.
     * Everything else, and an allocation the free lists refuse, takes {@link #allocateOffQuietPath}.
     */
    @Override
    public int allocate(Layout layout, int length, int sizeWords) {
        boolean quiet = sizeWords <= quietHeadroomWords;
        int address = quiet ? space.allocate(sizeWords) : Heap.NULL;
        if (address == Heap.NULL) {
            return allocateOffQuietPath(layout, length, sizeWords, quiet);
        }
        quietHeadroomWords -= sizeWords;
        heap.formatObject(address, layout, length, sizeWords, WHITE);
        return address;
    }

    /**
     * Words that may be allocated without a step, a sweep or a trigger test: the headroom to the trigger while
     * the collector is quiet (no cycle, no pending or active sweep), else 0. Set only after every allocation off
     * the quiet path, and cleared in {@link #initialMark} and {@link #collectFull}, the only ways out of the
     * quiet state; an Init Mark run by the collector thread clears it with the mutator stopped.
     */
    private long quietHeadroom() {
        // cycleInProgress first: in concurrent mode its volatile read orders the reads of the cycle's state after it.
        if (cycleInProgress() || phase != Phase.IDLE || sweepPending || sweeper.active()) {
            return 0;
        }
        return Math.max(0, triggerWords() - estimatedUsedWords());
    }

    /**
     * Every allocation outside the quiet state, and a quiet one the free lists refused ({@code spaceRefused}:
     * asking them again would count a second fragmentation miss; the steps before it are no-ops when quiet): the
     * mark step or handshake owed, the sweep, the trigger, the recovery when the free lists fail, the colour; then
     * the quiet headroom computed anew.
     */
    private int allocateOffQuietPath(Layout layout, int length, int sizeWords, boolean spaceRefused) {
        if (concurrent) {
            if (handshake.requested()) {
                handshake.park();
            }
        } else if (phase == Phase.MARK && !manualSteps && (stackGray || ++allocationsSinceStep >= stepEvery)) {
            // hybrid: the stack scan comes at once, whatever step-every says: while the stack is gray, the
            // barrier shades the new target of every store too.
            allocationsSinceStep = 0;
            incrementalStep();
        }
        if (sweepPending) {
            beginSweep();
        }
        maybeStartCycle(sizeWords);
        int address = spaceRefused ? Heap.NULL : space.allocate(sizeWords);
        if (address == Heap.NULL) {
            address = allocateSlow(layout, length, sizeWords);
        }
        if (sweeper.active()) {
            pacedSweep(sizeWords);
        }
        // Black while marking: satb and hybrid need it (the object is not in the snapshot, and nothing would ever
        // scan it), dijkstra's strong invariant allows it; white for dijkstra with white-allocation (its remark
        // finds the object from the roots if it lives).
        boolean black = phase == Phase.MARK && allocateBlack;
        heap.formatObject(address, layout, length, sizeWords, black ? BLACK : WHITE);
        if (black) {
            allocatedBlackWords += sizeWords;
        }
        quietHeadroomWords = quietHeadroom();
        return address;
    }

    /** The free lists failed: sweep, then wait for or abandon the cycle, then collect the whole heap. */
    private int allocateSlow(Layout layout, int length, int sizeWords) {
        int address = sweepUntilFit(sizeWords);
        if (address != Heap.NULL) {
            return address;
        }
        if (cycleInProgress()) {
            if (overrun == Overrun.STALL) {
                allocationStalls++;
                finishCycle();
                beginSweep();
                address = sweepUntilFit(sizeWords);
                if (address != Heap.NULL) {
                    return address;
                }
            } else {
                concurrentModeFailures++;
                collectFull(GcCause.CONCURRENT_MODE_FAILURE);
                address = space.allocate(sizeWords);
                if (address != Heap.NULL) {
                    return address;
                }
            }
        }
        collectFull(GcCause.ALLOCATION_FAILURE);
        address = space.allocate(sizeWords);
        if (address == Heap.NULL) {
            throw telemetry.outOfMemory(layout.describe(length), sizeWords, space.fragmentation());
        }
        return address;
    }

    private boolean cycleInProgress() {
        return phase == Phase.MARK || (concurrent && handshake.busy());
    }

    /** After this, marking is over (the mutator waited for the collector thread, or ran the remark itself). */
    private void finishCycle() {
        if (concurrent) {
            handshake.await(() -> !handshake.busy());
        } else {
            if (stackGray) {
                stackScan(SELF_TRIGGERED);
            }
            remark(SELF_TRIGGERED);
        }
    }

    // ---------------------------------------------------------------- triggering

    private void maybeStartCycle(int sizeWords) {
        if (cycleInProgress() || (concurrent && shutDown)) {
            return;
        }
        GcCause cause = triggerCause(sizeWords);
        if (cause == null) {
            return;
        }
        if (sweeper.active()) {
            // A cycle may start only on a fully swept heap (no black object may be left from the last one). The
            // trigger came before the paced sweep ended (the last cycle's allocation left no headroom, or one
            // allocation was larger than what was left): the cycle waits, and every allocation sweeps the full
            // step, SWEEP_STEP_WORDS, until the sweep ends; then the next allocation starts it.
            sweepCatchUp = true;
            return;
        }
        cycles++;
        if (concurrent) {
            handshake.requestCycle(cause);
        } else {
            initialMark(cause, SELF_TRIGGERED);
        }
    }

    /**
     * Occupancy (words in objects) above which the trigger fires; the whole heap once the last marking found
     * more live data than the trigger allows (the next cycle then waits for an allocation failure).
     */
    private long triggerWords() {
        if (aboveTrigger) {
            return space.capacityWords();
        }
        if (trigger == Trigger.GROWTH) {
            long goal = Math.max(space.capacityWords() / 8, markedWords + markedWords * gogc / 100);
            if (goal < ceilingWords) {
                return goal;
            }
        }
        return ceilingWords;
    }

    /** Why a cycle should start before allocating {@code sizeWords}, or null. */
    private GcCause triggerCause(int sizeWords) {
        if (aboveTrigger) {
            return null;
        }
        long limit = triggerWords();
        if (estimatedUsedWords() + sizeWords <= limit) {
            return null;
        }
        return limit < ceilingWords ? GcCause.HEAP_GROWTH : GcCause.OCCUPANCY; // the growth goal came first
    }

    /**
     * Words in objects: exact outside a sweep; during one, the swept part exactly plus, ahead of the cursor,
     * the words that were black when marking ended (the dead ones there are not counted).
     */
    private long estimatedUsedWords() {
        if (!sweeper.active()) {
            return space.usedWords();
        }
        return space.usedWords() - sweeper.unsweptWords() + (markedWords - sweeper.liveWordsSwept());
    }

    // ---------------------------------------------------------------- the write barrier

    @Override
    public void storeReference(int object, int slotAddress, int value) {
        if (phase != Phase.MARK) {
            heap.setReference(slotAddress, value);
            return;
        }
        // Decided by final fields, not a switch on the barrier (an enum switch costs a lookup table load).
        if (shadeOld) {
            shadeByMutator(heap.reference(slotAddress));   // deletion (satb, hybrid): no snapshot path is cut
        }
        if (shadeNew || (hybrid && stackGray)) {
            shadeByMutator(value);                         // insertion (dijkstra; hybrid while the stack is gray)
        }
        if (concurrent) {
            // Release: the new object's header and zeroed body, written before, are seen by the marker that
            // reads this slot with acquire.
            heap.setWordRelease(slotAddress, value);
        } else {
            heap.setReference(slotAddress, value);
        }
    }

    /** Mutator: white to gray, into the barrier buffer. */
    private void shadeByMutator(int object) {
        // The common case, an object already shaded, is one load of its GC word.
        if (object == Heap.NULL || heap.word(object + ObjectModel.GC_WORD_OFFSET) != WHITE
                || !colours.tryShade(object)) {
            return;
        }
        buffer.push(object);
        barrierShades++;
        if (concurrent && buffer.size() >= BUFFER_ENTRIES) {
            handshake.handOff(buffer);
            buffer = new Worklist(BUFFER_ENTRIES);
            telemetry.work(WorkKind.BARRIER_SHADES, barrierShades);
            barrierShades = 0;
        }
    }

    // ---------------------------------------------------------------- safepoints and explicit collections

    @Override
    public void safepointPoll() {
        if (concurrent) {
            if (handshake.requested()) {
                handshake.park();
            }
        } else if (--pollsUntilStep <= 0) {
            pollStep();
        }
    }

    /** Incremental mode: the poll at which a mark step is due (the first one after the Init Mark for hybrid's stack). */
    private void pollStep() {
        if (phase != Phase.MARK || manualSteps) {
            pollsUntilStep = NO_POLL_STEP;
            return;
        }
        pollsUntilStep = pollsPerStep;
        incrementalStep();
        if (phase != Phase.MARK) {
            pollsUntilStep = NO_POLL_STEP;
        }
    }

    @Override
    public void collect(GcCause cause) {
        collectFull(cause);
    }

    @Override
    public void shutdown() {
        shutDown = true;
        Thread t = collectorThread;
        if (t == null) {
            return;
        }
        handshake.stop();
        t.interrupt();
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        collectorThread = null;
    }

    // ---------------------------------------------------------------- the cycle

    /**
     * The request time of a pause the mutator's own thread runs (incremental mode, a stall's remark, a test):
     * there is no other thread to wait for, so its time to safepoint is exactly 0, as for every self-triggered
     * pause; only the collector thread's pauses (mode=concurrent) pass the time of their stop request.
     */
    private static final long SELF_TRIGGERED = Long.MIN_VALUE;

    private void beginPause(PauseKind kind, GcCause cause, long requestNanos) {
        if (requestNanos == SELF_TRIGGERED) {
            telemetry.pauseBegin(kind, cause);
        } else {
            telemetry.pauseBegin(kind, cause, requestNanos);
        }
    }

    /**
     * Pause Init Mark. After this, marking has begun: the barrier is on, allocation is black (satb, hybrid),
     * and every object a root refers to is gray (dijkstra, satb; hybrid scans the stack later).
     */
    private void initialMark(GcCause cause, long requestNanos) {
        if (sweeper.active()) {
            telemetry.work(sweeper.takeWork()); // the steps so far, to the lazy sweep's phase, not the pause
        }
        beginPause(PauseKind.INIT_MARK, cause, requestNanos);
        if (sweepPending || sweeper.active()) {
            // A cycle started before the sweep reached the end of the heap (the trigger waits for the sweep, so
            // only a test's explicit start does this): the rest is swept here, in the pause, recorded.
            telemetry.phaseBegin("finish sweep");
            beginSweep();
            long unswept = sweeper.unsweptWords();
            finishSweep();
            sweepWordsInPauses += unswept;
        }
        telemetry.phaseBegin(barrier == Barrier.HYBRID ? "enable barrier" : "mark roots");
        cycleCause = cause;
        quietHeadroomWords = 0;
        tracedWords = 0;
        allocatedBlackWords = 0;
        allocationsSinceStep = 0;
        stackGray = true;
        phase = Phase.MARK;
        if (barrier != Barrier.HYBRID) {
            scanRoots();
        }
        // hybrid's stack scan at the first poll (or allocation), then a mark step every pollsPerStep polls
        pollsUntilStep = concurrent || manualSteps ? NO_POLL_STEP : stackGray ? 1 : pollsPerStep;
        reportMarkWork();
        telemetry.concurrentPhaseBegin(concurrent ? "concurrent mark" : "incremental mark");
        telemetry.pauseEnd();
    }

    /** Pause Stack Scan (hybrid). After this, the stack is black: every object a root refers to is gray or black. */
    private void stackScan(long requestNanos) {
        beginPause(PauseKind.STACK_SCAN, cycleCause, requestNanos);
        telemetry.phaseBegin("scan stack");
        scanRoots();
        reportMarkWork();
        telemetry.pauseEnd();
    }

    /** Shades every object a root refers to; after this the stack is black. */
    private void scanRoots() {
        roots.visitRoots(ref -> {
            rootsScanned++;
            shadeByCollector(ref);
            return ref;
        });
        stackGray = false;
    }

    /** Incremental mode: one bounded step of marking, on the mutator's thread; remarks when nothing is gray. */
    private void incrementalStep() {
        if (stackGray) {
            stackScan(SELF_TRIGGERED);
            if (!manualSteps) {
                pollsUntilStep = pollsPerStep; // the first mark step as many polls after the scan
            }
            return;
        }
        drainBuffer();
        markSome(stepBudget);
        reportMarkWork();
        if (grayEmpty()) {
            remark(SELF_TRIGGERED);
        }
    }

    /**
     * Pause Remark. After this, marking is complete: every object reachable from the roots is black, no
     * object is gray, the barrier is off, and a lazy sweep is pending.
     */
    private void remark(long requestNanos) {
        beginPause(PauseKind.REMARK, cycleCause, requestNanos);
        telemetry.phaseBegin("drain barrier buffers");
        drainBuffer();
        if (barrierShades > 0) {
            telemetry.work(WorkKind.BARRIER_SHADES, barrierShades);
            barrierShades = 0;
        }
        if (barrier == Barrier.DIJKSTRA) {
            // The stack has no barrier: a white object stored only into a root since it was scanned is found now.
            telemetry.phaseBegin("rescan roots");
            scanRoots();
        }
        telemetry.phaseBegin("trace");
        markSome(Long.MAX_VALUE);
        reportMarkWork();
        if (checkInvariant) {
            telemetry.phaseBegin("verify tricolour");
            tricolourVerifier.verifyMarkingComplete(roots);
        }
        telemetry.concurrentPhaseEnd();
        markedWords = tracedWords + allocatedBlackWords;
        // Objects allocated black may be dead already (floating garbage): only the traced ones count as live.
        aboveTrigger = tracedWords > triggerOccupancy * space.capacityWords();
        phase = Phase.SWEEP;
        sweepPending = true;
        telemetry.pauseEnd();
    }

    /** Moves every barrier-buffer entry to the gray worklist (the mutator is stopped, or is the marker). */
    private void drainBuffer() {
        for (Worklist handed : handshake.takeHandedOff()) {
            moveAll(handed);
        }
        moveAll(buffer);
    }

    private void moveAll(Worklist from) {
        while (!from.isEmpty()) {
            gray.push(from.pop());
        }
    }

    // ---------------------------------------------------------------- the marker

    /** No gray object is left: the worklist is empty and no large object is partly scanned. */
    private boolean grayEmpty() {
        return gray.isEmpty() && partial == Heap.NULL;
    }

    /**
     * Scans {@code budget} units, or until no gray object is left: a unit is one gray object blackened, or
     * {@link #SCAN_UNIT_WORDS} words of a large one.
     */
    private void markSome(long budget) {
        // Invariant: every object off the worklist and not white, except the partly scanned one, has had all its
        // slots shaded (it is black), or is a fresh allocation whose slots are null or were shaded by the barrier.
        for (long n = 0; n < budget; n++) {
            if (partial != Heap.NULL) {
                scanUnit();
                continue;
            }
            if (gray.isEmpty()) {
                return;
            }
            int object = gray.pop();
            if (heap.referenceSlotCount(object) > SCAN_UNIT_WORDS) {
                int size = heap.sizeInWords(object);
                tracedWords += size;
                partial = object;
                partialNext = object;
                partialEnd = object + size;
                scanUnit();
            } else {
                blacken(object);
            }
        }
    }

    /** The next unit of the partly scanned object; blackens it after its last. */
    private void scanUnit() {
        int to = (int) Math.min((long) partialNext + SCAN_UNIT_WORDS, partialEnd);
        heap.forEachReferenceSlotIn(partial, partialNext, to, scanSlot);
        partialNext = to;
        if (to == partialEnd) {
            colours.setBlack(partial);
            partial = Heap.NULL;
        }
    }

    /** Gray to black: shades every referent of {@code object}. */
    private void blacken(int object) {
        heap.forEachReferenceSlot(object, scanSlot);
        colours.setBlack(object);
        tracedWords += heap.sizeInWords(object);
    }

    private void scanSlot(int slotAddress) {
        slotsScanned++;
        // Acquire: pairs with the mutator's release store, so the referent's header is visible.
        shadeByCollector(concurrent ? (int) heap.wordAcquire(slotAddress) : heap.reference(slotAddress));
    }

    /** Collector: white to gray, onto the gray worklist. */
    private void shadeByCollector(int object) {
        if (object != Heap.NULL && colours.tryShade(object)) {
            objectsMarked++;
            gray.push(object);
        }
    }

    private void reportMarkWork() {
        markWork.clear();
        markWork.add(WorkKind.ROOTS_SCANNED, rootsScanned);
        markWork.add(WorkKind.OBJECTS_MARKED, objectsMarked);
        markWork.add(WorkKind.SLOTS_SCANNED, slotsScanned);
        rootsScanned = 0;
        objectsMarked = 0;
        slotsScanned = 0;
        telemetry.work(markWork);
    }

    // ---------------------------------------------------------------- the collector thread

    private void startCollectorThread() {
        if (collectorThread != null) {
            return;
        }
        Thread t = new Thread(this::collectorLoop, "gclab-tricolor-collector");
        t.setDaemon(true); // a forgotten shutdown cannot keep the JVM alive
        collectorThread = t;
        t.start();
    }

    private void collectorLoop() {
        try {
            GcCause cause;
            while ((cause = handshake.awaitCycle()) != null) {
                concurrentCycle(cause);
                handshake.cycleDone();
            }
        } catch (InterruptedException e) {
            // shutdown
            handshake.cycleDone();
        } catch (Throwable t) {
            handshake.fail(t); // surfaces on the mutator thread
        }
    }

    /** One cycle on the collector thread; returns early if the mutator asks it to abort. */
    private void concurrentCycle(GcCause cause) throws InterruptedException {
        if (!stopTheMutator()) {
            return;
        }
        try {
            initialMark(cause, handshake.requestNanos());
        } finally {
            handshake.resumeMutator();
        }
        if (stackGray) {
            if (!stopTheMutator()) {
                return;
            }
            try {
                stackScan(handshake.requestNanos());
            } finally {
                handshake.resumeMutator();
            }
        }
        while (!handshake.abortRequested()) {
            for (Worklist handed : handshake.takeHandedOff()) {
                moveAll(handed);
            }
            if (grayEmpty()) {
                reportMarkWork();
                if (!stopTheMutator()) {
                    return;
                }
                try {
                    remark(handshake.requestNanos());
                } finally {
                    handshake.resumeMutator();
                }
                return;
            }
            markSome(BATCH);
        }
        reportMarkWork();
    }

    private boolean stopTheMutator() throws InterruptedException {
        return handshake.stopMutator(telemetry.now());
    }

    // ---------------------------------------------------------------- sweeping

    /** Starts the lazy sweep the last remark left pending. */
    private void beginSweep() {
        if (!sweepPending) {
            return;
        }
        sweepPending = false;
        sweeper.start();
        sweepUnsweptAtStart = sweeper.unsweptWords();
        sweepAllocatedWords = 0;
        // Go's sweep pacer: the whole heap is to be swept before occupancy reaches the trigger, so sweep
        // unswept / distance words per word allocated, where distance is the headroom to the trigger less a
        // slack. The occupancy estimate counts only the live words ahead of the cursor, so the headroom is
        // exact. No headroom: the trigger is due at once, and the cycle waits while every allocation sweeps a
        // full step (see maybeStartCycle).
        long headroom = triggerWords() - estimatedUsedWords();
        long distance = headroom - headroom / SWEEP_SLACK_DIVISOR;
        sweepRatio = distance <= 0 ? sweepUnsweptAtStart : (double) sweepUnsweptAtStart / distance;
        telemetry.concurrentPhaseBegin("lazy sweep");
    }

    /**
     * Sweep pacing, after an allocation of {@code sizeWords}: sweeps what the allocations since the sweep began
     * owe ({@link #sweepRatio} words a word, less what was swept already, on demand or paced), at most
     * {@link #SWEEP_STEP_WORDS} words now; the rest is owed by the next allocations.
     */
    private void pacedSweep(int sizeWords) {
        sweepAllocatedWords += sizeWords;
        long owed = (long) Math.ceil(sweepRatio * sweepAllocatedWords);
        long swept = sweepUnsweptAtStart - sweeper.unsweptWords();
        long debt = sweepCatchUp ? SWEEP_STEP_WORDS : Math.min(owed - swept, SWEEP_STEP_WORDS);
        if (debt > 0) {
            longestPacedSweepDebt = Math.max(longestPacedSweepDebt, debt);
            sweepStep(debt, 0);
            longestPacedSweepStep = Math.max(longestPacedSweepStep,
                    sweepUnsweptAtStart - sweeper.unsweptWords() - swept);
        }
    }

    private void sweepStep(long minWords, int fitWords) {
        if (sweeper.step(minWords, fitWords)) {
            endSweep();
        }
    }

    /** Sweeps until a chunk of {@code sizeWords} is listed (and takes it) or the sweep is complete. */
    private int sweepUntilFit(int sizeWords) {
        while (sweeper.active()) {
            sweepStep(Long.MAX_VALUE, sizeWords);
            int address = space.allocate(sizeWords);
            if (address != Heap.NULL) {
                return address;
            }
        }
        return Heap.NULL;
    }

    private void finishSweep() {
        sweeper.finish();
        endSweep();
    }

    private void endSweep() {
        if (sweepCatchUp) {
            sweepCatchUp = false;
            sweepCatchUps++;
        }
        telemetry.work(sweeper.takeWork());
        telemetry.concurrentPhaseEnd();
        phase = Phase.IDLE;
    }

    // ---------------------------------------------------------------- the fallback: a full collection

    /**
     * Pause Full. After this, no cycle is in progress, every object is white, every unreachable object's memory
     * is on the free lists and every reachable object is intact.
     */
    private void collectFull(GcCause cause) {
        if (collectorThread != null) {
            handshake.abortAndAwaitIdle();
        }
        boolean stale = phase != Phase.IDLE || sweepPending || sweeper.active();
        if (sweeper.active()) {
            sweepCatchUp = false;
            telemetry.work(sweeper.takeWork());
            sweeper.abandon();
            telemetry.concurrentPhaseEnd(); // the abandoned sweep
        } else if (phase == Phase.MARK) {
            telemetry.concurrentPhaseEnd(); // the abandoned marking
        }
        telemetry.pauseBegin(PauseKind.FULL, cause);
        telemetry.phaseBegin("mark");
        quietHeadroomWords = 0;
        phase = Phase.IDLE;
        sweepPending = false;
        gray.clear();
        partial = Heap.NULL;
        buffer.clear();
        handshake.clearHandedOff();
        barrierShades = 0;
        if (stale) {
            whitenAll();
        }
        scanRoots();
        markSome(Long.MAX_VALUE);
        reportMarkWork();
        if (checkInvariant) {
            telemetry.phaseBegin("verify tricolour");
            tricolourVerifier.verifyMarkingComplete(roots);
        }
        telemetry.phaseBegin("sweep");
        WorkCounts work = new WorkCounts();
        Sweeper.sweep(space, colours, work);
        telemetry.work(work);
        markedWords = space.usedWords();
        aboveTrigger = markedWords > triggerOccupancy * space.capacityWords();
        telemetry.pauseEnd();
    }

    /** Every object white again, after an abandoned cycle or sweep. */
    private void whitenAll() {
        space.walk((address, size, free) -> {
            if (!free) {
                heap.setGcWord(address, WHITE);
            }
        });
    }

    // ---------------------------------------------------------------- colours

    /**
     * The colour in the GC word. Both threads shade (white to gray) with a CAS, so exactly one of them pushes
     * the object; only the marker blackens (gray to black), with a release store.
     */
    private final class Colours implements MarkBits, TricolourVerifier.Colouring {
        /** White to gray; true if this call did it. */
        boolean tryShade(int object) {
            int word = object + ObjectModel.GC_WORD_OFFSET;
            if (heap.word(word) != WHITE) {
                return false;
            }
            if (concurrent) {
                return heap.compareAndSetWord(word, WHITE, GRAY);
            }
            heap.setWord(word, GRAY);
            return true;
        }

        void setBlack(int object) {
            int word = object + ObjectModel.GC_WORD_OFFSET;
            if (concurrent) {
                heap.setWordRelease(word, BLACK);
            } else {
                heap.setWord(word, BLACK);
            }
        }

        @Override
        public boolean isWhite(int object) {
            return heap.gcWord(object) == WHITE;
        }

        @Override
        public boolean isGray(int object) {
            return heap.gcWord(object) == GRAY;
        }

        @Override
        public boolean isBlack(int object) {
            return heap.gcWord(object) == BLACK;
        }

        // MarkBits, for the sweepers: marked = not white (no object is gray once marking has ended).
        @Override
        public boolean isMarked(int object) {
            return heap.gcWord(object) != WHITE;
        }

        @Override
        public boolean mark(int object) {
            return tryShade(object);
        }

        @Override
        public void unmark(int object) {
            heap.setGcWord(object, WHITE);
        }
    }

    /** For tests: the most words one paced sweep step was asked to sweep (outside every pause). */
    long longestPacedSweepDebtForTest() {
        return longestPacedSweepDebt;
    }

    /** For tests: the most words one paced sweep step swept, its last chunk included (outside every pause). */
    long longestPacedSweepStepForTest() {
        return longestPacedSweepStep;
    }

    /** For tests: sweeps that ended in full steps because the trigger came first (the cycle waited). */
    long sweepCatchUpsForTest() {
        return sweepCatchUps;
    }

    /** For tests: words swept inside Init Mark pauses because a cycle started before its sweep had ended. */
    long sweepWordsInPausesForTest() {
        return sweepWordsInPauses;
    }

    /** For tests: the gray worklist's size (incremental mode, or the collector thread idle). */
    int grayCount() {
        return gray.size() + (partial == Heap.NULL ? 0 : 1);
    }

    /** For tests (incremental mode): runs one bounded mark step now, as an allocation or poll would. */
    void stepForTest() {
        if (phase == Phase.MARK) {
            incrementalStep();
        }
    }

    /** For tests (incremental mode): mark steps run only through {@link #stepForTest}, not at allocations. */
    void manualStepsForTest() {
        manualSteps = true;
        pollsUntilStep = NO_POLL_STEP;
    }

    /** For tests: sweeps what the last marking left to sweep, now, without allocating. */
    void sweepForTest() {
        if (sweepPending) {
            beginSweep();
        }
        if (sweeper.active()) {
            finishSweep();
        }
    }

    /** For tests (incremental mode): starts a cycle now, as the trigger would. */
    void startCycleForTest(GcCause cause) {
        // As the trigger: a sweep not yet ended is finished inside the Init Mark pause.
        cycles++;
        initialMark(cause, SELF_TRIGGERED);
    }
}
