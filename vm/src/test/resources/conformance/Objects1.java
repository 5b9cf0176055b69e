import java.util.Objects;

public class Objects1 {
    interface Shape { double area(); default String describe() { return name() + " with area " + area(); } String name(); static Shape unit() { return new Square(1); } }
    static abstract class Base implements Shape { protected final int id; static int created; Base() { id = ++created; } public String name() { return getClass().getSimpleName() + "#" + id; } }
    static final class Square extends Base { final double side; Square(double s) { side = s; } public double area() { return side * side; } }
    static class Circle extends Base { final double r; Circle(double r) { this.r = r; } public double area() { return Math.PI * r * r; } @Override public String name() { return "circle(" + super.name() + ")"; } }
    enum Color { RED, GREEN, BLUE; Color next() { return values()[(ordinal() + 1) % values().length]; } }
    enum Op { PLUS("+") { int apply(int a, int b) { return a + b; } }, TIMES("*") { int apply(int a, int b) { return a * b; } }; final String sym; Op(String s) { sym = s; } abstract int apply(int a, int b); }
    class Inner { int value() { return outerField * 2; } }
    int outerField = 21;
    static class Point implements Cloneable {
        int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) { return o instanceof Point && ((Point) o).x == x && ((Point) o).y == y; }
        @Override public int hashCode() { return Objects.hash(x, y); }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
        @Override public Point clone() { try { return (Point) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); } }
    }
    static int counter;
    static { counter = 100; }
    static String sw(String s) {
        switch (s) {
            case "alpha": return "A";
            case "beta": return "B";
            case "Aa": case "BB": return "collision";
            default: return "?";
        }
    }
    static String colorName(Color c) {
        switch (c) {
            case RED: return "red";
            case GREEN: return "green";
            default: return "other";
        }
    }
    public static void main(String[] args) {
        Shape[] shapes = {new Square(2), new Circle(1.5), Shape.unit()};
        for (Shape s : shapes) System.out.println(s.describe());
        System.out.println(Base.created + " " + counter);
        for (Color c : Color.values()) System.out.println(c + " " + c.ordinal() + " " + c.next() + " " + c.name() + " " + colorName(c) + " " + c.compareTo(Color.GREEN));
        System.out.println(Color.valueOf("BLUE") + " " + Op.PLUS.apply(3, 4) + " " + Op.TIMES.apply(3, 4) + " " + Op.TIMES.sym + " " + Op.valueOf("TIMES").getClass().getSuperclass().getName());
        try { Color.valueOf("PURPLE"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Objects1 o = new Objects1();
        Objects1.Inner in = o.new Inner();
        System.out.println(in.value());
        System.out.println(sw("alpha") + sw("beta") + sw("Aa") + sw("BB") + sw("x"));
        Point p = new Point(1, 2);
        Point q = p.clone();
        q.x = 5;
        System.out.println(p + " " + q + " " + p.equals(q) + " " + p.equals(new Point(1, 2)) + " " + (p.hashCode() == new Point(1, 2).hashCode()));
        Object obj = p;
        System.out.println((obj instanceof Cloneable) + " " + (obj instanceof Shape) + " " + (obj instanceof Point) + " " + obj.getClass().getName());
        try { Object s = "str"; Integer i = (Integer) s; System.out.println(i); } catch (ClassCastException e) { System.out.println("CCE"); }
        Object h1 = new Object();
        System.out.println(h1.hashCode() == h1.hashCode() && h1.hashCode() == System.identityHashCode(h1));
        System.out.println(h1.equals(h1) + " " + h1.equals(new Object()));
        int[][] grid = new int[3][4];
        grid[1][2] = 7;
        long[][][] cube = new long[2][3][2];
        cube[1][2][1] = 9L;
        String[][] jag = new String[2][];
        jag[0] = new String[]{"a", "b"};
        jag[1] = new String[0];
        System.out.println(grid.length + " " + grid[0].length + " " + grid[1][2] + " " + cube[1][2][1] + " " + jag[0][1] + jag[1].length);
        int[] copy = grid[1].clone();
        copy[2]++;
        System.out.println(grid[1][2] + " " + copy[2] + " " + grid.getClass().getName() + " " + jag.getClass().getSimpleName());
        boolean[] flags = new boolean[3];
        flags[1] = true;
        char[] cs = {'h', 'i'};
        byte[] bs = {-1, 127, 0};
        short[] ss = {-300, 300};
        float[] fl = {1.25f};
        double[] db = {2.5};
        System.out.println(flags[0] + " " + flags[1] + " " + new String(cs) + " " + bs[0] + bs[1] + " " + ss[0] + ss[1] + " " + fl[0] + db[0]);
        Object[] objs = new String[2];
        try { objs[0] = Integer.valueOf(1); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + Integer.valueOf(5).compareTo(7) + " " + Character.valueOf('x') + Boolean.TRUE + Long.valueOf(3L) + Short.valueOf((short) 2) + Byte.valueOf((byte) 1));
        int sum = 0;
        for (Integer i = 0; i < 10; i++) sum += i;
        System.out.println(sum);
        synchronized (o) { System.out.println("synced"); }
        StringBuilder sb = new StringBuilder("abc");
        sb.insert(0, 12).append(true).append('z').append(2.5).append(3L).reverse();
        System.out.println(sb + " " + sb.length() + " " + sb.charAt(2) + " " + sb.indexOf("c"));
        System.out.println(String.join(",", "a", "b", "c") + " " + "a,b,,c,,".split(",").length + " " + " trim ".trim() + "|" + "Hello".toUpperCase() + "Hello".toLowerCase() + " " + "hello".replace('l', 'L') + " " + "abcabc".lastIndexOf("bc") + " " + "abc".compareTo("abd") + " " + "x".repeat(3) + " " + "a-b".replace("-", "--"));
        System.out.println("hello".substring(1, 3) + "hello".startsWith("he") + "hello".endsWith("lo") + "hello".indexOf('l') + "hello".charAt(4) + "".isEmpty() + "abc".contains("bc") + "Abc".equalsIgnoreCase("aBC") + String.valueOf(new char[]{'o', 'k'}) + String.valueOf(1.0f) + "a".hashCode() + "ab".hashCode());
        System.out.printf("%d %5.2f %s %x %c %b %-4s| %08.3f %,d%n", 42, Math.PI, "str", 255, 'q', true, "ab", -1.5, 1234567);
        System.out.println(String.format("%s and %s", p, null));
        String literal = "interned";
        String built = new StringBuilder("inter").append("ned").toString();
        System.out.println((literal == built) + " " + (literal == built.intern()) + " " + literal.equals(built));
    }
}
