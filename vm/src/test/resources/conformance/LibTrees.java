import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** TreeMap and TreeSet: sorted order, navigation, the range and descending views, and the JDK's exceptions. */
public class LibTrees {
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
        TreeMap<String, Integer> map = new TreeMap<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness";
        for (String w : text.split(" ")) {
            map.merge(w, 1, Integer::sum);
        }
        System.out.println(map + " size " + map.size());
        System.out.println("first " + map.firstKey() + " last " + map.lastKey() + " firstEntry " + map.firstEntry()
                + " lastEntry " + map.lastEntry());
        System.out.println("floor(p) " + map.floorKey("p") + " ceiling(p) " + map.ceilingKey("p") + " lower(it) "
                + map.lowerKey("it") + " higher(it) " + map.higherKey("it") + " higher(zz) " + map.higherKey("zz")
                + " floorEntry(the) " + map.floorEntry("the") + " ceilingEntry(a) " + map.ceilingEntry("a"));
        System.out.println("head " + map.headMap("of") + " tail " + map.tailMap("the") + " sub " + map.subMap("best", "times"));
        System.out.println("inclusive " + map.headMap("of", true) + " " + map.tailMap("the", false) + " "
                + map.subMap("best", false, "times", true));
        NavigableMap<String, Integer> desc = map.descendingMap();
        System.out.println("descending " + desc + " first " + desc.firstKey() + " head " + desc.headMap("it") + " keys "
                + map.descendingKeySet());
        SortedMap<String, Integer> view = map.subMap("b", "p");
        view.put("dog", 3);
        view.remove("it");
        System.out.println("through the view " + map + " view " + view + " size " + view.size());
        attempt("put outside the view", () -> view.put("zebra", 1));
        System.out.println("poll " + map.pollFirstEntry() + " " + map.pollLastEntry() + " " + map);
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            e.setValue(e.getValue() * 10);
        }
        Iterator<String> keys = map.keySet().iterator();
        while (keys.hasNext()) {
            if (keys.next().length() == 3) {
                keys.remove();
            }
        }
        System.out.println("after iterator removal " + map + " values " + map.values());
        TreeMap<Integer, String> numbers = new TreeMap<>(Comparator.reverseOrder());
        for (int i = 0; i < 200; i++) {
            numbers.put(i * 7919 % 1000, "n" + i);
        }
        for (int i = 0; i < 1000; i += 3) {
            numbers.remove(i);
        }
        StringBuilder sb = new StringBuilder();
        for (Integer k : numbers.keySet()) {
            sb.append(k).append(' ');
        }
        System.out.println("reverse-ordered, after removals " + numbers.size() + ": " + sb.toString().hashCode() + " first "
                + numbers.firstKey() + " last " + numbers.lastKey() + " " + numbers.headMap(980));
        TreeMap<String, Integer> copy = new TreeMap<>(map);
        System.out.println("copy equal " + copy.equals(map) + " hash " + (copy.hashCode() == map.hashCode()) + " containsValue "
                + copy.containsValue(20) + " " + copy.clone());
        attemptImplicit("null key", () -> new TreeMap<String, Integer>().put(null, 1));
        attempt("firstKey of empty", () -> new TreeMap<String, Integer>().firstKey());
        attemptImplicit("non-comparable key", () -> new TreeMap<Object, Integer>().put(new Object(), 1));
        attempt("modify while iterating", () -> {
            for (String k : map.keySet()) {
                map.put(k + "!", 0);
            }
        });
        System.out.println("firstEntry of empty " + new TreeMap<String, Integer>().firstEntry());

        TreeSet<Integer> set = new TreeSet<>(List.of(50, 20, 80, 10, 30, 70, 90, 60, 40));
        System.out.println("set " + set + " first " + set.first() + " last " + set.last() + " floor(55) " + set.floor(55)
                + " ceiling(55) " + set.ceiling(55) + " lower(10) " + set.lower(10) + " higher(90) " + set.higher(90));
        System.out.println("headSet " + set.headSet(40) + " tailSet " + set.tailSet(40) + " subSet " + set.subSet(20, 70)
                + " inclusive " + set.subSet(20, false, 70, true) + " descending " + set.descendingSet());
        NavigableSet<Integer> tail = set.tailSet(60, true);
        tail.add(65);
        tail.remove(90);
        System.out.println("through tailSet " + set + " pollFirst " + set.pollFirst() + " pollLast " + set.pollLast() + " " + set);
        Iterator<Integer> down = set.descendingIterator();
        StringBuilder d = new StringBuilder();
        while (down.hasNext()) {
            d.append(down.next()).append(' ');
        }
        System.out.println("descending iterator " + d);
        TreeSet<String> words = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        for (String w : text.split(" ")) {
            words.add(w);
        }
        System.out.println("words " + words + " contains was " + words.contains("was") + " " + words.headSet("best"));
        attempt("subSet with from > to", () -> set.subSet(50, 20));
        attempt("first of empty", () -> new TreeSet<String>().first());
    }
}
