public class UncaughtError {
    static void check(int x) {
        if (x > 2) throw new AssertionError("x=" + x);
    }
    public static void main(String[] args) {
        for (int i = 0; ; i++) {
            System.out.println(i);
            check(i);
        }
    }
}
