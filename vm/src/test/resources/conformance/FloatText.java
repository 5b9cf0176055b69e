public class FloatText {
    public static void main(String[] args) {
        double[] ds = {0.1, 0.2, 0.3, 0.1 + 0.2, 1e-7, 1e-3, 1e-4, 0.001, 9.999999999999999e-4, 1.0E10, 1e7, 9999999.0, 10000000.0, 1e21, 1e22, 1e23, 100.0, 1.0, -1.0,
                123456789012345678.0, 2e-323, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 4.35, 2.0 / 3, Math.PI, Math.E, 1.0E-5, 5e-324, 4.9e-324,
                2.2250738585072014E-308, 2.225073858507201E-308, 1.7976931348623157E308, 0.5, 0.25, 1 / 1024.0, 8.41E21, 5.0E-9, 1.0E-10, 123.456, -0.0, 0.0,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.0E-3, 1.0E-3 * 3, 3.0E-44, 9007199254740993.0, 1.2345678901234567E-300};
        for (double d : ds) {
            System.out.println(d + " " + Double.toString(d) + " " + String.valueOf(d) + " " + Double.toHexString(d) + " " + (d == Double.parseDouble(Double.toString(d))) + " " + new StringBuilder().append(d));
        }
        float[] fs = {0.1f, 0.2f, 0.3f, 0.1f + 0.2f, 1e-7f, 1.0E10f, 1e7f, 9999999f, 100f, 1e21f, 1.0f, 3.4028235E38f, Float.MIN_VALUE, Float.MIN_NORMAL, 1.17549435E-38f / 3,
                16777216f, 16777217f, 1.0E-3f, 0.001f, 33.333332f, 2f / 3, (float) Math.PI, 1.4E-45f, 1e-44f, -0f, Float.NaN, Float.NEGATIVE_INFINITY, 8.5E-5f, 1.23456789e8f};
        for (float f : fs) {
            System.out.println(f + " " + Float.toString(f) + " " + String.valueOf(f) + " " + Float.toHexString(f) + " " + (f == Float.parseFloat(Float.toString(f))) + " " + new StringBuilder().append(f) + " " + (double) f);
        }
        String[] texts = {"1", "-1", "+1.5", "1e10", "1E-5", ".5", "5.", "0x1p4", "0x1.8p1", "  2.5  ", "NaN", "-Infinity", "Infinity", "+Infinity", "1d", "2.5f", "1e400", "1e-400", "-0", "4.9e-324", "2.4e-324", "0.1e1", "1_000", "", "abc", "1e", "--1", "0x", "1.0.0", " ", "NaNx"};
        for (String t : texts) {
            try {
                System.out.print("[" + t + "] " + Double.parseDouble(t) + " ");
            } catch (NumberFormatException e) {
                System.out.print("[" + t + "] NFE(" + e.getMessage() + ") ");
            }
            try {
                System.out.println(Float.parseFloat(t) + " " + Double.valueOf(t) + " " + Float.valueOf(t));
            } catch (NumberFormatException e) {
                System.out.println("NFE(" + e.getMessage() + ")");
            }
        }
        try {
            Double.parseDouble(null);
        } catch (NullPointerException e) {
            System.out.println("parseDouble(null): NPE");
        }
        double acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1;
        System.out.println(acc + " " + (float) acc + " " + acc * 1e20 + " " + acc / 1e20);
        for (double d = 1; d < 1e25; d *= 10) System.out.print(d + " " + (d + 0.5) + " ");
        System.out.println();
        for (float f = 1; f > 1e-12f; f /= 10) System.out.print(f + " ");
        System.out.println();
        System.out.println("" + 1.0f + 2.0 + 'c' + 3L + (short) 4 + (byte) 5 + true + null + 1e-10f);
    }
}
