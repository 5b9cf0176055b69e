public class UncaughtCustom {
    static class Quiet extends RuntimeException {
        Quiet() { super(); }
    }
    static class Loud extends RuntimeException {
        Loud(String m) { super(m); }
        @Override public String toString() { return "Loud!" + getMessage(); }
    }
    public static void main(String[] args) {
        Runnable r = () -> { throw new Quiet(); };
        try {
            r.run();
        } catch (Quiet q) {
            System.out.println("caught quiet");
        }
        Runnable loud = () -> {
            throw new Loud("message");
        };
        loud.run();
    }
}
