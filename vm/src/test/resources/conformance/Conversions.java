public class Conversions {
    static int[] ints = {0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678, 0x8000_00FF};
    static long[] longs = {0L, -1L, 1L << 31, (1L << 31) - 1, -(1L << 31) - 1, 1L << 32, 0x1_0000_00FFL, Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, (1L << 24) + 1, 0x7FFF_FFFF_FFFF_FE00L};
    static float[] floats = {0f, -0f, 0.5f, -0.5f, 1.5f, -1.5f, 2.5f, 1e10f, -1e10f, 3e9f, 2.1474836E9f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 16777217f, 0.1f, 9.223372E18f, 65535.9f, -129.7f};
    static double[] doubles = {0.0, -0.0, 0.49999999999999994, 0.5, -0.5, 1.5, -2.5, 1e10, -1e10, 2147483647.9, 2147483648.0, -2147483648.9, 9.223372036854776E18, -9.3e18, 1e300, -1e300, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.4028235677973366E38, 1e-46, 1.00000001, 0.1, 16777217.0, 65536.7, -32769.2};

    static byte i2b(int v) { return (byte) v; }
    static short i2s(int v) { return (short) v; }
    static char i2c(int v) { return (char) v; }

    public static void main(String[] args) {
        for (int v : ints) {
            System.out.println("i " + v + ": b=" + i2b(v) + " s=" + i2s(v) + " c=" + (int) i2c(v) + " l=" + (long) v + " f=" + (float) v + " d=" + (double) v);
        }
        for (long v : longs) {
            int i = (int) v;
            System.out.println("l " + v + ": i=" + i + " f=" + (float) v + " d=" + (double) v + " b=" + (byte) v + " s=" + (short) v + " c=" + (int) (char) v);
        }
        for (float v : floats) {
            System.out.println("f " + v + ": i=" + (int) v + " l=" + (long) v + " d=" + (double) v + " b=" + (byte) v + " s=" + (short) v + " c=" + (int) (char) v + " bits=" + Integer.toHexString(Float.floatToRawIntBits(v)));
        }
        for (double v : doubles) {
            System.out.println("d " + v + ": i=" + (int) v + " l=" + (long) v + " f=" + (float) v + " b=" + (byte) v + " s=" + (short) v + " c=" + (int) (char) v + " bits=" + Long.toHexString(Double.doubleToRawLongBits(v)));
        }
        // widening in arithmetic and compound assignment with implicit narrowing
        byte b = 120;
        b += 10;
        short s = 32000;
        s *= 3;
        char c = 'z';
        c += 1000;
        int i = 7;
        i *= 2.7;
        long l = 10;
        l /= 0.3;
        int fromChar = 'A' + 1;
        float f = 16777216;
        f += 1;
        double d = 0.1f;
        System.out.println(b + " " + s + " " + (int) c + " " + i + " " + l + " " + fromChar + " " + f + " " + d);
        // negative zero through conversions
        float nz = -0.0f;
        double nzd = nz;
        System.out.println(nzd + " " + (1 / nzd) + " " + (int) nzd + " " + (long) nz + " " + (float) -0.0);
        // boxing conversions and unboxing of every box
        Object[] boxed = {(byte) -1, (short) -2, 'c', 4, 5L, 6.5f, 7.25, true};
        for (Object o : boxed) System.out.print(o + ":" + o.getClass().getSimpleName() + " ");
        System.out.println();
        Number n = 3.99;
        System.out.println(n.intValue() + " " + n.longValue() + " " + n.floatValue() + " " + n.byteValue() + " " + n.shortValue());
        Number big = 1e20;
        System.out.println(big.intValue() + " " + big.longValue() + " " + big.floatValue());
        Number ln = Long.MIN_VALUE;
        System.out.println(ln.intValue() + " " + ln.doubleValue() + " " + ln.floatValue() + " " + ln.shortValue());
        Number fl = Float.NaN;
        System.out.println(fl.intValue() + " " + fl.longValue() + " " + fl.doubleValue());
    }
}
