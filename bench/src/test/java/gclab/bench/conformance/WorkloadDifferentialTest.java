package gclab.bench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.OptionSpec;
import gclab.vm.Vm;
import gclab.vm.VmExit;
import gclab.vm.VmOptions;
import gclab.workloads.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    /** For collectors that do not promise to reclaim everything (nogc): room for all the program allocates. */
    private static final long LARGE_HEAP = 256L << 20;
    /** Stress mode's heap: every collection walks all of it, once per allocation. */
    private static final long STRESS_HEAP = 1L << 20;

    private static final Map<String, String> HOST_OUTPUT = new ConcurrentHashMap<>();

    /** One collector configuration: a factory and the options that differ from its defaults. */
    record Config(CollectorFactory factory, Map<String, String> options) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(factory.name());
            options.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
            return b.toString();
        }
    }

    static List<Config> configs() {
        List<Config> configs = new ArrayList<>();
        for (CollectorFactory f : new CollectorRegistry().factories()) {
            configs.add(new Config(f, Map.of()));
            for (OptionSpec o : f.options()) {
                if (o.type() != OptionSpec.Type.CHOICE) {
                    continue;
                }
                for (String value : o.choices()) {
                    if (!value.equals(o.defaultValue())) {
                        configs.add(new Config(f, Map.of(o.key(), value)));
                    }
                }
            }
        }
        return configs;
    }

    static Stream<Arguments> everyWorkloadUnderEveryConfiguration() {
        List<Arguments> cases = new ArrayList<>();
        for (Catalog.Workload w : Catalog.all()) {
            for (Config c : configs()) {
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
        long heap = config.factory().traits().complete() ? SMALL_HEAP : LARGE_HEAP;
        Result r = runInGclab(w, config, heap, false);
        assertEquals(hostOutput(w), r.out, r.err);
        assertEquals(0, r.exit.status(), r.err);
    }

    @ParameterizedTest(name = "{0} under {1}, stress")
    @MethodSource("everyWorkloadUnderEveryCollectorInStressMode")
    void printsWhatTheHostPrintsWhenCollectingBeforeEveryAllocation(String workload, Config config) {
        Catalog.Workload w = Catalog.byName(workload);
        Result r = runInGclab(w, config, STRESS_HEAP, true);
        assertEquals(hostOutput(w), r.out, r.err);
        assertEquals(0, r.exit.status(), r.err);
        assertTrue(r.pauses > 100, "stress mode collects before every allocation; saw " + r.pauses + " pauses");
    }

    private record Result(VmExit exit, String out, String err, int pauses) {
    }

    private static Result runInGclab(Catalog.Workload w, Config config, long heapBytes, boolean stress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        VmOptions options = new VmOptions(config.factory())
                .heapBytes(heapBytes)
                .collectorOptions(new LinkedHashMap<>(config.options()))
                .classPath(workloadClasses())
                .verify(true)
                .stress(stress)
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (Vm vm = new Vm(options)) {
            VmExit exit = vm.run(w.className(), w.smallArgs().toArray(new String[0]));
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    vm.telemetry().pauses().size());
        }
    }

    /** What the workload prints on the host JVM: its main run in this JVM with System.out captured. */
    private static String hostOutput(Catalog.Workload w) {
        return HOST_OUTPUT.computeIfAbsent(w.name(), name -> {
            synchronized (WorkloadDifferentialTest.class) {
                PrintStream saved = System.out;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                    Method main = w.mainClass().getMethod("main", String[].class);
                    main.invoke(null, (Object) w.smallArgs().toArray(new String[0]));
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException("workload " + name + " failed on the host JVM", e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                } finally {
                    System.out.flush();
                    System.setOut(saved);
                }
                return out.toString(StandardCharsets.UTF_8);
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
