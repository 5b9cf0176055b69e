public class Arrays1 {
    interface Shape { }
    static class Sq implements Shape, Cloneable { int s; Sq(int s) { this.s = s; } public String toString() { return "Sq" + s; } }
    static String show(Object a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder(a.getClass().getName()).append('{');
        if (a instanceof boolean[]) for (boolean x : (boolean[]) a) b.append(x).append(',');
        else if (a instanceof byte[]) for (byte x : (byte[]) a) b.append(x).append(',');
        else if (a instanceof short[]) for (short x : (short[]) a) b.append(x).append(',');
        else if (a instanceof char[]) for (char x : (char[]) a) b.append((int) x).append(',');
        else if (a instanceof int[]) for (int x : (int[]) a) b.append(x).append(',');
        else if (a instanceof long[]) for (long x : (long[]) a) b.append(x).append(',');
        else if (a instanceof float[]) for (float x : (float[]) a) b.append(x).append(',');
        else if (a instanceof double[]) for (double x : (double[]) a) b.append(x).append(',');
        else for (Object x : (Object[]) a) b.append(x instanceof Object[] || (x != null && x.getClass().isArray()) ? show(x) : String.valueOf(x)).append(',');
        return b.append('}').toString();
    }
    public static void main(String[] args) {
        // defaults and stores of every element type, with narrowing on store
        boolean[] z = new boolean[3];
        byte[] b = new byte[3];
        short[] s = new short[3];
        char[] c = new char[3];
        int[] i = new int[3];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        Object[] o = new Object[3];
        System.out.println(show(z) + show(b) + show(s) + show(c) + show(i) + show(l) + show(f) + show(d) + show(o));
        z[1] = true; b[0] = (byte) 200; b[1] = -1; b[2]++; s[0] = (short) 70000; s[1]--; c[0] = 65535; c[1] = 'x'; c[2] += 2;
        i[0] = Integer.MIN_VALUE; i[1] = -1; i[2] = 1 << 31 >>> 1; l[0] = Long.MIN_VALUE; l[1] = 1L << 40; l[2] = ~0L;
        f[0] = Float.NaN; f[1] = -0f; f[2] = 1e-45f; d[0] = Double.NaN; d[1] = -0.0; d[2] = Double.MIN_VALUE; o[0] = "x"; o[1] = z; o[2] = 3;
        System.out.println(show(z) + show(b) + show(s) + show(c) + show(i) + show(l) + show(f) + show(d) + show(o));
        // packed element writes must not disturb neighbours
        byte[] bytes = new byte[17];
        for (int k = 0; k < bytes.length; k++) bytes[k] = (byte) (k * 37 - 100);
        bytes[8] = -128;
        short[] shorts = new short[9];
        for (int k = 0; k < shorts.length; k++) shorts[k] = (short) (k * -7001);
        char[] chars = new char[5];
        for (int k = 0; k < chars.length; k++) chars[k] = (char) (0xFFFF - k);
        int[] ints = new int[5];
        for (int k = 0; k < ints.length; k++) ints[k] = -k;
        float[] floats = new float[5];
        for (int k = 0; k < floats.length; k++) floats[k] = -k / 4f;
        System.out.println(show(bytes) + show(shorts) + show(chars) + show(ints) + show(floats));
        // multi-dimensional
        int[][] grid = new int[3][4];
        for (int r = 0; r < 3; r++) for (int k = 0; k < 4; k++) grid[r][k] = r * 10 + k;
        System.out.println(show(grid) + " " + grid.length + " " + grid[2].length);
        int[][] ragged = new int[2][];
        System.out.println(show(ragged));
        ragged[0] = new int[]{1};
        ragged[1] = new int[]{2, 3, 4};
        System.out.println(show(ragged));
        long[][][] cube = new long[2][0][3];
        System.out.println(show(cube) + " " + cube[1].length);
        char[][][] partial = new char[2][2][];
        System.out.println(show(partial));
        String[][] names = {{"a", "b"}, {}, null};
        System.out.println(show(names) + " " + names.getClass().getSimpleName() + " " + names.getClass().getComponentType().getName());
        double[][] zeroRows = new double[0][5];
        System.out.println(show(zeroRows));
        boolean[][] bools = new boolean[2][3];
        bools[1][2] = true;
        Object[] asObjects = bools;
        System.out.println(show(bools) + " " + (asObjects[0] instanceof boolean[]) + " " + (asObjects instanceof boolean[][]));
        try { int[][] bad = new int[2][-1]; System.out.println(bad); } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
        try { int[][] bad = new int[-3][2]; System.out.println(bad); } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
        try { Object[] bad = new String[-5]; System.out.println(bad); } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
        // clone of arrays: shallow, new identity, same class
        int[] orig = {1, 2, 3};
        int[] cl = orig.clone();
        cl[0] = 9;
        System.out.println(show(orig) + show(cl) + (orig != cl) + (orig.getClass() == cl.getClass()));
        int[][] deep = {{1}, {2}};
        int[][] shallow = deep.clone();
        shallow[0][0] = 7;
        shallow[1] = new int[]{8};
        System.out.println(show(deep) + show(shallow) + (deep[0] == shallow[0]));
        Object[] sqs = new Sq[]{new Sq(1), new Sq(2)};
        Object[] sqc = sqs.clone();
        System.out.println(sqc.getClass().getName() + " " + sqc[1] + " " + (sqc[0] == sqs[0]));
        byte[] emptyB = new byte[0];
        System.out.println(emptyB.clone().length + " " + new long[]{5L, 6L}.clone()[1] + " " + new double[]{0.5}.clone()[0] + " " + new char[]{'q'}.clone()[0] + " " + new boolean[]{true}.clone()[0] + " " + new short[]{-9}.clone()[0] + " " + new float[]{2.5f}.clone()[0]);
        // array covariance, ArrayStoreException, element class
        Shape[] shapes = new Sq[2];
        shapes[0] = new Sq(5);
        try { shapes[1] = new Shape() { }; } catch (ArrayStoreException e) { System.out.println("ASE anonymous"); }
        Object[] objs = new Number[1];
        objs[0] = 1.5;
        objs[0] = null;
        try { objs[0] = "no"; } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        Object[][] oo = new Integer[1][1];
        try { oo[0] = new String[1]; } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        Object[] holder = new Object[1][];
        try { holder[0] = new int[1]; } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        holder[0] = new String[]{"ok"};
        Cloneable[] cls = new int[1][];
        cls[0] = new int[]{4};
        java.io.Serializable[] ser = new String[1];
        ser[0] = "s";
        System.out.println(show(holder) + " " + show(cls) + " " + show(ser));
        // index checks with every element type
        Object[] arrays = {z, b, s, c, i, l, f, d, o};
        for (Object a : arrays) {
            for (int idx : new int[]{-1, 3, Integer.MIN_VALUE}) {
                try {
                    if (a instanceof boolean[]) ((boolean[]) a)[idx] = true;
                    else if (a instanceof byte[]) System.out.print(((byte[]) a)[idx]);
                    else if (a instanceof short[]) ((short[]) a)[idx] = 1;
                    else if (a instanceof char[]) System.out.print(((char[]) a)[idx]);
                    else if (a instanceof int[]) ((int[]) a)[idx]++;
                    else if (a instanceof long[]) System.out.print(((long[]) a)[idx]);
                    else if (a instanceof float[]) ((float[]) a)[idx] = 1f;
                    else if (a instanceof double[]) System.out.print(((double[]) a)[idx]);
                    else ((Object[]) a)[idx] = null;
                } catch (ArrayIndexOutOfBoundsException e) {
                    System.out.print(e.getMessage() + "; ");
                }
            }
        }
        System.out.println();
        int[] nil = null;
        try { System.out.println(nil.length); } catch (NullPointerException e) { System.out.println("NPE length"); }
        try { nil[0] = 1; } catch (NullPointerException e) { System.out.println("NPE store"); }
        try { System.out.println(nil[0]); } catch (NullPointerException e) { System.out.println("NPE load"); }
        try { int[] evaluated = nil; evaluated[(int) (1 / 0L)] = 2; } catch (RuntimeException e) { System.out.println(e.getClass().getName()); }
        // System.arraycopy: overlap both ways, type checks, bounds
        int[] ov = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(ov, 0, ov, 3, 6);
        System.out.println(show(ov));
        int[] ov2 = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(ov2, 3, ov2, 0, 7);
        System.out.println(show(ov2));
        byte[] bov = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        System.arraycopy(bov, 1, bov, 2, 8);
        System.out.println(show(bov));
        char[] cov = "abcdefghij".toCharArray();
        System.arraycopy(cov, 4, cov, 1, 5);
        System.out.println(new String(cov));
        Object[] oov = {"a", "b", "c", "d"};
        System.arraycopy(oov, 0, oov, 1, 3);
        System.out.println(show(oov));
        Object[] mixed = {"s", 1, null};
        String[] strs = new String[3];
        try { System.arraycopy(mixed, 0, strs, 0, 3); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage() + " " + show(strs)); }
        Number[] nums = new Integer[]{1, 2};
        Object[] dest = new Object[2];
        System.arraycopy(nums, 0, dest, 0, 2);
        System.out.println(show(dest));
        try { System.arraycopy(new int[2], 0, new long[2], 0, 1); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        try { System.arraycopy(new int[2], 0, new Object[2], 0, 1); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        try { System.arraycopy(new Object[2], 0, new byte[2], 0, 1); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        try { System.arraycopy(new Object[2], 0, "notarray", 0, 1); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        try { System.arraycopy("notarray", 0, new Object[2], 0, 1); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        try { System.arraycopy(new int[2], 0, new int[2], 1, 2); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE " + e.getMessage()); }
        try { System.arraycopy(new int[2], -1, new int[2], 0, 1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE " + e.getMessage()); }
        try { System.arraycopy(new int[2], 0, new int[2], 0, -1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE " + e.getMessage()); }
        try { System.arraycopy(new char[5], 3, new char[5], 0, 3); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE " + e.getMessage()); }
        try { System.arraycopy(null, 0, new int[2], 0, 1); } catch (NullPointerException e) { System.out.println("NPE src"); }
        try { System.arraycopy(new int[2], 0, null, 0, 1); } catch (NullPointerException e) { System.out.println("NPE dst"); }
        System.arraycopy(new int[0], 0, new int[0], 0, 0);
        System.arraycopy(new int[2], 2, new int[2], 2, 0);
        long[] lsrc = {Long.MIN_VALUE, -1, 7};
        long[] ldst = new long[4];
        System.arraycopy(lsrc, 1, ldst, 2, 2);
        double[] dsrc = {0.5, -0.0, Double.NaN};
        double[] ddst = new double[3];
        System.arraycopy(dsrc, 0, ddst, 0, 3);
        short[] ssrc = {1, -2, 3, -4, 5};
        short[] sdst = new short[7];
        System.arraycopy(ssrc, 1, sdst, 3, 4);
        boolean[] zsrc = {true, false, true};
        boolean[] zdst = new boolean[3];
        System.arraycopy(zsrc, 0, zdst, 0, 3);
        System.out.println(show(ldst) + show(ddst) + show(sdst) + show(zdst));
        // arrays as objects
        int[] x1 = {1};
        Object xo = x1;
        System.out.println(xo.equals(x1) + " " + xo.equals(new int[]{1}) + " " + (xo.hashCode() == x1.hashCode()) + " " + x1.getClass().getSimpleName() + " " + new String[0][0].getClass().getName() + " " + xo.getClass().isArray() + " " + xo.getClass().getComponentType() + " " + String[].class.getComponentType());
    }
}
