package gclab.workloads;

import java.util.List;

/** The bundled workloads: name, main class, one-line description, default arguments, what each stresses. */
public final class Catalog {
    private Catalog() {
    }

    /** One workload. {@code smallArgs} run in a second or less inside the VM, for tests. */
    public record Workload(String name, Class<?> mainClass, String description, List<String> defaultArgs,
                           List<String> smallArgs, String stresses) {
        /** The main class's binary name. */
        public String className() {
            return mainClass.getName();
        }
    }

    public static List<Workload> all() {
        return List.of(
                new Workload("binarytrees", BinaryTrees.class,
                        "binary trees: one long-lived tree and many short-lived ones",
                        List.of("16"), List.of("6"), "allocation rate; a large long-lived structure"),
                new Workload("listchurn", ListChurn.class,
                        "a linked-list queue with bursts of enqueues and dequeues",
                        List.of("200000"), List.of("300"), "short-lived nodes; stores at both ends of a live list"),
                new Workload("strings", StringBuilding.class,
                        "string building, splitting, searching and formatting",
                        List.of("20000"), List.of("60"), "char arrays, builders and boxes as garbage"),
                new Workload("hashtable", HashTable.class,
                        "a chained hash table of string keys with resizing",
                        List.of("1000000"), List.of("2000"), "a mutating structure; old-to-young stores"),
                new Workload("cycles", CyclicGarbage.class,
                        "rings, doubly linked lists and cliques, mostly dropped",
                        List.of("200000"), List.of("300"), "cyclic garbage (reference counting's weakness)"),
                new Workload("lru", LruCache.class,
                        "an LRU cache over a skewed request stream",
                        List.of("1000000"), List.of("2000"), "a long-lived structure with churn; old-to-young stores"),
                new Workload("fragmenter", Fragmenter.class,
                        "mixed sizes from 16 B to 64 KB, survivors scattered among short-lived blocks",
                        List.of("100000"), List.of("400"), "fragmentation of free lists; compaction"),
                new Workload("largearrays", LargeArrays.class,
                        "a prime sieve, a matrix product and replaced rows of longs",
                        List.of("500000"), List.of("3000"), "large objects: allocation, copying and scanning"),
                new Workload("lrumap", LinkedLru.class,
                        "an LRU cache on java.util.LinkedHashMap (access order, removeEldestEntry) with a HashMap of counts",
                        List.of("400000"), List.of("1500"), "library collections' churn; entries evicted in LRU order"),
                new Workload("paths", ShortestPaths.class,
                        "Dijkstra and BFS on a HashMap/ArrayList graph with a PriorityQueue, rewired between rounds",
                        List.of("20000"), List.of("150"), "boxes, maps and queues per round; a live graph mutated"));
    }

    /** The workload called {@code name}; an IllegalArgumentException listing the names if there is none. */
    public static Workload byName(String name) {
        for (Workload w : all()) {
            if (w.name().equals(name)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown workload '" + name + "'; known workloads: "
                + String.join(", ", all().stream().map(Workload::name).toList()));
    }
}
