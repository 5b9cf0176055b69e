public class Parsing {
    interface C { Object call() throws Exception; }
    static void t(C c) { try { System.out.println(c.call()); } catch (Exception e) { System.out.println(e.getClass().getSimpleName() + (e instanceof NullPointerException ? "" : ": " + e.getMessage())); } }
    public static void main(String[] a) {
        t(() -> Integer.parseInt(null)); t(() -> Long.parseLong(null)); t(() -> Integer.parseInt(null, 16)); t(() -> Long.parseLong("1", 40)); t(() -> Long.parseLong("", 16));
        t(() -> Integer.parseUnsignedInt(null)); t(() -> Integer.parseUnsignedInt("")); t(() -> Integer.parseUnsignedInt("ffffffff", 16)); t(() -> Long.parseUnsignedLong("-1")); t(() -> Long.parseUnsignedLong("18446744073709551616")); t(() -> Long.parseUnsignedLong(""));
        t(() -> Integer.decode("")); t(() -> Integer.decode(null)); t(() -> Integer.decode("--1")); t(() -> Integer.decode("0x-1")); t(() -> Integer.decode("-0x80000000")); t(() -> Integer.decode("0x80000000")); t(() -> Byte.parseByte(null)); t(() -> Short.decode("0x8000")); t(() -> Byte.decode("0x80"));
        t(() -> Boolean.parseBoolean(null)); t(() -> Double.valueOf(null)); t(() -> Integer.valueOf(null));
        t(() -> Integer.parseInt("+")); t(() -> Integer.parseInt("-", 16)); t(() -> Long.parseLong("-")); t(() -> Long.parseLong("+", 16));
        t(() -> Integer.parseUnsignedInt("4294967296")); t(() -> Integer.parseUnsignedInt("-0")); t(() -> Long.parseUnsignedLong("ffffffffffffffff", 16)); t(() -> Integer.parseUnsignedInt("123456789")); t(() -> Integer.parseUnsignedInt("1", 99));
        t(() -> Long.toUnsignedString(-1L)); t(() -> Long.toUnsignedString(-1L, 16)); t(() -> Integer.toUnsignedString(-1, 2)); t(() -> Long.divideUnsigned(-1L, 3L)); t(() -> Long.remainderUnsigned(-1L, 3L)); t(() -> Long.divideUnsigned(5L, -1L));
    }
}
