package java.lang;

import java.io.PrintStream;

/** Output goes to the VM's host streams (file descriptors 1 and 2); the rest are intrinsics. */
public final class System {
    private System() {
    }

    public static final PrintStream out = new PrintStream(1);
    public static final PrintStream err = new PrintStream(2);

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native long currentTimeMillis();

    public static native long nanoTime();

    public static native int identityHashCode(Object x);

    public static native void exit(int status);

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static String lineSeparator() {
        return "\n";
    }

    public static native String getProperty(String key);

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    public static native String getenv(String name);
}
