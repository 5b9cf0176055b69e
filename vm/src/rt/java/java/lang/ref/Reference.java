package java.lang.ref;

/**
 * The base of the reference objects: an object that refers to another, its <em>referent</em>, in a way a
 * collector may treat specially. Written from the JDK's specification for gclab's runtime library.
 *
 * <p>The VM gives this class and every subclass a heap layout whose {@code referent} field is the
 * <em>referent slot</em> (weak, or soft for {@link SoftReference}). A collector that processes references
 * (its traits say {@code clearsWeakReferences}) stores null into that slot when the referent is no longer
 * strongly reachable; every other collector keeps the referent alive, as an ordinary field would.
 *
 * <p>Reference queues are not supported: a reference is never enqueued, so {@link #isEnqueued()} and
 * {@link #enqueue()} return false, and registering with a non-null queue stops the program with
 * {@code gclab: unsupported}.
 */
public abstract class Reference<T> {
    /** The referent slot: cleared by a collector that processes references, or by {@link #clear()}. */
    private T referent;

    Reference(T referent) {
        this(referent, null);
    }

    Reference(T referent, ReferenceQueue<? super T> queue) {
        if (queue != null) {
            throw jdk.internal.gclab.Unsupported.feature("a java.lang.ref.Reference registered with a "
                    + "ReferenceQueue (gclab's collectors clear references but never enqueue them)");
        }
        this.referent = referent;
    }

    /** The referent, or null if this reference has been cleared, by the program or by the collector. */
    public T get() {
        return referent;
    }

    /** True if the referent is {@code obj} (a cleared reference refers to null). */
    public final boolean refersTo(T obj) {
        return referent == obj;
    }

    /** Clears this reference. It is not enqueued. */
    public void clear() {
        referent = null;
    }

    /** Always false: with no queue, a reference is never enqueued. */
    @Deprecated(since = "16")
    public boolean isEnqueued() {
        return false;
    }

    /**
     * Clears this reference and adds it to its queue, if it has one; returns false, since a reference created
     * without a queue (the only kind gclab supports) cannot be enqueued.
     */
    public boolean enqueue() {
        referent = null;
        return false;
    }

    /** Reference objects cannot be cloned. */
    @Override
    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    /**
     * Keeps {@code ref} strongly reachable until this call. gclab's frames keep every reference a local or the
     * operand stack holds until it is overwritten, so the argument alone does it.
     */
    public static void reachabilityFence(Object ref) {
    }
}
