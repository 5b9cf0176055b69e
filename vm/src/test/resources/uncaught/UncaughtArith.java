public class UncaughtArith {
    static int ratio(int a, int b) {
        return a / b;
    }
    public static void main(String[] args) {
        int[] data = {4, 2, 0};
        for (int i = 0; i < data.length; i++) {
            System.out.println(ratio(8, data[i]));
        }
    }
}
