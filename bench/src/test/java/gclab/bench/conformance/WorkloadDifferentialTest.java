package gclab.bench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.bench.conformance.Differential.Config;
import gclab.bench.conformance.Differential.Result;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.spi.CollectorRegistry;
import gclab.workloads.Catalog;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first oracle (issue "The VM", "Tests"): every bundled workload, at its small size, prints byte for byte
 * on gclab what it prints on the host JVM, under every registered collector, with the heap verifier run after
 * every collection; and again in stress mode (a collection before every allocation) in a tiny heap.
 *
 * <p>Collectors join automatically: every factory the {@link CollectorRegistry} finds is run with its
 * defaults, and once more for each other value of each of its choice options (one option changed at a time),
 * so marksweep runs under every fit policy and every compaction setting.
 */
class WorkloadDifferentialTest {
    /**
     * The heap of the ordinary runs: it holds the small workloads' live data (stress mode proves it), and the
     * ones that allocate most (fragmenter, largearrays) collect in it; stress mode is where every workload is
     * made to collect, before every allocation.
     */
    private static final long SMALL_HEAP = 1L << 20;
    /**
     * For collectors whose marking runs on a thread of its own (tricolor: its factory's traits, so every tricolor
     * configuration): a non-moving collector's layout then depends on how the two threads interleave, and so
     * does its fragmentation. largearrays (rows that each outgrow the hole the last one left) fails for
     * fragmentation at 800-850 KiB under deterministic configurations, and once, rarely, at 1 MiB in a
     * concurrent run; twice the heap keeps such runs about output and the verifier, not about luck.
     */
    private static final long CONCURRENT_HEAP = 2L << 20;
    /** For collectors that do not promise to reclaim everything (nogc): room for all the program allocates. */
    private static final long LARGE_HEAP = 256L << 20;
    /** Stress mode's heap: every collection walks all of it, once per allocation. */
    private static final long STRESS_HEAP = 1L << 20;

    private static final Map<String, String> HOST_OUTPUT = new ConcurrentHashMap<>();

    static Stream<Arguments> everyWorkloadUnderEveryConfiguration() {
        List<Arguments> cases = new ArrayList<>();
        for (Catalog.Workload w : Catalog.all()) {
            for (Config c : Differential.configs()) {
                cases.add(Arguments.of(w.name(), c));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> everyWorkloadUnderEveryCollectorInStressMode() {
        List<Arguments> cases = new ArrayList<>();
        for (Catalog.Workload w : Catalog.all()) {
            for (CollectorFactory f : new CollectorRegistry().factories()) {
                if (f.traits().complete()) {
                    cases.add(Arguments.of(w.name(), new Config(f, Map.of())));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("everyWorkloadUnderEveryConfiguration")
    void printsWhatTheHostPrints(String workload, Config config) {
        Catalog.Workload w = Catalog.byName(workload);
        CollectorTraits traits = config.factory().traits();
        long heap = !traits.complete() ? LARGE_HEAP : traits.concurrent() ? CONCURRENT_HEAP : SMALL_HEAP;
        Result r = runInGclab(w, config, heap, false);
        assertEquals(hostOutput(w), r.out(), r.err());
        assertEquals(0, r.exit().status(), r.err());
    }

    @ParameterizedTest(name = "{0} under {1}, stress")
    @MethodSource("everyWorkloadUnderEveryCollectorInStressMode")
    void printsWhatTheHostPrintsWhenCollectingBeforeEveryAllocation(String workload, Config config) {
        Catalog.Workload w = Catalog.byName(workload);
        Result r = runInGclab(w, config, STRESS_HEAP, true);
        assertEquals(hostOutput(w), r.out(), r.err());
        assertEquals(0, r.exit().status(), r.err());
        assertTrue(r.pauses() > 100, "stress mode collects before every allocation; saw " + r.pauses() + " pauses");
    }

    private static Result runInGclab(Catalog.Workload w, Config config, long heapBytes, boolean stress) {
        return Differential.runInGclab(workloadClasses(), w.className(), w.smallArgs(), config, heapBytes, stress);
    }

    /** What the workload prints on the host JVM: its main run in this JVM with System.out captured. */
    private static String hostOutput(Catalog.Workload w) {
        return HOST_OUTPUT.computeIfAbsent(w.name(), name -> {
            try {
                return Differential.hostOutput(w.mainClass().getMethod("main", String[].class), w.smallArgs());
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Path workloadClasses() {
        try {
            return Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
