public class Misc2 {
    interface HasId { int ID = Misc2.trace("HasId.ID", 5); int id(); }
    interface A { default String who() { return "A"; } }
    interface B extends A { default String who() { return "B" + A.super.who(); } }
    interface C extends A { }
    static class D implements B, C { }
    static class Base {
        static { trace("Base.<clinit>", 0); }
        String name = "base";
        static String kind() { return "base-kind"; }
        String describe() { return name + "/" + kind(); }
    }
    static class Derived extends Base implements HasId {
        static { trace("Derived.<clinit>", 0); }
        String name = "derived";
        static String kind() { return "derived-kind"; }
        public int id() { return ID * 2; }
        String both() { return name + "+" + super.name + "+" + ((Base) this).name; }
    }
    static class Holder { static final Object LOCK = new Object(); static int count = trace("Holder.count", 42); }
    static int trace(String what, int v) { System.out.println("init " + what); return v; }
    static String classify(Object o) {
        if (o instanceof int[]) return "int[]";
        if (o instanceof String[]) return "String[]";
        if (o instanceof Object[]) return "Object[]";
        if (o instanceof CharSequence) return "chars";
        if (o instanceof Number) return "number";
        return "other";
    }
    public static void main(String[] args) {
        System.out.println("start");
        Derived d = new Derived();
        System.out.println(d.describe() + " " + d.both() + " " + Derived.kind() + " " + d.id());
        System.out.println(new D().who());
        System.out.println(Holder.count);
        Object[] things = {new int[1], new String[1], new Integer[1], "s", new StringBuilder("x"), 3L, 2.5f, new Object[0][0], null};
        StringBuilder sb = new StringBuilder();
        for (Object o : things) sb.append(classify(o)).append(' ');
        System.out.println(sb);
        Object[] numbers = new Integer[2];
        try { numbers[0] = "no"; } catch (ArrayStoreException e) { System.out.println("ASE"); }
        Object[][] nested = new String[2][2];
        System.out.println(nested instanceof String[][]);
        Object[] copy = ((Object[]) nested).clone();
        System.out.println(copy[0] == nested[0]);
        System.out.println(Integer.MIN_VALUE / -1 + " " + Integer.MIN_VALUE % -1 + " " + Long.MIN_VALUE / -1L + " " + (5 >> -1) + " " + (5L << -1) + " " + ((int) 'a' + 1) + " " + (char) ('a' + 1));
        char[] cs = new char[3];
        cs[0]++;
        cs[1] += 'A';
        cs[2] = (char) (cs[1] + 1);
        System.out.println((int) cs[0] + " " + cs[1] + cs[2]);
        double[][] m = new double[2][3];
        m[1][2] = 1.5;
        m[1][2] *= 3;
        long[][] lm = {{1, 2}, {3, Long.MAX_VALUE}};
        lm[1][1]++;
        System.out.println(m[1][2] + " " + lm[1][1] + " " + lm[0].length);
        String acc = "";
        for (int i = 0; i < 5; i++) acc += i % 2 == 0 ? (char) ('a' + i) : i;
        System.out.println(acc);
        Boolean t = true;
        Character ch = 'z';
        Double dd = -0.0;
        Long ll = 1L << 40;
        System.out.println(t.hashCode() + " " + ch.hashCode() + " " + dd.hashCode() + " " + ll.hashCode() + " " + dd.equals(0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + (0.0 == -0.0));
        int x = 0;
        try {
            try {
                x = 1;
                throw new IllegalStateException("a");
            } finally {
                x += 10;
                if (x > 5) {
                    try { throw new RuntimeException("in finally"); } catch (RuntimeException e) { x += 100; }
                }
            }
        } catch (IllegalStateException e) {
            x += 1000;
        }
        System.out.println(x);
        System.out.println(fib(20) + " " + gcd(1071, 462) + " " + isPrime(1_000_003));
    }
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }
    static boolean isPrime(int n) { for (int i = 2; (long) i * i <= n; i++) if (n % i == 0) return false; return n > 1; }
}
