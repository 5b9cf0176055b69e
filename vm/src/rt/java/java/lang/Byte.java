package java.lang;

public final class Byte extends Number implements Comparable<Byte> {
    public static final byte MIN_VALUE = -128;
    public static final byte MAX_VALUE = 127;
    public static final int SIZE = 8;
    public static final int BYTES = 1;
    @SuppressWarnings("unchecked")
    public static final Class<Byte> TYPE = (Class<Byte>) Class.primitive("byte");

    private final byte value;

    @Deprecated
    public Byte(String s) throws NumberFormatException {
        this(parseByte(s, 10));
    }

    public Byte(byte value) {
        this.value = value;
    }

    private static final class Cache {
        static final Byte[] CACHE = new Byte[256];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Byte((byte) (i - 128));
            }
        }
    }

    public static Byte valueOf(byte v) {
        if (v >= -128 && v <= 127) {
            return Cache.CACHE[v + 128];
        }
        return new Byte(v);
    }

    public static byte parseByte(String s) {
        return parseByte(s, 10);
    }

    public static byte parseByte(String s, int radix) {
        int i = Integer.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (byte) i;
    }

    public static Byte valueOf(String s) {
        return valueOf(parseByte(s, 10));
    }

    public static String toString(byte v) {
        return Integer.toString(v);
    }

    public static int compare(byte x, byte y) {
        return x - y;
    }

    public static int hashCode(byte value) {
        return value;
    }

    public static int toUnsignedInt(byte x) {
        return x & 0xff;
    }

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return value;
    }

    public long longValue() {
        return value;
    }

    public float floatValue() {
        return value;
    }

    public double doubleValue() {
        return value;
    }

    public String toString() {
        return Integer.toString(value);
    }

    public int hashCode() {
        return value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Byte && value == ((Byte) obj).value;
    }

    public int compareTo(Byte other) {
        return compare(value, other.value);
    }

    public static Byte valueOf(String s, int radix) {
        return valueOf(parseByte(s, radix));
    }

    public static Byte decode(String nm) {
        int i = Integer.decode(nm);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value " + i + " out of range from input " + nm);
        }
        return valueOf((byte) i);
    }

    public static long toUnsignedLong(byte x) {
        return ((long) x) & 0xffL;
    }
}
