public class FloatMath {
    static String cmpF(float a, float b) {
        // javac emits fcmpl for < and <=, fcmpg for > and >=
        return "" + (a < b ? 1 : 0) + (a <= b ? 1 : 0) + (a > b ? 1 : 0) + (a >= b ? 1 : 0) + (a == b ? 1 : 0) + (a != b ? 1 : 0)
                + (!(a < b) ? 1 : 0) + (!(a > b) ? 1 : 0) + Float.compare(a, b);
    }
    static String cmpD(double a, double b) {
        return "" + (a < b ? 1 : 0) + (a <= b ? 1 : 0) + (a > b ? 1 : 0) + (a >= b ? 1 : 0) + (a == b ? 1 : 0) + (a != b ? 1 : 0)
                + (!(a < b) ? 1 : 0) + (!(a > b) ? 1 : 0) + Double.compare(a, b);
    }
    static String cmpL(long a, long b) {
        return "" + (a < b ? 1 : 0) + (a <= b ? 1 : 0) + (a > b ? 1 : 0) + (a >= b ? 1 : 0) + (a == b ? 1 : 0) + (a != b ? 1 : 0) + Long.compare(a, b) + Long.compareUnsigned(a, b);
    }
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double a : ds) {
            StringBuilder line = new StringBuilder();
            for (double b : ds) line.append(cmpD(a, b)).append(' ');
            System.out.println(line);
            System.out.println(a + ": neg=" + (-a) + " inv=" + (1 / a) + " sq=" + (a * a) + " half=" + (a / 2) + " sub=" + (a - a) + " rem3=" + (a % 3) + " rem-inf=" + (a % Double.NEGATIVE_INFINITY)
                    + " isNaN=" + Double.isNaN(a) + " isInf=" + Double.isInfinite(a) + " isFin=" + Double.isFinite(a) + " hash=" + Double.hashCode(a)
                    + " bits=" + Long.toHexString(Double.doubleToLongBits(a)) + " raw=" + Long.toHexString(Double.doubleToRawLongBits(a)));
        }
        float[] fs = {0f, -0f, 1f, -1f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (float a : fs) {
            StringBuilder line = new StringBuilder();
            for (float b : fs) line.append(cmpF(a, b)).append(' ');
            System.out.println(line);
            System.out.println(a + ": neg=" + (-a) + " inv=" + (1 / a) + " sq=" + (a * a) + " twice=" + (a * 2) + " rem=" + (a % 0.75f) + " hash=" + Float.hashCode(a) + " bits=" + Integer.toHexString(Float.floatToIntBits(a)));
        }
        long[] ls = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32, -(1L << 32)};
        for (long a : ls) {
            StringBuilder line = new StringBuilder();
            for (long b : ls) line.append(cmpL(a, b)).append(' ');
            System.out.println(line);
        }
        // NaN payloads collapse in floatToIntBits, not in raw bits
        float odd = Float.intBitsToFloat(0x7fc00001);
        double oddD = Double.longBitsToDouble(0x7ff8000000000001L);
        System.out.println(Float.isNaN(odd) + " " + Integer.toHexString(Float.floatToIntBits(odd)) + " " + Integer.toHexString(Float.floatToRawIntBits(odd))
                + " " + Long.toHexString(Double.doubleToLongBits(oddD)) + " " + Long.toHexString(Double.doubleToRawLongBits(oddD)));
        System.out.println(Double.valueOf(0.0).equals(-0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + (Double.NaN == Double.NaN) + " " + Float.valueOf(-0f).compareTo(0f) + " " + Double.valueOf(Double.NaN).compareTo(Double.POSITIVE_INFINITY));
        // float vs double precision, fused-free arithmetic
        float third = 1f / 3f;
        double thirdD = 1.0 / 3.0;
        System.out.println(third + " " + thirdD + " " + (third == thirdD) + " " + ((double) third) + " " + (0.1 + 0.2) + " " + (0.1f + 0.2f) + " " + (0.1 + 0.2 == 0.3) + " " + (float) (0.1 + 0.2));
        System.out.println((1e308 * 10) + " " + (-1e308 * 10) + " " + (1e-320 / 1e10) + " " + (Float.MAX_VALUE * 2) + " " + (Float.MIN_VALUE / 2) + " " + (Double.MIN_VALUE / 2) + " " + (-Double.MIN_VALUE / 2));
        System.out.println((0.0 / 0.0) + " " + (Double.POSITIVE_INFINITY - Double.POSITIVE_INFINITY) + " " + (Double.POSITIVE_INFINITY * 0) + " " + (5.0 % 0.0) + " " + (-5.5 % 2) + " " + (5.5 % -2) + " " + (-5.5f % -2f) + " " + (1e300 % 1e-300));
        System.out.println(Math.min(0.0, -0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(Float.NaN, 1f) + " " + Math.max(-0f, 0f) + " " + Math.abs(-0.0) + " " + Math.abs(-0f) + " " + Math.signum(-0.0) + " " + Math.copySign(3.0, -0.0));
        // subnormal arithmetic
        double sub = Double.MIN_NORMAL / 4;
        System.out.println(sub + " " + (sub * 4 == Double.MIN_NORMAL) + " " + (sub / 1e10) + " " + Math.getExponent(sub) + " " + Math.ulp(sub) + " " + Float.MIN_NORMAL / 3);
        // strictfp-by-default arithmetic (JEP 306): extended exponent must not leak
        double big = Double.MAX_VALUE;
        System.out.println(big * 2 / 2 + " " + (big / 2) * 2 + " " + Double.MIN_VALUE * 0.5 * 4);
        // int/long division and remainder signs
        int[] as = {7, -7, 7, -7, 0, Integer.MIN_VALUE};
        int[] bs = {2, 2, -2, -2, -3, -1};
        for (int i = 0; i < as.length; i++) {
            System.out.print(as[i] / bs[i] + "," + as[i] % bs[i] + "," + Math.floorDiv(as[i], bs[i]) + "," + Math.floorMod(as[i], bs[i]) + " ");
            long la = as[i], lb = bs[i];
            System.out.println(la / lb + "," + la % lb + "," + Math.floorDiv(la, lb) + "," + Math.floorMod(la, lb) + " " + (double) as[i] % bs[i]);
        }
        System.out.println(Long.MIN_VALUE / -1 + " " + Long.MIN_VALUE % -1 + " " + Math.floorDiv(Long.MIN_VALUE, -1) + " " + Math.floorMod(Long.MIN_VALUE, -1L));
        // overflow
        System.out.println((Integer.MAX_VALUE + 1) + " " + (Integer.MIN_VALUE - 1) + " " + (Integer.MAX_VALUE * 2) + " " + (Integer.MIN_VALUE * -1) + " " + (-Integer.MIN_VALUE) + " " + (Long.MAX_VALUE + 1) + " " + (Long.MIN_VALUE * -1) + " " + (46341 * 46341) + " " + (3037000500L * 3037000500L));
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.multiplyExact(1L << 40, 1L << 30); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.toIntExact(1L << 40); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.negateExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.subtractExact(Long.MIN_VALUE, 1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        // shifts with large and negative counts
        int one = 1;
        long oneL = 1;
        int[] counts = {0, 1, 31, 32, 33, 63, 64, 65, -1, -31, -32, 100, Integer.MIN_VALUE};
        for (int k : counts) {
            System.out.println(k + ": " + (one << k) + " " + (-8 >> k) + " " + (-8 >>> k) + " " + (oneL << k) + " " + (-8L >> k) + " " + (-8L >>> k) + " " + Integer.rotateLeft(0x80000001, k) + " " + Long.rotateRight(1L, k));
        }
        byte bb = -16;
        short ss = -16;
        char cc = 0xfff0;
        System.out.println((bb >>> 2) + " " + (byte) (bb >>> 2) + " " + (ss >> 20) + " " + (cc >> 4) + " " + (cc << 20) + " " + ((long) cc << 40));
        // int division by zero in several shapes
        int zero = args.length;
        long zeroL = args.length;
        try { System.out.println(1 / zero); } catch (ArithmeticException e) { System.out.println("idiv " + e.getMessage()); }
        try { System.out.println(1 % zero); } catch (ArithmeticException e) { System.out.println("irem " + e.getMessage()); }
        try { System.out.println(1L / zeroL); } catch (ArithmeticException e) { System.out.println("ldiv " + e.getMessage()); }
        try { System.out.println(1L % zeroL); } catch (ArithmeticException e) { System.out.println("lrem " + e.getMessage()); }
        try { int q = 10; q /= zero; System.out.println(q); } catch (ArithmeticException e) { System.out.println("compound " + e); }
        try { System.out.println(Math.floorMod(3, zero)); } catch (ArithmeticException e) { System.out.println("floorMod " + e.getMessage()); }
        System.out.println((1.0 / zero) + " " + (-1.0 / zero) + " " + (0.0 / zero) + " " + (1f / zeroL) + " " + (1 % 0.0));
    }
}
