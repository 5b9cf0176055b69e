public class Chars {
    public static void main(String[] args) {
        int[] cps = {'a', 'Z', '0', '9', ' ', '\t', '\n', '\u000b', '\u001c', '\u00a0', '\u2007', '\u202f', '\u2003', '\u2028', '_', '$', '-', '\u00e9', '\u00df', '\u01c5', '\u0130', '\u0131', '\u03a3', '\u0660', '\u0966', '\uff10', '\uff21',
                '\u2167', '\u00bd', '\u216b', '\u0345', '\u4e16', '\u3007', '\u200b', '\u00ad', '\u007f', '\u0085', '\ud800', '\ue000', '\uffff', '(', '[', '\u00ab', '+', '\u20ac', 0x1D7CE, 0x10400, 0x1F600, 0x20000, 0x10FFFF};
        for (int cp : cps) {
            StringBuilder b = new StringBuilder(Integer.toHexString(cp)).append(':');
            b.append(Character.isLetter(cp) ? 'L' : '-').append(Character.isDigit(cp) ? 'D' : '-').append(Character.isLetterOrDigit(cp) ? 'O' : '-')
                    .append(Character.isAlphabetic(cp) ? 'A' : '-').append(Character.isWhitespace(cp) ? 'W' : '-').append(Character.isSpaceChar(cp) ? 'S' : '-')
                    .append(Character.isUpperCase(cp) ? 'U' : '-').append(Character.isLowerCase(cp) ? 'l' : '-').append(Character.isTitleCase(cp) ? 'T' : '-')
                    .append(Character.isJavaIdentifierStart(cp) ? 'J' : '-').append(Character.isJavaIdentifierPart(cp) ? 'j' : '-').append(Character.isISOControl(cp) ? 'C' : '-')
                    .append(Character.isDefined(cp) ? 'd' : '-').append(Character.isIdeographic(cp) ? 'I' : '-').append(Character.isMirrored(cp) ? 'M' : '-');
            b.append(' ').append(Character.getType(cp)).append(' ').append(Character.getNumericValue(cp)).append(' ').append(Character.digit(cp, 10)).append(' ').append(Character.digit(cp, 36))
                    .append(' ').append(Integer.toHexString(Character.toUpperCase(cp))).append(' ').append(Integer.toHexString(Character.toLowerCase(cp))).append(' ').append(Integer.toHexString(Character.toTitleCase(cp)))
                    .append(' ').append(Character.charCount(cp)).append(' ').append(Character.toChars(cp).length).append(' ').append(Character.isBmpCodePoint(cp)).append(' ').append(Character.isSupplementaryCodePoint(cp));
            if (cp <= 0xffff) {
                char c = (char) cp;
                b.append(" | ").append(Character.isLetter(c) ? 'L' : '-').append(Character.isDigit(c) ? 'D' : '-').append(Character.isWhitespace(c) ? 'W' : '-').append(Character.isSpaceChar(c) ? 'S' : '-')
                        .append(Character.isUpperCase(c) ? 'U' : '-').append(Character.isLowerCase(c) ? 'l' : '-').append(Character.isLetterOrDigit(c) ? 'O' : '-').append(Character.isSurrogate(c) ? 's' : '-')
                        .append(Character.isHighSurrogate(c) ? 'h' : '-').append(Character.isLowSurrogate(c) ? 'w' : '-')
                        .append(' ').append((int) Character.toUpperCase(c)).append(' ').append((int) Character.toLowerCase(c)).append(' ').append(Character.getNumericValue(c)).append(' ').append(Character.digit(c, 16));
            }
            System.out.println(b);
        }
        long summary = 0;
        for (int cp = 0; cp < 0x3100; cp += cp < 256 ? 1 : 7) {
            int bits = (Character.isLetter(cp) ? 1 : 0) | (Character.isDigit(cp) ? 2 : 0) | (Character.isLetterOrDigit(cp) ? 4 : 0) | (Character.isAlphabetic(cp) ? 8 : 0)
                    | (Character.isWhitespace(cp) ? 16 : 0) | (Character.isSpaceChar(cp) ? 32 : 0) | (Character.isUpperCase(cp) ? 64 : 0) | (Character.isLowerCase(cp) ? 128 : 0)
                    | (Character.isJavaIdentifierPart(cp) ? 256 : 0) | (Character.isISOControl(cp) ? 512 : 0);
            summary = summary * 31 + bits * 1_000_003L + Character.getType(cp) * 101 + Character.getNumericValue(cp) + Character.toUpperCase(cp) * 7 + Character.toLowerCase(cp) * 13 + Character.digit(cp, 36);
            if (cp < 128) {
                char c = (char) cp;
                int cbits = (Character.isLetter(c) ? 1 : 0) | (Character.isDigit(c) ? 2 : 0) | (Character.isLetterOrDigit(c) ? 4 : 0) | (Character.isWhitespace(c) ? 16 : 0)
                        | (Character.isSpaceChar(c) ? 32 : 0) | (Character.isUpperCase(c) ? 64 : 0) | (Character.isLowerCase(c) ? 128 : 0);
                summary += cbits * 17L + Character.getNumericValue(c) + Character.toUpperCase(c) + Character.toLowerCase(c);
            }
        }
        System.out.println("summary " + summary);
        for (int d = -1; d <= 36; d++) System.out.print(Character.forDigit(d, 16) == 0 ? "." : String.valueOf(Character.forDigit(d, 16)));
        System.out.println(" " + Character.forDigit(35, 36) + (int) Character.forDigit(5, 1) + Character.digit('z', 36) + Character.digit('7', 7) + Character.digit('a', 2) + Character.digit('5', 37));
        String smile = new String(Character.toChars(0x1F600));
        System.out.println(smile.length() + " " + Integer.toHexString(smile.codePointAt(0)) + " " + (int) smile.codePointAt(1) + " " + Character.isSurrogatePair(smile.charAt(0), smile.charAt(1)) + " " + Integer.toHexString(Character.toCodePoint(smile.charAt(0), smile.charAt(1))) + " " + Character.toString(0x41) + Character.toString(0x10400).length());
        try { Character.toChars(0x110000); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Character boxed = 'x';
        Character same = 'x';
        Character big = '\u4e16';
        System.out.println((boxed == same) + " " + (big == Character.valueOf('\u4e16')) + " " + boxed.compareTo('z') + " " + Character.compare('b', 'a') + " " + boxed.equals('x') + " " + boxed.hashCode() + " " + Character.hashCode('A') + " " + boxed.charValue() + " " + Character.toString('q') + " " + (int) Character.MAX_VALUE + " " + (int) Character.MIN_VALUE + " " + Character.MAX_RADIX + " " + Character.SIZE + " " + Character.BYTES + " " + Integer.toHexString(Character.reverseBytes('\u1234')) + " " + Character.MAX_CODE_POINT);
        char c = 'a';
        c++;
        c += 2;
        char d = (char) (c * 2);
        int sum = c + d;
        System.out.println(c + " " + (int) d + " " + sum + " " + (char) 98 + (c > 'b') + " " + (char) ('A' + 25) + " " + ('a' < 'b'));
    }
}
