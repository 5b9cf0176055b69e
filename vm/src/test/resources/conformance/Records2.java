import java.util.Comparator;

public class Records2 {
    record Pair<A, B>(A first, B second) {
        Pair {
            if (first == null) throw new NullPointerException("first");
        }
        Pair(A only) { this(only, null); }
        static <T> Pair<T, T> twin(T t) { return new Pair<>(t, t); }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
    }
    record Prims(boolean z, byte b, short s, char c, int i, long l, float f, double d) { }
    record Arr(int[] values, String[] names) { }
    record Overrides(String name, int n) {
        @Override public String name() { return name.toUpperCase(); }
        @Override public String toString() { return "Overrides<" + name + ">"; }
        @Override public boolean equals(Object o) { return o instanceof Overrides other && other.n == n; }
        @Override public int hashCode() { return n; }
    }
    record Range(int lo, int hi) implements Comparable<Range> {
        static final Range EMPTY = new Range(0, 0);
        static int created;
        Range {
            if (lo > hi) throw new IllegalArgumentException(String.format("(%d,%d)", lo, hi));
            created++;
        }
        int length() { return hi - lo; }
        public int compareTo(Range o) { return Integer.compare(length(), o.length()); }
    }
    interface Shape { double area(); }
    record Circle(double r) implements Shape { public double area() { return Math.PI * r * r; } }
    record Rect(double w, double h) implements Shape { public double area() { return w * h; } }
    record Nested(Pair<String, Integer> pair, Range range, Nested next) { }
    enum Kind { A, B }
    record WithEnum(Kind kind, Object any) { }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("x", 1);
        System.out.println(p + " " + new Pair<>("solo") + " " + Pair.twin(7) + " " + p.withSecond(2.5) + " " + p.first() + p.second());
        try { new Pair<>(null, 1); } catch (NullPointerException e) { System.out.println("compact ctor: " + e.getMessage()); }
        Prims all = new Prims(true, (byte) -1, (short) 300, 'q', -7, 1L << 40, 1.5f, -0.0);
        Prims same = new Prims(true, (byte) -1, (short) 300, 'q', -7, 1L << 40, 1.5f, -0.0);
        Prims zero = new Prims(true, (byte) -1, (short) 300, 'q', -7, 1L << 40, 1.5f, 0.0);
        Prims nan1 = new Prims(false, (byte) 0, (short) 0, '\0', 0, 0, Float.NaN, Double.NaN);
        Prims nan2 = new Prims(false, (byte) 0, (short) 0, '\0', 0, 0, Float.NaN, Double.NaN);
        System.out.println(all);
        System.out.println(all.equals(same) + " " + all.equals(zero) + " " + nan1.equals(nan2) + " " + (all.hashCode() == same.hashCode()) + " " + all.hashCode() + " " + zero.hashCode() + " " + nan1.hashCode());
        int[] values = {1, 2};
        Arr arr = new Arr(values, new String[]{"n"});
        System.out.println(arr.equals(new Arr(values, arr.names())) + " " + arr.equals(new Arr(new int[]{1, 2}, arr.names())) + " " + arr.toString().startsWith("Arr[values=[I@") + " " + (arr.hashCode() == new Arr(values, arr.names()).hashCode()));
        Overrides o = new Overrides("low", 3);
        System.out.println(o + " " + o.name() + " " + o.equals(new Overrides("other", 3)) + " " + o.hashCode());
        Range[] ranges = {new Range(0, 10), new Range(5, 6), new Range(-3, 3), Range.EMPTY};
        Range best = ranges[0];
        for (Range r : ranges) if (r.compareTo(best) < 0) best = r;
        System.out.println(best + " " + Range.created + " " + best.length() + " " + new Range(1, 2).equals(new Range(1, 2)));
        try { new Range(3, 1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Comparator<Range> byLo = Comparator.comparingInt(Range::lo);
        Comparator<Range> byLen = Comparator.comparing(Range::length);
        Comparator<Range> both = byLen.reversed().thenComparing(byLo).thenComparingInt(Range::hi);
        Range top = ranges[0];
        for (Range r : ranges) if (both.compare(r, top) < 0) top = r;
        System.out.println(top + " " + byLo.compare(ranges[1], ranges[2]) + " " + Comparator.<Integer>naturalOrder().compare(1, 2) + " " + Comparator.<Integer>reverseOrder().compare(1, 2) + " " + Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(null, "a") + " " + Comparator.nullsLast(Comparator.<String>naturalOrder()).compare(null, "a")
                + " " + Comparator.comparing(Range::hi, Comparator.reverseOrder()).compare(ranges[0], ranges[1]) + " " + Comparator.comparingDouble((Range r) -> r.lo() / 2.0).compare(ranges[2], ranges[3]) + " " + Comparator.comparingLong(Range::hi).thenComparing(Range::lo).compare(ranges[0], ranges[0]));
        Shape[] shapes = {new Circle(1), new Rect(2, 3)};
        double total = 0;
        for (Shape s : shapes) total += s.area();
        System.out.println(total + " " + shapes[0] + " " + shapes[1] + " " + shapes[0].equals(new Circle(1.0)) + " " + new Circle(Double.NaN).equals(new Circle(Double.NaN)));
        Nested chain = new Nested(p, Range.EMPTY, new Nested(Pair.twin("t").withSecond(9), new Range(1, 4), null));
        System.out.println(chain + " " + chain.equals(new Nested(p, new Range(0, 0), new Nested(new Pair<>("t", 9), new Range(1, 4), null))));
        WithEnum we = new WithEnum(Kind.B, null);
        System.out.println(we + " " + we.equals(new WithEnum(Kind.B, null)) + " " + (we.hashCode() == new WithEnum(Kind.B, null).hashCode()) + " " + we.getClass().getSuperclass().getName() + " " + (we instanceof Record));
        Object obj = new Pair<>(1, "one");
        if (obj instanceof Pair<?, ?> pair && pair.first() instanceof Integer i) System.out.println("pattern " + (i + 1) + " " + pair.second());
        // records as keys in an open-addressing table, surviving collections
        Object[] table = new Object[64];
        for (int i = 0; i < 200; i++) {
            Range r = new Range(i % 20, i % 20 + i % 3);
            int slot = Math.floorMod(r.hashCode(), table.length);
            while (table[slot] != null && !table[slot].equals(r)) slot = (slot + 1) % table.length;
            table[slot] = r;
        }
        int used = 0;
        for (Object t : table) if (t != null) used++;
        System.out.println(used);
    }
}
