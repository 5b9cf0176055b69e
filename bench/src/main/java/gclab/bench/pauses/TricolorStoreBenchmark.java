package gclab.bench.pauses;

import gclab.bench.jmh.ReferenceStores;
import gclab.collectors.tricolor.Tricolor;
import gclab.heap.Layout;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The tricolor write barrier per reference store <em>while marking</em> (issue 6), beside nogc's plain store
 * and tricolor's barrier with marking off. {@code BarrierBenchmark} cannot show it: nothing there starts a
 * cycle, so tricolor's barrier is always in its "not marking" fast path.
 *
 * <p>{@code config}: {@code nogc} (no barrier); {@code off} (tricolor, no cycle: the phase test only);
 * {@code satb}, {@code dijkstra}, {@code hybrid} (tricolor {@code mode=incremental}, {@code step-budget=1}: the
 * setup allocates until the occupancy trigger has started a cycle, then allocates the store targets, each
 * allocation a mark step of one object; marking then stays on, because in incremental mode it advances only
 * at allocations and polls and the stores do neither). Each operation is {@value #STORES} stores of
 * precomputed values into precomputed slots through {@link MemoryManager#storeReference}, as the interpreter's
 * {@code putfield} makes them. After the first operation the objects the barrier shades are gray already, so
 * the steady state measured is the barrier's check (load the old value or take the new, test its colour),
 * which is what most stores in a long marking meet; the first shade of each object (a CAS-free white-to-gray
 * and a push in incremental mode) is in the first operations only.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar TricolorStoreBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TricolorStoreBenchmark {
    static final int STORES = ReferenceStores.STORES;
    static final long HEAP_BYTES = 16L << 20;

    @Param({"nogc", "off", "satb", "dijkstra", "hybrid"})
    public String config;

    private MemoryManager mm;
    private ReferenceStores stores;

    @Setup(Level.Trial)
    public void build() {
        RootSlots roots = new RootSlots();
        boolean marking = !config.equals("nogc") && !config.equals("off");
        Map<String, String> options = new HashMap<>();
        String collector = config.equals("nogc") ? "nogc" : "tricolor";
        if (config.equals("off")) {
            options.put("trigger-occupancy", "1.0");
        } else if (marking) {
            options.put("mode", "incremental");
            options.put("barrier", config);
            options.put("step-budget", "1");
            options.put("trigger-occupancy", "0.05");
        }
        mm = MemoryManager.create(new CollectorRegistry(), collector, options, HEAP_BYTES, roots);
        Layout holder = ReferenceStores.holderLayout(mm.heap());
        Layout target = ReferenceStores.targetLayout(mm.heap());
        int firstHolder = roots.size();
        for (int i = 0; i < ReferenceStores.HOLDERS; i++) {
            roots.add(mm.allocate(holder, 0));
        }
        if (marking) {
            for (int i = 0; i < 1_000_000 && phase() != Tricolor.Phase.MARK; i++) {
                mm.allocate(target, 0); // garbage, until the trigger starts a cycle
            }
        }
        int firstTarget = roots.size();
        for (int i = 0; i < ReferenceStores.TARGETS; i++) {
            roots.add(mm.allocate(target, 0));
        }
        if (marking && phase() != Tricolor.Phase.MARK) {
            throw new IllegalStateException("tricolor is not marking after the setup: " + phase());
        }
        stores = new ReferenceStores(roots, firstHolder, firstTarget);
    }

    Tricolor.Phase phase() {
        return ((Tricolor) mm.collector()).phase();
    }

    /** True if tricolor's barrier is on (for the check after the measurement). */
    boolean marking() {
        return mm.collector() instanceof Tricolor t && t.phase() == Tricolor.Phase.MARK;
    }

    /** Stores every precomputed value into its slot, through the write barrier. */
    @Benchmark
    @OperationsPerInvocation(STORES)
    public void storeReferences() {
        stores.run(mm);
    }
}
