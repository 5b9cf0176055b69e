public class Builders {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        System.out.println("[" + sb + "] " + sb.length() + " " + sb.isEmpty() + " " + sb.capacity() + " " + new StringBuilder(100).capacity() + " " + new StringBuilder("abc").capacity());
        sb.append("abc").append(1).append(-2L).append(3.5f).append(4.25).append(true).append('c').append((Object) null).append((String) null).append(new char[]{'x', 'y'}).append(new char[]{'p', 'q', 'r'}, 1, 2).append("0123456", 2, 4).append((CharSequence) "cs").append(new StringBuilder("sb"));
        System.out.println(sb + " " + sb.length());
        sb.setLength(3);
        System.out.println(sb + " " + sb.length());
        sb.setLength(5);
        System.out.println(sb.toString().replace('\0', '0') + " " + sb.length() + " " + (int) sb.charAt(4));
        sb.setLength(3);
        sb.insert(0, "<").insert(sb.length(), '>').insert(1, 42).insert(1, -7L).insert(2, true).insert(0, 1.5).insert(3, (Object) "obj").insert(0, new char[]{'!'}).insert(sb.length(), (String) null);
        System.out.println(sb);
        sb.setCharAt(0, '?');
        sb.deleteCharAt(1);
        sb.delete(2, 5);
        sb.delete(sb.length() - 2, sb.length() + 100);
        System.out.println(sb + " " + sb.indexOf("true") + " " + sb.indexOf("obj", 8) + " " + sb.lastIndexOf("1") + " " + sb.lastIndexOf("zz") + " " + sb.charAt(3));
        sb.replace(0, 3, "REPLACED").replace(sb.length() - 1, sb.length(), "").replace(2, 2, "++").replace(5, 1000, "end");
        System.out.println(sb + " " + sb.substring(2) + " " + sb.substring(1, 4) + " " + sb.subSequence(0, 2));
        System.out.println(new StringBuilder("hello").reverse() + " " + new StringBuilder("").reverse() + "|" + new StringBuilder("a\ud83d\ude00b").reverse().length() + " " + new StringBuilder("racecar").reverse().toString().equals("racecar"));
        StringBuilder surrogates = new StringBuilder("x\ud83d\ude00y").reverse();
        System.out.println(Integer.toHexString(surrogates.charAt(1)) + " " + Integer.toHexString(surrogates.charAt(2)));
        StringBuilder cp = new StringBuilder().appendCodePoint('A').appendCodePoint(0x1F600).appendCodePoint(0xe9);
        System.out.println(cp.length() + " " + Integer.toHexString(cp.charAt(1)) + " " + cp.charAt(3));
        char[] dst = new char[4];
        new StringBuilder("chars!").getChars(1, 5, dst, 0);
        System.out.println(new String(dst) + " " + new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + new StringBuilder("x").equals(new StringBuilder("x")));
        // errors
        String[] errs = new String[8];
        try { new StringBuilder("abc").charAt(3); } catch (IndexOutOfBoundsException e) { errs[0] = e.getClass().getSimpleName() + " " + e.getMessage(); }
        try { new StringBuilder("abc").setCharAt(-1, 'x'); } catch (IndexOutOfBoundsException e) { errs[1] = e.getClass().getSimpleName() + " " + e.getMessage(); }
        try { new StringBuilder("abc").deleteCharAt(3); } catch (StringIndexOutOfBoundsException e) { errs[2] = e.getClass().getSimpleName() + " " + e.getMessage(); }
        try { new StringBuilder("abc").insert(4, "x"); } catch (StringIndexOutOfBoundsException e) { errs[3] = e.getClass().getSimpleName() + " " + e.getMessage(); }
        try { new StringBuilder("abc").delete(2, 1); } catch (StringIndexOutOfBoundsException e) { errs[4] = e.getClass().getSimpleName() + " " + e.getMessage(); }
        try { new StringBuilder("abc").setLength(-1); } catch (StringIndexOutOfBoundsException e) { errs[5] = e.getClass().getSimpleName() + " " + e.getMessage(); }
        try { new StringBuilder("abc").substring(2, 1); } catch (StringIndexOutOfBoundsException e) { errs[6] = e.getClass().getSimpleName() + " " + e.getMessage(); }
        try { new StringBuilder("abc").replace(4, 5, "x"); } catch (StringIndexOutOfBoundsException e) { errs[7] = e.getClass().getSimpleName() + " " + e.getMessage(); }
        for (String e : errs) System.out.println(e);
        try { new StringBuilder((String) null); } catch (NullPointerException e) { System.out.println("NPE ctor"); }
        try { new StringBuilder(-1); } catch (NegativeArraySizeException e) { System.out.println("NASE capacity " + e.getMessage()); }
        StringBuilder more = new StringBuilder("0123456789");
        more.insert(2, 2.5f).insert(0, (CharSequence) new StringBuilder("cs")).insert(1, "abcdef", 2, 4).insert(0, new char[]{'a', 'b', 'c', 'd'}, 1, 2);
        System.out.println(more + " " + more.lastIndexOf("2", 8) + " " + more.codePointAt(0) + " " + more.capacity());
        more.trimToSize();
        more.ensureCapacity(5);
        System.out.println(more.capacity() + " " + more.length());
        more.ensureCapacity(more.length() + 1);
        System.out.println(more.capacity());
        try { more.append(new char[3], 2, 5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + " " + e.getMessage()); }
        try { more.append("xyz", 2, 1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + " " + e.getMessage()); }
        try { more.appendCodePoint(-5); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        // growth through many appends survives collections
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 500; i++) big.append(i % 10);
        for (int i = 0; i < 100; i++) big.insert(i * 3, 'x');
        for (int i = 0; i < 50; i++) big.deleteCharAt(i);
        System.out.println(big.length() + " " + big.toString().hashCode() + " " + big.indexOf("x9"));
        // StringBuffer has the same surface
        StringBuffer buf = new StringBuffer("buf");
        buf.append(1).append('c').append(2.0).insert(0, "<").reverse().setCharAt(0, 'Z');
        buf.deleteCharAt(1).delete(0, 1).replace(0, 1, "R").setLength(4);
        System.out.println(buf + " " + buf.length() + " " + buf.charAt(1) + " " + buf.indexOf("c") + " " + new StringBuffer().append(new StringBuffer("nested")).append(sb.length()).toString() + " " + buf.substring(1) + " " + buf.reverse());
        // string concatenation with a builder argument
        StringBuilder arg = new StringBuilder("arg");
        String joined = "pre-" + arg + "-" + buf;
        arg.append("!");
        System.out.println(joined + " " + arg);
        // chained equality of builders vs strings
        System.out.println("abc".contentEquals(new StringBuilder("abc")) + " " + "abc".equals(new StringBuilder("abc").toString()) + " " + new StringBuilder("abc").toString().intern() == "abc");
    }
}
