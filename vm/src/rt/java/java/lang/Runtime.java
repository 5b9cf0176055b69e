package java.lang;

/** Memory figures are those of the simulated heap. */
public class Runtime {
    private static final Runtime RUNTIME = new Runtime();

    private Runtime() {
    }

    public static Runtime getRuntime() {
        return RUNTIME;
    }

    public native long totalMemory();

    public native long freeMemory();

    public native long maxMemory();

    public native void gc();

    public int availableProcessors() {
        return 1;
    }

    public void exit(int status) {
        System.exit(status);
    }
}
