package gclab.vm;

/**
 * An error of the VM itself, not of the program: an unsupported bytecode or library method, a malformed class
 * file, a missing main method, a spent instruction budget. Its message is one line that starts with
 * {@code gclab:} and names the cause and, where there is one, the place ({@code at Class.method:line}).
 * Errors of the program (a NullPointerException, an OutOfMemoryError) are Java exceptions inside the VM instead.
 */
public final class GclabException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GclabException(String message) {
        super(message.startsWith("gclab:") ? message : "gclab: " + message);
    }

    public GclabException(String message, Throwable cause) {
        super(message.startsWith("gclab:") ? message : "gclab: " + message, cause);
    }

    /** {@code gclab: unsupported: <what>}. */
    static GclabException unsupported(String what) {
        return new GclabException("gclab: unsupported: " + what);
    }
}
