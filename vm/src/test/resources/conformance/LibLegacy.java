import java.util.Collections;
import java.util.EmptyStackException;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.Vector;

/** Hashtable (its bucket order, printed), Vector, Stack and Enumeration. */
public class LibLegacy {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    /**
     * For exceptions the JDK's code raises implicitly (an array index, a cast, a null dereference): only the
     * class, because a host JVM that has compiled that code hot throws them without a message.
     */
    static void attemptImplicit(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        Hashtable<String, Integer> table = new Hashtable<>();
        for (int i = 0; i < 30; i++) {
            table.put("key" + i * 3, i);
            if (i % 4 == 3) {
                table.remove("key" + (i - 2) * 3);
            }
        }
        System.out.println(table + " size " + table.size());
        System.out.println("keys " + table.keySet() + "\nvalues " + table.values());
        Enumeration<String> keys = table.keys();
        StringBuilder sb = new StringBuilder();
        while (keys.hasMoreElements()) {
            sb.append(keys.nextElement()).append(' ');
        }
        System.out.println("enumeration " + sb);
        Enumeration<Integer> elements = table.elements();
        int sum = 0;
        while (elements.hasMoreElements()) {
            sum += elements.nextElement();
        }
        System.out.println("sum " + sum + " get " + table.get("key30") + " contains " + table.contains(12) + " containsKey "
                + table.containsKey("key3") + " getOrDefault " + table.getOrDefault("nope", -1));
        Hashtable<Integer, String> small = new Hashtable<>(3);
        for (int i = 20; i > 0; i -= 2) {
            small.put(i, "v" + i);
        }
        small.putIfAbsent(100, "hundred");
        small.computeIfAbsent(7, k -> "seven");
        small.merge(20, "!", String::concat);
        System.out.println("small " + small + " equals copy " + small.equals(new Hashtable<>(small)) + " " + new Hashtable<>(small));
        Map<Integer, String> copied = new Hashtable<>(Map.of(1, "a"));
        copied.forEach((k, v) -> System.out.println("forEach " + k + "=" + v));
        attempt("Hashtable null value", () -> table.put("x", null));
        attemptImplicit("Hashtable null key", () -> table.put(null, 1));
        attempt("exhausted enumeration", () -> new Hashtable<String, String>().keys().nextElement());
        attempt("put while iterating", () -> {
            for (String k : table.keySet()) {
                table.put(k + "'", 0);
            }
        });

        Vector<Integer> vector = new Vector<>();
        for (int i = 0; i < 15; i++) {
            vector.add(i * i);
        }
        vector.insertElementAt(-1, 0);
        vector.removeElementAt(3);
        vector.setElementAt(1000, 5);
        vector.removeElement(49);
        System.out.println("vector " + vector + " size " + vector.size() + " capacity " + vector.capacity() + " first "
                + vector.firstElement() + " last " + vector.lastElement() + " elementAt(2) " + vector.elementAt(2));
        Enumeration<Integer> ve = vector.elements();
        int vsum = 0;
        while (ve.hasMoreElements()) {
            vsum += ve.nextElement();
        }
        System.out.println("sum " + vsum + " indexOf " + vector.indexOf(1000) + " subList " + vector.subList(2, 5));
        attempt("Vector get(20)", () -> vector.get(20));
        attemptImplicit("Vector get(-1)", () -> vector.get(-1));
        attempt("Vector elementAt(20)", () -> vector.elementAt(20));
        attempt("Vector insertElementAt(x, 30)", () -> vector.insertElementAt(1, 30));
        attempt("Vector firstElement of empty", () -> new Vector<String>().firstElement());

        Stack<String> stack = new Stack<>();
        for (String s : "one two three four".split(" ")) {
            System.out.print(stack.push(s) + " ");
        }
        System.out.println("| " + stack + " peek " + stack.peek() + " search(two) " + stack.search("two") + " search(x) "
                + stack.search("x"));
        System.out.println(stack.pop() + " " + stack.pop() + " " + stack + " empty " + stack.empty());
        Iterator<String> si = stack.iterator();
        si.next();
        si.remove();
        System.out.println("after iterator removal " + stack);
        attempt("pop of empty", () -> new Stack<String>().pop());
        attempt("peek of empty", () -> new Stack<String>().peek());
        try {
            new Stack<Integer>().pop();
        } catch (EmptyStackException e) {
            System.out.println("EmptyStackException message " + e.getMessage());
        }
        Enumeration<String> fromList = Collections.enumeration(List.of("e1", "e2"));
        while (fromList.hasMoreElements()) {
            System.out.print(fromList.nextElement() + " ");
        }
        Iterator<String> asIterator = new Vector<>(List.of("i1", "i2")).elements().asIterator();
        while (asIterator.hasNext()) {
            System.out.print(asIterator.next() + " ");
        }
        System.out.println(Collections.list(new Vector<>(List.of(3, 2, 1)).elements()));
    }
}
