package gclab.bench.jmh;

import gclab.heap.space.FitPolicy;
import gclab.heap.telemetry.WorkKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sweep rate of the shared {@link gclab.heap.gc.Sweeper} in MiB of heap per second: one operation sweeps a
 * 64 MiB free-list space (so the score, in ops/s, times 64 is MiB/s; {@code @OperationsPerInvocation(64)}
 * does the multiplication) in which half of about 600 K objects of an {@link ObjectMix} are dead. The sweep
 * rebuilds the free lists, so its cost depends on the policy's insertion. Before each operation the
 * space is restored: headers rewritten, survivors marked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SweepBenchmark {
    static final long HEAP_BYTES = 64L << 20;
    static final int MIB = (int) (HEAP_BYTES >> 20);

    @Param({"first-fit", "best-fit", "segregated"})
    public String policy;

    private FragmentedHeap fragmented;

    @Setup(Level.Trial)
    public void fill() {
        fragmented = new FragmentedHeap(HEAP_BYTES, FitPolicy.fromOptionName(policy), 0.5,
                AllocationBenchmark.SEED);
    }

    @Setup(Level.Invocation)
    public void restore() {
        fragmented.restoreUnswept();
    }

    FragmentedHeap fragmented() {
        return fragmented;
    }

    /** Sweeps the space; returns the words freed. */
    @Benchmark
    @OperationsPerInvocation(MIB)
    public long sweep() {
        return fragmented.sweep().get(WorkKind.WORDS_FREED);
    }
}
