public class UncaughtIndex {
    public static void main(String[] args) {
        int[] a = new int[3];
        System.out.println("len " + a.length);
        a[3] = 1;
    }
}
