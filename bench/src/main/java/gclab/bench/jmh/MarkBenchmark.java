package gclab.bench.jmh;

import gclab.bench.synthetic.TreeGraph;
import gclab.heap.gc.Tracer;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;
import gclab.heap.telemetry.WorkKind;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Mark rate of the shared {@link Tracer} (markRoots, then traceReferences over layouts with the gray mark
 * stack) on the one-million-object graph of {@link TreeGraph}: the primary score is objects marked per second;
 * the secondary {@code markedBytes} counter is bytes marked per second (divide by 2^20 for MiB/s).
 *
 * <p>The tree lives in a nogc heap (so nothing else touches it); the mark bits are epochs in the GC word, so
 * no unmarking pass is needed between operations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MarkBenchmark {
    static final int NODES = 1_048_575;
    static final long HEAP_BYTES = 64L << 20;

    /** The tree's allocation order (see {@link TreeGraph}). */
    @Param({"preorder", "postorder"})
    public String order;

    private RootSlots roots;
    private EpochMarks marks;
    private Tracer tracer;

    @Setup(Level.Trial)
    public void buildGraph() {
        roots = new RootSlots();
        MemoryManager mm = MemoryManager.create(new CollectorRegistry(), "nogc", Map.of(), HEAP_BYTES, roots);
        TreeGraph graph = new TreeGraph(mm);
        roots.add(graph.build(TreeGraph.MILLION_DEPTH, TreeGraph.Order.valueOf(order.toUpperCase(Locale.ROOT))));
        marks = new EpochMarks(mm.heap());
        tracer = new Tracer(mm.heap(), marks);
    }

    /** Bytes marked, reported per second beside the primary score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long markedBytes;

        @Setup(Level.Iteration)
        public void reset() {
            markedBytes = 0;
        }
    }

    /** Marks the whole tree; returns the objects marked. */
    @Benchmark
    @OperationsPerInvocation(NODES)
    public long markTree(Counters counters) {
        long marked = markOnce();
        counters.markedBytes += marked * TreeGraph.NODE_BYTES;
        return marked;
    }

    long markOnce() {
        marks.nextEpoch();
        tracer.markRoots(roots);
        tracer.traceReferences();
        return tracer.takeWork().get(WorkKind.OBJECTS_MARKED);
    }
}
