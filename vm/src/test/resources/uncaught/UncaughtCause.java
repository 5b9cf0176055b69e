public class UncaughtCause {
    static class AppException extends Exception {
        AppException(String message, Throwable cause) { super(message, cause); }
    }
    static int parse(String s) { return depth(s, 3); }
    static int depth(String s, int n) {
        if (n == 0) throw new IllegalArgumentException("bad input: " + s);
        return depth(s, n - 1) + 1;
    }
    static void load() throws AppException {
        try {
            parse("x");
        } catch (IllegalArgumentException e) {
            throw new AppException("load failed", e);
        }
    }
    public static void main(String[] args) throws Exception {
        System.out.println("start");
        try {
            load();
        } catch (AppException e) {
            throw new RuntimeException(e);
        }
    }
}
