package java.lang.ref;

/**
 * Reference queues are not supported by gclab's runtime library: its collectors clear references but never
 * enqueue them. Creating a queue stops the program with {@code gclab: unsupported} at first use, never with a
 * queue that would stay empty.
 */
public class ReferenceQueue<T> {
    /** Always stops the program: see the class documentation. */
    public ReferenceQueue() {
        throw jdk.internal.gclab.Unsupported.feature("java.lang.ref.ReferenceQueue (gclab's collectors clear"
                + " references but never enqueue them)");
    }
}
