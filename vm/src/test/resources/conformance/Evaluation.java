public class Evaluation {
    static StringBuilder log = new StringBuilder();
    static int t(int v) { log.append(v).append(' '); return v; }
    static boolean b(boolean v, String name) { log.append(name).append(' '); return v; }
    static int[] arr(int[] a) { log.append("arr "); return a; }
    static int idx(int i) { log.append("idx" + i + " "); return i; }
    static String flush() { String s = log.toString(); log.setLength(0); return s; }
    static int thrower(String why) { log.append("throw "); throw new IllegalStateException(why); }
    static class Quiet extends RuntimeException {
        Quiet() { super("quiet", null, false, false); }
    }
    static class Localized extends Exception {
        Localized(String m) { super(m); }
        @Override public String getLocalizedMessage() { return "localized(" + getMessage() + ")"; }
    }
    static class NoTrace extends RuntimeException {
        NoTrace(String m) { super(m); }
        @Override public synchronized Throwable fillInStackTrace() { return this; }
    }
    static int depth;
    static void down() { depth++; down(); }
    static int sumAll(int a, int b, int c, int d) { return a * 1000 + b * 100 + c * 10 + d; }
    public static void main(String[] args) {
        // operands, arguments and array stores are evaluated left to right
        int r = t(1) + t(2) * t(3) - t(4) / t(2);
        System.out.println(r + " | " + flush());
        System.out.println(sumAll(t(4), t(3), t(2), t(1)) + " | " + flush());
        int[] a = {10, 20, 30};
        arr(a)[idx(1)] = t(7) + arr(a)[idx(2)];
        System.out.println(a[1] + " | " + flush());
        int i = 0;
        a[i++] += a[i] * 2;
        System.out.println(a[0] + " " + i);
        i = 0;
        a[i] = i = 2;
        System.out.println(a[0] + " " + i);
        int x = 1;
        x = x++ + ++x * x--;
        System.out.println(x);
        // the array reference and index are evaluated before the right-hand side throws
        try { arr(a)[idx(0)] = thrower("rhs"); } catch (IllegalStateException e) { System.out.println(e.getMessage() + " | " + flush() + a[0]); }
        // a null array is detected after the right-hand side is evaluated
        int[] none = null;
        try { none[idx(5)] = t(9); } catch (NullPointerException e) { System.out.println("NPE after | " + flush()); }
        // index out of bounds is checked after the right-hand side too
        try { a[idx(3)] = t(8); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage() + " | " + flush()); }
        // short circuits
        boolean s1 = b(false, "a") && b(true, "b");
        boolean s2 = b(true, "c") || b(true, "d");
        boolean s3 = b(false, "e") & b(true, "f");
        boolean s4 = b(true, "g") | b(false, "h");
        boolean s5 = b(true, "i") ^ b(true, "j");
        System.out.println(s1 + " " + s2 + " " + s3 + " " + s4 + " " + s5 + " | " + flush());
        int tern = b(false, "k") ? t(1) : b(true, "l") ? t(2) : t(3);
        System.out.println(tern + " | " + flush());
        // compound assignment narrowing and evaluation once
        byte[] bytes = {100};
        bytes[idx(0)] += 100;
        short[] shorts = {1};
        shorts[0] <<= 17;
        char[] chars = {'a'};
        chars[0] *= 2;
        long[] longs = {1};
        longs[idx(0)] <<= 65;
        double[] doubles = {1};
        doubles[0] /= 0;
        System.out.println(bytes[0] + " " + shorts[0] + " " + (int) chars[0] + " " + longs[0] + " " + doubles[0] + " | " + flush());
        // loops with wraparound
        int count = 0;
        for (byte k = 120; k > 0; k++) count++;
        System.out.println(count);
        long big = 0;
        for (int k = Integer.MAX_VALUE - 5; k > 0 && k <= Integer.MAX_VALUE; k++) { big += k; if (k == Integer.MAX_VALUE) break; }
        System.out.println(big);
        // string concatenation with many operands (javac splits indy calls over 200 slots)
        long l1 = 1, l2 = 2, l3 = 3, l4 = 4, l5 = 5, l6 = 6, l7 = 7, l8 = 8, l9 = 9, l10 = 10;
        double d1 = 1.5, d2 = 2.5, d3 = 3.5, d4 = 4.5, d5 = 5.5;
        String longConcat = "" + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + l10 + d1 + d2 + d3 + d4 + d5 + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + l10 + d1 + d2 + d3 + d4 + d5
                + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + l10 + d1 + d2 + d3 + d4 + d5 + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + l10 + d1 + d2 + d3 + d4 + d5
                + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + l10 + d1 + d2 + d3 + d4 + d5 + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + l10 + d1 + d2 + d3 + d4 + d5
                + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + l10 + d1 + d2 + d3 + d4 + d5 + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + l10 + d1 + d2 + d3 + d4 + d5
                + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + l10 + d1 + d2 + d3 + d4 + d5 + "end";
        System.out.println(longConcat.length() + " " + longConcat.hashCode());
        String withConstants = "a" + 1 + 'b' + 2L + "c" + 3.0f + "\u0001\u0002" + l1 + "\u0001" + d1 + "\u0002";
        System.out.println(withConstants.length() + " " + (int) withConstants.charAt(10) + " " + withConstants.replace('\u0001', '<').replace('\u0002', '>'));
        // throwables: suppression disabled, no stack trace, localized message, overridden fillInStackTrace
        Quiet q = new Quiet();
        q.addSuppressed(new RuntimeException("ignored"));
        System.out.println(q.getSuppressed().length + " " + q.getStackTrace().length + " " + q);
        System.out.println(new Localized("m") + " " + new Localized("m").getMessage());
        NoTrace nt = new NoTrace("nt");
        System.out.println(nt.getStackTrace().length + " " + nt.getMessage());
        try { throw nt; } catch (NoTrace e) { System.out.println("caught " + e.getStackTrace().length); }
        // StackOverflowError in a catch and a finally, then normal execution
        try {
            try {
                down();
            } finally {
                depth = 0;
                try { down(); } catch (StackOverflowError e) { log.append("inner SOE "); }
            }
        } catch (StackOverflowError e) {
            System.out.println("outer SOE | " + flush());
        }
        // OutOfMemoryError caught, then allocation goes on
        Object[] hog = null;
        try {
            hog = new Object[Integer.MAX_VALUE - 16];
        } catch (OutOfMemoryError e) {
            System.out.println("OOME " + (hog == null));
        }
        StringBuilder after = new StringBuilder();
        for (int k = 0; k < 100; k++) after.append(k % 10);
        System.out.println(after.length());
    }
}
