public class Alloc {
    static final class Cell { Cell next; Object payload; long weight; Cell(Cell n, Object p, long w) { next = n; payload = p; weight = w; } }
    static Object keep;
    public static void main(String[] args) {
        Cell list = null;
        long total = 0;
        for (int i = 0; i < 600; i++) {
            Object payload = (i % 3 == 0) ? new int[i % 17] : (i % 3 == 1) ? "s" + i : new Cell(null, new double[]{i}, i);
            list = new Cell(list, payload, i);
            if (i % 10 == 0) list = list.next;
            if (i % 100 == 0) keep = list;
        }
        for (Cell c = list; c != null; c = c.next) {
            total += c.weight;
            if (c.payload instanceof int[]) total += ((int[]) c.payload).length;
            else if (c.payload instanceof String) total += ((String) c.payload).length();
            else total += (long) ((double[]) ((Cell) c.payload).payload)[0];
        }
        System.out.println(total);
        String s = "";
        for (int i = 0; i < 200; i++) s = s + (char) ('a' + i % 26);
        System.out.println(s.length() + " " + s.hashCode());
        Object[] arr = new Object[50];
        for (int r = 0; r < 20; r++) for (int i = 0; i < arr.length; i++) arr[(i * 7 + r) % arr.length] = new long[r % 5 + 1];
        long n = 0;
        for (Object o : arr) n += ((long[]) o).length;
        System.out.println(n);
        int[] src = new int[100];
        for (int i = 0; i < src.length; i++) src[i] = i * i;
        int[] dst = new int[120];
        System.arraycopy(src, 10, dst, 5, 50);
        System.arraycopy(dst, 5, dst, 7, 50);
        System.out.println(dst[7] + " " + dst[56] + " " + dst[4]);
        Object h = new Object();
        int before = h.hashCode();
        for (int i = 0; i < 1000; i++) keep = new byte[64];
        System.gc();
        System.out.println(before == h.hashCode());
        System.out.println(Runtime.getRuntime().maxMemory() > 0);
    }
}
