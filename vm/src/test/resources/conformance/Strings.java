public class Strings {
    static final String CONST = "con" + "st";
    static String show(String[] parts) {
        StringBuilder b = new StringBuilder().append(parts.length).append('[');
        for (String p : parts) b.append('<').append(p).append('>');
        return b.append(']').toString();
    }
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(0) + s.charAt(11) + " " + s.isEmpty() + " " + "".isEmpty() + " " + "  ".isBlank() + " " + " x ".isBlank());
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.indexOf('z') + " " + s.indexOf("World") + " " + s.indexOf("") + " " + s.indexOf("o", 100) + " " + s.indexOf("l", -5) + " " + s.lastIndexOf('o') + " " + s.lastIndexOf('o', 7) + " " + s.lastIndexOf("l") + " " + s.lastIndexOf("") + " " + s.lastIndexOf("Hello", 0) + " " + s.indexOf(0x1F600));
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(12) + "|" + s.substring(3, 3) + "|" + s.subSequence(1, 4) + "|" + s.concat("!") + "|" + s.concat(""));
        System.out.println(s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.startsWith("") + " " + s.startsWith("x", 50) + " " + s.endsWith("ld") + " " + s.endsWith("") + " " + s.contains("lo, W") + " " + s.contains(""));
        System.out.println(s.toUpperCase() + " " + s.toLowerCase() + " " + "ÀÉÎõü ß".toUpperCase() + " " + "ÀÉÎ".toLowerCase() + " " + s.replace('l', 'L') + " " + s.replace("l", "") + " " + s.replace("", "-") + " " + "aaa".replace("aa", "b"));
        System.out.println("[" + "  pad  ".trim() + "][" + "\t\n x \u2003".strip() + "][" + "\t\n x \u2003".trim() + "][" + "   ".trim() + "][" + "x".repeat(0) + "][" + "ab".repeat(3) + "]");
        // equality, comparison, hashing
        String a = "abc", b = "ab" + "c", c = new String("abc"), d = new StringBuilder("ab").append('c').toString();
        System.out.println((a == b) + " " + (a == c) + " " + a.equals(c) + " " + (a == d) + " " + (a == d.intern()) + " " + (c.intern() == a) + " " + (CONST == "const") + " " + a.equals(null) + " " + a.equals((Object) new StringBuilder("abc")) + " " + a.contentEquals(new StringBuilder("abc")));
        System.out.println("abc".compareTo("abd") + " " + "abc".compareTo("ab") + " " + "ab".compareTo("abc") + " " + "B".compareTo("a") + " " + "b".compareToIgnoreCase("A") + " " + "".compareTo("") + " " + "\uffff".compareTo("\u0000") + " " + "HeLLo".equalsIgnoreCase("hello") + " " + "x".equalsIgnoreCase(null));
        System.out.println("".hashCode() + " " + "a".hashCode() + " " + "Aa".hashCode() + " " + "BB".hashCode() + " " + s.hashCode() + " " + "polygenelubricants".hashCode() + " " + "\u0000\uffff".hashCode() + " " + "x".repeat(100).hashCode());
        System.out.println(s.regionMatches(7, "World", 0, 5) + " " + s.regionMatches(true, 0, "HELLO", 0, 5) + " " + s.regionMatches(0, "HELLO", 0, 5) + " " + s.regionMatches(-1, "H", 0, 1) + " " + s.codePointAt(1));
        // split
        System.out.println(show("a,b,c".split(",")) + show("a,,b,,".split(",")) + show(",a".split(",")) + show("".split(",")) + show("abc".split("")) + show("a1b22c333".split("\\d+")) + show("a.b.c".split("\\.")) + show("a b  c".split(" ")) + show("a,b,c".split(",", 2)) + show("a,b,,".split(",", -1)) + show("|a|b|".split("\\|")) + show("key=value=x".split("=", 0)) + show("x".split("x")));
        // valueOf and conversions
        char[] chars = {'d', 'a', 't', 'a'};
        System.out.println(String.valueOf(chars) + String.valueOf(chars, 1, 2) + String.copyValueOf(chars) + String.valueOf(true) + String.valueOf('c') + String.valueOf(12) + String.valueOf(-3L) + String.valueOf(1.5f) + String.valueOf(2.5) + String.valueOf((Object) null) + String.valueOf(new StringBuilder("sb")));
        char[] out = s.toCharArray();
        out[0] = 'J';
        System.out.println(new String(out) + " " + s + " " + new String(out, 7, 5) + " " + out.length + " " + new String() + "|" + new String(new StringBuilder("built")) + " " + new String("copy"));
        char[] dst = new char[5];
        s.getChars(7, 12, dst, 0);
        System.out.println(new String(dst));
        System.out.println(String.join("/", "a", "b") + " " + String.join("", new String[0]) + " " + String.join("-", "solo") + " " + String.join(", ", new StringBuilder("x"), "y", null));
        // concatenation of every type and of null
        Object nothing = null;
        String nstr = null;
        char ch = 'q';
        System.out.println("v" + 1 + 2 + " " + (1 + 2) + "v" + " " + nothing + nstr + ch + (char) (ch + 1) + (ch + 1) + 1L + 2.0f + 3.0 + true + (byte) -1 + (short) 7 + new int[0].length + 'a' + 'b' + ('a' + 'b'));
        String acc = "";
        for (int i = 0; i < 5; i++) acc += i + ",";
        acc += null;
        acc += 'x';
        acc += 1.5;
        System.out.println(acc);
        // string bounds errors
        String[] errs = new String[6];
        try { s.charAt(-1); } catch (StringIndexOutOfBoundsException e) { errs[0] = e.getMessage(); }
        try { s.charAt(12); } catch (IndexOutOfBoundsException e) { errs[1] = e.getMessage(); }
        try { s.substring(5, 3); } catch (StringIndexOutOfBoundsException e) { errs[2] = e.getMessage(); }
        try { s.substring(13); } catch (StringIndexOutOfBoundsException e) { errs[3] = e.getMessage(); }
        try { s.substring(-1, 2); } catch (StringIndexOutOfBoundsException e) { errs[4] = e.getMessage(); }
        try { "x".repeat(-1); } catch (IllegalArgumentException e) { errs[5] = e.getMessage(); }
        for (String e : errs) System.out.println(e);
        try { nstr.length(); } catch (NullPointerException e) { System.out.println("NPE on null string"); }
        try { "abc".compareTo(null); } catch (NullPointerException e) { System.out.println("NPE compareTo"); }
        try { "abc".contains(null); } catch (NullPointerException e) { System.out.println("NPE contains"); }
        // strings are objects in the heap: many of them survive collections
        String[] keep = new String[50];
        for (int i = 0; i < 300; i++) keep[i % 50] = ("k" + i).toUpperCase().concat(String.valueOf(i * 31));
        long h = 0;
        for (String k : keep) h = h * 31 + k.hashCode();
        System.out.println(h + " " + keep[49]);
        // CharSequence
        CharSequence cs = new StringBuilder("seq");
        CharSequence cs2 = "str";
        System.out.println(cs.length() + " " + cs.charAt(1) + " " + cs.subSequence(0, 2) + " " + cs2.length() + " " + cs2.toString() + " " + cs.toString().equals("seq"));
        System.out.println("abc".indexOf("", 5) + " " + "abc".indexOf("", 3) + " " + "abc".indexOf("", -2) + " " + "abc".lastIndexOf("", 9) + " " + "abc".lastIndexOf("", -1) + " " + "abc".indexOf("c", 3) + " " + "".indexOf("") + " " + "abc".lastIndexOf("abcd") + " " + "aaa".lastIndexOf("aa") + " " + "aaa".indexOf("aa", 1) + " " + "abc".indexOf('c', 99) + " " + "abc".lastIndexOf('a', -5));
        System.out.println(CharSequence.compare("abc", new StringBuilder("abd")) + " " + CharSequence.compare(new StringBuilder(""), "") + " " + cs.isEmpty() + " " + ((CharSequence) "").isEmpty());
        // formatted text
        System.out.println("%d-%s".formatted(5, "x") + " " + String.format("%3s|%-3s|", "a", "b"));
        System.out.println("[" + " \t x y \n".stripLeading() + "][" + " \t x y \n".stripTrailing() + "][" + String.copyValueOf(new char[]{'a', 'b', 'c'}, 1, 2) + "]");
        Iterable<String> words = () -> new java.util.Iterator<String>() {
            int i;
            public boolean hasNext() { return i < 3; }
            public String next() { return "w" + i++; }
        };
        System.out.println(String.join("-", words) + " " + String.join(",", (Iterable<StringBuilder>) () -> new java.util.Iterator<StringBuilder>() {
            public boolean hasNext() { return false; }
            public StringBuilder next() { return null; }
        }) + "|");
        String emoji = "a\ud83d\ude00b\ud83d\ude00";
        System.out.println(emoji.indexOf(0x1F600) + " " + emoji.lastIndexOf(0x1F600) + " " + emoji.indexOf(0x1F600, 2) + " " + emoji.lastIndexOf(0x1F600, 3) + " " + emoji.indexOf(0x110000) + " " + emoji.indexOf('\ude00') + " " + Integer.toHexString(emoji.codePointAt(1)) + " " + Integer.toHexString(emoji.codePointAt(2)));
        java.util.Iterator<String> it = words.iterator();
        it.next();
        StringBuilder rest = new StringBuilder();
        it.forEachRemaining(w -> rest.append(w).append(';'));
        System.out.println(rest);
        // unicode
        String u = "h\u00e9llo \u4e16\u754c";
        System.out.println(u.length() + " " + u.toUpperCase() + " " + u.indexOf('\u4e16') + " " + (int) u.charAt(1) + " " + u.hashCode());
    }
}
