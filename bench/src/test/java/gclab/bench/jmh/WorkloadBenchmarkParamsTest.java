package gclab.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.spi.CollectorRegistry;
import gclab.workloads.Catalog;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/**
 * JMH's {@code @Param} values are compile-time constants, so the lists of collectors and workloads in the
 * benchmarks are written out; these tests fail as soon as they differ from the registry and the catalog.
 */
class WorkloadBenchmarkParamsTest {
    private static List<String> param(Class<?> benchmark, String name) throws NoSuchFieldException {
        return List.of(benchmark.getField(name).getAnnotation(Param.class).value());
    }

    /** Every benchmark class of gclab.bench.jmh with a {@code @Param} field named {@code collector}. */
    private static List<Class<?>> benchmarksWithCollectorParam() throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path dir = Path.of(WorkloadBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("gclab/bench/jmh");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".class") || file.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName("gclab.bench.jmh." + file.substring(0, file.length() - 6));
                for (Field field : c.getFields()) {
                    if (field.getName().equals("collector") && field.isAnnotationPresent(Param.class)) {
                        found.add(c);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyCollectorParamListsExactlyTheRegisteredCollectors() throws Exception {
        List<String> registered = new CollectorRegistry().names();
        List<Class<?>> benchmarks = benchmarksWithCollectorParam();
        assertTrue(benchmarks.contains(WorkloadBenchmark.class), "found " + benchmarks);
        assertTrue(benchmarks.contains(BarrierBenchmark.class), "found " + benchmarks);
        for (Class<?> b : benchmarks) {
            List<String> listed = param(b, "collector");
            assertEquals(new TreeSet<>(registered), new TreeSet<>(listed), b.getSimpleName()
                    + "'s @Param collector must list exactly the registered collectors (new CollectorRegistry()"
                    + ".names()): whoever registers a collector must add its name to the @Param({...}) of the field"
                    + " 'collector' in " + b.getName() + " (and whoever removes one must remove it there). A"
                    + " benchmark meant for some collectors only must name that parameter otherwise, because"
                    + " 'gclab jmh' passes -p collector=<every registered collector>.");
            assertEquals(listed.size(), new TreeSet<>(listed).size(), b.getSimpleName() + " lists a collector twice");
        }
    }

    @Test
    void theWorkloadParamListsExactlyTheBundledWorkloads() throws Exception {
        List<String> catalog = Catalog.all().stream().map(Catalog.Workload::name).toList();
        assertEquals(catalog, param(WorkloadBenchmark.class, "workload"), "WorkloadBenchmark's @Param workload must"
                + " list exactly the workloads of gclab.workloads.Catalog, in its order: whoever adds a workload to"
                + " the catalog must add its name to the @Param({...}) of the field 'workload' in "
                + WorkloadBenchmark.class.getName() + ", and its arguments to BENCH_ARGS.");
        assertEquals(new TreeSet<>(catalog), new TreeSet<>(WorkloadBenchmark.BENCH_ARGS.keySet()),
                "WorkloadBenchmark.BENCH_ARGS must give the arguments of args=bench for every bundled workload");
    }

    @Test
    void argsChooseTheCatalogsArgumentsOrTheGivenOnes() {
        Catalog.Workload w = Catalog.byName("binarytrees");
        assertEquals(w.smallArgs(), WorkloadBenchmark.arguments(w, "small"));
        assertEquals(w.defaultArgs(), WorkloadBenchmark.arguments(w, "default"));
        assertEquals(WorkloadBenchmark.BENCH_ARGS.get("binarytrees"), WorkloadBenchmark.arguments(w, "bench"));
        assertEquals(List.of("9", "x"), WorkloadBenchmark.arguments(w, " 9  x "));
        assertEquals(16L << 20, WorkloadBenchmark.parseHeap("16m"));
        assertEquals(512L << 10, WorkloadBenchmark.parseHeap("512K"));
        assertEquals(1L << 30, WorkloadBenchmark.parseHeap("1g"));
    }

    @Test
    void aRunFillsTheCountersFromTheSimulatedHeapsTelemetry() {
        WorkloadBenchmark b = benchmark("marksweep", "fragmenter", "1m");
        GcCounters counters = new GcCounters();
        counters.reset();
        b.run(counters);
        b.run(counters);
        assertEquals(2, counters.runs());
        assertTrue(counters.pauses() > 0, "fragmenter's small run collects in 1 MiB: " + counters.pauses());
        assertEquals(Math.rint(counters.pauses()), counters.pauses(), "the same count in both runs");
        assertTrue(counters.pauseTotalMs() >= counters.pauseMaxMs() && counters.pauseMaxMs() >= counters.pauseP99Ms());
        assertTrue(counters.gcShare() > 0 && counters.gcShare() < 1);
        assertTrue(counters.workUnits() > 0);
        assertTrue(counters.allocatedMB() > 1, "fragmenter's small run allocates 2.1 MiB: " + counters.allocatedMB());
        assertEquals(0.0, counters.outOfMemory());
    }

    @Test
    void aRunOutOfMemoryIsCountedNotThrown() {
        WorkloadBenchmark b = benchmark("nogc", "fragmenter", "1m");
        GcCounters counters = new GcCounters();
        counters.reset();
        b.run(counters);
        assertEquals(1.0, counters.outOfMemory());
        assertEquals(0.0, counters.pauses());
        assertFalse(counters.allocatedMB() > 1.1, "nogc stops at its 1 MiB heap: " + counters.allocatedMB());
    }

    private static WorkloadBenchmark benchmark(String collector, String workload, String heap) {
        WorkloadBenchmark b = new WorkloadBenchmark();
        b.collector = collector;
        b.workload = workload;
        b.heap = heap;
        b.args = "small";
        b.resolve();
        return b;
    }
}
