import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Arrays, Collections, Comparator, Objects, Optional, StringJoiner. */
public class LibUtil {
    record Person(String name, int age, double height) {
    }

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
        Random random = new Random(2024);
        int[] ints = new int[40];
        Arrays.setAll(ints, i -> random.nextInt(200) - 100);
        int[] sortedInts = ints.clone();
        Arrays.sort(sortedInts);
        System.out.println(Arrays.toString(ints) + "\n" + Arrays.toString(sortedInts));
        System.out.println("binarySearch " + Arrays.binarySearch(sortedInts, sortedInts[17]) + " " + Arrays.binarySearch(sortedInts, 1000)
                + " " + Arrays.binarySearch(sortedInts, -1000) + " hash " + Arrays.hashCode(ints) + " equals "
                + Arrays.equals(ints, sortedInts) + " " + Arrays.equals(sortedInts, sortedInts.clone()));
        int[] partly = ints.clone();
        Arrays.sort(partly, 10, 20);
        Arrays.fill(partly, 0, 3, 7);
        System.out.println("range sort and fill " + Arrays.toString(partly));
        double[] doubles = {3.5, -0.0, 0.0, Double.NaN, -1e300, Double.POSITIVE_INFINITY, 2.25, Double.NEGATIVE_INFINITY, 0.0};
        Arrays.sort(doubles);
        System.out.println("doubles " + Arrays.toString(doubles) + " search -0.0 " + Arrays.binarySearch(doubles, -0.0)
                + " NaN " + Arrays.binarySearch(doubles, Double.NaN) + " hash " + Arrays.hashCode(doubles));
        long[] longs = new long[1000];
        Arrays.setAll(longs, i -> random.nextLong() % 1000);
        Arrays.sort(longs);
        boolean ordered = true;
        for (int i = 1; i < longs.length; i++) {
            ordered &= longs[i - 1] <= longs[i];
        }
        System.out.println("longs ordered " + ordered + " " + longs[0] + " " + longs[999] + " " + Arrays.hashCode(longs));
        char[] chars = "the quick brown fox".toCharArray();
        Arrays.sort(chars);
        float[] floats = {2f, -1f, 0.5f};
        Arrays.sort(floats);
        short[] shorts = {5, -3, 2};
        Arrays.sort(shorts);
        byte[] bytes = {5, -3, 2, 127, -128};
        Arrays.sort(bytes);
        boolean[] flags = new boolean[3];
        Arrays.fill(flags, true);
        System.out.println(new String(chars) + "|" + Arrays.toString(chars) + " " + Arrays.toString(floats) + " "
                + Arrays.toString(shorts) + " " + Arrays.toString(bytes) + " " + Arrays.toString(flags) + " "
                + Arrays.hashCode(flags) + " " + Arrays.hashCode(chars) + " " + Arrays.toString((int[]) null));
        System.out.println("copyOf " + Arrays.toString(Arrays.copyOf(ints, 5)) + " " + Arrays.toString(Arrays.copyOf(new int[] {1, 2}, 4))
                + " " + Arrays.toString(Arrays.copyOfRange(ints, 35, 42)) + " " + Arrays.toString(Arrays.copyOf(new String[] {"a"}, 3))
                + " " + Arrays.copyOf(new String[] {"a"}, 2).getClass().getSimpleName() + " " + Arrays.toString(Arrays.copyOfRange(new double[] {1, 2, 3}, 1, 2)));
        Person[] people = {new Person("Ann", 31, 1.65), new Person("Bob", 25, 1.80), new Person("Cid", 31, 1.75),
            new Person("Dee", 25, 1.60), new Person("Eve", 40, 1.70), new Person("Fay", 31, 1.65)};
        Person[] byAge = people.clone();
        Arrays.sort(byAge, Comparator.comparingInt(Person::age));
        System.out.println("stable by age " + Arrays.toString(byAge));
        Arrays.sort(byAge, Comparator.comparing(Person::age).reversed().thenComparing(Person::height).thenComparing(Person::name, Comparator.reverseOrder()));
        System.out.println("age desc, height, name desc " + Arrays.toString(byAge));
        Arrays.sort(byAge, Comparator.comparingDouble(Person::height).thenComparingInt(Person::age));
        System.out.println("height, age " + Arrays.toString(byAge));
        String[] names = {"pear", "Apple", "fig", null, "apple", "Fig"};
        Arrays.sort(names, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        System.out.println(Arrays.toString(names));
        Arrays.sort(names, Comparator.nullsLast(Comparator.<String>naturalOrder()));
        System.out.println(Arrays.toString(names));
        Object[][] nested = {{1, "a"}, {new int[] {2, 3}, null}, {}};
        System.out.println(Arrays.deepToString(nested) + " " + Arrays.deepEquals(nested, nested.clone()) + " " + Arrays.deepHashCode(nested));
        Integer[] boxed = {5, 3, 9, 1};
        Arrays.sort(boxed, 1, 4);
        System.out.println(Arrays.toString(boxed) + " " + Arrays.asList(boxed).indexOf(9) + " " + Arrays.binarySearch(new String[] {"a", "c", "e"}, "d"));
        attempt("copyOfRange(5, 2)", () -> Arrays.copyOfRange(ints, 5, 2));
        attempt("sort(a, 5, 2)", () -> Arrays.sort(ints, 5, 2));
        attempt("fill(a, -1, 2, x)", () -> Arrays.fill(ints, -1, 2, 0));
        attempt("sort(a, 0, 99)", () -> Arrays.sort(ints, 0, 99));
        attempt("copyOf(a, -1)", () -> Arrays.copyOf(ints, -1));
        attemptImplicit("sort non-comparable", () -> Arrays.sort(new Object[] {new Object(), new Object()}));

        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            list.add(i);
        }
        Collections.shuffle(list, new Random(11));
        System.out.println("shuffled " + list);
        Collections.shuffle(list, new Random(11));
        List<Integer> linked = new LinkedList<>(list);
        Collections.shuffle(linked, new Random(5));
        System.out.println("shuffled again " + list + " linked " + linked);
        Collections.sort(list);
        Collections.reverse(linked);
        Collections.swap(list, 0, 19);
        System.out.println("sorted/swapped " + list + " reversed " + linked + " max " + Collections.max(list) + " min "
                + Collections.min(list) + " maxBy " + Collections.max(list, Comparator.comparing(i -> i % 7)) + " frequency "
                + Collections.frequency(List.of(1, 2, 1, 1), 1));
        Collections.sort(list, Collections.reverseOrder());
        Collections.rotate(linked, 3);
        System.out.println("reverse order " + list + " rotated " + linked + " binarySearch " + Collections.binarySearch(List.of(1, 3, 5, 7), 5)
                + " " + Collections.binarySearch(List.of(1, 3, 5, 7), 4) + " nCopies " + Collections.nCopies(3, "ab") + " disjoint "
                + Collections.disjoint(List.of(1), List.of(2)));
        List<String> unmodifiable = Collections.unmodifiableList(new ArrayList<>(List.of("u", "v")));
        Map<String, Integer> unmodifiableMap = Collections.unmodifiableMap(new TreeMap<>(Map.of("k", 1, "j", 2)));
        Set<Integer> unmodifiableSet = Collections.unmodifiableSet(new java.util.HashSet<>(List.of(3, 1, 2)));
        System.out.println(unmodifiable + " " + unmodifiableMap + " " + unmodifiableSet + " " + Collections.emptyList() + " "
                + Collections.emptyMap() + " " + Collections.emptySet() + " " + Collections.singletonList(1) + " "
                + Collections.singleton("s") + " " + Collections.singletonMap("a", 1) + " " + unmodifiable.equals(List.of("u", "v")));
        attempt("unmodifiable add", () -> unmodifiable.add("w"));
        attempt("unmodifiable set", () -> unmodifiable.set(0, "w"));
        attempt("unmodifiable map put", () -> unmodifiableMap.put("z", 0));
        attempt("unmodifiable entry setValue", () -> unmodifiableMap.entrySet().iterator().next().setValue(5));
        attempt("emptyList get", () -> Collections.emptyList().get(0));
        attempt("max of empty", () -> Collections.max(new ArrayList<Integer>()));
        List<String> added = new ArrayList<>();
        Collections.addAll(added, "x", "y", "z");
        Collections.fill(added, "f");
        System.out.println(added);

        System.out.println("Objects " + Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.hash(1, "a", null)
                + " " + Objects.hashCode(null) + " " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " "
                + Objects.requireNonNullElse(null, "else") + " " + Objects.isNull(null) + " " + Objects.nonNull(1) + " "
                + Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.checkIndex(2, 3));
        attempt("requireNonNull", () -> Objects.requireNonNull(null, "must not be null"));
        attempt("checkIndex", () -> Objects.checkIndex(3, 3));

        Optional<String> present = Optional.of("value");
        Optional<String> absent = Optional.empty();
        System.out.println(present + " " + absent + " " + present.map(String::length) + " " + absent.map(String::length) + " "
                + present.filter(s -> s.startsWith("x")) + " " + present.orElse("other") + " " + absent.orElse("other") + " "
                + absent.orElseGet(() -> "got") + " " + present.isPresent() + " " + absent.isEmpty() + " "
                + present.flatMap(s -> Optional.of(s + "!")) + " " + absent.or(() -> Optional.of("or")) + " "
                + Optional.ofNullable(null) + " " + present.equals(Optional.of("value")) + " " + present.hashCode());
        present.ifPresent(s -> System.out.print("ifPresent " + s + "; "));
        absent.ifPresentOrElse(s -> System.out.print("no"), () -> System.out.println("empty branch"));
        System.out.println(OptionalInt.of(5) + " " + OptionalInt.empty() + " " + OptionalDouble.of(2.5) + " " + OptionalInt.of(3).getAsInt()
                + " " + OptionalDouble.empty().orElse(-1));
        attempt("empty get", absent::get);
        attempt("empty orElseThrow", absent::orElseThrow);
        attempt("Optional.of(null)", () -> Optional.of(null));
        attempt("orElseThrow(supplier)", () -> absent.orElseThrow(() -> new IllegalStateException("missing")));

        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        System.out.println(joiner + " " + joiner.length());
        joiner.setEmptyValue("EMPTY");
        System.out.println(joiner);
        joiner.add("a").add("b").add(null);
        StringJoiner other = new StringJoiner("-", "[", "]");
        other.add("x").add("y");
        joiner.merge(other);
        joiner.merge(new StringJoiner("+"));
        System.out.println(joiner + " " + joiner.length() + " " + new StringJoiner("/").add("only") + " " + String.join("|", List.of("p", "q"))
                + " " + String.join(",", "r", "s"));
        Map<String, List<Person>> byAgeGroups = new HashMap<>();
        for (Person p : people) {
            byAgeGroups.computeIfAbsent(p.age() / 10 + "0s", k -> new ArrayList<>()).add(p);
        }
        StringJoiner summary = new StringJoiner("; ");
        byAgeGroups.forEach((k, v) -> summary.add(k + ":" + v.size()));
        System.out.println(summary);
    }
}
