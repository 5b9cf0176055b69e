package gclab.heap;

/**
 * An allocation the collector could not satisfy even after its last-resort collection. The VM turns it into
 * the program's {@code java.lang.OutOfMemoryError}, which the program may catch.
 */
public final class HeapExhaustedException extends HeapException {
    private final long requestedBytes;
    private final boolean fragmentation;

    public HeapExhaustedException(String message, long requestedBytes, boolean fragmentation) {
        super(message);
        this.requestedBytes = requestedBytes;
        this.fragmentation = fragmentation;
    }

    public long requestedBytes() {
        return requestedBytes;
    }

    /** True if enough free bytes existed in total, but no free chunk was large enough. */
    public boolean isFragmentationFailure() {
        return fragmentation;
    }
}
