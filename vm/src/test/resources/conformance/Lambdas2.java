import java.util.function.*;

public class Lambdas2 {
    interface TriFunction<A, B, C, R> { R apply(A a, B b, C c); }
    interface IntMaker { int make(); }
    interface Widening { long widen(int x); }
    interface Boxing { Integer box(int x); }
    interface Unboxing { int unbox(Integer x); }
    interface VarArgs { String join(String... parts); }
    interface WithDefault { int base(); default int twice() { return base() * 2; } }
    interface Generic<T> { T id(T t); }
    interface CharOp { char next(char c); }
    interface ToArray { String[] make(int n); }
    interface Ctor3 { Point make(int x, int y, String label); }
    static class Point {
        final int x, y; final String label;
        Point(int x, int y, String label) { this.x = x; this.y = y; this.label = label; }
        Point(int x) { this(x, x, "diag"); }
        Point() { this(0); }
        int sum() { return x + y; }
        Point plus(Point o) { return new Point(x + o.x, y + o.y, label + "+" + o.label); }
        static int compareBySum(Point a, Point b) { return Integer.compare(a.sum(), b.sum()); }
        public String toString() { return label + "(" + x + "," + y + ")"; }
    }
    static class Base { String who() { return "base"; } }
    static class Derived extends Base {
        @Override String who() { return "derived"; }
        Supplier<String> viaSuper() { return super::who; }
        Supplier<String> viaThis() { return this::who; }
    }
    private int counter = 100;
    private int next() { return ++counter; }
    private static String secret(String s) { return "secret:" + s; }
    static String join(String... parts) { return String.join("+", parts); }
    static int sumAll(int first, int... rest) { int s = first; for (int r : rest) s += r; return s; }
    IntSupplier instanceCapture() { return () -> counter + next(); }
    Supplier<Supplier<String>> nested(String p) { return () -> () -> p + counter; }

    public static void main(String[] args) {
        // static, bound, unbound, constructor, array constructor, super and this references
        Function<String, Integer> parse = Integer::parseInt;
        BiFunction<Point, Point, Point> plus = Point::plus;
        Function<Point, Integer> sum = Point::sum;
        Point origin = new Point(1, 2, "o");
        Supplier<Integer> boundSum = origin::sum;
        Function<Integer, Point> ctor1 = Point::new;
        Supplier<Point> ctor0 = Point::new;
        Ctor3 ctor3 = Point::new;
        ToArray arrays = String[]::new;
        IntFunction<int[][]> matrix = int[][]::new;
        Comparator2<Point> cmp = Point::compareBySum;
        System.out.println(parse.apply("41") + 1 + " " + plus.apply(origin, new Point(3)) + " " + sum.apply(origin) + " " + boundSum.get() + " " + ctor1.apply(5) + " " + ctor0.get() + " " + ctor3.make(7, 8, "c3") + " " + arrays.make(3).length + " " + matrix.apply(2).length + " " + cmp.compare(origin, new Point(0)));
        Derived d = new Derived();
        System.out.println(d.viaSuper().get() + " " + d.viaThis().get() + " " + ((Supplier<String>) new Base()::who).get());
        Function<String, String> priv = Lambdas2::secret;
        Lambdas2 me = new Lambdas2();
        IntSupplier privBound = me::next;
        System.out.println(priv.apply("x") + " " + privBound.getAsInt() + " " + privBound.getAsInt() + " " + me.instanceCapture().getAsInt() + " " + me.nested("n").get().get());
        // adaptation: widening, boxing, unboxing, varargs, char arithmetic
        Widening w = x -> x * 3_000_000_000L;
        Widening wRef = Integer::toUnsignedLong;
        Boxing b = Integer::valueOf;
        Unboxing u = Integer::intValue;
        VarArgs v = Lambdas2::join;
        Function<String, String> oneArg = Lambdas2::join;
        BiFunction<Integer, Integer, Integer> sums = Lambdas2::sumAll;
        CharOp nextChar = c -> (char) (c + 1);
        ToLongFunction<Integer> unboxWiden = Integer::intValue;
        ToDoubleFunction<Long> toDouble = Long::doubleValue;
        System.out.println(w.widen(3) + " " + wRef.widen(-1) + " " + (b.box(127) == b.box(127)) + " " + u.unbox(99) + " " + v.join("a", "b", "c") + " " + oneArg.apply("solo") + " " + sums.apply(1, 2) + " " + nextChar.next('y') + " " + unboxWiden.applyAsLong(-5) + " " + toDouble.applyAsDouble(1L << 53));
        // capturing locals of every kind, effectively final
        byte cb = 1; short cs = 2; char cc = 'c'; int ci = 4; long cl = 5L; float cf = 6.5f; double cd = 7.25; boolean cz = true; String cstr = "s"; int[] carr = {9};
        Supplier<String> all = () -> "" + cb + cs + cc + ci + cl + cf + cd + cz + cstr + carr[0];
        carr[0] = 10;
        System.out.println(all.get());
        // lambdas in loops capture each iteration's value
        IntSupplier[] suppliers = new IntSupplier[4];
        for (int i = 0; i < suppliers.length; i++) { int k = i * i; suppliers[i] = () -> k; }
        StringBuilder out = new StringBuilder();
        for (IntSupplier s : suppliers) out.append(s.getAsInt()).append(' ');
        System.out.println(out);
        // composition with default methods of the functional interfaces
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = x -> x * 2;
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longish = s -> s.length() > 3;
        UnaryOperator<String> upper = String::toUpperCase;
        BinaryOperator<Integer> max = BinaryOperator.maxBy((x, y) -> x - y);
        IntUnaryOperator square = x -> x * x;
        IntBinaryOperator minus = (x, y) -> x - y;
        IntPredicate even = x -> x % 2 == 0;
        Consumer<StringBuilder> addA = sb -> sb.append('a');
        BiConsumer<StringBuilder, String> addS = StringBuilder::append;
        StringBuilder target = new StringBuilder();
        addA.andThen(sb2 -> sb2.append('b')).andThen(addA).accept(target);
        addS.accept(target, "!");
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<Integer>identity().apply(9) + " " + empty.negate().test("") + " " + empty.or(longish).test("long") + " " + empty.and(longish).test("") + " " + Predicate.not(empty).test("x") + " " + Predicate.isEqual("q").test("q") + " " + upper.apply("up") + " " + max.apply(3, 9)
                + " " + square.andThen(x -> x + 1).applyAsInt(4) + " " + square.compose(x -> x + 1).applyAsInt(4) + " " + minus.applyAsInt(10, 3) + " " + even.negate().test(3) + " " + even.and(x -> x > 2).test(2) + " " + target + " " + UnaryOperator.identity().apply("id") + " " + BinaryOperator.<Integer>minBy((x, y) -> x - y).apply(3, 9));
        // generic functional interfaces and user-declared ones
        TriFunction<Integer, Long, Double, String> tri = (x, y, z) -> x + "/" + y + "/" + z;
        Generic<String> gid = s -> s + s;
        WithDefault wd = () -> 21;
        IntMaker maker = "hello"::length;
        System.out.println(tri.apply(1, 2L, 3.0) + " " + gid.id("ab") + " " + wd.twice() + " " + maker.make());
        // a lambda's object identity: the same non-capturing lambda object may be reused; a capturing one is new each time
        Runnable r1 = () -> { };
        System.out.println((r1 instanceof Runnable) + " " + r1.equals(r1));
        // recursion through a field-held lambda
        Recursive fact = new Recursive();
        System.out.println(fact.f.apply(10) + " " + fact.fib.applyAsLong(40));
        // exceptions through lambdas
        Supplier<Object> thrower = () -> { throw new IllegalStateException("from lambda"); };
        try { thrower.get(); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        Function<Object, String> npe = Object::toString;
        try { npe.apply(null); } catch (NullPointerException e) { System.out.println("NPE through unbound ref"); }
        Point nothing = null;
        try { Supplier<Integer> s = nothing::sum; System.out.println(s.get()); } catch (NullPointerException e) { System.out.println("NPE at bound ref creation"); }
        // lambdas survive many collections (their captured state is in the heap)
        Supplier<String>[] many = newArray(200);
        for (int i = 0; i < many.length; i++) { String tag = "t" + i; Point p = new Point(i); many[i] = () -> tag + p.sum(); }
        long h = 0;
        for (Supplier<String> s : many) h += s.get().hashCode();
        System.out.println(h);
    }
    @SuppressWarnings("unchecked")
    static <T> Supplier<T>[] newArray(int n) { return (Supplier<T>[]) new Supplier[n]; }
    interface Comparator2<T> { int compare(T a, T b); }
    static class Recursive {
        final Function<Integer, Long> f = n -> n <= 1 ? 1L : n * this.f.apply(n - 1);
        final LongUnaryOperator fib = n -> { long a = 0, b = 1; for (long i = 0; i < n; i++) { long t = a + b; a = b; b = t; } return a; };
    }
}
