import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The java.lang extras real programs use: printf over boxed values from collections, bit operations, Character classification. */
public class LibLang {
    public static void main(String[] args) {
        List<Integer> ints = new ArrayList<>(List.of(0, 7, -42, 1_234_567, Integer.MIN_VALUE));
        Map<String, Double> scores = new TreeMap<>(Map.of("alpha", 3.14159, "beta", -0.5, "gamma", 12345.678));
        for (Integer i : ints) {
            System.out.printf("%d|%5d|%-6d|%,d|%x|%X|%08x|%s%n", i, i, i, i, i, i, i, i);
        }
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            System.out.printf("%-6s %f %.2f %10.3f %,.1f %e %s%n", e.getKey(), e.getValue(), e.getValue(), e.getValue(),
                    e.getValue(), e.getValue(), e.getValue());
        }
        Map<String, Long> counters = new HashMap<>();
        counters.put("ops", 9_876_543_210L);
        counters.put("misses", -1L);
        System.out.println(String.format("%s %d %,d %x", counters, counters.get("ops"), counters.get("ops"), counters.get("misses")));
        System.out.println(String.format("%s and %s; %5s|%-5s|%c %b %%", ints, scores.keySet(), 'x', true, 'y', null));
        for (int v : new int[] {0, 1, -1, 6, 255, 256, 0x7fff_ffff, Integer.MIN_VALUE, 0x00f0_0f00}) {
            System.out.println(v + ": bitCount " + Integer.bitCount(v) + " highestOneBit " + Integer.highestOneBit(v)
                    + " lowestOneBit " + Integer.lowestOneBit(v) + " nlz " + Integer.numberOfLeadingZeros(v) + " ntz "
                    + Integer.numberOfTrailingZeros(v) + " reverse " + Integer.reverse(v) + " reverseBytes "
                    + Integer.reverseBytes(v) + " rotl " + Integer.rotateLeft(v, 5) + " rotr " + Integer.rotateRight(v, 3)
                    + " signum " + Integer.signum(v) + " bin " + Integer.toBinaryString(v) + " hex " + Integer.toHexString(v));
        }
        for (long v : new long[] {0, 1, -1, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, 0x0123_4567_89ab_cdefL}) {
            System.out.println(v + ": bitCount " + Long.bitCount(v) + " highestOneBit " + Long.highestOneBit(v) + " lowestOneBit "
                    + Long.lowestOneBit(v) + " nlz " + Long.numberOfLeadingZeros(v) + " ntz " + Long.numberOfTrailingZeros(v)
                    + " reverse " + Long.reverse(v) + " rotl " + Long.rotateLeft(v, 9) + " signum " + Long.signum(v) + " hex "
                    + Long.toHexString(v));
        }
        StringBuilder classes = new StringBuilder();
        for (char c : "aZ5 _\t\n$é中\u0000!Ⅻ".toCharArray()) {
            classes.append(Integer.toHexString(c)).append(':')
                    .append(Character.isLetter(c) ? 'L' : '-')
                    .append(Character.isDigit(c) ? 'D' : '-')
                    .append(Character.isLetterOrDigit(c) ? 'A' : '-')
                    .append(Character.isWhitespace(c) ? 'W' : '-')
                    .append(Character.isUpperCase(c) ? 'U' : '-')
                    .append(Character.isLowerCase(c) ? 'l' : '-')
                    .append(Character.isAlphabetic(c) ? 'a' : '-')
                    .append(Character.isJavaIdentifierStart(c) ? 'S' : '-')
                    .append(Character.isJavaIdentifierPart(c) ? 'P' : '-')
                    .append(Character.isSpaceChar(c) ? 's' : '-')
                    .append(Character.isISOControl(c) ? 'C' : '-')
                    .append(' ').append(Character.getNumericValue(c)).append(' ').append(Character.getType(c))
                    .append(' ').append(Character.toUpperCase(c)).append(Character.toLowerCase(c)).append(' ');
        }
        System.out.println(classes);
        System.out.println(Character.digit('f', 16) + " " + Character.forDigit(11, 16) + " " + Character.isDigit('٣') + " "
                + Character.getNumericValue('٣') + " " + Character.toChars(0x1F600).length + " " + Character.isSurrogate('\uD83D'));
    }
}
