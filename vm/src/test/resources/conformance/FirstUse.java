/** First uses of many classes, nested in each other's argument lists, each initialisation allocating: under a collector that moves objects at every allocation, every pending argument must survive. */
public class FirstUse {
    static class C0 {
        static final StringBuilder LOG = new StringBuilder("c0");
        static final Object[] JUNK = new Object[3];
        static { for (int i = 0; i < JUNK.length; i++) JUNK[i] = new int[i + 1]; }
        static String f(String a, Object b, long c, int[] d) { return LOG + ":" + a + "/" + b + "/" + c + "/" + d.length; }
        static int[] arr(int n) { return new int[n]; }
    }
    static class C1 {
        static final StringBuilder LOG = new StringBuilder("c1");
        static final Object[] JUNK = new Object[4];
        static { for (int i = 0; i < JUNK.length; i++) JUNK[i] = new int[i + 1]; }
        static String f(String a, Object b, long c, int[] d) { return LOG + ":" + a + "/" + b + "/" + c + "/" + d.length; }
        static int[] arr(int n) { return new int[n]; }
    }
    static class C2 {
        static final StringBuilder LOG = new StringBuilder("c2");
        static final Object[] JUNK = new Object[5];
        static { for (int i = 0; i < JUNK.length; i++) JUNK[i] = new int[i + 1]; }
        static String f(String a, Object b, long c, int[] d) { return LOG + ":" + a + "/" + b + "/" + c + "/" + d.length; }
        static int[] arr(int n) { return new int[n]; }
    }
    static class C3 {
        static final StringBuilder LOG = new StringBuilder("c3");
        static final Object[] JUNK = new Object[6];
        static { for (int i = 0; i < JUNK.length; i++) JUNK[i] = new int[i + 1]; }
        static String f(String a, Object b, long c, int[] d) { return LOG + ":" + a + "/" + b + "/" + c + "/" + d.length; }
        static int[] arr(int n) { return new int[n]; }
    }
    static class C4 {
        static final StringBuilder LOG = new StringBuilder("c4");
        static final Object[] JUNK = new Object[7];
        static { for (int i = 0; i < JUNK.length; i++) JUNK[i] = new int[i + 1]; }
        static String f(String a, Object b, long c, int[] d) { return LOG + ":" + a + "/" + b + "/" + c + "/" + d.length; }
        static int[] arr(int n) { return new int[n]; }
    }
    static class C5 {
        static final StringBuilder LOG = new StringBuilder("c5");
        static final Object[] JUNK = new Object[8];
        static { for (int i = 0; i < JUNK.length; i++) JUNK[i] = new int[i + 1]; }
        static String f(String a, Object b, long c, int[] d) { return LOG + ":" + a + "/" + b + "/" + c + "/" + d.length; }
        static int[] arr(int n) { return new int[n]; }
    }
    static class C6 {
        static final StringBuilder LOG = new StringBuilder("c6");
        static final Object[] JUNK = new Object[9];
        static { for (int i = 0; i < JUNK.length; i++) JUNK[i] = new int[i + 1]; }
        static String f(String a, Object b, long c, int[] d) { return LOG + ":" + a + "/" + b + "/" + c + "/" + d.length; }
        static int[] arr(int n) { return new int[n]; }
    }
    static class C7 {
        static final StringBuilder LOG = new StringBuilder("c7");
        static final Object[] JUNK = new Object[10];
        static { for (int i = 0; i < JUNK.length; i++) JUNK[i] = new int[i + 1]; }
        static String f(String a, Object b, long c, int[] d) { return LOG + ":" + a + "/" + b + "/" + c + "/" + d.length; }
        static int[] arr(int n) { return new int[n]; }
    }
    static class C8 {
        static final StringBuilder LOG = new StringBuilder("c8");
        static final Object[] JUNK = new Object[11];
        static { for (int i = 0; i < JUNK.length; i++) JUNK[i] = new int[i + 1]; }
        static String f(String a, Object b, long c, int[] d) { return LOG + ":" + a + "/" + b + "/" + c + "/" + d.length; }
        static int[] arr(int n) { return new int[n]; }
    }
    static class C9 {
        static final StringBuilder LOG = new StringBuilder("c9");
        static final Object[] JUNK = new Object[12];
        static { for (int i = 0; i < JUNK.length; i++) JUNK[i] = new int[i + 1]; }
        static String f(String a, Object b, long c, int[] d) { return LOG + ":" + a + "/" + b + "/" + c + "/" + d.length; }
        static int[] arr(int n) { return new int[n]; }
    }
    static class C10 {
        static final StringBuilder LOG = new StringBuilder("c10");
        static final Object[] JUNK = new Object[13];
        static { for (int i = 0; i < JUNK.length; i++) JUNK[i] = new int[i + 1]; }
        static String f(String a, Object b, long c, int[] d) { return LOG + ":" + a + "/" + b + "/" + c + "/" + d.length; }
        static int[] arr(int n) { return new int[n]; }
    }
    static class C11 {
        static final StringBuilder LOG = new StringBuilder("c11");
        static final Object[] JUNK = new Object[14];
        static { for (int i = 0; i < JUNK.length; i++) JUNK[i] = new int[i + 1]; }
        static String f(String a, Object b, long c, int[] d) { return LOG + ":" + a + "/" + b + "/" + c + "/" + d.length; }
        static int[] arr(int n) { return new int[n]; }
    }
    interface Shape { double area(); default String describe() { return "area " + area(); } Object[] TABLE = FirstUse.junk(); }
    static Object[] junk() { Object[] a = new Object[10]; for (int i = 0; i < a.length; i++) a[i] = new StringBuilder("j" + i); return a; }
    record R(String s, int[] v) { }
    public static void main(String[] args) {
        String all = C11.f(new String("s11"), C10.f(new String("s10"), C9.f(new String("s9"), C8.f(new String("s8"), C7.f(new String("s7"), C6.f(new String("s6"), C5.f(new String("s5"), C4.f(new String("s4"), C3.f(new String("s3"), C2.f(new String("s2"), C1.f(new String("s1"), C0.f(new String("s0"), "leaf", 0L, C1.arr(0)), 1L, C2.arr(1)), 2L, C3.arr(2)), 3L, C4.arr(3)), 4L, C5.arr(4)), 5L, C6.arr(5)), 6L, C7.arr(6)), 7L, C8.arr(7)), 8L, C9.arr(8)), 9L, C10.arr(9)), 10L, C11.arr(10)), 11L, C0.arr(11));
        System.out.println(all.length() + " " + all.hashCode());
        String keep = new StringBuilder("kept").toString();
        Shape s = () -> keep.length() * 1.5;
        System.out.println(s.describe() + " " + Shape.TABLE.length + " " + new R(new String("r"), null) + "".length());
        System.out.println(String.valueOf(new R(keep, null)).length() + " " + new R("a", null).equals(new R(new String("a"), null)));
    }
}
