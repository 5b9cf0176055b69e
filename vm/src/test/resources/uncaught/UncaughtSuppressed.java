public class UncaughtSuppressed {
    static class Res implements AutoCloseable {
        final String name;
        Res(String name) { this.name = name; }
        public void close() { throw new IllegalStateException("close " + name); }
    }
    public static void main(String[] args) {
        try (Res a = new Res("a"); Res b = new Res("b")) {
            throw new UnsupportedOperationException("body");
        }
    }
}
