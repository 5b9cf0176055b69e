package java.lang.ref;

/**
 * A reference that keeps its referent alive until memory runs short: a collector that processes references
 * clears soft references whose referent is only softly reachable in its last collection before it would throw
 * an {@code OutOfMemoryError}, and in no other. Written from the JDK's specification for gclab's runtime
 * library.
 */
public class SoftReference<T> extends Reference<T> {
    /** A soft reference to {@code referent}, registered with no queue. */
    public SoftReference(T referent) {
        super(referent);
    }

    /**
     * A soft reference to {@code referent} registered with {@code q}; only a null queue is supported (a
     * non-null one stops the program with {@code gclab: unsupported}).
     */
    public SoftReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }
}
