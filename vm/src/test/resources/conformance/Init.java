public class Init {
    static StringBuilder log = new StringBuilder();
    static int mark(String s) { log.append(s).append(' '); return s.length(); }
    static void flush(String label) { System.out.println(label + ": " + log); log.setLength(0); }

    static class Super { static int s = mark("Super"); static int touch() { return 1; } static int sfield = mark("Super.sfield"); }
    static class Sub extends Super { static int sub = mark("Sub"); static final int CONST = 42; static final String TEXT = "text"; static final Integer BOXED = mark("Sub.BOXED"); static void run() { mark("Sub.run"); } }
    static class SubSub extends Sub { static { mark("SubSub"); } }
    interface Iface { int X = mark("Iface.X"); default void m() { } }
    interface Marker { int Y = mark("Marker.Y"); }
    static class Impl implements Iface, Marker { static { mark("Impl"); } }
    static class OnlyConst { static final long BIG = 1L << 40; static final double D = 1.5; static { mark("OnlyConst"); } }
    static class ViaArray { static { mark("ViaArray"); } }
    static class ViaNew { static { mark("ViaNew"); } ViaNew() { mark("ViaNew()"); } }
    static class ViaPut { static int v; static { mark("ViaPut"); } }
    static class ViaClassLiteral { static { mark("ViaClassLiteral"); } }
    static class Recursive {
        static int a = mark("Recursive.a");
        static Recursive instance = new Recursive();
        static int b = mark("Recursive.b") + 100;
        final int seenB;
        Recursive() { seenB = b; mark("Recursive() sees b=" + b); }
    }
    static class Failing {
        static int value;
        static { mark("Failing"); if (log.length() > 0) throw new IllegalStateException("no init"); }
        static void call() { mark("Failing.call"); }
    }
    static class Order {
        static int first = next();
        static int second;
        static int third = next();
        static { second = next(); }
        static int counter;
        static int next() { return ++counter; }
    }
    enum Color { RED, GREEN; static { mark("Color"); } Color() { mark("Color()"); } }
    static class InheritedStatic { static { mark("InheritedStatic"); } static int field = 5; }
    static class Child extends InheritedStatic { static { mark("Child"); } }

    interface WithStatic { int Z = mark("WithStatic.Z"); static int call() { return mark("WithStatic.call"); } }
    interface BadIface { int BAD = Init.fail("BadIface"); default void m() { } }
    static class UsesBad implements BadIface { static { mark("UsesBad"); } }
    static int fail(String why) { throw new IllegalStateException(why); }
    enum Broken { A; static { if (Init.log != null) throw new IllegalArgumentException("enum init"); } }
    static class Holder { static int value = mark("Holder"); int instanceField = 1; }
    static class Parent { static { mark("Parent"); } static void parentStatic() { mark("Parent.parentStatic"); } }
    static class Kid extends Parent { static { mark("Kid"); } }

    public static void main(String[] args) {
        mark("main");
        flush("start");
        System.out.println(Sub.CONST + " " + Sub.TEXT);
        flush("constants do not initialise");
        System.out.println(OnlyConst.BIG + " " + OnlyConst.D);
        flush("long and double constants");
        System.out.println(Sub.s);
        flush("Super field through Sub");
        System.out.println(Sub.BOXED);
        flush("non-constant static of Sub");
        new SubSub();
        flush("SubSub");
        Impl impl = new Impl();
        flush("interfaces are not initialised by implementors");
        System.out.println(Iface.X);
        flush("interface field");
        impl.m();
        flush("default method call");
        ViaArray[] arr = new ViaArray[3];
        flush("array creation " + arr.length);
        new ViaNew();
        new ViaNew();
        flush("new twice");
        ViaPut.v = 3;
        flush("putstatic");
        Class<?> k = ViaClassLiteral.class;
        flush("class literal " + k.getSimpleName());
        System.out.println(Recursive.instance.seenB + " " + Recursive.b);
        flush("recursive");
        try { Failing.call(); } catch (ExceptionInInitializerError e) { System.out.println("EIIE cause " + e.getCause() + " msg " + e.getMessage()); }
        try { Failing.call(); } catch (NoClassDefFoundError e) { System.out.println("NCDFE " + (e.getMessage() != null)); }
        try { System.out.println(Failing.value); } catch (NoClassDefFoundError e) { System.out.println("NCDFE again"); }
        flush("failing");
        System.out.println(Order.first + " " + Order.second + " " + Order.third + " " + Order.counter);
        flush("textual order");
        System.out.println(Color.GREEN);
        flush("enum");
        System.out.println(Child.field);
        flush("inherited static through subclass name");
        new Child();
        flush("then the subclass");
        System.out.println(WithStatic.call());
        flush("static interface method");
        try { new UsesBad(); } catch (ExceptionInInitializerError e) { System.out.println("EIIE " + e.getCause().getMessage()); }
        flush("default-bearing interface fails");
        try { new UsesBad(); } catch (NoClassDefFoundError e) { System.out.println("NCDFE " + e.getMessage()); }
        flush("the implementor is erroneous too");
        try { System.out.println(Broken.A); } catch (ExceptionInInitializerError e) { System.out.println("EIIE " + e.getCause()); }
        try { System.out.println(Broken.valueOf("A")); } catch (NoClassDefFoundError e) { System.out.println("NCDFE " + e.getMessage()); }
        flush("enum");
        Holder h = null;
        System.out.println(Holder.value);
        flush("static through class");
        Kid.parentStatic();
        flush("a static method of the superclass named through the subclass initialises only the superclass");
        System.out.println(Kid.class.getSuperclass().getSimpleName() + " " + Broken.class.isEnum() + " " + Init.class.isEnum());
        flush("mirrors do not initialise");
    }
}
