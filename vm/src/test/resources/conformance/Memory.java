public class Memory {
    static final class Node { Node next; long pad1, pad2; Object payload; }
    static Object sink;
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory(), total = rt.totalMemory(), free = rt.freeMemory();
        System.out.println("same runtime " + (rt == Runtime.getRuntime()));
        System.out.println("positive " + (max > 0) + " " + (total > 0) + " " + (free >= 0));
        System.out.println("ordered " + (free <= total) + " " + (total <= max));
        System.out.println("processors " + (rt.availableProcessors() >= 1));
        // identity hash codes are stable across collections that move objects
        Object[] objects = new Object[64];
        int[] hashes = new int[64];
        for (int i = 0; i < objects.length; i++) {
            objects[i] = i % 4 == 0 ? new Object() : i % 4 == 1 ? new Node() : i % 4 == 2 ? new StringBuilder("sb" + i) : new int[i];
            hashes[i] = System.identityHashCode(objects[i]);
        }
        Object plain = new Object();
        int plainHash = plain.hashCode();
        Node node = new Node();
        int nodeHash = node.hashCode();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 300; i++) {
                Node garbage = new Node();
                garbage.payload = new long[i % 50];
                sink = garbage;
            }
            System.gc();
            rt.gc();
        }
        int stable = 0;
        for (int i = 0; i < objects.length; i++) {
            if (System.identityHashCode(objects[i]) == hashes[i] && objects[i].hashCode() == hashes[i]) stable++;
        }
        System.out.println("stable hashes " + stable + "/" + objects.length + " " + (plain.hashCode() == plainHash) + " " + (node.hashCode() == nodeHash) + " " + (System.identityHashCode(null) == 0));
        // identity hash codes of distinct objects are mostly distinct
        java.util.function.IntPredicate seen = new java.util.function.IntPredicate() {
            final int[] table = new int[4096];
            int used;
            public boolean test(int h) {
                for (int i = 0; i < used; i++) if (table[i] == h) return true;
                table[used++] = h;
                return false;
            }
        };
        int collisions = 0;
        for (int i = 0; i < 300; i++) if (seen.test(new Object().hashCode())) collisions++;
        System.out.println("few collisions " + (collisions < 10));
        // allocation is visible in the figures; collection returns memory
        sink = null;
        System.gc();
        long before = rt.freeMemory();
        Object[] keep = new Object[1000];
        for (int i = 0; i < keep.length; i++) keep[i] = new long[100];
        long during = rt.freeMemory();
        System.out.println("figures stay ordered while allocating " + (during <= rt.totalMemory()) + " " + (before >= 0));
        keep = null;
        System.gc();
        long after = rt.freeMemory();
        System.out.println("figures stay ordered " + (after <= rt.totalMemory()) + " " + (rt.totalMemory() - rt.freeMemory() >= 0));
        System.out.println("toString is class@hex " + new Object().toString().startsWith("java.lang.Object@") + " " + node.toString().equals("Memory$Node@" + Integer.toHexString(node.hashCode())));
        long t0 = System.nanoTime();
        long m0 = System.currentTimeMillis();
        System.out.println("clocks " + (System.nanoTime() >= t0) + " " + (System.currentTimeMillis() >= m0) + " " + (m0 > 1_600_000_000_000L));
        try { Thread.sleep(1); } catch (InterruptedException e) { System.out.println("interrupted"); }
        System.out.println("slept " + (System.currentTimeMillis() >= m0) + " " + Thread.currentThread().getName() + " " + (Thread.currentThread() == Thread.currentThread()));
    }
}
