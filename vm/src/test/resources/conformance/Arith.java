public class Arith {
    static int idiv(int a, int b) { return a / b; }
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 7, -7, 13, Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 20};
        long[] longs = {0L, 1L, -1L, 7L, -13L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40};
        for (int a : ints) {
            for (int b : ints) {
                System.out.print((a + b) + " " + (a - b) + " " + (a * b) + " ");
                if (b != 0) System.out.print((a / b) + " " + (a % b) + " ");
                System.out.println((a << (b & 63)) + " " + (a >> b) + " " + (a >>> b) + " " + (a & b) + " " + (a | b) + " " + (a ^ b));
            }
            System.out.println((long) a + " " + (float) a + " " + (double) a + " " + (byte) a + " " + (short) a + " " + (char) (a & 0x7f) + " " + (-a) + " " + ~a);
        }
        for (long a : longs) {
            for (long b : longs) {
                System.out.print((a + b) + " " + (a - b) + " " + (a * b) + " ");
                if (b != 0) System.out.print((a / b) + " " + (a % b) + " ");
                System.out.println((a << b) + " " + (a >> b) + " " + (a >>> b) + " " + (a & b) + " " + (a | b) + " " + (a ^ b) + " " + Long.compare(a, b) + (a < b) + (a == b));
            }
            System.out.println((int) a + " " + (float) a + " " + (double) a);
        }
        double[] ds = {0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, 1.0 / 3, 123456789.123, 1e7, 1e-3, 9.999e-4};
        for (double a : ds) {
            for (double b : ds) {
                System.out.println((a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b) + " " + (a < b) + (a > b) + (a == b) + (a <= b) + (a >= b) + (a != b));
            }
            System.out.println((int) a + " " + (long) a + " " + (float) a + " " + Math.sqrt(a) + " " + Math.floor(a) + " " + Math.ceil(a) + " " + Math.round(a) + " " + Math.abs(a) + " " + Math.sin(a) + " " + Math.pow(a, 2) + " " + Double.compare(a, 1.0) + " " + Double.isNaN(a));
        }
        float[] fs = {0f, -0f, 1.5f, 0.1f, 3.4e38f, Float.NaN, 1f / 3, 100f, 1e-10f};
        for (float a : fs) {
            for (float b : fs) {
                System.out.println((a + b) + " " + (a * b) + " " + (a / b) + " " + (a % b) + " " + (a < b) + (a == b));
            }
            System.out.println((int) a + " " + (long) a + " " + (double) a + " " + Float.floatToIntBits(a) + " " + Math.round(a));
        }
        try {
            System.out.println(idiv(1, 0));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            long z = 0;
            System.out.println(5L % z);
        } catch (ArithmeticException e) {
            System.out.println("caught long " + e);
        }
        char c = 'A';
        c += 2;
        c++;
        short sh = (short) 40000;
        byte by = (byte) 200;
        System.out.println(c + " " + (int) c + " " + sh + " " + by + " " + (by & 0xff) + " " + (char) 97);
        int x = 5;
        x += x++ + ++x;
        System.out.println(x);
        System.out.println(Integer.toHexString(-1) + " " + Integer.toBinaryString(10) + " " + Long.toHexString(255L) + " " + Integer.toString(-255, 16) + " " + Integer.parseInt("-123") + " " + Long.parseLong("9000000000"));
        System.out.println(Integer.MAX_VALUE + 1);
        System.out.println(Math.max(3, 7) + " " + Math.min(-1L, 2L) + " " + Math.max(1.5, Double.NaN) + " " + Math.floorMod(-7, 3) + " " + Math.floorDiv(-7, 3) + " " + Math.abs(Integer.MIN_VALUE));
        System.out.println(Double.toString(100.0) + " " + Double.parseDouble("2.5e3") + " " + Float.parseFloat("0.1") + " " + Double.valueOf(3.0).equals(3.0) + " " + Double.MIN_VALUE + " " + Float.MAX_VALUE);
        System.out.println(Integer.toUnsignedString(-1) + " " + Integer.compareUnsigned(-1, 1) + " " + Integer.divideUnsigned(-2, 3) + " " + Integer.decode("0x1F") + " " + Long.decode("-010") + " " + Math.ulp(1.0) + " " + Math.nextUp(1.0) + " " + Math.fma(2.0, 3.0, 1.0) + " " + Math.getExponent(1024.0) + " " + Math.incrementExact(41));
        System.out.println(Integer.bitCount(255) + " " + Integer.numberOfLeadingZeros(1) + " " + Long.numberOfTrailingZeros(8) + " " + Integer.highestOneBit(100) + " " + Integer.reverse(1) + " " + Integer.signum(-9));
    }
}
