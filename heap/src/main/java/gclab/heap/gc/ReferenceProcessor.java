package gclab.heap.gc;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.ReferenceStrength;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;

/**
 * Weak and soft reference processing for a tracing collector: the {@code java.lang.ref} semantics without
 * reference queues, in the shape of HotSpot's {@code ReferenceProcessor} (discovery while marking, then one
 * processing step before anything is freed or moved).
 *
 * <pre>
 *   discover(r):   (the tracer, blackening an object r whose layout has a referent slot)
 *                  if r.referent != null and r's strength is treated as weak in this collection:
 *                      record r; the tracer does not trace r.referent
 *   process():     (after marking: the marked objects are exactly the strongly reachable ones)
 *                  for each recorded r:
 *                      if r.referent is unmarked:  r.referent = null      (cleared: it is about to be freed)
 *                      else:                        keep it              (reached through a strong path)
 * </pre>
 * A weak referent slot is always treated as weak; a soft one only when the collection is the collector's last
 * resort before an {@code OutOfMemoryError} ({@code clearSoft}): otherwise it is traced like any other slot,
 * and counted ({@link #softReferentsKept()}), so the collector knows whether such a last resort could free more.
 *
 * <p>Why nothing dangles: a discovered Reference is itself marked (it was being blackened), so it survives;
 * its referent slot either keeps a marked (surviving) object, which a moving collection then updates like any
 * other slot, or becomes null before the sweep or the compaction frees the referent. A collector that does not
 * use this class traces referent slots as strong, so its referents simply stay alive.
 *
 * <p>The recorded references live in host memory (a {@link Worklist}), as a real collector keeps its
 * discovered lists off the heap it collects. One processor per collector instance; nothing is static.
 */
public final class ReferenceProcessor {
    private final Heap heap;
    private final Worklist discovered = new Worklist();
    private boolean clearSoft;
    private long softKept;

    public ReferenceProcessor(Heap heap) {
        this.heap = heap;
    }

    /**
     * Starts discovery for one collection; forgets the previous one's references. With {@code clearSoft}, soft
     * referents are treated as weak (the last resort before an OutOfMemoryError).
     */
    public void begin(boolean clearSoft) {
        this.clearSoft = clearSoft;
        this.softKept = 0;
        discovered.clear();
    }

    /** True if this collection clears soft references too. */
    public boolean clearsSoft() {
        return clearSoft;
    }

    /**
     * Called by the {@link Tracer} for each object it blackens. If {@code object} is a Reference whose referent
     * is treated as weak in this collection, records it and returns the address of its referent slot, which
     * the tracer then leaves untraced; otherwise returns 0 (trace every slot).
     */
    int discover(int object) {
        Layout layout = heap.layoutOf(object);
        ReferenceStrength strength = layout.referentStrength();
        if (strength == null) {
            return 0;
        }
        int slot = object + layout.referentOffset();
        if (heap.reference(slot) == Heap.NULL) {
            return 0; // already cleared (or never set): nothing to keep alive, nothing to clear
        }
        if (strength == ReferenceStrength.SOFT && !clearSoft) {
            softKept++;
            return 0;
        }
        discovered.push(object);
        return slot;
    }

    /**
     * After this, the referent slot of every Reference discovered since {@link #begin} holds null if its
     * referent was not marked, and is unchanged otherwise; the discovered list is empty. Call it after marking
     * is complete and before any object is freed or moved. {@code work} counts the references discovered and
     * cleared.
     */
    public void process(MarkBits marks, WorkCounts work) {
        long cleared = 0;
        for (int i = 0; i < discovered.size(); i++) {
            int reference = discovered.get(i);
            int slot = reference + heap.layoutOf(reference).referentOffset();
            int referent = heap.reference(slot);
            if (referent != Heap.NULL && !marks.isMarked(referent)) {
                heap.setReference(slot, Heap.NULL);
                cleared++;
            }
        }
        work.add(WorkKind.REFERENCES_DISCOVERED, discovered.size());
        work.add(WorkKind.REFERENCES_CLEARED, cleared);
        discovered.clear();
    }

    /**
     * Soft references with a referent that the last collection traced as strong (it did not clear soft
     * references). Zero means a collection with {@code clearSoft} could free nothing more than it did.
     */
    public long softReferentsKept() {
        return softKept;
    }

    /** Host bytes held by the discovered list. */
    public long footprintBytes() {
        return discovered.footprintBytes();
    }
}
