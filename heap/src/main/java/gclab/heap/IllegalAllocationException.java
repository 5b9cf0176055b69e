package gclab.heap;

/** A request that no heap could satisfy: a negative array length, or an object larger than the model admits. */
public final class IllegalAllocationException extends HeapException {
    public IllegalAllocationException(String message) {
        super(message);
    }
}
