import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HashMap, HashSet, LinkedHashMap and LinkedHashSet. A HashMap's order is unspecified but printed by programs,
 * so this prints maps of many key types and sizes, built in every way that decides the table's capacity
 * (default, requested capacity, copy constructor, putAll, clone, the compute family, clear), and bins of
 * colliding keys up to where the JDK would build a tree.
 */
public class LibMaps {
    /** A key whose hash the test chooses. */
    record Key(int hash, String name) {
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> words = new HashMap<>();
        String text = "the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs far away";
        for (String w : text.split(" ")) {
            words.merge(w, 1, Integer::sum);
        }
        System.out.println("merge " + words + " size " + words.size());
        Map<String, Integer> counted = new HashMap<>();
        for (String w : text.split(" ")) {
            counted.put(w, counted.getOrDefault(w, 0) + 1);
        }
        System.out.println("put " + counted + " equal " + counted.equals(words) + " hash " + (counted.hashCode() == words.hashCode()));
        for (int n : new int[] {0, 1, 5, 11, 12, 13, 24, 25, 48, 49, 97}) {
            Map<Integer, Integer> m = new HashMap<>();
            for (int i = 0; i < n; i++) {
                m.put(i * 37 - 500, i);
            }
            Map<Integer, Integer> copy = new HashMap<>(m);
            Map<Integer, Integer> all = new HashMap<>();
            all.putAll(m);
            StringBuilder order = new StringBuilder();
            for (int k : m.keySet()) {
                order.append(k).append(' ');
            }
            System.out.println(n + ": " + (n <= 25 ? order : order.length()) + " copy same order " + copy.keySet().toString().equals(m.keySet().toString())
                    + " " + copy.toString().hashCode() + " " + all.toString().hashCode() + " " + m.toString().hashCode());
        }
        for (int capacity : new int[] {0, 1, 2, 3, 7, 64}) {
            Map<Long, String> m = new HashMap<>(capacity);
            Set<Long> s = new HashSet<>(capacity);
            for (long i = 1; i <= 20; i++) {
                m.put(i * 1_000_003L, "v" + i);
                s.add(i * i * 31L - 7);
            }
            System.out.println("capacity " + capacity + " " + m.keySet() + " " + s);
        }
        Map<Object, Object> mixed = new HashMap<>();
        mixed.put(null, "null key");
        mixed.put(3.5, 'c');
        mixed.put(-0.0, true);
        mixed.put('x', 1L);
        mixed.put(Boolean.FALSE, null);
        mixed.put(Long.MAX_VALUE, (byte) 3);
        mixed.put("", 2.5f);
        mixed.put(Integer.MIN_VALUE, List.of(1, 2));
        System.out.println("mixed " + mixed + " get(null) " + mixed.get(null) + " containsKey(false) " + mixed.containsKey(false)
                + " containsValue(null) " + mixed.containsValue(null));
        // Colliding keys: a bin of 9 or 10 makes a small table double (the JDK's treeifyBin below 64 bins).
        Map<Key, Integer> colliding = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            colliding.put(new Key(i % 2 == 0 ? 5 : 5 + 16 * i, "c" + i), i);
            colliding.put(new Key(100 + i, "o" + i), i);
            System.out.print(colliding.keySet().toString().hashCode() + " ");
        }
        System.out.println();
        System.out.println("colliding " + colliding);
        Map<Key, Integer> viaCompute = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            viaCompute.computeIfAbsent(new Key(7, "k" + i), k -> k.name().length());
            viaCompute.merge(new Key(7 + 32 * i, "m" + i), 1, Integer::sum);
        }
        System.out.println("compute family prepends " + viaCompute);
        Map<String, Integer> lazy = new HashMap<>();
        for (int i = 0; i < 13; i++) {
            lazy.merge("key" + i, i, Integer::sum);
        }
        System.out.println("13 merged " + lazy);
        lazy.put("one more", 0);
        System.out.println("then put " + lazy);
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            groups.computeIfAbsent("g" + (i % 7), k -> new ArrayList<>()).add(i);
        }
        groups.computeIfPresent("g3", (k, v) -> null);
        groups.compute("g4", (k, v) -> v == null ? List.of() : v.subList(0, 1));
        groups.compute("new", (k, v) -> v == null ? List.of(-1) : v);
        System.out.println("groups " + groups);
        Map<Integer, String> cleared = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            cleared.put(i, "x");
        }
        cleared.clear();
        for (int i = 0; i < 6; i++) {
            cleared.put(i * 100, "y" + i);
        }
        System.out.println("after clear " + cleared + " empty " + cleared.isEmpty());
        HashMap<String, Integer> toClone = new HashMap<>(256);
        for (int i = 0; i < 12; i++) {
            toClone.put("c" + i * 13, i);
        }
        @SuppressWarnings("unchecked")
        HashMap<String, Integer> cloned = (HashMap<String, Integer>) toClone.clone();
        System.out.println("clone " + toClone + "\n      " + cloned);
        Map<String, Integer> ops = new HashMap<>(Map.of("a", 1));
        System.out.println(ops.putIfAbsent("a", 5) + " " + ops.putIfAbsent("b", 2) + " " + ops.replace("a", 10) + " "
                + ops.replace("a", 10, 11) + " " + ops.replace("zz", 1) + " " + ops.remove("b", 3) + " " + ops.remove("b", 2)
                + " " + ops.remove("nope") + " " + ops);
        Map<String, Integer> views = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            views.put("v" + i, i);
        }
        views.keySet().remove("v3");
        views.values().remove(4);
        views.entrySet().removeIf(e -> e.getValue() % 3 == 0);
        for (Map.Entry<String, Integer> e : views.entrySet()) {
            e.setValue(e.getValue() * 100);
        }
        Iterator<String> keys = views.keySet().iterator();
        keys.next();
        keys.remove();
        System.out.println("views " + views + " keys " + views.keySet() + " values " + views.values() + " entries " + views.entrySet());
        views.replaceAll((k, v) -> v + k.length());
        views.forEach((k, v) -> System.out.print(k + ":" + v + " "));
        System.out.println();
        Map<Object, Object> self = new HashMap<>();
        self.put("me", self);
        System.out.println(self);
        attempt("put while iterating", () -> {
            Map<Integer, Integer> m = new HashMap<>(Map.of(1, 1, 2, 2, 3, 3));
            for (Integer k : m.keySet()) {
                m.put(k + 10, k);
            }
        });
        attempt("remove while iterating", () -> {
            Map<Integer, Integer> m = new HashMap<>(Map.of(1, 1, 2, 2, 3, 3));
            for (Map.Entry<Integer, Integer> e : m.entrySet()) {
                m.remove(e.getKey());
            }
        });
        attempt("forEach that removes", () -> {
            Map<Integer, Integer> m = new HashMap<>(Map.of(1, 1, 2, 2));
            m.forEach((k, v) -> m.remove(k));
        });
        attempt("computeIfAbsent that puts", () -> {
            Map<Integer, Integer> m = new HashMap<>();
            m.computeIfAbsent(1, k -> m.put(2, 2));
        });
        attempt("new HashMap(-1)", () -> new HashMap<>(-1));
        attempt("merge null", () -> new HashMap<String, Integer>().merge("a", null, Integer::sum));
        attempt("exhausted iterator", () -> new HashMap<>().keySet().iterator().next());

        Set<String> set = new HashSet<>();
        for (String w : text.split(" ")) {
            set.add(w);
        }
        System.out.println("set " + set + " " + set.size() + " " + set.contains("fox") + " " + set.remove("fox") + " " + set.remove("fox"));
        Set<String> fromList = new HashSet<>(Arrays.asList(text.split(" ")));
        System.out.println("from list " + fromList);
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            numbers.add(i * i % 97);
        }
        Set<Integer> other = new HashSet<>(List.of(1, 4, 9, 16, 1000));
        System.out.println("numbers " + numbers + " retain " + new HashSet<>(numbers).retainAll(other) + " equals "
                + numbers.equals(new HashSet<>(numbers)) + " hash " + numbers.hashCode());
        Set<String> linkedSet = new LinkedHashSet<>(List.of("z", "y", "x"));
        linkedSet.add("a");
        linkedSet.add("z");
        System.out.println("linked set " + linkedSet + " " + linkedSet.equals(Set.of("a", "x", "y", "z")));

        Map<String, Integer> linked = new LinkedHashMap<>();
        for (String w : text.split(" ")) {
            linked.merge(w, 1, Integer::sum);
        }
        linked.remove("quick");
        linked.put("the", 0);
        System.out.println("linked " + linked);
        LinkedHashMap<Integer, String> lru = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
                boolean evict = size() > 4;
                if (evict) {
                    System.out.print("evict " + eldest + "; ");
                }
                return evict;
            }
        };
        for (int i = 0; i < 6; i++) {
            lru.put(i, "v" + i);
            lru.get(i / 2);
        }
        System.out.println();
        lru.getOrDefault(4, "none");
        lru.putIfAbsent(2, "again");
        lru.containsKey(3);
        System.out.println("lru " + lru + " " + lru.keySet() + " " + lru.values());
        attempt("get while iterating an access-ordered map", () -> {
            for (Integer k : lru.keySet()) {
                lru.get(k);
            }
        });
        Map<String, Integer> copyOfLinked = new LinkedHashMap<>(linked);
        System.out.println(copyOfLinked.equals(linked) + " " + new HashMap<>(linked).equals(linked) + " " + linked.equals(Map.of()));
    }
}
