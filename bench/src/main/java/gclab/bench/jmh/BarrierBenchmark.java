package gclab.bench.jmh;

import gclab.heap.Layout;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;
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
 * The cost of each registered collector's write barrier per reference store, through
 * {@link MemoryManager#storeReference} as the interpreter calls it: the score is reference stores per second
 * ({@value #STORES} stores into {@value #HOLDERS} objects of {@value #SLOTS} reference fields each, per
 * operation, slots and values precomputed). {@code nogc} has no barrier: its figure is the store itself through
 * the facade, the baseline that the other collectors' barriers add to. A collector that maintains reference
 * counts in its barrier (refcount) is measured here too: its figure is the cost of a store with its count
 * updates.
 *
 * <p>{@code store}: {@code old-to-young} stores a new object into an object that survived a full collection
 * ({@code System.gc()} first, which a generational collector packs into its old generation: the card-marking
 * case); {@code young-to-young} stores a new object into another new one (no card needed). For a collector that
 * is not generational both are stores between a survivor of a collection and a new object, or between two new
 * objects.
 *
 * <p>The {@code collector} list must equal {@code new CollectorRegistry().names()}
 * ({@code WorkloadBenchmarkParamsTest} checks it), so that tricolor and refcount join the comparison when they
 * register; {@code gclab jmh} passes every registered name itself.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BarrierBenchmark {
    static final int HOLDERS = ReferenceStores.HOLDERS;
    static final int SLOTS = ReferenceStores.SLOTS;
    static final int STORES = ReferenceStores.STORES;
    static final long HEAP_BYTES = 64L << 20;

    /** Every registered collector; {@code WorkloadBenchmarkParamsTest} checks this against the registry. */
    @Param({"generational", "marksweep", "nogc", "refcount", "tricolor"})
    public String collector;

    @Param({"old-to-young", "young-to-young"})
    public String store;

    private MemoryManager mm;
    private RootSlots roots;
    private ReferenceStores stores;

    @Setup(Level.Trial)
    public void build() {
        roots = new RootSlots();
        mm = MemoryManager.create(new CollectorRegistry(), collector, Map.of(), HEAP_BYTES, roots);
        Layout holder = ReferenceStores.holderLayout(mm.heap());
        Layout target = ReferenceStores.targetLayout(mm.heap());
        boolean oldHolders = switch (store) {
            case "old-to-young" -> true;
            case "young-to-young" -> false;
            default -> throw new IllegalArgumentException("store must be old-to-young or young-to-young, got '"
                    + store + "'");
        };
        if (!oldHolders) {
            mm.systemGc(); // the same collection as the other case, before anything is allocated
        }
        int firstHolder = roots.size();
        for (int i = 0; i < HOLDERS; i++) {
            roots.add(mm.allocate(holder, 0));
        }
        if (oldHolders) {
            mm.systemGc(); // the holders survive it: in the old generation of a generational collector
        }
        int firstTarget = roots.size();
        for (int i = 0; i < ReferenceStores.TARGETS; i++) {
            roots.add(mm.allocate(target, 0));
        }
        // Addresses are read from the roots after the last allocation: nothing moves while the stores run.
        stores = new ReferenceStores(roots, firstHolder, firstTarget);
    }

    MemoryManager memoryManager() {
        return mm;
    }

    int holder(int i) {
        return stores.holder(i);
    }

    int target(int i) {
        return stores.target(i);
    }

    /** Stores every precomputed value into its slot, through the write barrier. */
    @Benchmark
    @OperationsPerInvocation(STORES)
    public void storeReferences() {
        stores.run(mm);
    }
}
