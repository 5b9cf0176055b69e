package gclab.collectors;

import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.space.Space;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.testing.TestMutator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The collector configurations the suite runs under: nogc, marksweep under every policy and compaction, and
 * (for the tests that do not assume a single space, or that hold for a collector that marks beside the mutator)
 * generational under each of its choices and tricolor in every mode and barrier.
 */
final class Configs {
    private Configs() {
    }

    static final List<String> POLICIES =
            List.of(FitPolicy.FIRST_FIT.optionName(), FitPolicy.BEST_FIT.optionName(),
                    FitPolicy.SEGREGATED.optionName());
    static final List<String> COMPACTIONS = List.of("never", "always", "when-fragmented");

    /** One collector with its options; its {@code toString} names the test case. */
    record Config(String collector, Map<String, String> options) {
        boolean collects() {
            return !collector.equals("nogc");
        }

        String compact() {
            return options.getOrDefault("compact", "never");
        }

        boolean refcounts() {
            return collector.equals("refcount");
        }

        /** A mutator over a fresh heap of {@code heapBytes}, with the verifier on after every pause. */
        TestMutator mutator(long heapBytes) {
            return new TestMutator(factory(), options, heapBytes);
        }

        CollectorFactory factory() {
            return new CollectorRegistry().factory(collector);
        }

        boolean tricolor() {
            return collector.equals("tricolor");
        }

        @Override
        public String toString() {
            StringBuilder name = new StringBuilder(collector);
            new java.util.TreeMap<>(options).forEach((k, v) -> name.append(' ').append(k).append('=').append(v));
            return name.toString();
        }
    }

    static Config nogc() {
        return new Config("nogc", Map.of());
    }

    static Config marksweep(String policy, String compact) {
        return new Config("marksweep", Map.of("policy", policy, "compact", compact));
    }

    /** marksweep under every policy and every compaction setting. */
    static Stream<Config> marksweeps() {
        List<Config> all = new ArrayList<>();
        for (String policy : POLICIES) {
            for (String compact : COMPACTIONS) {
                all.add(marksweep(policy, compact));
            }
        }
        return all.stream();
    }

    static final List<String> TRICOLOR_MODES = List.of("incremental", "concurrent");
    static final List<String> BARRIERS = List.of("dijkstra", "satb", "hybrid");

    static Config tricolor(String mode, String barrier) {
        return new Config("tricolor", Map.of("mode", mode, "barrier", barrier));
    }

    /** tricolor in every mode with every barrier, and dijkstra also with white allocation. */
    static Stream<Config> tricolors() {
        List<Config> all = new ArrayList<>();
        for (String mode : TRICOLOR_MODES) {
            for (String barrier : BARRIERS) {
                all.add(tricolor(mode, barrier));
            }
            all.add(new Config("tricolor", Map.of("mode", mode, "barrier", "dijkstra", "white-allocation", "true")));
        }
        return all.stream();
    }


    static Config refcount(Map<String, String> options) {
        return new Config("refcount", options);
    }

    /**
     * refcount with its defaults; without cycle collection; and with 2-bit counts on first fit, so that counts
     * stick. All three collect only on allocation failure and System.gc() in the suite's small programs.
     */
    static Stream<Config> refcounts() {
        return Stream.of(refcount(Map.of()),
                refcount(Map.of("cycles", "off")),
                refcount(Map.of("count-bits", "2", "policy", "first-fit")));
    }

    /**
     * refcount with the smallest lazy budget and tables: a reconciliation at almost every allocation, frees
     * carried over between them, cycle collections every few candidates (its own triggers, so only for tests
     * that do not count pauses).
     */
    static Config refcountLazy() {
        return refcount(Map.of("freeing", "lazy", "free-budget", "1", "zct-size", "2", "cycle-buffer", "3",
                "policy", "best-fit"));
    }

    /** nogc, then every marksweep configuration, then the refcount configurations. */
    static Stream<Config> all() {
        return Stream.concat(Stream.concat(Stream.of(nogc()), marksweeps()), refcounts());
    }

    /** generational with its defaults, and with each choice that changes how it collects. */
    static Stream<Config> generationals() {
        return Stream.of(
                new Config("generational", Map.of()),
                new Config("generational", Map.of("old", "markcompact")),
                new Config("generational", Map.of("copy-order", "depth-first", "policy", "best-fit")),
                new Config("generational", Map.of("tenuring", "fixed", "tenuring-threshold", "1",
                        "policy", "segregated")));
    }

    /** marksweep with compact=always, under every policy. */
    static Stream<Config> compactingAlways() {
        return POLICIES.stream().map(p -> marksweep(p, "always"));
    }

    /** The one space nogc and marksweep carve out of the heap. */
    static Space space(TestMutator m) {
        return m.heap.spaces().get(0);
    }

    static FreeListSpace freeListSpace(TestMutator m) {
        return (FreeListSpace) space(m);
    }
}
