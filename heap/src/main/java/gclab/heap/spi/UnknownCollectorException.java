package gclab.heap.spi;

import gclab.heap.HeapException;

/** A collector name that no registered factory has; the message lists the known names. */
public final class UnknownCollectorException extends HeapException {
    public UnknownCollectorException(String message) {
        super(message);
    }
}
