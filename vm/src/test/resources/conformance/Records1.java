public class Records1 {
    record Point(int x, int y) {
        Point {
            if (x < 0) throw new IllegalArgumentException("negative x");
        }
        int manhattan() { return Math.abs(x) + Math.abs(y); }
        static Point origin() { return new Point(0, 0); }
    }
    record Named(String name, double weight, long id, boolean flag, char c, Point at) { }
    record Empty() { }
    sealed interface Shape permits Circle, Square { }
    record Circle(double r) implements Shape { }
    record Square(double side) implements Shape { }
    static double area(Shape s) {
        if (s instanceof Circle c) return Math.PI * c.r() * c.r();
        if (s instanceof Square sq) return sq.side() * sq.side();
        return 0;
    }
    enum Dir { N, E, S, W }
    static int turn(Dir d) {
        return switch (d) {
            case N -> 0;
            case E -> 90;
            case S -> { int v = 180; yield v; }
            case W -> 270;
        };
    }
    public static void main(String[] args) {
        Point p = new Point(3, -4);
        System.out.println(p + " " + p.x() + " " + p.manhattan() + " " + Point.origin());
        System.out.println(p.equals(new Point(3, -4)) + " " + p.equals(new Point(3, 4)) + " " + p.equals(null) + " " + (p.hashCode() == new Point(3, -4).hashCode()) + " " + p.hashCode());
        Named n = new Named("box", 2.5, 7L, true, 'q', p);
        System.out.println(n);
        System.out.println(n.hashCode() + " " + n.equals(new Named("box", 2.5, 7L, true, 'q', new Point(3, -4))) + " " + new Named(null, 0, 0, false, 'a', null));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        try { new Point(-1, 0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Shape[] shapes = {new Circle(1), new Square(2)};
        for (Shape s : shapes) System.out.println(s + " " + area(s));
        for (Dir d : Dir.values()) System.out.print(turn(d) + " ");
        System.out.println();
        Object o = "text";
        String r = switch (o.hashCode() % 3) { case 0 -> "zero"; case 1, -1 -> "one"; default -> "two"; };
        System.out.println(r);
        String block = """
            Hello,
              text block!
            """;
        System.out.print(block);
        var list = new StringBuilder();
        for (var i = 0; i < 3; i++) list.append(i);
        System.out.println(list);
    }
}
