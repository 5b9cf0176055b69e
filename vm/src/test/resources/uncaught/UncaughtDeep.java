public class UncaughtDeep {
    static int depth;
    // One line: HotSpot may report the overflow at the method's entry or at its call, both on this line.
    static int down(int n) { depth++; return down(n + 1) + 1; }
    public static void main(String[] args) {
        System.out.println("start");
        down(0);
    }
}
