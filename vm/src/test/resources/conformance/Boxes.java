public class Boxes {
    static String parseI(String s, int radix) {
        try { return String.valueOf(Integer.parseInt(s, radix)); } catch (NumberFormatException e) { return "NFE(" + e.getMessage() + ")"; }
    }
    static String parseL(String s, int radix) {
        try { return String.valueOf(Long.parseLong(s, radix)); } catch (NumberFormatException e) { return "NFE(" + e.getMessage() + ")"; }
    }
    static String parseSmall(String s) {
        StringBuilder b = new StringBuilder();
        try { b.append(Byte.parseByte(s)); } catch (NumberFormatException e) { b.append("NFE(").append(e.getMessage()).append(')'); }
        b.append(' ');
        try { b.append(Short.parseShort(s)); } catch (NumberFormatException e) { b.append("NFE(").append(e.getMessage()).append(')'); }
        b.append(' ');
        try { b.append(Integer.valueOf(s)); } catch (NumberFormatException e) { b.append("NFE(").append(e.getMessage()).append(')'); }
        b.append(' ');
        try { b.append(Integer.decode(s)); } catch (NumberFormatException e) { b.append("NFE(").append(e.getMessage()).append(')'); }
        b.append(' ');
        try { b.append(Long.decode(s)); } catch (NumberFormatException e) { b.append("NFE(").append(e.getMessage()).append(')'); }
        b.append(' ');
        try { b.append(Integer.parseUnsignedInt(s)); } catch (NumberFormatException e) { b.append("NFE(").append(e.getMessage()).append(')'); }
        return b.toString();
    }
    public static void main(String[] args) {
        // valueOf caches
        System.out.println((Integer.valueOf(127) == Integer.valueOf(127)) + " " + (Integer.valueOf(128) == Integer.valueOf(128)) + " " + (Integer.valueOf(-128) == Integer.valueOf(-128)) + " " + (Integer.valueOf(-129) == Integer.valueOf(-129)));
        System.out.println((Long.valueOf(127L) == Long.valueOf(127L)) + " " + (Long.valueOf(128L) == Long.valueOf(128L)) + " " + (Short.valueOf((short) 100) == Short.valueOf((short) 100)) + " " + (Short.valueOf((short) 1000) == Short.valueOf((short) 1000)) + " " + (Byte.valueOf((byte) -1) == Byte.valueOf((byte) -1)));
        System.out.println((Character.valueOf('a') == Character.valueOf('a')) + " " + (Character.valueOf('\u0080') == Character.valueOf('\u0080')) + " " + (Boolean.valueOf(true) == Boolean.TRUE) + " " + (Boolean.valueOf("TRUE") == Boolean.TRUE) + " " + Boolean.valueOf("yes") + " " + Boolean.parseBoolean(null) + " " + (Double.valueOf(1.0) == Double.valueOf(1.0)) + " " + Double.valueOf(1.0).equals(Double.valueOf(1.0)));
        Integer a = 100, b = 100, c = 1000, d = 1000;
        Long la = 100L;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (c.intValue() == d) + " " + a.equals(100L) + " " + la.equals(100L) + " " + la.equals(100) + " " + new Integer(5).equals(5) + " " + (new Integer(5) == Integer.valueOf(5)));
        // parsing
        String[] ints = {"0", "-0", "+7", "123", "-2147483648", "2147483647", "2147483648", "-2147483649", "", "-", "+", "12a", " 1", "1 ", "0x10", "٣", "00012", null};
        for (String s : ints) System.out.print(parseI(s, 10) + " ");
        System.out.println();
        System.out.println(parseI("ff", 16) + " " + parseI("-FF", 16) + " " + parseI("zz", 36) + " " + parseI("1010", 2) + " " + parseI("2", 2) + " " + parseI("7fffffff", 16) + " " + parseI("80000000", 16) + " " + parseI("1", 1) + " " + parseI("1", 37) + " " + parseI("-80000000", 16));
        String[] longs = {"9223372036854775807", "-9223372036854775808", "9223372036854775808", "12L", "", "-", "1_000", "+0"};
        for (String s : longs) System.out.print(parseL(s, 10) + " ");
        System.out.println(parseL("7fffffffffffffff", 16) + " " + parseL("-zzzzzzzzzzzz", 36));
        for (String s : new String[]{"127", "128", "-128", "-129", "32767", "40000", "0x7f", "#10", "010", "-0x10", "0X1F", "08", "0", "4294967295", "4294967296", "-1", "x"}) System.out.println(s + ": " + parseSmall(s));
        // toString family
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.toString(100, 37) + " " + Integer.toHexString(Integer.MIN_VALUE) + " " + Integer.toOctalString(-8) + " " + Integer.toBinaryString(0) + " " + Long.toString(Long.MIN_VALUE, 36) + " " + Long.toHexString(-1L) + " " + Long.toOctalString(8L) + " " + Long.toBinaryString(5L) + " " + Integer.toUnsignedString(-2) + " " + Long.toUnsignedString(-1L) + " " + Integer.toUnsignedLong(-1) + " " + Integer.toString(Integer.MIN_VALUE) + " " + Long.toString(Long.MIN_VALUE));
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Long.MAX_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Float.MIN_VALUE + " " + Float.MIN_NORMAL + " " + Double.MAX_VALUE + " " + Integer.SIZE + Long.BYTES + Short.SIZE + Byte.SIZE + Double.SIZE + Float.BYTES + " " + Double.MAX_EXPONENT + " " + Float.MIN_EXPONENT + " " + Integer.TYPE + " " + Double.TYPE.getName() + " " + Boolean.TYPE + " " + Character.TYPE + " " + Void.TYPE);
        // xxxValue and Number
        Number[] numbers = {(byte) -5, (short) 300, 70000, 1L << 35, 2.75f, -1e10, Float.NaN};
        for (Number n : numbers) System.out.println(n + " " + n.byteValue() + " " + n.shortValue() + " " + n.intValue() + " " + n.longValue() + " " + n.floatValue() + " " + n.doubleValue() + " " + n.getClass().getSimpleName() + " " + n.hashCode() + " " + n.equals(n));
        // compare, hashCode, equals
        System.out.println(Integer.compare(3, 5) + " " + Long.compare(5, 3) + " " + Short.compare((short) 1, (short) -1) + " " + Byte.compare((byte) -128, (byte) 127) + " " + Boolean.compare(true, false) + " " + Character.compare('a', 'b') + " " + Double.compare(0.0, -0.0) + " " + Float.compare(Float.NaN, 1f) + " " + Integer.valueOf(7).compareTo(7) + " " + Boolean.TRUE.compareTo(false));
        System.out.println(Integer.hashCode(-7) + " " + Long.hashCode(-1L) + " " + Long.hashCode(1L << 32) + " " + Short.hashCode((short) -1) + " " + Byte.hashCode((byte) -1) + " " + Boolean.hashCode(true) + " " + Boolean.hashCode(false) + " " + Double.hashCode(1.5) + " " + Float.hashCode(1.5f) + " " + Double.valueOf(-0.0).hashCode() + " " + Character.valueOf('A').hashCode());
        System.out.println(Integer.valueOf(1).equals(Long.valueOf(1)) + " " + Short.valueOf((short) 1).equals((short) 1) + " " + Byte.valueOf((byte) 1).equals(1) + " " + Float.valueOf(0f).equals(-0f) + " " + Float.valueOf(Float.NaN).equals(Float.NaN) + " " + Boolean.TRUE.equals(true) + " " + Boolean.logicalXor(true, false) + Boolean.logicalAnd(true, false) + Boolean.logicalOr(false, false));
        // static helpers
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Integer.min(-3, 4) + " " + Long.sum(1, 2) + " " + Long.max(-1, -2) + " " + Double.sum(0.1, 0.2) + " " + Double.max(-0.0, 0.0) + " " + Float.min(-0f, 0f) + " " + Integer.signum(0) + " " + Long.signum(-9L) + " " + Integer.reverseBytes(0x01020304) + " " + Long.reverseBytes(1L) + " " + Short.reverseBytes((short) 0x0102) + " " + Integer.lowestOneBit(12) + " " + Long.highestOneBit(100L) + " " + Long.bitCount(-1L) + " " + Integer.numberOfTrailingZeros(0) + " " + Long.numberOfLeadingZeros(0) + " " + Integer.reverse(0x0F) + " " + Long.reverse(1L) + " " + Integer.rotateRight(1, 1) + " " + Long.rotateLeft(1L, 65));
        System.out.println(Integer.divideUnsigned(-1, 2) + " " + Integer.remainderUnsigned(-1, 3) + " " + Long.divideUnsigned(-1L, 2L) + " " + Long.remainderUnsigned(-1L, 10L) + " " + Long.compareUnsigned(-1L, 1L) + " " + Integer.compareUnsigned(1, -1) + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -1) + " " + Byte.toUnsignedLong((byte) -2));
        // autoboxing in arithmetic, compound assignment, conditional unboxing
        Integer boxed = 10;
        boxed += 5;
        boxed++;
        Double dbl = 1.5;
        dbl *= boxed;
        Long lng = 3L;
        lng <<= 2;
        Character ch = 'a';
        ch++;
        Short sh = 5;
        Byte by = 7;
        Float fl = 2f;
        Boolean flag = !Boolean.FALSE;
        int mixed = boxed + sh + by;
        System.out.println(boxed + " " + dbl + " " + lng + " " + ch + " " + mixed + " " + (fl * 2) + " " + flag + " " + (boxed > sh) + " " + (true ? boxed : dbl) + " " + (false ? 1 : 'x') + " " + (true ? (Integer) null == null : 0));
        Integer nothing = null;
        try { int bad = nothing + 1; System.out.println(bad); } catch (NullPointerException e) { System.out.println("NPE unbox"); }
        try { Integer v = true ? nothing : 0; System.out.println(v); } catch (NullPointerException e) { System.out.println("NPE conditional unbox"); }
        Object o = 42;
        Object p = 42L;
        Object q = 'c';
        System.out.println(o.getClass().getName() + " " + p.getClass().getName() + " " + q.getClass().getName() + " " + (o instanceof Number) + " " + (q instanceof Comparable) + " " + ((Comparable<Integer>) o).compareTo(41));
        // deprecated constructors still work
        System.out.println(new Integer("12") + new Long("34") + new Double("5.5") + new Float("6.5") + new Short("7") + new Byte("8") + " " + new Boolean("TrUe") + new Character('z'));
        // string to number and back through the boxes
        long total = 0;
        for (int i = -1000; i <= 1000; i += 7) total += Integer.parseInt(Integer.toString(i * 7919)) + Long.parseLong(Long.toString(i * 104729L * 104729L)) % 1000;
        System.out.println(total);
    }
}
