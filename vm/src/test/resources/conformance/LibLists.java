import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;

/** ArrayList, Iterable and the enhanced for loop, List.of, Arrays.asList: contents, views and the JDK's exceptions. */
public class LibLists {
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
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            list.add(i * 7 % 11);
        }
        System.out.println(list + " size " + list.size());
        int sum = 0;
        for (int x : list) {
            sum += x;
        }
        System.out.println("sum " + sum + " indexOf(3) " + list.indexOf(3) + " lastIndexOf(3) " + list.lastIndexOf(3));
        list.add(0, -1);
        list.add(list.size(), 99);
        list.remove(Integer.valueOf(5));
        list.remove(3);
        list.set(1, 42);
        System.out.println(list + " contains 42 " + list.contains(42) + " contains 5 " + list.contains(5));
        List<Integer> sub = list.subList(2, 6);
        System.out.println("sub " + sub + " " + sub.size());
        sub.set(0, 1000);
        sub.remove(1);
        sub.add(77);
        System.out.println("after sub " + list);
        list.subList(0, 10).clear();
        System.out.println("cleared range " + list);
        list.removeIf(x -> x % 2 == 0);
        System.out.println("odd " + list);
        list.replaceAll(x -> x * 10);
        System.out.println("times ten " + list);
        list.sort(null);
        System.out.println("sorted " + list);
        list.sort((a, b) -> b - a);
        System.out.println("descending " + list);
        List<String> words = new ArrayList<>(List.of("pear", "fig", "apple", "kiwi", "banana", "date"));
        words.sort((a, b) -> a.length() - b.length());
        System.out.println("stable by length " + words);
        ListIterator<String> li = words.listIterator();
        while (li.hasNext()) {
            String w = li.next();
            if (w.length() == 4) {
                li.set(w.toUpperCase());
            } else if (w.startsWith("b")) {
                li.remove();
            } else if (w.equals("fig")) {
                li.add("grape");
            }
        }
        System.out.println("list iterator " + words);
        while (li.hasPrevious()) {
            System.out.print(li.previous() + (li.hasPrevious() ? "<" : "\n"));
        }
        Iterator<String> it = words.iterator();
        it.next();
        it.remove();
        System.out.println("iterator remove " + words + " equals " + words.equals(Arrays.asList(words.toArray()))
                + " hash " + words.hashCode());
        Object[] asObjects = words.toArray();
        String[] asStrings = words.toArray(new String[0]);
        String[] big = words.toArray(new String[10]);
        System.out.println(asObjects.length + " " + asStrings.getClass().getSimpleName() + " " + asStrings.length
                + " " + big[words.size()] + " " + Arrays.toString(big));
        List<Object> self = new ArrayList<>();
        self.add("me");
        self.add(self);
        System.out.println(self);
        ArrayList<Integer> original = new ArrayList<>(List.of(1, 2, 3));
        @SuppressWarnings("unchecked")
        ArrayList<Integer> copy = (ArrayList<Integer>) original.clone();
        copy.add(4);
        System.out.println(original + " " + copy + " " + original.equals(copy) + " " + new ArrayList<>(original).equals(original));
        Collection<Integer> retained = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        retained.retainAll(List.of(2, 4, 6, 8));
        Collection<Integer> removed = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        removed.removeAll(List.of(2, 4, 6, 8));
        System.out.println("retain " + retained + " remove " + removed + " containsAll " + removed.containsAll(List.of(1, 3)));
        new ArrayList<>(List.of("x", "y")).forEach(s -> System.out.print(s + ";"));
        System.out.println();

        List<Integer> three = new ArrayList<>(List.of(10, 20, 30));
        attempt("get(5)", () -> three.get(5));
        attempt("get(-1)", () -> three.get(-1));
        attempt("set(3)", () -> three.set(3, 0));
        attempt("add(5, x)", () -> three.add(5, 0));
        attempt("remove(3)", () -> three.remove(3));
        attempt("subList(-1, 2)", () -> three.subList(-1, 2));
        attempt("subList(0, 4)", () -> three.subList(0, 4));
        attempt("subList(2, 1)", () -> three.subList(2, 1));
        attempt("new ArrayList(-1)", () -> new ArrayList<>(-1));
        attempt("iterator past the end", () -> {
            Iterator<Integer> i = three.iterator();
            for (int k = 0; k < 4; k++) {
                i.next();
            }
        });
        attempt("remove twice", () -> {
            Iterator<Integer> i = new ArrayList<>(three).iterator();
            i.next();
            i.remove();
            i.remove();
        });
        attempt("modify while iterating", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4));
            for (Integer x : l) {
                if (x == 2) {
                    l.remove(x);
                }
            }
        });
        // Removing the next-to-last element ends the loop early without an exception, as in the JDK.
        attempt("remove next-to-last while iterating", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4));
            for (Integer x : l) {
                if (x == 3) {
                    l.remove(x);
                }
            }
            System.out.println("  left " + l);
        });
        attempt("forEach that adds", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2));
            l.forEach(x -> l.add(x));
        });
        attempt("empty next", () -> new ArrayList<String>().iterator().next());
        List<String> fixed = Arrays.asList("c", "a", "b");
        fixed.set(0, "z");
        fixed.sort(null);
        System.out.println("asList " + fixed + " " + fixed.size() + " " + fixed.indexOf("z") + " " + fixed.contains("q"));
        attempt("asList add", () -> fixed.add("d"));
        attemptImplicit("asList get(3)", () -> fixed.get(3));
        List<Integer> immutable = List.of(3, 1, 2);
        System.out.println("List.of " + immutable + " " + immutable.get(2) + " " + immutable.equals(List.of(3, 1, 2))
                + " " + immutable.hashCode() + " " + List.of() + " " + List.copyOf(three));
        attempt("List.of add", () -> immutable.add(4));
        attempt("List.of set", () -> immutable.set(0, 4));
        attempt("List.of null", () -> List.of("a", null));
        attempt("List.of contains null", () -> immutable.contains(null));
        attemptImplicit("List.of get(3)", () -> immutable.get(3));
        attempt("NoSuchElementException", () -> {
            throw new NoSuchElementException("custom");
        });
        attempt("ConcurrentModificationException", () -> {
            throw new ConcurrentModificationException();
        });
    }
}
