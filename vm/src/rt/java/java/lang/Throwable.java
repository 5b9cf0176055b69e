package java.lang;

/**
 * The root of exceptions. The backtrace is recorded by the VM (fillInStackTrace) as an int[] of
 * (method id, line) pairs in the heap; printStackTrace is printed by the VM.
 */
public class Throwable implements java.io.Serializable {
    private String detailMessage;
    private Throwable cause = this;
    private Object backtrace;
    private Throwable[] suppressed;
    private boolean suppressionDisabled;

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        if (writableStackTrace) {
            fillInStackTrace();
        }
        detailMessage = message;
        this.cause = cause;
        suppressionDisabled = !enableSuppression;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return (cause == this ? null : cause);
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with " + cause, this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    public native Throwable fillInStackTrace();

    /** The backtrace as elements (made by the VM from the recorded frames). */
    private native StackTraceElement[] stackTraceElements();

    public StackTraceElement[] getStackTrace() {
        StackTraceElement[] trace = stackTraceElements();
        return trace == null ? new StackTraceElement[0] : trace;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /** The JDK's format: this, its frames, then each cause with the frames it shares elided. */
    public void printStackTrace(java.io.PrintStream s) {
        s.println(this);
        StackTraceElement[] trace = getStackTrace();
        for (int i = 0; i < trace.length; i++) {
            s.println("\tat " + trace[i]);
        }
        Throwable[] suppressedOnes = getSuppressed();
        for (int i = 0; i < suppressedOnes.length; i++) {
            suppressedOnes[i].printEnclosed(s, trace, "Suppressed: ", "\t");
        }
        Throwable c = getCause();
        if (c != null) {
            c.printEnclosed(s, trace, "Caused by: ", "");
        }
    }

    private void printEnclosed(java.io.PrintStream s, StackTraceElement[] enclosing, String caption, String prefix) {
        StackTraceElement[] trace = getStackTrace();
        int m = trace.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        int inCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (inCommon != 0) {
            s.println(prefix + "\t... " + inCommon + " more");
        }
        Throwable[] suppressedOnes = getSuppressed();
        for (int i = 0; i < suppressedOnes.length; i++) {
            suppressedOnes[i].printEnclosed(s, trace, "Suppressed: ", prefix + "\t");
        }
        Throwable c = getCause();
        if (c != null) {
            c.printEnclosed(s, trace, "Caused by: ", prefix);
        }
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (suppressionDisabled) {
            return;
        }
        Throwable[] old = suppressed == null ? new Throwable[0] : suppressed;
        Throwable[] grown = new Throwable[old.length + 1];
        System.arraycopy(old, 0, grown, 0, old.length);
        grown[old.length] = exception;
        suppressed = grown;
    }

    public final synchronized Throwable[] getSuppressed() {
        return suppressed == null ? new Throwable[0] : suppressed.clone();
    }
}
