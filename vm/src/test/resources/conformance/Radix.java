public class Radix {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 35, -36, 255, Integer.MAX_VALUE, Integer.MIN_VALUE};
        long[] longs = {0, -1, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE};
        for (int radix : new int[]{-1, 0, 1, 2, 8, 10, 16, 36, 37}) {
            StringBuilder b = new StringBuilder().append(radix).append(": ");
            for (int i : ints) b.append(Integer.toString(i, radix)).append(',').append(Integer.toUnsignedString(i, radix)).append(' ');
            for (long l : longs) b.append(Long.toString(l, radix)).append(',').append(Long.toUnsignedString(l, radix)).append(' ');
            System.out.println(b);
        }
        System.out.println(Integer.toHexString(0) + Integer.toOctalString(0) + Long.toBinaryString(0) + " " + Integer.toHexString(Integer.MIN_VALUE) + " " + Long.toOctalString(Long.MIN_VALUE) + " " + Integer.toBinaryString(-1).length());
        System.out.println(Integer.parseInt("-7fffffff", 16) + " " + Integer.parseInt("Kona", 27) + " " + Long.parseLong("-1", 2) + " " + Integer.valueOf("7", 8) + " " + Long.valueOf("zz", 36) + " " + Short.parseShort("-7fff", 16) + " " + Byte.parseByte("-80", 16) + " " + Integer.parseUnsignedInt("ffffffff", 16) + " " + Long.parseUnsignedLong("ffffffffffffffff", 16) + " " + Long.parseUnsignedLong("zzzzzzzzzzzz", 36));
        for (String s : new String[]{"+-1", "-+1", "1+", "٣٤", "１２", "0b101", "1e3", "\u0660"}) {
            try { System.out.print(Integer.parseInt(s) + " "); } catch (NumberFormatException e) { System.out.print("NFE(" + e.getMessage() + ") "); }
        }
        System.out.println();
    }
}
