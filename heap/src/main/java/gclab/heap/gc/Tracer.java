package gclab.heap.gc;

import gclab.heap.Heap;
import gclab.heap.SlotVisitor;
import gclab.heap.spi.RootSet;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;

/**
 * Marking by tracing references over layouts, with an explicit gray worklist (a stack), never host recursion.
 * In tricolour terms: an unmarked object is white, a marked object on the worklist is gray, a marked object
 * off the worklist is black.
 *
 * <pre>
 *   markRoots:        for each root r:  shade(r)
 *   shade(o):         if o is white:    mark o; push o               (white -> gray)
 *   traceReferences:  while worklist not empty: blacken(pop())
 *   blacken(o):       for each reference slot s of o: shade(*s)      (gray -> black)
 * </pre>
 * The tracer counts its work into a {@link WorkCounts}; the collector reports it to telemetry once per phase.
 *
 * <p>By default every reference slot is traced, the referent slot of a {@code java.lang.ref.Reference}
 * included (referents are strong). A collector that processes references opts in with
 * {@link #discoverReferences}: then {@code blacken} hands each object to the {@link ReferenceProcessor}, which
 * may record it and have its referent slot left untraced.
 */
public final class Tracer implements SlotVisitor {
    private final Heap heap;
    private final MarkBits marks;
    private final Worklist gray = new Worklist(1024);
    private final WorkCounts work = new WorkCounts();
    private long marked;
    private long slots;
    /** Null: referents are traced as strong. */
    private ReferenceProcessor references;
    /** The referent slot of the object being blackened that is not traced, or 0. */
    private int untracedSlot;

    public Tracer(Heap heap, MarkBits marks) {
        this.heap = heap;
        this.marks = marks;
    }

    /**
     * From now on, blackening consults {@code processor} (reference discovery), or, with null, traces every
     * referent slot as strong again.
     */
    public void discoverReferences(ReferenceProcessor processor) {
        this.references = processor;
        this.untracedSlot = 0;
    }

    /** After this, every object a root refers to is marked (gray or black). Roots are not changed. */
    public void markRoots(RootSet roots) {
        long[] count = {0};
        roots.visitRoots(ref -> {
            count[0]++;
            shade(ref);
            return ref;
        });
        work.add(WorkKind.ROOTS_SCANNED, count[0]);
    }

    /** Makes {@code object} gray if it is white. Null and already-marked objects are ignored. */
    public void shade(int object) {
        if (object != Heap.NULL && marks.mark(object)) {
            marked++;
            gray.push(object);
        }
    }

    /** After this, the worklist is empty and every object reachable from a gray object is marked. */
    public void traceReferences() {
        // Invariant: every marked object not on the worklist has had all its slots shaded (it is black).
        while (!gray.isEmpty()) {
            blacken(gray.pop());
        }
        flushCounts();
    }

    /**
     * Blackens at most {@code budget} gray objects (an incremental step); returns true if the worklist is
     * now empty.
     */
    public boolean traceStep(long budget) {
        for (long n = 0; n < budget && !gray.isEmpty(); n++) {
            blacken(gray.pop());
        }
        flushCounts();
        return gray.isEmpty();
    }

    /**
     * Shades every reference slot of {@code object}, except the referent slot of a Reference that the
     * reference processor (if any) discovers.
     */
    public void blacken(int object) {
        if (references != null) {
            untracedSlot = references.discover(object);
        }
        heap.forEachReferenceSlot(object, this);
    }

    @Override
    public void visitSlot(int slotAddress) {
        if (slotAddress == untracedSlot) {
            return; // a discovered referent: kept only if another path marks it
        }
        slots++;
        shade(heap.reference(slotAddress));
    }

    public boolean hasGray() {
        return !gray.isEmpty();
    }

    /** The work done since the last call, which is then reset. */
    public WorkCounts takeWork() {
        flushCounts();
        WorkCounts w = work.copy();
        work.clear();
        return w;
    }

    private void flushCounts() {
        work.add(WorkKind.OBJECTS_MARKED, marked);
        work.add(WorkKind.SLOTS_SCANNED, slots);
        marked = 0;
        slots = 0;
    }

    /** Host bytes held by the gray worklist. */
    public long worklistFootprintBytes() {
        return gray.footprintBytes();
    }
}
