package gclab.bench;

/** A mistake in what the user asked for: reported as one line on stderr, exit status 2, no stack trace. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
