public class Dispatch {
    interface Named { String name(); }
    interface Sized { default int size() { return 1; } }
    interface Both extends Named, Sized { }
    static abstract class Animal implements Named, Comparable<Animal> {
        public int compareTo(Animal o) { return name().compareTo(o.name()); }
        public String toString() { return "Animal(" + name() + ")"; }
        public boolean equals(Object o) { return o instanceof Animal && ((Animal) o).name().equals(name()); }
        public int hashCode() { return name().hashCode(); }
    }
    static class Cat extends Animal implements Both { public String name() { return "cat"; } public int size() { return 3; } }
    static class Dog extends Animal { public String name() { return "dog"; } }
    static class Kitten extends Cat { @Override public String name() { return "kitten"; } }
    static class Outer {
        private int x = 1;
        class Mid {
            private int y = 2;
            class In {
                private int z = 3;
                int sum() { return x + y + z; }
                void bump() { x++; y++; z++; }
            }
        }
    }
    static class Private {
        private String p() { return "private-Private"; }
        String call(Private other) { return other.p(); }
    }
    static class SubPrivate extends Private {
        String p() { return "package-SubPrivate"; }  // does not override the private method
    }
    static class StaticHolder { static String who() { return "holder"; } }
    static class StaticChild extends StaticHolder { }
    static class Counter { int n; Counter add() { n++; return this; } }
    static class Overload {
        String f(Object o) { return "O"; }
        String f(Named n) { return "N"; }
        String f(Animal a) { return "A"; }
        String f(Cat c) { return "C"; }
    }
    public static void main(String[] args) {
        Named[] named = {new Cat(), new Dog(), new Kitten(), () -> "lambda"};
        StringBuilder b = new StringBuilder();
        for (Named n : named) {
            b.append(n.name()).append(':');
            // Object methods through an interface type (invokeinterface or invokevirtual on Object)
            b.append(n.equals(n)).append(',').append(n.hashCode() == n.hashCode()).append(',');
            b.append(n instanceof Sized ? ((Sized) n).size() : -1).append(',');
            b.append(n instanceof Comparable).append(' ');
        }
        System.out.println(b);
        Comparable<Animal> c = new Dog();
        System.out.println(c.compareTo(new Cat()) > 0 ? "dog>cat" : "dog<=cat");
        Object o = new Kitten();
        System.out.println(o + " " + o.equals(new Kitten()) + " " + o.equals(new Cat()) + " " + (o.hashCode() == "kitten".hashCode()) + " " + ((Both) o).size() + " " + ((Sized) o).size());
        Outer out = new Outer();
        Outer.Mid mid = out.new Mid();
        Outer.Mid.In in = mid.new In();
        in.bump();
        in.bump();
        System.out.println(in.sum() + " " + out.x + " " + mid.y + " " + in.z);
        Private p = new SubPrivate();
        System.out.println(p.call(p) + " " + ((SubPrivate) p).p() + " " + new Private().call(new SubPrivate()));
        System.out.println(StaticChild.who() + " " + new Counter().add().add().add().n);
        Overload ov = new Overload();
        Object kitten = new Kitten();
        Named nk = new Kitten();
        Animal ak = new Kitten();
        Cat ck = new Kitten();
        System.out.println(ov.f(kitten) + ov.f(nk) + ov.f(ak) + ov.f(ck) + ov.f((Named) ck));
        // megamorphic call sites
        Named[] zoo = new Named[12];
        for (int i = 0; i < zoo.length; i++) {
            final int k = i;
            zoo[i] = switch (i % 4) { case 0 -> new Cat(); case 1 -> new Dog(); case 2 -> new Kitten(); default -> () -> "l" + k; };
        }
        int total = 0;
        for (int round = 0; round < 100; round++) for (Named n : zoo) total += n.name().length();
        System.out.println(total);
        // interface method called on null
        Named nothing = null;
        try { nothing.name(); } catch (NullPointerException e) { System.out.println("NPE invokeinterface"); }
        Animal none = null;
        try { none.compareTo(new Dog()); } catch (NullPointerException e) { System.out.println("NPE invokevirtual"); }
        Outer.Mid.In nullIn = null;
        try { nullIn.sum(); } catch (NullPointerException e) { System.out.println("NPE on inner"); }
        // getClass on every kind
        Object[] kinds = {new Cat(), new int[0], new Named[0], "s", 1, Dispatch.class};
        for (Object k : kinds) System.out.print(k.getClass().getName() + " ");
        System.out.println();
    }
}
