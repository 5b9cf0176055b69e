package java.lang;

/** A readable sequence of chars; the stream methods (chars, codePoints) are not in gclab's library. */
public interface CharSequence {
    int length();

    char charAt(int index);

    CharSequence subSequence(int start, int end);

    String toString();

    default boolean isEmpty() {
        return this.length() == 0;
    }

    static int compare(CharSequence cs1, CharSequence cs2) {
        if (java.util.Objects.requireNonNull(cs1) == java.util.Objects.requireNonNull(cs2)) {
            return 0;
        }
        for (int i = 0, len = Math.min(cs1.length(), cs2.length()); i < len; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }
}
