import java.util.Iterator;
import java.util.NoSuchElementException;

public class Misc1 {
    interface Greeter {
        String PREFIX = "Hello, ";
        String name();
        default String greet() { return PREFIX + decorate(name()); }
        private String decorate(String s) { return "[" + s + "]"; }
        static Greeter of(String n) { return () -> n; }
    }
    interface Loud extends Greeter {
        default String greet() { return Greeter.super.greet().toUpperCase() + "!"; }
    }
    static class Person implements Loud {
        private final String n;
        Person(String n) { this.n = n; }
        public String name() { return n; }
    }
    static class Range implements Iterable<Integer> {
        final int lo, hi;
        Range(int lo, int hi) { this.lo = lo; this.hi = hi; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = lo;
                public boolean hasNext() { return next < hi; }
                public Integer next() { if (next >= hi) throw new NoSuchElementException(); return next++; }
            };
        }
    }
    static abstract class Animal {
        abstract String sound();
        String speak() { return getClass().getSimpleName() + " says " + sound(); }
    }
    static class Dog extends Animal { String sound() { return "woof"; } String speak() { return super.speak() + "!"; } }
    static class Puppy extends Dog { String sound() { return "yip"; } }
    static class Box<T extends Comparable<T>> {
        private T best;
        void offer(T t) { if (best == null || t.compareTo(best) > 0) best = t; }
        T best() { return best; }
    }
    static class Outer {
        private int secret = 7;
        class In { int peek() { return secret++; } }
        static class Nested { private int hidden() { return 99; } }
        int viaNested() { return new Nested().hidden(); }
    }
    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String kinds(Object... os) { StringBuilder b = new StringBuilder(); for (Object o : os) b.append(o == null ? "null" : o.getClass().getSimpleName()).append(','); return b.toString(); }
    int field;
    { field = 3; }
    Misc1() { field *= 2; }
    static char grade(int score) {
        switch (score / 10) {
            case 10: case 9: return 'A';
            case 8: return 'B';
            case 7: return 'C';
            default: return 'F';
        }
    }
    static int sparse(int k) {
        switch (k) {
            case -1000: return 1;
            case 7: return 2;
            case 100000: return 3;
            default: return 0;
        }
    }
    public static void main(String[] args) {
        System.out.println(new Person("ada").greet() + " " + Greeter.of("bob").greet());
        int total = 0;
        for (int i : new Range(1, 5)) total += i;
        System.out.println(total);
        Iterator<Integer> it = new Range(0, 1).iterator();
        it.next();
        try { it.next(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        try { it.remove(); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        new Range(3, 6).forEach(x -> System.out.print(x + " "));
        System.out.println();
        Animal[] zoo = {new Dog(), new Puppy()};
        for (Animal a : zoo) System.out.println(a.speak());
        Box<String> box = new Box<>();
        for (String s : "pear apple zebra mango".split(" ")) box.offer(s);
        System.out.println(box.best());
        Outer o = new Outer();
        Outer.In in = o.new In();
        System.out.println(in.peek() + in.peek() + " " + o.secret + " " + o.viaNested());
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + kinds("a", 1, 2L, 'c', null, 1.5, new int[0]));
        System.out.println(new Misc1().field);
        System.out.println("" + grade(95) + grade(100) + grade(81) + grade(70) + grade(12) + " " + sparse(-1000) + sparse(7) + sparse(100000) + sparse(5));
        int[] arr = {1, 2, 3};
        int i = 0;
        arr[i++] += 10;
        arr[i] *= arr[i++] + 1;
        long[] la = {5L};
        la[0] <<= 3;
        la[0]--;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " " + i + " " + la[0]);
        StringBuffer sb = new StringBuffer();
        sb.append(1).append('x').append("y").append(2.0f).insert(0, "<").append('>');
        System.out.println(sb + " " + sb.length() + " " + sb.reverse());
        System.out.println(Character.isDigit('7') + " " + Character.isLetter('q') + " " + Character.toUpperCase('m') + " " + Character.isWhitespace('\t') + " " + Character.getNumericValue('z') + " " + Character.forDigit(11, 16) + " " + (int) Character.toLowerCase('\u00C9') + " " + Character.isLetter('\u00E9'));
        System.out.println(Math.hypot(3, 4) + " " + Math.atan2(1, 1) + " " + Math.exp(1) + " " + Math.log10(1000) + " " + Math.cbrt(27) + " " + StrictMath.sqrt(2) + " " + Math.toDegrees(Math.PI) + " " + Math.signum(-2.5) + " " + Math.round(-2.5) + " " + Math.round(2.5f));
        Integer boxed = null;
        try { int unboxed = boxed; System.out.println(unboxed); } catch (NullPointerException e) { System.out.println("unbox NPE"); }
        Object cond = args.length > 100 ? (Object) "x" : Integer.valueOf(3);
        System.out.println(cond + " " + (true ? 1 : 2.0) + " " + (args.length == 0 ? 'c' : 0));
        long l = Integer.MAX_VALUE;
        l++;
        int shift = 33;
        System.out.println(l + " " + (1 << shift) + " " + (1L << shift) + " " + (-17 >> 2) + " " + (-17 >>> 28) + " " + (-17L >>> 60) + " " + (byte) 0x80 + " " + (short) 0x8000 + " " + (int) 3.99e10 + " " + (long) -1e30 + " " + (int) Double.NaN + " " + (char) -1 + 0);
        System.out.println(String.join("|", " a  b\tc ".trim().split("\\s+")) + " " + "x1y22z".replaceAll("[0-9]+", "#") + " " + "2024-01-05".matches("\\d{4}-\\d{2}-\\d{2}") + " " + "a,b;c".split("[,;]").length + " " + "aaa".replaceFirst("a", "b") + " " + "a1b2".split("\\d", 2)[1]);
        String s1 = "abc", s2 = "ab" + "c";
        final String part = "ab";
        String s3 = part + "c";
        System.out.println((s1 == s2) + " " + (s1 == s3));
    }
}
