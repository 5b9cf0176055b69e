package gclab.heap.verify;

import gclab.heap.HeapException;

/** The heap verifier found a violation of the collector invariants; the message says where and how. */
public final class HeapCorruptionException extends HeapException {
    public HeapCorruptionException(String message) {
        super(message);
    }
}
