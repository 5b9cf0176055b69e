package gclab.heap.spi;

/**
 * What a collector needs from the VM and promises to it, as data (MMTk's plan constraints).
 *
 * @param moving        objects may change address at a safepoint (roots are updated through the root set)
 * @param writeBarrier  reference stores must go through {@link Collector#storeReference}
 * @param readBarrier   reference loads must go through {@link Collector#loadReference}
 * @param generational  the heap is divided into generations collected separately
 * @param concurrent    a collector thread runs beside the mutator
 * @param incremental   collection work is interleaved with the mutator in bounded steps
 * @param complete      a full collection leaves no unreachable object (false for reference counting
 *                      without its cycle collector)
 * @param clearsWeakReferences  some of its collections clear the referent of a {@code WeakReference} whose
 *                      referent is no longer strongly reachable (and of a {@code SoftReference} in its last
 *                      resort before an OutOfMemoryError); false: every referent is held strongly, as by an
 *                      ordinary field
 */
public record CollectorTraits(boolean moving, boolean writeBarrier, boolean readBarrier, boolean generational,
                              boolean concurrent, boolean incremental, boolean complete,
                              boolean clearsWeakReferences) {

    /** Traits of a collector that does not process references: every referent is held strongly. */
    public CollectorTraits(boolean moving, boolean writeBarrier, boolean readBarrier, boolean generational,
                           boolean concurrent, boolean incremental, boolean complete) {
        this(moving, writeBarrier, readBarrier, generational, concurrent, incremental, complete, false);
    }

    /** A one-line summary ("moving, write barrier, generational"). */
    public String summary() {
        StringBuilder b = new StringBuilder(moving ? "moving" : "non-moving");
        if (generational) {
            b.append(", generational");
        }
        if (concurrent) {
            b.append(", concurrent");
        }
        if (incremental) {
            b.append(", incremental");
        }
        if (writeBarrier) {
            b.append(", write barrier");
        }
        if (readBarrier) {
            b.append(", read barrier");
        }
        if (!complete) {
            b.append(", incomplete");
        }
        if (clearsWeakReferences) {
            b.append(", clears weak references");
        }
        return b.toString();
    }
}
