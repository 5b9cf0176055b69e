import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

public class Lambdas1 {
    interface Visitor<T> { T visit(Node n, int depth); }
    static final class Node {
        final int value; final Node left, right;
        Node(int v, Node l, Node r) { value = v; left = l; right = r; }
        <T> void walk(Visitor<T> v, int depth, StringBuilder out) {
            out.append(v.visit(this, depth)).append(' ');
            if (left != null) left.walk(v, depth + 1, out);
            if (right != null) right.walk(v, depth + 1, out);
        }
    }
    static int twice(IntBinaryOperator op, int a) { return op.applyAsInt(op.applyAsInt(a, a), a); }
    static <T, R> R apply(Function<T, R> f, T t) { return f.apply(t); }
    int base = 10;
    int addBase(int x) { return x + base; }
    static String describe(Object o) { return "<" + o + ">"; }
    public static void main(String[] args) {
        Runnable r = () -> System.out.println("run");
        r.run();
        int captured = 5;
        String prefix = "p";
        Function<Integer, String> f = x -> prefix + (x + captured);
        System.out.println(f.apply(3));
        BiFunction<String, Integer, String> rep = String::repeat;
        System.out.println(rep.apply("ab", 3));
        Supplier<StringBuilder> sup = StringBuilder::new;
        System.out.println(sup.get().append("new").toString());
        Function<Object, String> d = Lambdas1::describe;
        System.out.println(d.apply(42));
        Lambdas1 me = new Lambdas1();
        ToIntFunction<Integer> bound = me::addBase;
        System.out.println(bound.applyAsInt(7));
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.test("") + " " + empty.test("x"));
        System.out.println(twice((a, b) -> a * b + 1, 3));
        int len = apply((String s) -> s.length(), "hello");
        System.out.println(len);
        Function<Integer, int[]> mk = int[]::new;
        System.out.println(mk.apply(4).length);
        Node tree = new Node(1, new Node(2, null, new Node(4, null, null)), new Node(3, null, null));
        StringBuilder out = new StringBuilder();
        tree.walk((n, depth) -> n.value * 10 + depth, 0, out);
        System.out.println(out);
        Runnable[] rs = new Runnable[3];
        for (int i = 0; i < rs.length; i++) {
            int k = i;
            rs[i] = () -> System.out.print(k * k + ";");
        }
        for (Runnable x : rs) x.run();
        System.out.println();
        Comparable<String> cmp = "m"::compareTo;
        System.out.println(cmp.compareTo("a") > 0);
    }
}
