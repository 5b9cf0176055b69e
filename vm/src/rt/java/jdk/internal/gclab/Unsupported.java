package jdk.internal.gclab;

/**
 * For library code that meets a case gclab's runtime library does not reproduce faithfully: instead of a
 * wrong answer, the run stops with {@code gclab: unsupported: <what> (at Class.method:line)}, naming the
 * program's frame that called into the library.
 */
public final class Unsupported {
    private Unsupported() {
    }

    /** Never returns normally; declared to return an exception so that callers can write {@code throw}. */
    public static native RuntimeException feature(String what);
}
