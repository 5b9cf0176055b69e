package gclab.bench.jmh;

import gclab.bench.synthetic.TreeGraph;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;
import java.util.Map;
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
 * A whole collection through the collector contract ({@code MemoryManager.systemGc()}) of a 64 MiB heap whose
 * live data is the one-million-object tree of {@link TreeGraph} (pre-order, as Java allocates it), in live objects per second: what HotSpot's
 * {@code System.gc()} pause on the same tree is compared with. {@code compact=never} is mark then sweep;
 * {@code compact=always} is mark then Lisp-2 compaction (after the first collection nothing moves, as after
 * HotSpot Serial's first full collection).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FullGcBenchmark {
    static final long HEAP_BYTES = 64L << 20;

    @Param({"compact=never", "compact=always"})
    public String marksweep;

    private MemoryManager mm;

    @Setup(Level.Trial)
    public void buildGraph() {
        String[] option = marksweep.split("=");
        RootSlots roots = new RootSlots();
        mm = MemoryManager.create(new CollectorRegistry(), "marksweep", Map.of(option[0], option[1]), HEAP_BYTES,
                roots);
        roots.add(new TreeGraph(mm).build(TreeGraph.MILLION_DEPTH, TreeGraph.Order.PREORDER));
    }

    MemoryManager memoryManager() {
        return mm;
    }

    @Benchmark
    @OperationsPerInvocation(MarkBenchmark.NODES)
    public void fullGc() {
        mm.systemGc();
    }
}
