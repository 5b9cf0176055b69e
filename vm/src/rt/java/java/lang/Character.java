package java.lang;

/** Classification of non-ASCII characters is a VM intrinsic calling the host JDK's Unicode tables. */
public final class Character implements java.io.Serializable, Comparable<Character> {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    public static final int SIZE = 16;
    public static final int BYTES = 2;
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.primitive("char");

    private final char value;

    public Character(char value) {
        this.value = value;
    }

    private static final class Cache {
        static final Character[] CACHE = new Character[128];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Character((char) i);
            }
        }
    }

    public static Character valueOf(char c) {
        if (c < 128) {
            return Cache.CACHE[c];
        }
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    public static boolean isDigit(char ch) {
        return ch < 128 ? ch >= '0' && ch <= '9' : isDigit((int) ch);
    }

    public static native boolean isDigit(int codePoint);

    public static boolean isLetter(char ch) {
        return ch < 128 ? (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') : isLetter((int) ch);
    }

    public static native boolean isLetter(int codePoint);

    public static boolean isLetterOrDigit(char ch) {
        return isLetter(ch) || isDigit(ch);
    }

    public static boolean isLetterOrDigit(int codePoint) {
        return isLetter(codePoint) || isDigit(codePoint);
    }

    public static boolean isAlphabetic(int codePoint) {
        return isLetter(codePoint);
    }

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    public static native boolean isWhitespace(int codePoint);

    public static boolean isSpaceChar(char ch) {
        return ch == ' ' || isWhitespace(ch);
    }

    public static boolean isUpperCase(char ch) {
        return ch < 128 ? ch >= 'A' && ch <= 'Z' : isUpperCase((int) ch);
    }

    public static native boolean isUpperCase(int codePoint);

    public static boolean isLowerCase(char ch) {
        return ch < 128 ? ch >= 'a' && ch <= 'z' : isLowerCase((int) ch);
    }

    public static native boolean isLowerCase(int codePoint);

    public static char toUpperCase(char ch) {
        if (ch < 128) {
            return ch >= 'a' && ch <= 'z' ? (char) (ch - 32) : ch;
        }
        return (char) toUpperCase((int) ch);
    }

    public static native int toUpperCase(int codePoint);

    public static char toLowerCase(char ch) {
        if (ch < 128) {
            return ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
        }
        return (char) toLowerCase((int) ch);
    }

    public static native int toLowerCase(int codePoint);

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    public static int digit(int ch, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int d;
        if (ch >= '0' && ch <= '9') {
            d = ch - '0';
        } else if (ch >= 'a' && ch <= 'z') {
            d = ch - 'a' + 10;
        } else if (ch >= 'A' && ch <= 'Z') {
            d = ch - 'A' + 10;
        } else if (ch < 128) {
            return -1;
        } else {
            return hostDigit(ch, radix);
        }
        return d < radix ? d : -1;
    }

    private static native int hostDigit(int ch, int radix);

    public static int getNumericValue(char ch) {
        return digit(ch, MAX_RADIX);
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        return digit < 10 ? (char) ('0' + digit) : (char) ('a' - 10 + digit);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static int hashCode(char value) {
        return value;
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static boolean isSurrogate(char ch) {
        return ch >= '\uD800' && ch <= '\uDFFF';
    }

    public String toString() {
        return String.valueOf(value);
    }

    public int hashCode() {
        return value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Character && value == ((Character) obj).value;
    }

    public int compareTo(Character other) {
        return compare(value, other.value);
    }
}
