public class UncaughtInit {
    static class Config {
        static final int VALUE = compute();
        static int compute() { throw new IllegalStateException("no config"); }
    }
    public static void main(String[] args) {
        System.out.println("value " + Config.VALUE);
    }
}
