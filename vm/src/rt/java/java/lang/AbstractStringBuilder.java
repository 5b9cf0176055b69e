package java.lang;

/**
 * A growable char[] in the simulated heap: the logic of {@link StringBuilder} and {@link StringBuffer}, which add
 * only constructors and covariant returns (as in the JDK; one thread, so no locking in StringBuffer).
 */
abstract class AbstractStringBuilder implements Appendable, CharSequence {
    char[] value;
    int count;

    AbstractStringBuilder() {
        value = new char[16];
    }

    AbstractStringBuilder(int capacity) {
        if (capacity < 0) {
            throw new NegativeArraySizeException(Integer.toString(capacity));
        }
        value = new char[capacity];
    }

    AbstractStringBuilder(String str) {
        value = new char[str.length() + 16];
        append(str);
    }

    AbstractStringBuilder(CharSequence seq) {
        this(seq.toString());
    }

    public void ensureCapacity(int minimum) {
        if (minimum > 0 && minimum > value.length) {
            int grown = value.length * 2 + 2;
            char[] bigger = new char[grown < minimum ? minimum : grown];
            System.arraycopy(value, 0, bigger, 0, count);
            value = bigger;
        }
    }

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public char charAt(int index) {
        checkIndex(index);
        return value[index];
    }

    public int codePointAt(int index) {
        checkIndex(index);
        return toString().codePointAt(index);
    }

    public void setCharAt(int index, char ch) {
        checkIndex(index);
        value[index] = ch;
    }

    /** The JDK's messages: an index must be inside, an offset may also be the end, a range must be ordered. */
    private void checkIndex(int index) {
        if (index < 0 || index >= count) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        }
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
        }
    }

    private static void checkRange(int start, int end, int length, boolean stringIndex) {
        if (start < 0 || start > end || end > length) {
            String message = "start " + start + ", end " + end + ", length " + length;
            throw stringIndex ? new StringIndexOutOfBoundsException(message) : new IndexOutOfBoundsException(message);
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacity(newLength);
        for (int i = count; i < newLength; i++) {
            value[i] = 0;
        }
        count = newLength;
    }

    public AbstractStringBuilder append(String str) {
        if (str == null) {
            str = "null";
        }
        int len = str.length();
        ensureCapacity(count + len);
        str.getChars(0, len, value, count);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    /** Appends any builder's characters directly (the public overloads take StringBuilder and StringBuffer). */
    AbstractStringBuilder append(AbstractStringBuilder sb) {
        if (sb == null) {
            return append("null");
        }
        int len = sb.count;
        ensureCapacity(count + len);
        System.arraycopy(sb.value, 0, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s) {
        return append(String.valueOf(s));
    }

    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkRange(start, end, s.length(), false);
        ensureCapacity(count + end - start);
        for (int i = start; i < end; i++) {
            value[count++] = s.charAt(i);
        }
        return this;
    }

    public AbstractStringBuilder append(char[] str) {
        ensureCapacity(count + str.length);
        System.arraycopy(str, 0, value, count, str.length);
        count += str.length;
        return this;
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        checkRange(offset, offset + len, str.length, false);
        ensureCapacity(count + len);
        System.arraycopy(str, offset, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public AbstractStringBuilder append(char c) {
        ensureCapacity(count + 1);
        value[count++] = c;
        return this;
    }

    public AbstractStringBuilder append(int i) {
        return append(Integer.toString(i));
    }

    public AbstractStringBuilder append(long l) {
        return append(Long.toString(l));
    }

    public AbstractStringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public AbstractStringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        return append(Character.toChars(codePoint));
    }

    public AbstractStringBuilder delete(int start, int end) {
        if (end > count) {
            end = count;
        }
        checkRange(start, end, count, true);
        System.arraycopy(value, end, value, start, count - end);
        count -= end - start;
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        checkIndex(index);
        return delete(index, index + 1);
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        if (end > count) {
            end = count;
        }
        checkRange(start, end, count, true);
        delete(start, end);
        return insert(start, str);
    }

    public AbstractStringBuilder insert(int offset, String str) {
        checkOffset(offset);
        if (str == null) {
            str = "null";
        }
        int len = str.length();
        ensureCapacity(count + len);
        System.arraycopy(value, offset, value, offset + len, count - offset);
        str.getChars(0, len, value, offset);
        count += len;
        return this;
    }

    public AbstractStringBuilder insert(int offset, char c) {
        return insert(offset, String.valueOf(c));
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public AbstractStringBuilder insert(int offset, CharSequence s) {
        return insert(offset, String.valueOf(s));
    }

    public AbstractStringBuilder insert(int offset, CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkOffset(offset);
        checkRange(start, end, s.length(), false);
        return insert(offset, s.subSequence(start, end).toString());
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        checkOffset(index);
        checkRange(offset, offset + len, str.length, true);
        return insert(index, new String(str, offset, len));
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        return insert(offset, new String(str));
    }

    /** Reverses the characters; a surrogate pair stays a pair in its original order (the JDK's rule). */
    public AbstractStringBuilder reverse() {
        boolean surrogates = false;
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char t = value[i];
            value[i] = value[j];
            value[j] = t;
            surrogates |= Character.isSurrogate(value[i]) || Character.isSurrogate(value[j]);
        }
        if (surrogates) {
            for (int i = 0; i < count - 1; i++) {
                if (Character.isLowSurrogate(value[i]) && Character.isHighSurrogate(value[i + 1])) {
                    char low = value[i];
                    value[i] = value[i + 1];
                    value[++i] = low;
                }
            }
        }
        return this;
    }

    public int indexOf(String str) {
        return toString().indexOf(str);
    }

    public int indexOf(String str, int fromIndex) {
        return toString().indexOf(str, fromIndex);
    }

    public int lastIndexOf(String str) {
        return toString().lastIndexOf(str);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return toString().lastIndexOf(str, fromIndex);
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public String substring(int start, int end) {
        checkRange(start, end, count, true);
        return new String(value, start, end - start);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRange(srcBegin, srcEnd, count, true);
        checkRange(dstBegin, dstBegin + (srcEnd - srcBegin), dst.length, false);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public void trimToSize() {
        if (count < value.length) {
            char[] trimmed = new char[count];
            System.arraycopy(value, 0, trimmed, 0, count);
            value = trimmed;
        }
    }

    public String toString() {
        return new String(value, 0, count);
    }
}
