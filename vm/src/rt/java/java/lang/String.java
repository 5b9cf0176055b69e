package java.lang;

/**
 * Strings of the simulated heap: a char[] and a cached hash (the JDK's pre-9 layout; see the package
 * documentation of gclab.vm for the size comparison with HotSpot's compact strings).
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    public String() {
        value = new char[0];
    }

    public String(String original) {
        value = original.value;
        hash = original.hash;
    }

    public String(char[] chars) {
        this(chars, 0, chars.length);
    }

    public String(char[] chars, int offset, int count) {
        if (offset < 0 || count < 0 || offset > chars.length - count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + chars.length);
        }
        value = new char[count];
        System.arraycopy(chars, offset, value, 0, count);
    }

    public String(StringBuilder builder) {
        this(builder.value, 0, builder.count);
    }

    public String(StringBuffer buffer) {
        this(buffer.value, 0, buffer.count);
    }

    /** Shares {@code chars}: for the library's own builders, which hand over a fresh array. */
    String(char[] chars, boolean share) {
        value = chars;
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public boolean isBlank() {
        return indexOfNonWhitespace() == value.length;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw outOfRange(index);
        }
        return value[index];
    }

    /** JDK 17's message: Latin-1 strings say "String index out of range", UTF-16 ones "index i, length n". */
    private StringIndexOutOfBoundsException outOfRange(int index) {
        for (char c : value) {
            if (c > 0xff) {
                return new StringIndexOutOfBoundsException("index " + index + ", length " + value.length);
            }
        }
        return new StringIndexOutOfBoundsException("String index out of range: " + index);
    }

    public int codePointAt(int index) {
        if (index < 0 || index >= value.length) {
            throw outOfRange(index);
        }
        char high = value[index];
        if (Character.isHighSurrogate(high) && index + 1 < value.length) {
            char low = value[index + 1];
            if (Character.isLowSurrogate(low)) {
                return Character.toCodePoint(high, low);
            }
        }
        return high;
    }

    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof String)) {
            return false;
        }
        char[] a = value;
        char[] b = ((String) other).value;
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String other) {
        if (other == null || other.value.length != value.length) {
            return false;
        }
        return regionMatches(true, 0, other, 0, value.length);
    }

    public boolean contentEquals(CharSequence cs) {
        return equals(cs.toString());
    }

    public int hashCode() {
        int h = hash;
        if (h == 0) {
            char[] v = value;
            for (int i = 0; i < v.length; i++) {
                h = 31 * h + v[i];
            }
            hash = h;
        }
        return h;
    }

    public int compareTo(String other) {
        char[] a = value;
        char[] b = other.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return a[i] - b[i];
            }
        }
        return a.length - b.length;
    }

    /** Orders as compareToIgnoreCase (a class, not a lambda: String is initialised before lambdas can be spun). */
    public static final java.util.Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    private static final class CaseInsensitiveComparator implements java.util.Comparator<String>, java.io.Serializable {
        public int compare(String a, String b) {
            return a.compareToIgnoreCase(b);
        }
    }

    public int compareToIgnoreCase(String other) {
        char[] a = value;
        char[] b = other.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            char x = a[i];
            char y = b[i];
            if (x != y) {
                x = Character.toLowerCase(Character.toUpperCase(x));
                y = Character.toLowerCase(Character.toUpperCase(y));
                if (x != y) {
                    return x - y;
                }
            }
        }
        return a.length - b.length;
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) value.length - len
                || ooffset > (long) other.value.length - len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char c1 = value[toffset + i];
            char c2 = other.value[ooffset + i];
            if (c1 == c2) {
                continue;
            }
            if (ignoreCase) {
                char u1 = Character.toUpperCase(c1);
                char u2 = Character.toUpperCase(c2);
                if (u1 == u2 || Character.toLowerCase(u1) == Character.toLowerCase(u2)) {
                    continue;
                }
            }
            return false;
        }
        return true;
    }

    public boolean startsWith(String prefix, int offset) {
        return regionMatches(false, offset, prefix, 0, prefix.value.length);
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        char[] v = value;
        if (ch >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            if (!Character.isValidCodePoint(ch)) {
                return -1;
            }
            char high = Character.highSurrogate(ch);
            char low = Character.lowSurrogate(ch);
            for (int i = Math.max(fromIndex, 0); i < v.length - 1; i++) {
                if (v[i] == high && v[i + 1] == low) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = Math.max(fromIndex, 0); i < v.length; i++) {
            if (v[i] == ch) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        if (ch >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            if (!Character.isValidCodePoint(ch)) {
                return -1;
            }
            char high = Character.highSurrogate(ch);
            char low = Character.lowSurrogate(ch);
            for (int i = Math.min(fromIndex, v.length - 2); i >= 0; i--) {
                if (v[i] == high && v[i + 1] == low) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = Math.min(fromIndex, v.length - 1); i >= 0; i--) {
            if (v[i] == ch) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        char[] v = value;
        char[] s = str.value;
        int from = Math.max(fromIndex, 0);
        if (from >= v.length) {
            return s.length == 0 ? v.length : -1;
        }
        for (int i = from; i <= v.length - s.length; i++) {
            int j = 0;
            while (j < s.length && v[i + j] == s[j]) {
                j++;
            }
            if (j == s.length) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        char[] v = value;
        char[] s = str.value;
        for (int i = Math.min(fromIndex, v.length - s.length); i >= 0; i--) {
            int j = 0;
            while (j < s.length && v[i + j] == s[j]) {
                j++;
            }
            if (j == s.length) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        int length = value.length;
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > length) {
            throw new StringIndexOutOfBoundsException("begin " + beginIndex + ", end " + endIndex + ", length " + length);
        }
        if (beginIndex == 0 && endIndex == length) {
            return this;
        }
        return new String(value, beginIndex, endIndex - beginIndex);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.value.length == 0) {
            return this;
        }
        char[] c = new char[value.length + str.value.length];
        System.arraycopy(value, 0, c, 0, value.length);
        System.arraycopy(str.value, 0, c, value.length, str.value.length);
        return new String(c, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar || indexOf(oldChar) < 0) {
            return this;
        }
        char[] c = value.clone();
        for (int i = 0; i < c.length; i++) {
            if (c[i] == oldChar) {
                c[i] = newChar;
            }
        }
        return new String(c, true);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String t = target.toString();
        String r = replacement.toString();
        int at = indexOf(t);
        if (at < 0) {
            return this;
        }
        StringBuilder b = new StringBuilder();
        int from = 0;
        if (t.value.length == 0) {
            for (int i = 0; i < value.length; i++) {
                b.append(r).append(value[i]);
            }
            return b.append(r).toString();
        }
        while (at >= 0) {
            b.append(this, from, at).append(r);
            from = at + t.value.length;
            at = indexOf(t, from);
        }
        return b.append(this, from, value.length).toString();
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        char[] c = new char[value.length * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, c, i * value.length, value.length);
        }
        return new String(c, true);
    }

    public String trim() {
        int st = 0;
        int len = value.length;
        while (st < len && value[st] <= ' ') {
            st++;
        }
        while (st < len && value[len - 1] <= ' ') {
            len--;
        }
        return (st > 0 || len < value.length) ? substring(st, len) : this;
    }

    public String strip() {
        int st = indexOfNonWhitespace();
        int len = value.length;
        while (len > st && Character.isWhitespace(value[len - 1])) {
            len--;
        }
        return substring(st, len);
    }

    public String stripLeading() {
        return substring(indexOfNonWhitespace());
    }

    public String stripTrailing() {
        int len = value.length;
        while (len > 0 && Character.isWhitespace(value[len - 1])) {
            len--;
        }
        return substring(0, len);
    }

    private int indexOfNonWhitespace() {
        int st = 0;
        while (st < value.length && Character.isWhitespace(value[st])) {
            st++;
        }
        return st;
    }

    /** The host's case mapping (a VM intrinsic): special casing and supplementary characters included. */
    public native String toUpperCase();

    public native String toLowerCase();

    public char[] toCharArray() {
        return value.clone();
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    /** Regular expressions are the host JDK's (a VM intrinsic): the pieces are new strings of this heap. */
    public String[] split(String regex) {
        return split(regex, 0);
    }

    public native String[] split(String regex, int limit);

    public native boolean matches(String regex);

    public native String replaceAll(String regex, String replacement);

    public native String replaceFirst(String regex, String replacement);

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        java.util.Objects.requireNonNull(delimiter);
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (CharSequence cs : elements) {
            if (!first) {
                b.append(delimiter);
            }
            b.append(cs);
            first = false;
        }
        return b.toString();
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                b.append(delimiter);
            }
            b.append(elements[i]);
        }
        return b.toString();
    }

    public String toString() {
        return this;
    }

    public native String intern();

    public static native String format(String format, Object... args);

    public String formatted(Object... args) {
        return format(this, args);
    }

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }
}
