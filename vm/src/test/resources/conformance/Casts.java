import java.io.Serializable;

public class Casts {
    interface Animal { String name(); }
    interface Pet extends Animal { default String owner() { return "nobody"; } }
    interface Loud { }
    static class Dog implements Pet { public String name() { return "dog"; } }
    static class LoudDog extends Dog implements Loud, Comparable<LoudDog> { public int compareTo(LoudDog o) { return 0; } }
    static final class Rock { }
    static String check(Object o) {
        StringBuilder b = new StringBuilder();
        b.append(o instanceof Object ? 'O' : '-');
        b.append(o instanceof Animal ? 'A' : '-');
        b.append(o instanceof Pet ? 'P' : '-');
        b.append(o instanceof Loud ? 'L' : '-');
        b.append(o instanceof Dog ? 'D' : '-');
        b.append(o instanceof LoudDog ? 'd' : '-');
        b.append(o instanceof Comparable ? 'C' : '-');
        b.append(o instanceof Serializable ? 'S' : '-');
        b.append(o instanceof Cloneable ? 'c' : '-');
        b.append(o instanceof CharSequence ? 'Q' : '-');
        b.append(o instanceof Object[] ? '[' : '-');
        b.append(o instanceof Animal[] ? 'a' : '-');
        b.append(o instanceof Dog[] ? 'g' : '-');
        b.append(o instanceof Object[][] ? '2' : '-');
        b.append(o instanceof int[] ? 'i' : '-');
        b.append(o instanceof int[][] ? 'I' : '-');
        b.append(o instanceof Comparable[] ? 'k' : '-');
        b.append(o instanceof Serializable[] ? 's' : '-');
        b.append(o instanceof Cloneable[] ? 'n' : '-');
        b.append(o instanceof Number ? '#' : '-');
        return b.toString();
    }
    static String cast(Object o) {
        StringBuilder b = new StringBuilder();
        try { Animal a = (Animal) o; b.append("A"); } catch (ClassCastException e) { b.append("a"); }
        try { Dog d = (Dog) o; b.append("D"); } catch (ClassCastException e) { b.append("d"); }
        try { Loud l = (Loud) o; b.append("L"); } catch (ClassCastException e) { b.append("l"); }
        try { Object[] arr = (Object[]) o; b.append("["); } catch (ClassCastException e) { b.append("]"); }
        try { Animal[] arr = (Animal[]) o; b.append("X"); } catch (ClassCastException e) { b.append("x"); }
        try { int[] arr = (int[]) o; b.append("I"); } catch (ClassCastException e) { b.append("i"); }
        try { String s = (String) o; b.append("S"); } catch (ClassCastException e) { b.append("s"); }
        try { Cloneable c = (Cloneable) o; b.append("C"); } catch (ClassCastException e) { b.append("c"); }
        return b.toString();
    }
    public static void main(String[] args) {
        Object[] things = {new Object(), new Dog(), new LoudDog(), new Rock(), "str", new StringBuilder("sb"), 42, 2.5,
                new Object[0], new Animal[1], new Dog[2], new LoudDog[0], new Pet[0], new Dog[1][1], new Object[0][], new int[1], new int[1][],
                new long[0], new String[0], new Integer[0], new Comparable[0], new Serializable[0][], new Cloneable[0], (Animal) () -> "lambda", null};
        for (Object o : things) {
            String name = o == null ? "null" : o.getClass().isArray() || !o.getClass().getName().contains("Lambda") ? o.getClass().getName() : "lambda";
            System.out.println(name + " " + check(o) + " " + cast(o));
        }
        // checkcast of null always succeeds
        Object n = null;
        Dog d = (Dog) n;
        int[] ia = (int[]) n;
        System.out.println(d + " " + ia);
        // casts in generic code (checkcast inserted by javac)
        Object s = "text";
        try {
            Integer bad = (Integer) s;
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getClass().getName());
        }
        java.util.function.Supplier<Object> sup = () -> 7;
        try {
            String str = (String) sup.get();
            System.out.println(str);
        } catch (ClassCastException e) {
            System.out.println("CCE from generic");
        }
        // Class.isInstance and class literals
        System.out.println(Animal.class.isInstance(new Dog()) + " " + Dog.class.isInstance(new Object()) + " " + Object[].class.isInstance(new Dog[0]) + " " + int[].class.isInstance(new long[0]) + " " + Animal.class.isInterface() + " " + int.class.isPrimitive() + " " + int.class.getName() + " " + Dog.class.getSuperclass().getName() + " " + (LoudDog.class.getSuperclass() == Dog.class) + " " + (Animal.class.getSuperclass() == null) + " " + Object.class.getSuperclass());
        System.out.println(Casts.class.getName() + " " + Dog.class.getName() + " " + Dog.class.getSimpleName() + " " + Dog[].class.getName() + " " + Dog[][].class.getSimpleName() + " " + double[].class.getName() + " " + (new Dog().getClass() == Dog.class) + " " + (new int[0].getClass() == int[].class) + " " + Dog.class + " " + Animal.class + " " + int.class + " " + String[].class);
        Class<?>[] classes = {Object.class, Animal.class, Pet.class, Dog.class, LoudDog.class, Rock.class, Object[].class, Dog[].class, Animal[].class, int.class, int[].class, long.class, Comparable.class, Cloneable.class, java.io.Serializable.class, String.class, CharSequence.class};
        for (Class<?> to : classes) {
            StringBuilder row = new StringBuilder(to.getSimpleName()).append(": ");
            for (Class<?> from : classes) row.append(to.isAssignableFrom(from) ? '1' : '0');
            System.out.println(row + " " + to.getPackageName() + " " + to.isRecord());
        }
        // pattern matching instanceof
        Object p = new LoudDog();
        if (p instanceof Dog dog && dog.name().length() == 3) System.out.println("pattern " + dog.name() + " " + ((Pet) dog).owner());
        if (!(p instanceof Rock r)) System.out.println("not a rock");
        // primitive widening is not a cast of references
        long widened = (int) 'x';
        System.out.println(widened);
    }
}
