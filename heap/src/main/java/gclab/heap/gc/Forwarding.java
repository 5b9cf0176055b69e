package gclab.heap.gc;

/**
 * Where a moving collector keeps an object's new address while it moves objects: in the GC word, beside or
 * instead of the mark. Each collector chooses its encoding.
 */
public interface Forwarding {
    void setForwardingAddress(int object, int newAddress);

    /** The new address recorded for {@code object}. */
    int forwardingAddress(int object);
}
