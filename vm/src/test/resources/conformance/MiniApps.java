import java.util.function.IntBinaryOperator;

/** Small whole programs: an expression parser and evaluator, a binary heap, a sieve on a bit set, a text histogram. */
public class MiniApps {
    // ---- a recursive-descent parser producing a tree of sealed node types
    sealed interface Expr permits Num, Bin, Neg, Var { }
    record Num(double v) implements Expr { }
    record Bin(char op, Expr l, Expr r) implements Expr { }
    record Neg(Expr e) implements Expr { }
    record Var(String name) implements Expr { }
    static final class Parser {
        private final String s; private int p;
        Parser(String s) { this.s = s; }
        Expr parse() { Expr e = sum(); skip(); if (p != s.length()) throw new IllegalArgumentException("junk at " + p + ": '" + s.substring(p) + "'"); return e; }
        private void skip() { while (p < s.length() && Character.isWhitespace(s.charAt(p))) p++; }
        private boolean eat(char c) { skip(); if (p < s.length() && s.charAt(p) == c) { p++; return true; } return false; }
        private Expr sum() { Expr e = product(); while (true) { if (eat('+')) e = new Bin('+', e, product()); else if (eat('-')) e = new Bin('-', e, product()); else return e; } }
        private Expr product() { Expr e = power(); while (true) { if (eat('*')) e = new Bin('*', e, power()); else if (eat('/')) e = new Bin('/', e, power()); else if (eat('%')) e = new Bin('%', e, power()); else return e; } }
        private Expr power() { Expr base = unary(); return eat('^') ? new Bin('^', base, power()) : base; }
        private Expr unary() { return eat('-') ? new Neg(unary()) : atom(); }
        private Expr atom() {
            skip();
            if (eat('(')) { Expr e = sum(); if (!eat(')')) throw new IllegalArgumentException("missing ) at " + p); return e; }
            int start = p;
            if (p < s.length() && Character.isLetter(s.charAt(p))) { while (p < s.length() && Character.isLetterOrDigit(s.charAt(p))) p++; return new Var(s.substring(start, p)); }
            while (p < s.length() && (Character.isDigit(s.charAt(p)) || s.charAt(p) == '.' || s.charAt(p) == 'e')) p++;
            if (start == p) throw new IllegalArgumentException("number expected at " + p);
            return new Num(Double.parseDouble(s.substring(start, p)));
        }
    }
    static double eval(Expr e, double x) {
        if (e instanceof Num n) return n.v();
        if (e instanceof Var v) { if (v.name().equals("x")) return x; if (v.name().equals("pi")) return Math.PI; throw new IllegalStateException("unknown " + v.name()); }
        if (e instanceof Neg n) return -eval(n.e(), x);
        Bin b = (Bin) e;
        double l = eval(b.l(), x), r = eval(b.r(), x);
        return switch (b.op()) { case '+' -> l + r; case '-' -> l - r; case '*' -> l * r; case '/' -> l / r; case '%' -> l % r; case '^' -> Math.pow(l, r); default -> throw new AssertionError(b.op()); };
    }
    static String show(Expr e) {
        if (e instanceof Num n) return n.v() == Math.rint(n.v()) && Math.abs(n.v()) < 1e15 ? String.valueOf((long) n.v()) : String.valueOf(n.v());
        if (e instanceof Var v) return v.name();
        if (e instanceof Neg n) return "(-" + show(n.e()) + ")";
        Bin b = (Bin) e;
        return "(" + show(b.l()) + " " + b.op() + " " + show(b.r()) + ")";
    }
    // ---- a binary min-heap of records ordered by a comparator lambda
    record Task(String name, int priority, long seq) { }
    static final class Heap {
        private Task[] items = new Task[4]; private int size;
        private final java.util.Comparator<Task> order;
        Heap(java.util.Comparator<Task> order) { this.order = order; }
        void push(Task t) {
            if (size == items.length) { Task[] bigger = new Task[size * 2]; System.arraycopy(items, 0, bigger, 0, size); items = bigger; }
            int i = size++; items[i] = t;
            while (i > 0) { int parent = (i - 1) / 2; if (order.compare(items[i], items[parent]) >= 0) break; Task tmp = items[i]; items[i] = items[parent]; items[parent] = tmp; i = parent; }
        }
        Task pop() {
            Task top = items[0]; items[0] = items[--size]; items[size] = null;
            int i = 0;
            while (true) {
                int l = 2 * i + 1, r = l + 1, m = i;
                if (l < size && order.compare(items[l], items[m]) < 0) m = l;
                if (r < size && order.compare(items[r], items[m]) < 0) m = r;
                if (m == i) return top;
                Task tmp = items[i]; items[i] = items[m]; items[m] = tmp; i = m;
            }
        }
        boolean isEmpty() { return size == 0; }
    }
    // ---- a sieve on a long[] bit set
    static int[] primes(int limit) {
        long[] composite = new long[(limit >>> 6) + 1];
        int count = 0;
        for (int i = 2; i <= limit; i++) {
            if ((composite[i >>> 6] & (1L << i)) == 0) {
                count++;
                for (long j = (long) i * i; j <= limit; j += i) composite[(int) (j >>> 6)] |= 1L << j;
            }
        }
        int[] out = new int[count];
        for (int i = 2, k = 0; i <= limit; i++) if ((composite[i >>> 6] & (1L << i)) == 0) out[k++] = i;
        return out;
    }
    public static void main(String[] args) {
        String[] inputs = {"1 + 2 * 3", "-(2 ^ 3 ^ 2) / 4", "x * x - 2 * x + 1", "pi * 2", "10 % 4 + 0.5e1", "((1))", "2 *", "1 + (2", "3 $ 4", "y + 1"};
        for (String in : inputs) {
            try {
                Expr e = new Parser(in).parse();
                System.out.println(show(e) + " = " + eval(e, 3) + " | " + e);
            } catch (IllegalArgumentException | IllegalStateException ex) {
                System.out.println(in + " -> " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
        }
        Heap heap = new Heap(java.util.Comparator.comparingInt(Task::priority).thenComparingLong(Task::seq));
        long seq = 0;
        for (int i = 0; i < 40; i++) heap.push(new Task("t" + i, (i * 37) % 11, seq++));
        StringBuilder order = new StringBuilder();
        int popped = 0;
        while (!heap.isEmpty()) { Task t = heap.pop(); if (popped++ % 5 == 0) order.append(t.name()).append('/').append(t.priority()).append(' '); }
        System.out.println(order);
        int[] ps = primes(5000);
        long sum = 0;
        for (int p : ps) sum += p;
        System.out.println(ps.length + " " + ps[ps.length - 1] + " " + sum);
        String text = "the quick brown fox jumps over the lazy dog; THE DOG sleeps, the fox runs!";
        int[] counts = new int[26];
        for (char c : text.toLowerCase().toCharArray()) if (c >= 'a' && c <= 'z') counts[c - 'a']++;
        StringBuilder hist = new StringBuilder();
        for (int i = 0; i < 26; i++) if (counts[i] > 3) hist.append((char) ('a' + i)).append('=').append("#".repeat(counts[i])).append(' ');
        System.out.println(hist);
        String[] words = text.split("[^A-Za-z]+");
        String longest = "";
        for (String w : words) if (w.length() > longest.length() || (w.length() == longest.length() && w.compareToIgnoreCase(longest) < 0)) longest = w;
        System.out.println(words.length + " " + longest);
        IntBinaryOperator gcd = new IntBinaryOperator() { public int applyAsInt(int a, int b) { return b == 0 ? a : applyAsInt(b, a % b); } };
        System.out.println(gcd.applyAsInt(1071, 462) + " " + gcd.applyAsInt(17, 5));
    }
}
