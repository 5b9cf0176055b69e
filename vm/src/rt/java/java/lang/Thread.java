package java.lang;

/** gclab runs one thread: only the static helpers a single-threaded program uses. */
public class Thread implements Runnable {
    private Thread() {
    }

    public static native void sleep(long millis) throws InterruptedException;

    public static void onSpinWait() {
    }

    public static void yield() {
    }

    public void run() {
    }
}
