import java.util.function.Supplier;

/**
 * Class initialisation that allocates while a call's arguments wait on the caller's operand stack: the first
 * call of a static method (its class is initialised then), the first evaluation of a lambda (its interface,
 * which has a default method, is initialised then), and the first use of a record's generated methods.
 */
public class LateInit {
    static class Registry {
        static final StringBuilder LOG = new StringBuilder("registry:");
        static final Object[] TABLE = new Object[64];
        static { for (int i = 0; i < TABLE.length; i++) TABLE[i] = new long[i % 8 + 1]; }
        static String register(String name, int[] data, Object extra) { LOG.append(name).append(data.length).append(extra); return LOG.toString(); }
    }
    interface Maker<T> {
        Object[] CACHE = LateInit.fill(new Object[32]);
        T make();
        default T twice() { make(); return make(); }
    }
    static Object[] fill(Object[] a) { for (int i = 0; i < a.length; i++) a[i] = new StringBuilder("c" + i); return a; }
    record Pair(String a, int[] b) { }
    static class Config {
        static final String NAME;
        static { StringBuilder b = new StringBuilder(); for (int i = 0; i < 20; i++) b.append(i); NAME = b.toString(); }
        static int length(String s, StringBuilder sb) { return s.length() + sb.length() + NAME.length(); }
    }
    public static void main(String[] args) {
        System.out.println(Registry.register(new String("first"), new int[3], new StringBuilder("x")));
        String fresh = new StringBuilder("cap").append("tured").toString();
        int[] data = {1, 2, 3};
        Maker<String> m = () -> fresh + data.length;
        System.out.println(m.twice() + " " + Maker.CACHE.length);
        Pair p = new Pair(new String("a"), new int[]{4});
        System.out.println(p.toString().startsWith("Pair[a=a, b=[I@") + " " + p.equals(new Pair("a", p.b())) + " " + (p.hashCode() == new Pair("a", p.b()).hashCode()));
        System.out.println(Config.length(new String("abc"), new StringBuilder("de")) + " " + Double.parseDouble(new StringBuilder("2.").append('5').toString()));
        Supplier<Supplier<String>> nested = () -> () -> fresh.toUpperCase();
        System.out.println(nested.get().get());
    }
}
