public class Exceptions1 {
    static class MyException extends Exception {
        final int code;
        MyException(String m, int code) { super(m); this.code = code; }
    }
    static class Resource implements AutoCloseable {
        final String name;
        Resource(String n) { name = n; System.out.println("open " + n); }
        public void close() throws Exception { System.out.println("close " + name); if (name.equals("bad")) throw new IllegalStateException("close failed"); }
    }
    static int depth;
    static void recurse() { depth++; recurse(); }
    static int finallyReturn() {
        try { throw new RuntimeException("x"); } finally { return 42; }
    }
    static String nested(int i) throws MyException {
        try {
            if (i == 0) throw new MyException("zero", 0);
            if (i == 1) throw new IllegalArgumentException("one");
            if (i == 2) return "two";
            int[] a = new int[1];
            return "" + a[i];
        } catch (IllegalArgumentException e) {
            return "iae:" + e.getMessage();
        } finally {
            System.out.println("finally " + i);
        }
    }
    static class Lazy {
        static final int VALUE;
        static { System.out.println("Lazy init"); VALUE = 7; }
    }
    static class Broken {
        static int v = 1 / (Lazy.VALUE - 7);
    }
    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 4; i++) {
            try {
                System.out.println(nested(i));
            } catch (MyException e) {
                System.out.println("my " + e.getMessage() + " " + e.code);
            } catch (RuntimeException e) {
                System.out.println("rt " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        System.out.println(finallyReturn());
        try (Resource a = new Resource("a"); Resource b = new Resource("bad")) {
            System.out.println("body");
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " suppressed " + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage());
        }
        try {
            Object o = null;
            o.toString();
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        try {
            int[] a = new int[-1];
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE " + e.getMessage());
        }
        try {
            int[] a = new int[2];
            a[2] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            "abc".charAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE");
        }
        try {
            Integer.parseInt("12x");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("SOE " + (depth > 100));
        }
        System.out.println("before lazy");
        System.out.println(Lazy.VALUE);
        try {
            System.out.println(Broken.v);
        } catch (ExceptionInInitializerError e) {
            System.out.println("EIIE " + e.getCause());
        }
        try {
            System.out.println(Broken.v);
        } catch (NoClassDefFoundError e) {
            System.out.println("NCDFE");
        }
        try {
            nested(3);
        } catch (Exception e) {
            StackTraceElement[] st = e.getStackTrace();
            System.out.println(e + " at " + st[0] + " then " + st[1].getMethodName() + " " + st[1].getLineNumber()
                    + " " + st[0].getFileName() + " " + st[0].equals(st[0]) + " " + st[0].equals(st[1]));
        }
        RuntimeException chained = new RuntimeException("outer", new IllegalStateException("inner"));
        System.out.println(chained.getCause().getMessage() + " " + chained);
        try {
            throw new Error("custom error");
        } catch (Throwable t) {
            System.out.println(t);
        }
        label:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (j == 2) continue label;
                if (i == 2) break label;
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int k = 0;
        do { k += 3; } while (k < 10);
        System.out.println(k > 10 ? "big" : "small");
        long big = 0;
        for (long i = 0; i < 100000; i++) big += i ^ (i >> 3);
        System.out.println(big);
    }
}
