package gclab.heap;

/**
 * The root of gclab's own errors about the heap and its collectors. The message always names what was
 * wrong and, where there is one, how to fix it.
 */
public class HeapException extends RuntimeException {
    public HeapException(String message) {
        super(message);
    }

    public HeapException(String message, Throwable cause) {
        super(message, cause);
    }
}
