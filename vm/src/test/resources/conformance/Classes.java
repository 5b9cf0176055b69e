public class Classes {
    private int secret = 1;
    private static int staticSecret = 100;
    private int bump() { return ++secret; }
    private static String hidden(String s) { return "<" + s + ">"; }

    class Inner {
        private int own = 10;
        int read() { return secret + own + bump(); }
        class Deeper {
            int all() { return secret + own + staticSecret; }
            Classes outer() { return Classes.this; }
        }
    }
    static class Nested {
        private int priv = 5;
        private Nested() { }
        private static int twice(int x) { return 2 * x; }
        int peekOuter(Classes c) { return c.secret + staticSecret; }
    }
    static class Sibling {
        int poke() { Nested n = new Nested(); n.priv += 1; return n.priv + Nested.twice(n.priv); }
    }
    interface Shape {
        double area();
        default String describe() { return kind() + ":" + fmt(area()); }
        default String kind() { return "shape"; }
        static String fmt(double d) { return String.valueOf(Math.round(d * 100) / 100.0); }
        private static String unused() { return ""; }
    }
    interface Named { default String kind() { return "named"; } String name(); }
    static abstract class Base implements Shape {
        private final String label;
        protected int calls;
        Base(String label) { this.label = label; init(); }
        void init() { calls++; }
        public abstract double area();
        public String toString() { return label + "/" + describe() + "/" + calls; }
    }
    static class Rect extends Base implements Named {
        final double w, h;
        int initSeen;
        Rect(double w, double h) { super("rect"); this.w = w; this.h = h; }
        @Override void init() { initSeen = (int) w; super.init(); } // runs before w is assigned
        public double area() { return w * h; }
        public String kind() { return Named.super.kind() + "+" + area(); }
        public String name() { return "R"; }
    }
    static class Square extends Rect {
        Square(double s) { super(s, s); }
        @Override public String kind() { return "square(" + super.kind() + ")"; }
    }
    static abstract class Counter {
        abstract int next();
        int skip(int n) { int v = 0; for (int i = 0; i < n; i++) v = next(); return v; }
    }
    static Counter countingFrom(int start) {
        int[] box = {start};
        class Local extends Counter {
            int step = 2;
            int next() { box[0] += step; return box[0]; }
        }
        Local l = new Local();
        l.step = 3;
        return l;
    }
    int instanceCounter() {
        Counter c = new Counter() {
            int n = secret;
            int next() { return n += secret; }
            @Override public String toString() { return "anon n=" + n; }
        };
        c.skip(3);
        return c.next();
    }
    static Object selfRef() {
        return new Object() {
            Object me = this;
            public String toString() { return "self=" + (me == this); }
        };
    }
    // static and instance initializer blocks, field initializers in textual order
    static StringBuilder log = new StringBuilder();
    int a = note("a", 1);
    { note("block1", 0); }
    int b = note("b", a + 1);
    Classes() { note("ctor", 0); }
    Classes(int x) { this(); note("ctor(int)", x); }
    static int note(String what, int v) { log.append(what).append('=').append(v).append(' '); return v; }
    // overloading resolution
    static String over(Object o) { return "Object"; }
    static String over(String s) { return "String"; }
    static String over(Integer i) { return "Integer"; }
    static String over(int i) { return "int"; }
    static String over(long l) { return "long"; }
    static String over(double d) { return "double"; }
    static String over(int... xs) { return "varargs" + xs.length; }
    static String over2(long l) { return "long"; }
    static String over2(Integer i) { return "Integer"; }
    static String over3(Object o) { return "Object"; }
    static String over3(int... xs) { return "varargs"; }
    // static vs virtual: fields are not virtual, static methods are hidden
    static class P { String f = "P.f"; static String s() { return "P.s"; } String v() { return "P.v"; } String viaThis() { return f + "," + s() + "," + v(); } }
    static class Q extends P { String f = "Q.f"; static String s() { return "Q.s"; } @Override String v() { return "Q.v"; } }
    // covariant return gives a bridge method
    static class Maker { Object make() { return "obj"; } }
    static class StringMaker extends Maker { @Override String make() { return "str"; } }
    // generic bridge
    interface Box<T> { T get(); void put(T t); }
    static class IntBox implements Box<Integer> { int v; public Integer get() { return v; } public void put(Integer t) { v = t * 2; } }

    public static void main(String[] args) {
        Classes c = new Classes(7);
        System.out.println(log);
        Classes.Inner in = c.new Inner();
        Classes.Inner.Deeper deep = in.new Deeper();
        System.out.println(in.read() + " " + deep.all() + " " + (deep.outer() == c) + " " + c.secret + " " + in.own);
        System.out.println(new Nested().peekOuter(c) + " " + new Sibling().poke() + " " + hidden("x") + " " + Nested.twice(21));
        Shape[] shapes = {new Rect(2, 3), new Square(1.5), () -> 2.0};
        for (Shape s : shapes) System.out.println((s instanceof Base ? s.toString() : s.describe()) + " " + s.kind());
        System.out.println(new Rect(4, 1).initSeen + " " + Shape.fmt(Math.PI));
        Counter local = countingFrom(10);
        System.out.println(local.skip(2) + " " + local.next() + " " + local.getClass().getName() + " " + local.getClass().getSimpleName());
        System.out.println(c.instanceCounter() + " " + selfRef() + " " + selfRef().getClass().getName() + " " + selfRef().getClass().getSimpleName().isEmpty());
        byte by = 1; short sh = 2; char ch = 'c'; long lo = 4; float fl = 5f; Integer boxed = 6;
        System.out.println(over("s") + over(1) + over(by) + over(sh) + over(ch) + over(lo) + over(fl) + over(boxed) + over(new Object()) + over() + over(1, 2) + over((Object) "s") + over2(3) + over3(3) + over(null == args ? 1 : 2));
        P p = new Q();
        System.out.println(p.f + " " + ((Q) p).f + " " + p.s() + " " + Q.s() + " " + p.v() + " " + p.viaThis());
        Maker m = new StringMaker();
        System.out.println(m.make() + " " + new StringMaker().make().length());
        Box<Integer> box = new IntBox();
        box.put(21);
        @SuppressWarnings({"rawtypes", "unchecked"})
        Box raw = box;
        try { raw.put("x"); } catch (ClassCastException e) { System.out.println("bridge CCE"); }
        System.out.println(box.get() + " " + raw.get());
        Runnable r = new Runnable() {
            int count;
            public void run() { count++; System.out.println("anon run " + count + " " + c.secret); }
        };
        r.run();
        r.run();
        System.out.println(Classes.Inner.class.getName() + " " + Classes.Inner.Deeper.class.getSimpleName() + " " + Nested.class.getName() + " " + Classes.Inner.Deeper.class.getCanonicalName() + " " + r.getClass().getCanonicalName() + " " + Nested[].class.getCanonicalName() + " " + local.getClass().getCanonicalName() + " " + int[][].class.getCanonicalName() + " " + String.class.getCanonicalName() + " " + r.getClass().getSimpleName().length() + " " + int[].class.getSimpleName());
    }
}
