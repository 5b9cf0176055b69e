public class Sync {
    private int count;
    private static int staticCount;
    private final Object lock = new Object();
    synchronized void inc() { count++; }
    static synchronized void sinc() { staticCount++; }
    synchronized int reentrant(int n) { return n == 0 ? count : reentrant(n - 1) + 1; }
    int block(Object on) {
        synchronized (on) {
            synchronized (this) {
                synchronized (on) { return ++count; }
            }
        }
    }
    int throwsInside() {
        synchronized (lock) {
            if (count >= 0) throw new IllegalStateException("inside " + count);
        }
        return -1;
    }
    int returnsInside(int x) {
        synchronized (lock) {
            try {
                if (x > 0) return x * 2;
            } finally {
                count += 100;
            }
        }
        return 0;
    }
    static String classLock() {
        synchronized (Sync.class) { return "class lock " + Sync.class.getSimpleName(); }
    }
    public static void main(String[] args) throws Exception {
        Sync s = new Sync();
        for (int i = 0; i < 1000; i++) { s.inc(); sinc(); }
        System.out.println(s.count + " " + staticCount + " " + s.reentrant(50) + " " + s.block("str") + " " + s.block(new int[0]) + " " + s.block(Integer.valueOf(5)) + " " + classLock());
        try { s.throwsInside(); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        System.out.println(s.returnsInside(21) + " " + s.returnsInside(0) + " " + s.count);
        // the lock is released on exceptions: relocking works
        for (int i = 0; i < 3; i++) {
            try { s.throwsInside(); } catch (IllegalStateException e) { }
        }
        synchronized (s.lock) { System.out.println("relocked"); }
        Object nothing = null;
        try {
            synchronized (nothing) { System.out.println("never"); }
        } catch (NullPointerException e) {
            System.out.println("NPE on null monitor");
        }
        StringBuffer buffer = new StringBuffer();
        for (int i = 0; i < 5; i++) buffer.append(i);
        System.out.println(buffer);
        // monitors on objects that move during collection
        Object[] locks = new Object[20];
        for (int i = 0; i < locks.length; i++) locks[i] = new Object();
        int entered = 0;
        for (int round = 0; round < 20; round++) {
            for (Object l : locks) {
                synchronized (l) {
                    Object garbage = new long[10];
                    entered += garbage.hashCode() == 0 ? 2 : 1;
                }
            }
        }
        System.out.println(entered);
    }
}
