package gclab.collectors.marksweep;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.gc.MarkWord;
import gclab.heap.gc.ReferenceProcessor;
import gclab.heap.gc.SlidingCompactor;
import gclab.heap.gc.Sweeper;
import gclab.heap.gc.Tracer;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.WorkCounts;

/** Stop-the-world mark-sweep over free lists, with optional sliding compaction. See the package documentation. */
public final class MarkSweep implements Collector {
    static final CollectorTraits TRAITS =
            new CollectorTraits(false, false, false, false, false, false, true, true);
    static final CollectorTraits COMPACTING_TRAITS =
            new CollectorTraits(true, false, false, false, false, false, true, true);

    /** When to compact instead of sweeping. */
    enum Compaction { NEVER, ALWAYS, WHEN_FRAGMENTED }

    private final CollectorContext context;
    private final Heap heap;
    private final GcTelemetry telemetry;
    private final FreeListSpace space;
    /** The GC word: bit 0 the mark, bits 32.. the forwarding address while compacting. */
    private final MarkWord marks;
    private final Tracer tracer;
    private final ReferenceProcessor references;
    private final SlidingCompactor compactor;
    private final Compaction compaction;
    private final double compactThreshold;
    private final double triggerOccupancy;
    /** The last sweep left the space more fragmented than {@link #compactThreshold}. */
    private boolean fragmentedAfterLastCollection;
    /** The last collection left occupancy above {@link #triggerOccupancy}: wait for allocation failure. */
    private boolean aboveTriggerAfterLastCollection;

    MarkSweep(CollectorContext context, FitPolicy policy, Compaction compaction, double compactThreshold,
              double triggerOccupancy) {
        this.context = context;
        this.heap = context.heap();
        this.telemetry = context.telemetry();
        this.space = new FreeListSpace(heap, "heap", heap.unreservedWords(), policy);
        this.marks = new MarkWord(heap);
        this.tracer = new Tracer(heap, marks);
        this.references = new ReferenceProcessor(heap);
        tracer.discoverReferences(references);
        this.compactor = new SlidingCompactor(heap, marks, marks);
        this.compaction = compaction;
        this.compactThreshold = compactThreshold;
        this.triggerOccupancy = triggerOccupancy;
    }

    @Override
    public CollectorTraits traits() {
        return compaction == Compaction.NEVER ? TRAITS : COMPACTING_TRAITS;
    }

    @Override
    public CollectorContext context() {
        return context;
    }

    // ---------------------------------------------------------------- allocation

    @Override
    public int allocate(Layout layout, int length, int sizeWords) {
        if (occupancyTriggered(sizeWords)) {
            collect(GcCause.OCCUPANCY, false, false);
        }
        int address = space.allocate(sizeWords);
        if (address == Heap.NULL) {
            boolean fragmented = allFreeWords() >= sizeWords;
            collect(GcCause.ALLOCATION_FAILURE, fragmented && compaction == Compaction.WHEN_FRAGMENTED, false);
            address = space.allocate(sizeWords);
            if (address == Heap.NULL && allFreeWords() >= sizeWords && compaction == Compaction.WHEN_FRAGMENTED) {
                // The bytes are there, but scattered; slide them together.
                collect(GcCause.ALLOCATION_FAILURE, true, false);
                address = space.allocate(sizeWords);
            }
            if (address == Heap.NULL && references.softReferentsKept() > 0) {
                // The last resort: soft referents were kept alive; clear them (compacting if allowed), as the
                // JDK guarantees before an OutOfMemoryError.
                collect(GcCause.ALLOCATION_FAILURE, compaction == Compaction.WHEN_FRAGMENTED, true);
                address = space.allocate(sizeWords);
            }
            if (address == Heap.NULL) {
                throw telemetry.outOfMemory(layout.describe(length),
                        sizeWords, space.fragmentation());
            }
        }
        heap.formatObject(address, layout, length, sizeWords, 0L);
        return address;
    }

    /**
     * Free words listed or lost in one-word holes: what a compaction would gather into one chunk. (The free
     * lists alone undercount: a request that fits only with the holes' words still fits after compacting.)
     */
    private long allFreeWords() {
        return space.capacityWords() - space.usedWords();
    }

    private boolean occupancyTriggered(int sizeWords) {
        if (triggerOccupancy <= 0 || aboveTriggerAfterLastCollection) {
            return false;
        }
        return space.usedWords() + sizeWords > triggerOccupancy * space.capacityWords();
    }

    // ---------------------------------------------------------------- collection

    @Override
    public void collect(GcCause cause) {
        collect(cause, false, false);
    }

    /**
     * After this, every unreachable object's memory is free and every reachable object is unmarked and intact
     * (moved, with every reference to it updated, if this collection compacted); every weak reference (and,
     * with {@code clearSoft}, every soft reference) whose referent was not strongly reachable holds null.
     */
    private void collect(GcCause cause, boolean fragmentationFailure, boolean clearSoft) {
        telemetry.pauseBegin(PauseKind.FULL, cause);

        telemetry.phaseBegin("mark"); // and reference processing, as HotSpot's Serial marks and processes in one phase
        references.begin(clearSoft);
        tracer.markRoots(context.roots());
        tracer.traceReferences();
        telemetry.work(tracer.takeWork());
        WorkCounts work = new WorkCounts();
        references.process(marks, work);
        telemetry.work(work);
        work.clear();

        if (shouldCompact(fragmentationFailure)) {
            telemetry.phaseBegin("compact");
            compactor.compact(space, context.roots(), work);
        } else {
            telemetry.phaseBegin("sweep");
            Sweeper.sweep(space, marks, work);
        }
        telemetry.work(work);
        telemetry.phaseEnd();

        fragmentedAfterLastCollection = space.externalFragmentation() > compactThreshold;
        aboveTriggerAfterLastCollection = triggerOccupancy > 0
                && space.usedWords() > triggerOccupancy * space.capacityWords();
        telemetry.pauseEnd();
    }

    private boolean shouldCompact(boolean fragmentationFailure) {
        switch (compaction) {
            case ALWAYS: return true;
            case WHEN_FRAGMENTED: return fragmentationFailure || fragmentedAfterLastCollection;
            default: return false;
        }
    }
}
