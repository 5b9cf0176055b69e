public class Exceptions2 {
    static class AppException extends Exception {
        AppException(String m) { super(m); }
        AppException(String m, Throwable cause) { super(m, cause); }
    }
    static class DataException extends AppException { final int row; DataException(String m, int row) { super(m); this.row = row; } }
    static class FatalData extends DataException { FatalData(int row) { super("fatal at " + row, row); } @Override public String getMessage() { return "[" + super.getMessage() + "]"; } }
    static class Unchecked extends RuntimeException { Unchecked() { super(); } Unchecked(Throwable c) { super(c); } }
    static StringBuilder log = new StringBuilder();

    @SuppressWarnings("finally")
    static int returnInFinally() { try { return 1; } finally { return 2; } }
    @SuppressWarnings("finally")
    static int finallySwallows() { try { throw new IllegalStateException(); } finally { return 3; } }
    static int finallyDoesNotChangeReturned() { int x = 10; try { return x; } finally { x = 20; log.append("f:x=" + x + " "); } }
    static int[] finallyMutatesReturnedObject() { int[] a = {1}; try { return a; } finally { a[0] = 99; } }
    @SuppressWarnings("finally")
    static String breakInFinally() {
        String r = "none";
        for (int i = 0; i < 3; i++) {
            try {
                if (i == 1) throw new RuntimeException("lost");
                r = "i" + i;
            } finally {
                if (i == 1) break;
            }
        }
        return r;
    }
    static String continueThroughFinally() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            try {
                if (i % 2 == 0) continue;
                b.append("body").append(i);
            } finally {
                b.append("/f").append(i).append(' ');
            }
        }
        return b.toString();
    }
    static void thrower(int kind) throws AppException {
        switch (kind) {
            case 0: throw new AppException("app");
            case 1: throw new DataException("data", 7);
            case 2: throw new FatalData(9);
            case 3: throw new Unchecked();
            case 4: throw new Unchecked(new AppException("inner"));
            case 5: throw new Error("err");
            default: log.append("no throw ");
        }
    }
    static String classify(int kind) {
        try {
            try {
                thrower(kind);
                return "ok";
            } catch (FatalData e) {
                return "fatal " + e.row + " " + e.getMessage() + " " + e;
            } catch (DataException e) {
                return "data " + e.row + " " + e.getMessage();
            } finally {
                log.append("inner-finally" + kind + " ");
            }
        } catch (AppException e) {
            return "app " + e.getMessage() + " " + e.getLocalizedMessage();
        } catch (RuntimeException | Error e) {
            return "multi " + e + " cause=" + e.getCause() + " msg=" + e.getMessage();
        } finally {
            log.append("outer-finally" + kind + " ");
        }
    }
    static void rethrow(boolean wrap) throws AppException {
        try {
            thrower(1);
        } catch (AppException e) {
            if (wrap) throw new AppException("wrapped", e);
            throw e; // precise rethrow
        }
    }
    static int nestedDepth(int n) {
        try {
            if (n == 0) throw new ArithmeticException("bottom");
            return nestedDepth(n - 1) + 1;
        } finally {
            log.append(n);
        }
    }
    static String frames(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().indexOf('.') >= 0) break; // the program's own frames only
            b.append(e.getMethodName()).append(':').append(e.getLineNumber()).append(' ');
        }
        return b.toString();
    }
    static int depth;
    static void recurse(long a, long b, Object c) { depth++; recurse(a + 1, b, c); }
    static int sumTo(int n) { return n == 0 ? 0 : n + sumTo(n - 1); }
    static Object field;
    public static void main(String[] args) throws Exception {
        System.out.println(returnInFinally() + " " + finallySwallows() + " " + finallyDoesNotChangeReturned() + " " + finallyMutatesReturnedObject()[0] + " " + breakInFinally() + " " + continueThroughFinally());
        for (int k = 0; k <= 6; k++) System.out.println(classify(k));
        System.out.println(log);
        log.setLength(0);
        try { rethrow(false); } catch (DataException e) { System.out.println("precise " + e.getMessage() + " " + e.row); }
        try { rethrow(true); } catch (AppException e) { System.out.println(e.getMessage() + " <- " + e.getCause().getMessage() + " " + (e.getCause() instanceof DataException)); }
        try { nestedDepth(5); } catch (ArithmeticException e) { System.out.println(e.getMessage() + " " + log); }
        log.setLength(0);
        // exception thrown from a catch block replaces the first; finally still runs
        try {
            try {
                throw new IllegalStateException("first");
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException("second", e);
            } finally {
                System.out.println("finally after catch threw");
            }
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage() + " caused by " + e.getCause().getMessage());
        }
        // Throwable API
        Throwable t = new Throwable("plain");
        Exception noMsg = new Exception();
        RuntimeException causeOnly = new RuntimeException(new IllegalStateException("root"));
        System.out.println(t + " | " + noMsg + " | " + noMsg.getMessage() + " | " + causeOnly.getMessage() + " | " + causeOnly);
        Exception initCause = new Exception("late");
        initCause.initCause(new Error("why"));
        System.out.println(initCause.getCause());
        try { initCause.initCause(new Error("again")); } catch (IllegalStateException e) { System.out.println("initCause twice: ISE"); }
        try { noMsg.initCause(noMsg); } catch (IllegalArgumentException e) { System.out.println("self-causation: IAE"); }
        Exception sup = new Exception("main");
        sup.addSuppressed(new RuntimeException("s1"));
        sup.addSuppressed(new RuntimeException("s2"));
        System.out.println(sup.getSuppressed().length + " " + sup.getSuppressed()[1].getMessage());
        // VM-raised exceptions and their messages
        int zero = args.length;
        Object[] cases = new Object[12];
        for (int k = 0; k < 12; k++) {
            try {
                switch (k) {
                    case 0: System.out.println(10 / zero); break;
                    case 1: System.out.println(new int[3][4][5].length + new int[zero - 1].length); break;
                    case 2: { int[] a = new int[2]; a[zero + 2] = 1; break; }
                    case 3: { Object o = "s"; System.out.println((Number) o); break; }
                    case 4: { Object[] a = new String[1]; a[0] = 1.5; break; }
                    case 5: { String s = null; System.out.println(s.length()); break; }
                    case 6: { Object o = field; synchronized (o) { System.out.println("unreachable"); } break; }
                    case 7: { RuntimeException th = null; throw th; }
                    case 8: { long[] la = new long[1]; System.out.println(la[-1]); break; }
                    case 9: { Exceptions2 e = null; System.out.println(e.hashCode()); break; }
                    case 10: { int[] ia = null; System.out.println(ia.length); break; }
                    case 11: { String[] sa = {"x"}; System.out.println(sa[1].length()); break; }
                }
            } catch (RuntimeException e) {
                boolean npe = e instanceof NullPointerException;
                boolean cce = e instanceof ClassCastException;
                System.out.println(k + " " + e.getClass().getName() + (npe || cce ? "" : ": " + e.getMessage()) + " @ " + frames(e));
            }
        }
        try {
            long[] huge = new long[Integer.MAX_VALUE - 16];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("OOME " + e.getMessage() + " " + (e instanceof VirtualMachineError));
        }
        for (int len : new int[]{Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 2}) {
            try {
                long[] huge = new long[len];
                System.out.println(huge.length);
            } catch (OutOfMemoryError e) {
                System.out.println("OOME " + e.getMessage());
            }
        }
        try {
            recurse(1, 2, null);
        } catch (StackOverflowError e) {
            System.out.println("SOE " + (depth > 500) + " " + e.getMessage() + " " + (e instanceof VirtualMachineError));
        }
        System.out.println("after SOE " + sumTo(100));
        depth = 0;
        try {
            recurse(1, 2, null);
        } catch (Throwable e) {
            System.out.println("SOE again " + e.getClass().getSimpleName());
        }
        // a stack trace's lines
        try {
            thrower(2);
        } catch (AppException e) {
            System.out.println(frames(e) + " " + e.getStackTrace()[0].getClassName() + " " + e.getStackTrace()[0].getFileName());
        }
        // assert is disabled by default
        assert zero > 100 : "not evaluated";
        try { throw new AssertionError("explicit " + 5); } catch (AssertionError e) { System.out.println(e.getMessage() + " " + new AssertionError(42).getMessage() + " " + new AssertionError((Object) new Unchecked()).getCause()); }
        // catch of a superclass picks the first matching handler
        try { throw new FatalData(1); } catch (DataException e) { System.out.println("first matching: " + e.getClass().getSimpleName()); } catch (Exception e) { System.out.println("wrong"); }
        // exception inside a lambda propagates
        Runnable r = () -> { throw new Unchecked(new AppException("from lambda")); };
        try { r.run(); } catch (Unchecked e) { System.out.println(e.getCause().getMessage() + " " + e.getMessage()); }
        // try-with-resources with a null resource and close order
        try (AutoCloseable a = () -> System.out.println("close a"); AutoCloseable nothing = null; AutoCloseable b = () -> { throw new IllegalStateException("close b"); }) {
            System.out.println("twr body");
        } catch (IllegalStateException e) {
            System.out.println("from close: " + e.getMessage() + " " + e.getSuppressed().length);
        }
    }
}
