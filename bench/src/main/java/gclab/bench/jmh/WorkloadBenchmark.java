package gclab.bench.jmh;

import gclab.bench.experiment.Program;
import gclab.bench.experiment.Sizes;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.OptionSpec;
import gclab.vm.Vm;
import gclab.vm.VmExit;
import gclab.vm.VmOptions;
import gclab.workloads.Catalog;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole bundled workload run in a fresh gclab {@link Vm} per operation, for every registered collector, every
 * bundled workload and a few heap sizes. The primary score is the run's wall time (ms/op: class loading,
 * interpretation and collection together); the secondary results ({@link GcCounters}) are gclab's own
 * measurements of the simulated heap, per operation: pause count, total, longest and 99th-percentile pause,
 * GC share, bytes allocated, collector work units, and the share of runs that ran out of memory. JMH's own
 * {@code -prof gc} measures the host JVM, not the simulated heap.
 *
 * <p>The {@code collector} and {@code workload} lists must equal {@code new CollectorRegistry().names()} and
 * {@link Catalog#all()}: {@code WorkloadBenchmarkParamsTest} fails when they differ, and {@code gclab jmh} passes
 * the registered names and the catalog's workloads as {@code -p} itself unless given them. The workload's
 * arguments are {@code args}: {@code bench} (the default: {@link #BENCH_ARGS}, about a second per run inside
 * gclab, enough allocation to collect several times in a 4 MiB heap, so that a full run takes minutes, not
 * hours), {@code small} (the catalog's small arguments, for tests: they allocate so little that no collector
 * ever collects), {@code default} (the catalog's defaults: 5 to 20 s a run), or the arguments themselves,
 * space-separated ({@code -p args=14}), for every workload chosen.
 *
 * <p>Its defaults (one fork, 2 warm-up and 3 measured iterations of 2 s) make a run of all 48 combinations take
 * about 10 minutes rather than JMH's default hours; every JMH option overrides them. An operation takes 0.1 to 3 s,
 * so an iteration holds few of them: for steadier times, give longer iterations ({@code -r 10s}).
 *
 * <p>A run that runs out of memory (nogc on a small heap, any collector when the live data do not fit) is not
 * an error: it is measured as far as it went and counted in {@code outOfMemory} (1.0 if every run did); its
 * time and counters are then those of a run cut short, which the output must be read with.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkloadBenchmark {
    /** Every registered collector; {@code WorkloadBenchmarkParamsTest} checks this against the registry. */
    @Param({"generational", "marksweep", "nogc", "refcount", "tricolor"})
    public String collector;

    /** Every bundled workload; {@code WorkloadBenchmarkParamsTest} checks this against the catalog. */
    @Param({"binarytrees", "listchurn", "strings", "hashtable", "cycles", "lru", "fragmenter", "largearrays",
            "lrumap", "paths"})
    public String workload;

    /** The simulated heap: bytes with a k, m or g suffix. */
    @Param({"4m", "16m"})
    public String heap;

    /** {@code bench}, {@code small}, {@code default}, or the workload's arguments separated by spaces. */
    @Param({"bench"})
    public String args;

    /**
     * The arguments of {@code args=bench}, by workload: about a second a run inside gclab (warm, on a loaded
     * 2-core machine), 3 to 160 MB allocated. {@code WorkloadBenchmarkParamsTest} checks that every bundled
     * workload has its entry; a workload without one would run with its small arguments.
     */
    static final Map<String, List<String>> BENCH_ARGS = Map.of(
            "binarytrees", List.of("12"),
            "listchurn", List.of("20000"),
            "strings", List.of("3000"),
            "hashtable", List.of("50000"),
            "cycles", List.of("30000"),
            "lru", List.of("100000"),
            "fragmenter", List.of("10000"),
            "largearrays", List.of("100000"),
            "lrumap", List.of("40000"),
            "paths", List.of("2000"));

    private VmOptions options;
    private String mainClass;
    private String[] arguments;

    @Setup(Level.Trial)
    public void resolve() {
        CollectorRegistry registry = new CollectorRegistry();
        Catalog.Workload w = Catalog.byName(workload);
        mainClass = w.className();
        arguments = arguments(w, args).toArray(new String[0]);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        options = new VmOptions(registry.factory(collector)).heapBytes(parseHeap(heap))
                .classPath(Program.workloadClasses()).out(discard).err(discard);
    }

    /** The arguments {@code args} stands for. */
    static List<String> arguments(Catalog.Workload w, String args) {
        return switch (args.trim()) {
            case "bench" -> BENCH_ARGS.getOrDefault(w.name(), w.smallArgs());
            case "small" -> w.smallArgs();
            case "default" -> w.defaultArgs();
            default -> Arrays.asList(args.trim().split("\\s+"));
        };
    }

    /** {@code 16m}, {@code 512k}, {@code 1g} or bytes, read by the collectors' own size parser. */
    static long parseHeap(String text) {
        long bytes = OptionSpec.parseSize(text);
        if (bytes > 0) {
            return bytes;
        }
        throw new IllegalArgumentException("bad heap '" + text + "': write bytes with an optional k, m or g"
                + " suffix, e.g. -p heap=16m,64m");
    }

    /** Runs the workload once in a fresh VM and adds what its telemetry measured to {@code counters}. */
    @Benchmark
    public long run(GcCounters counters) {
        Vm vm = new Vm(options);
        try {
            VmExit exit = vm.run(mainClass, arguments);
            long runNanos = vm.telemetry().now();
            boolean outOfMemory = "java.lang.OutOfMemoryError".equals(exit.uncaughtException());
            if (exit.status() != 0 && !outOfMemory) {
                throw new IllegalStateException(describe() + " failed: exit status " + exit.status()
                        + (exit.uncaughtException() == null ? "" : ", uncaught " + exit.uncaughtException()));
            }
            counters.add(vm.telemetry(), runNanos, outOfMemory);
            return exit.instructions();
        } finally {
            vm.close();
        }
    }

    /** {@code binarytrees 6 under marksweep on a 16m heap}. */
    String describe() {
        return workload + " " + String.join(" ", arguments) + " under " + collector + " on a "
                + Sizes.format(parseHeap(heap)) + " heap";
    }
}
