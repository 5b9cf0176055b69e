package gclab.heap;

/**
 * How strongly the <em>referent slot</em> of a {@code java.lang.ref.Reference} object holds its referent,
 * for a collector that processes references (see {@link gclab.heap.gc.ReferenceProcessor}). A collector that
 * does not process references treats every referent slot as an ordinary, strong reference slot.
 */
public enum ReferenceStrength {
    /** {@code WeakReference}: cleared by a processing collection as soon as the referent is not strongly reachable. */
    WEAK,
    /**
     * {@code SoftReference}: kept (traced as strong) by an ordinary collection; cleared like a weak one by the
     * collector's last resort before an {@code OutOfMemoryError}.
     */
    SOFT
}
