/** Library and VM code calling back into the program: toString, equals and hashCode, including ones that throw. */
public class Callbacks {
    static int calls;
    static class Loud { final String name; Loud(String n) { name = n; } public String toString() { calls++; return "Loud(" + name + ")"; } }
    static class Bad { public String toString() { throw new IllegalStateException("toString failed"); } public int hashCode() { throw new UnsupportedOperationException("no hash"); } public boolean equals(Object o) { throw new ArithmeticException("no equals"); } }
    static class NullText { public String toString() { return null; } }
    record Holder(Object value, int n) { }
    static class BadMessage extends RuntimeException { @Override public String getMessage() { return "computed " + calls; } }
    public static void main(String[] args) {
        Loud a = new Loud("a");
        String s = "x" + a + a + new NullText() + null;
        System.out.println(s + " " + calls);
        System.out.println(String.valueOf(a) + " " + new StringBuilder().append(a).append(new NullText()) + " " + calls);
        System.out.printf("%s|%s|%10s|%-8s|%n", a, new NullText(), a, null);
        System.out.println(String.format("%S", a) + " " + calls);
        Bad bad = new Bad();
        try { System.out.println("concat " + bad); } catch (IllegalStateException e) { System.out.println("concat: " + e.getMessage()); }
        try { System.out.println(String.valueOf(bad)); } catch (IllegalStateException e) { System.out.println("valueOf: " + e.getMessage()); }
        try { System.out.printf("%s%n", bad); } catch (IllegalStateException e) { System.out.println("printf: " + e.getMessage()); }
        try { new StringBuilder().append(bad); } catch (IllegalStateException e) { System.out.println("append: " + e.getMessage()); }
        try { System.out.println(new Holder(bad, 1)); } catch (IllegalStateException e) { System.out.println("record toString: " + e.getMessage()); }
        try { System.out.println(new Holder(bad, 1).hashCode()); } catch (UnsupportedOperationException e) { System.out.println("record hashCode: " + e.getMessage()); }
        try { System.out.println(new Holder(bad, 1).equals(new Holder(bad, 1))); } catch (ArithmeticException e) { System.out.println("record equals: " + e.getMessage()); }
        System.out.println(new Holder(null, 2) + " " + new Holder(a, 3) + " " + new Holder(null, 2).equals(new Holder(null, 2)) + " " + (new Holder(null, 2).hashCode() == new Holder(null, 2).hashCode()));
        try { throw new BadMessage(); } catch (BadMessage e) { System.out.println(e + " | " + e.getLocalizedMessage()); }
        RuntimeException wrapped = new RuntimeException(new BadMessage());
        System.out.println(wrapped.getMessage());
        System.out.println(java.util.Objects.toString(bad == null ? null : a) + " " + java.util.Objects.hash(1, "a", null) + " " + java.util.Objects.equals(a, a) + " " + calls);
    }
}
