public class Switches {
    static String str(String s) {
        switch (s) {
            case "Aa": return "Aa";
            case "BB": return "BB";        // same hashCode as "Aa"
            case "AaAa": return "AaAa";
            case "BBBB": return "BBBB";    // same hashCode as "AaAa" and "AaBB"
            case "AaBB": return "AaBB";
            case "": return "empty";
            case "hello": return "greeting";
            case "polygenelubricants": return "min-hash";
            default: return "default(" + s + ")";
        }
    }
    static int strArrow(String s) {
        return switch (s) {
            case "one", "uno" -> 1;
            case "two" -> 2;
            default -> { int n = s.length(); yield -n; }
        };
    }
    static String dense(int k) {
        switch (k) {
            case -2: return "m2";
            case -1: return "m1";
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 5: return "five";
            default: return "d";
        }
    }
    static String sparse(int k) {
        switch (k) {
            case Integer.MIN_VALUE: return "min";
            case -100000: return "-100000";
            case 0: return "zero";
            case 1024: return "1024";
            case 65536: return "65536";
            case Integer.MAX_VALUE: return "max";
            default: return "d";
        }
    }
    static String edges(int k) {
        switch (k) {
            case Integer.MAX_VALUE - 2: return "a";
            case Integer.MAX_VALUE - 1: return "b";
            case Integer.MAX_VALUE: return "c";
            default: return "-";
        }
    }
    static String chars(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case '0': case '1': case '2': return "digit";
            case '\uffff': return "max";
            default: return "other";
        }
    }
    static int bytes(byte b) {
        switch (b) {
            case -128: return 1;
            case -1: return 2;
            case 127: return 3;
            default: return 0;
        }
    }
    static String fall(int k) {
        StringBuilder b = new StringBuilder();
        switch (k) {
            case 1: b.append("1");
            case 2: b.append("2"); break;
            case 3: b.append("3");
            default: b.append("d");
            case 4: b.append("4");
        }
        return b.toString();
    }
    static String noDefault(int k) {
        String r = "none";
        switch (k) { case 10: r = "ten"; break; case 20: r = "twenty"; }
        return r;
    }
    static int boxed(Integer i) {
        switch (i) { case 1: return 10; case 2: return 20; default: return 0; }
    }
    public static void main(String[] args) {
        String[] keys = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "Hello", "polygenelubricants", "C#", new String("BB"), "x".repeat(2)};
        for (String k : keys) System.out.print(str(k) + " " + k.hashCode() + "; ");
        System.out.println();
        for (String k : new String[]{"one", "uno", "two", "three", ""}) System.out.print(strArrow(k) + " ");
        System.out.println();
        for (int k = -4; k <= 7; k++) System.out.print(dense(k) + " ");
        System.out.println();
        for (int k : new int[]{Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -100000, -1, 0, 1, 1024, 1025, 65536, Integer.MAX_VALUE, Integer.MAX_VALUE - 1}) System.out.print(sparse(k) + " ");
        System.out.println();
        for (int k : new int[]{Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 2, Integer.MAX_VALUE - 3, Integer.MIN_VALUE}) System.out.print(edges(k) + " ");
        System.out.println();
        for (char c : "aXz1\uffff".toCharArray()) System.out.print(chars(c) + " ");
        System.out.println();
        for (byte b : new byte[]{-128, -1, 0, 127}) System.out.print(bytes(b) + " ");
        System.out.println();
        for (int k = 0; k <= 5; k++) System.out.print(fall(k) + " ");
        System.out.println();
        System.out.println(noDefault(10) + noDefault(20) + noDefault(30) + boxed(2) + boxed(3));
        try { str(null); } catch (NullPointerException e) { System.out.println("NPE string switch"); }
        try { boxed(null); } catch (NullPointerException e) { System.out.println("NPE boxed switch"); }
        long total = 0;
        for (int i = 0; i < 2000; i++) {
            switch (i % 7) {
                case 0 -> total += i;
                case 3 -> total -= 2L * i;
                case 6 -> total ^= i;
                default -> total++;
            }
        }
        System.out.println(total);
    }
}
