public class Format {
    record P(int x) { }
    static class Custom { public String toString() { return "custom!"; } }
    public static void main(String[] args) {
        System.out.printf("%d %d %d %d %d%n", 0, -1, Integer.MAX_VALUE, Long.MIN_VALUE, (byte) -5);
        System.out.printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%,d] [%,d] [%(d] [%x] [%X] [%o] [%08X] [%#x] [%#o]%n", 42, 42, 42, 42, 42, 1234567, -9876543210L, -7, 255, 255L, 8, -1, 255, 8);
        System.out.printf("%f %.3f %.0f %10.2f %-10.2f| %010.3f %+.2f %,.2f %.1f %.2f %.3f%n", Math.PI, Math.E, 2.5, -1.005, 3.14159, -2.5, 1.0, 1234567.891, 0.05, 0.125, 1.0005);
        System.out.printf("%e %.2e %E %.0e %g %.3g %a%n", 12345.678, 0.000123, 1e100, 5.5, 0.0001234, 123456.0, 1.0);
        System.out.printf("%f %e %f %f %.2f%n", Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e-320, Float.MAX_VALUE);
        System.out.printf("%s %S %10s %-10s| %.2s %s %s %s %s%n", "str", "up", "right", "left", "truncate", null, new Custom(), new P(3), 'c');
        System.out.printf("%c %c %C %b %b %B %b %h %%%n", 'x', 65, 'y', true, null, false, "nonnull", "hi");
        System.out.printf("%1$s %1$s %2$d %3$s %<s%n", "a", 2, "c");
        System.out.printf("%s %s %s%n", 1.5f, 100.0, 1e21);
        System.out.printf("no args%n");
        System.out.printf("%n");
        System.out.println(String.format("|%8.3f|%-8s|%08d|%x|", -3.14159, "ab", -42, -255));
        System.out.println(String.format("%,d %,d %,.3f", 999, 1000, -1234.5678));
        System.out.println(String.format("%d%%", 50) + " " + "%s=%d".formatted("k", 7) + " " + String.format("%5.1f%%", 12.345));
        System.out.println(String.format("%-6b|%6c|%3$s", true, 'z', "third"));
        System.out.println(String.format("%x %x %x %X", (byte) -1, (short) -1, -1L, 3000000000L));
        String[] bad = {"%d", "%.2d", "%q", "%s %s", "%-d", "%05s", "%,x", "%#b"};
        for (String f : bad) {
            try {
                System.out.println(String.format(f, "str"));
            } catch (IllegalArgumentException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try { System.out.printf("%d%n", 1.5); } catch (IllegalArgumentException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        System.err.printf("to err %d%n", 1);
        System.out.print("print ");
        System.out.print(1);
        System.out.print('c');
        System.out.print(2L);
        System.out.print(1.5f);
        System.out.print(2.5);
        System.out.print(true);
        System.out.print((Object) null);
        System.out.print((String) null);
        System.out.print(new char[]{'x', 'y'});
        System.out.println();
        System.out.println(1);
        System.out.println('c');
        System.out.println(2L);
        System.out.println(1.5f);
        System.out.println(2.5);
        System.out.println(false);
        System.out.println((Object) null);
        System.out.println((String) null);
        System.out.println(new char[]{'o', 'k'});
        System.out.println(new Custom());
        System.out.append("appended").append('!').append("xyz", 1, 2).println();
        System.out.format("format %s%n", "works").printf("chained%n");
        System.out.flush();
        System.out.println("tab\there \"quoted\" back\\slash unicode \u00e9\u4e16 nul[\0]");
    }
}
