package java.lang.ref;

/**
 * A reference that does not keep its referent alive: once the referent is only weakly reachable, a collector
 * that processes references clears it. Written from the JDK's specification for gclab's runtime library.
 */
public class WeakReference<T> extends Reference<T> {
    /** A weak reference to {@code referent}, registered with no queue. */
    public WeakReference(T referent) {
        super(referent);
    }

    /**
     * A weak reference to {@code referent} registered with {@code q}; only a null queue is supported (a
     * non-null one stops the program with {@code gclab: unsupported}).
     */
    public WeakReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }
}
