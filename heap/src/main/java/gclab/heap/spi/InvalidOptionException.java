package gclab.heap.spi;

import gclab.heap.HeapException;

/** A collector option that is unknown or has a bad value; the message lists what is valid. */
public final class InvalidOptionException extends HeapException {
    public InvalidOptionException(String message) {
        super(message);
    }
}
