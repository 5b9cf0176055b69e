package java.lang;

/**
 * gclab runs one thread: the static helpers a single-threaded program uses, and the main thread's object.
 * Creating or starting other threads is unsupported (those methods do not exist here).
 */
public class Thread implements Runnable {
    private static final Thread MAIN = new Thread("main");

    private final String name;

    private Thread(String name) {
        this.name = name;
    }

    public static Thread currentThread() {
        return MAIN;
    }

    public String getName() {
        return name;
    }

    public long getId() {
        return 1;
    }

    public boolean isDaemon() {
        return false;
    }

    public boolean isAlive() {
        return true;
    }

    public boolean isInterrupted() {
        return false;
    }

    public static boolean interrupted() {
        return false;
    }

    public String toString() {
        return "Thread[" + name + ",5,main]";
    }

    public static native void sleep(long millis) throws InterruptedException;

    public static void onSpinWait() {
    }

    public static void yield() {
    }

    public void run() {
    }
}
