public class MathLib {
    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 0.5, -0.5, 1.0, 2.5, -2.5, 3.5, 1e-300, 1e300, 123.456, -7.9, Math.PI, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 4503599627370497.0, 0.49999999999999994, -0.49999999999999994};
        for (double x : xs) {
            System.out.println(x + ": " + Math.abs(x) + " " + Math.sqrt(x) + " " + Math.cbrt(x) + " " + Math.floor(x) + " " + Math.ceil(x) + " " + Math.rint(x) + " " + Math.round(x) + " " + Math.round((float) x) + " " + Math.signum(x)
                    + " " + Math.exp(x) + " " + Math.log(x) + " " + Math.log10(x) + " " + Math.log1p(x) + " " + Math.expm1(x) + " " + Math.sin(x) + " " + Math.cos(x) + " " + Math.tan(x) + " " + Math.atan(x) + " " + Math.sinh(x) + " " + Math.tanh(x)
                    + " " + Math.ulp(x) + " " + Math.nextUp(x) + " " + Math.nextDown(x) + " " + Math.getExponent(x) + " " + Math.toDegrees(x) + " " + Math.toRadians(x) + " " + Math.scalb(x, 3) + " " + Math.copySign(1.0, x) + " " + Math.nextAfter(x, 0.0));
            System.out.println("  strict: " + StrictMath.sqrt(x) + " " + StrictMath.sin(x) + " " + StrictMath.exp(x) + " " + StrictMath.log(x) + " " + StrictMath.pow(x, 0.5) + " " + StrictMath.floor(x) + " " + StrictMath.round(x) + " " + StrictMath.abs(x) + " " + StrictMath.cbrt(x) + " " + StrictMath.atan2(x, 1));
        }
        double[][] pairs = {{2, 10}, {2, -1}, {-8, 1.0 / 3}, {0, 0}, {Double.NaN, 0}, {1, Double.NaN}, {-1, Double.POSITIVE_INFINITY}, {0.5, Double.NEGATIVE_INFINITY}, {-0.0, -1}, {-2, 3}, {10, 308}, {10, 309}, {1.0000001, 1e9}};
        for (double[] p : pairs) System.out.print(Math.pow(p[0], p[1]) + " " + StrictMath.pow(p[0], p[1]) + " " + Math.atan2(p[0], p[1]) + " " + Math.hypot(p[0], p[1]) + " " + Math.IEEEremainder(p[0], p[1]) + " " + Math.max(p[0], p[1]) + " " + Math.min(p[0], p[1]) + "; ");
        System.out.println();
        float[] fs = {0.5f, -0.5f, 1.5f, -1.5f, 2.5f, 0.49999997f, 8388609f, Float.NaN, Float.POSITIVE_INFINITY, -0f, Float.MAX_VALUE, 1e-45f};
        for (float f : fs) System.out.print(Math.round(f) + " " + Math.abs(f) + " " + Math.signum(f) + " " + Math.ulp(f) + " " + Math.nextUp(f) + " " + Math.nextDown(f) + " " + Math.getExponent(f) + " " + Math.copySign(2f, f) + " " + Math.scalb(f, -2) + " " + Math.nextAfter(f, 1.0) + " " + Math.max(f, 0f) + " " + Math.min(f, -0f) + "; ");
        System.out.println();
        System.out.println(Math.round(Double.MAX_VALUE) + " " + Math.round(-1e19) + " " + Math.round(1e10f) + " " + Math.round(-3e9f) + " " + Math.round(Double.NaN) + " " + Math.round(Float.NaN) + " " + Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(-2.5f) + " " + Math.round(0.49999999999999994));
        int[] is = {0, 1, -1, 7, -7, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int a : is) {
            StringBuilder b = new StringBuilder().append(a).append(": ").append(Math.abs(a)).append(' ').append(Math.abs((long) a)).append(' ');
            for (int d : new int[]{3, -3, 1, -1, Integer.MIN_VALUE}) b.append(Math.floorDiv(a, d)).append('/').append(Math.floorMod(a, d)).append('/').append(Math.floorDiv((long) a, d)).append('/').append(Math.floorMod((long) a, d)).append('/').append(Math.floorMod((long) a, (long) d)).append(' ');
            try { b.append(Math.absExact(a)); } catch (ArithmeticException e) { b.append(e.getMessage()); }
            b.append(' ');
            try { b.append(Math.incrementExact(a)).append(',').append(Math.decrementExact(a)).append(',').append(Math.negateExact(a)); } catch (ArithmeticException e) { b.append(e.getMessage()); }
            b.append(' ').append(Math.multiplyFull(a, a)).append(' ').append(Math.multiplyHigh((long) a << 20, Long.MAX_VALUE));
            System.out.println(b);
        }
        long[] ls = {Long.MAX_VALUE, Long.MIN_VALUE, -1L, 1L << 62};
        for (long a : ls) {
            StringBuilder b = new StringBuilder().append(a).append(": ").append(Math.abs(a)).append(' ').append(Math.multiplyHigh(a, a)).append(' ').append(Math.multiplyHigh(a, -3L)).append(' ');
            for (java.util.function.LongUnaryOperator op : new java.util.function.LongUnaryOperator[]{Math::absExact, Math::incrementExact, Math::decrementExact, Math::negateExact, x -> Math.multiplyExact(x, 2L), x -> Math.multiplyExact(x, 3), x -> Math.addExact(x, x), x -> Math.subtractExact(0L, x), x -> (long) Math.toIntExact(x)}) {
                try { b.append(op.applyAsLong(a)); } catch (ArithmeticException e) { b.append(e.getMessage()); }
                b.append(',');
            }
            System.out.println(b);
        }
        System.out.println(Math.max(Integer.MIN_VALUE, -0) + " " + Math.min(Long.MAX_VALUE, 0L) + " " + Math.max(Float.NaN, 1f) + " " + Math.min(-0.0, 0.0) + " " + Math.max(-0.0f, 0.0f) + " " + Math.E + " " + Math.PI + " " + StrictMath.E + " " + (Math.random() >= 0) + " " + (Math.random() < 1) + " " + Math.fma(0.1, 10, -1) + " " + Math.fma(Double.MAX_VALUE, 2, -Double.MAX_VALUE));
        double sum = 0;
        for (int i = 1; i <= 1000; i++) sum += Math.sin(i) * Math.sqrt(i) / Math.log(i + 1) + Math.pow(1.001, i) - Math.atan2(i, 7) + Math.cosh(i / 500.0) + Math.acos(1.0 / i) + Math.asin(-1.0 / i);
        System.out.println(sum);
    }
}
