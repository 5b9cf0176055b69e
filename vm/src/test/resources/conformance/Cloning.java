public class Cloning {
    static class Plain { int x = 1; Object tryClone() throws CloneNotSupportedException { return super.clone(); } }
    static class Deep implements Cloneable {
        int[] data = {1, 2, 3};
        StringBuilder label = new StringBuilder("d");
        long stamp = 42L;
        double weight = 0.5;
        @Override protected Deep clone() throws CloneNotSupportedException {
            Deep d = (Deep) super.clone();
            d.data = data.clone();
            return d;
        }
    }
    static class Sub extends Deep { String extra = "sub"; }
    record R(int a) implements Cloneable { R copy() throws CloneNotSupportedException { return (R) super.clone(); } }
    public static void main(String[] args) throws Exception {
        try { new Plain().tryClone(); } catch (CloneNotSupportedException e) { System.out.println("CNSE " + e.getMessage()); }
        Deep d = new Deep();
        Deep c = d.clone();
        c.data[0] = 99;
        c.label.append("!");
        c.stamp++;
        System.out.println(d.data[0] + " " + c.data[0] + " " + d.label + " " + c.label + " " + (d.label == c.label) + " " + d.stamp + " " + c.stamp + " " + c.weight + " " + (c.getClass() == Deep.class) + " " + (d != c));
        Sub s = new Sub();
        Deep sc = s.clone();
        System.out.println(sc.getClass().getSimpleName() + " " + ((Sub) sc).extra + " " + (((Sub) sc).extra == s.extra));
        int h1 = d.hashCode(), h2 = c.hashCode();
        System.gc();
        System.out.println((h1 == d.hashCode()) + " " + (h2 == c.hashCode()));
        R r = new R(5);
        R rc = r.copy();
        System.out.println(rc + " " + rc.equals(r) + " " + (rc != r));
        Object[][] grid = {{1, 2}, {3}};
        Object[][] gc = grid.clone();
        gc[1] = new Object[]{"x"};
        System.out.println(grid[1][0] + " " + gc[1][0] + " " + (grid[0] == gc[0]) + " " + gc.getClass().getSimpleName());
        for (int i = 0; i < 200; i++) { Deep tmp = d.clone(); tmp.data[1] = i; d = tmp; }
        System.out.println(d.data[1] + " " + d.label);
    }
}
