package gclab.bench.jmh;

import gclab.bench.synthetic.TreeGraph;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * Copy rate of {@code generational}'s minor collection: eden holds the one-million-object pre-order tree of
 * {@link TreeGraph} (depth 19: 1,048,575 nodes of 40 bytes, 40 MiB) from a root, and garbage; one allocation
 * finds eden full and the minor collection copies exactly the tree. Eden is sized to 1.5 times the tree
 * (60 MiB), {@code survivor-ratio=1} makes each survivor as large as eden, and old is twice young. Where the
 * tree goes:
 * <ul>
 *   <li>{@code survivor}: into to-space (age 1), Cheney's scan over a bump space: the copy rate proper;</li>
 *   <li>{@code old}: promoted at once ({@code tenuring-threshold=0}), each object allocated from old's free
 *       lists and scanned from the promoted worklist. Old is emptied by an untimed {@code System.gc()} in the
 *       set-up whenever it could not take another eden.</li>
 * </ul>
 * The primary figure is printed after each iteration from the telemetry: the pause, and objects and bytes
 * copied per second of it ({@code OBJECTS_COPIED}, {@code WORDS_COPIED}). JMH's score is the wall time of the
 * triggering allocation. Building the tree (about 100 ms) is a {@code Level.Invocation} set-up: the collection
 * consumes it, and it must not be timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CopyRateBenchmark extends YoungGcBenchmark {
    /** Where the surviving tree is copied: {@code survivor} or {@code old}. */
    @Param({"survivor", "old"})
    public String copyTo;

    /** The minor collection's copy order (the collector's {@code copy-order} option). */
    @Param({"breadth-first", "depth-first"})
    public String copyOrder;

    /** The tree's depth; 19 is 1,048,575 nodes. */
    @Param({"19"})
    public int depth;

    @Setup(Level.Trial)
    public void buildHeap() {
        heap = heapFor(depth, switch (copyTo) {
            case "survivor" -> false;
            case "old" -> true;
            default -> throw new IllegalArgumentException("copyTo must be survivor or old, not " + copyTo);
        }, copyOrder);
    }

    /**
     * The heap of this benchmark for a tree of {@code depth}: eden 1.5 times the tree (rounded up to MiB),
     * {@code survivor-ratio=1} (each survivor as large as eden), old twice young; {@code promote} adds
     * {@code tenuring-threshold=0}; {@code copyOrder} is the collector's {@code copy-order}.
     */
    public static YoungHeap heapFor(int depth, boolean promote, String copyOrder) {
        long treeBytes = (long) TreeGraph.nodes(depth) * TreeGraph.NODE_BYTES;
        long edenBytes = (treeBytes * 3 / 2 + YoungHeap.MIB - 1) / YoungHeap.MIB * YoungHeap.MIB;
        long youngBytes = 3 * edenBytes;
        Map<String, String> options = promote
                ? Map.of("survivor-ratio", "1", "tenuring-threshold", "0", "copy-order", copyOrder)
                : Map.of("survivor-ratio", "1", "copy-order", copyOrder);
        return new YoungHeap(youngBytes, 2 * youngBytes, options);
    }

    /** One round on {@code heap}: empties old first if it could not take another eden. */
    public static void prepareRound(YoungHeap heap, int depth) {
        if (heap.free("old") < heap.capacity("eden") + YoungHeap.MIB) {
            heap.collectFully();
        }
        heap.prepare(depth);
    }

    /** Roots a fresh tree and fills eden with garbage (after emptying old if it could not take an eden). */
    @Setup(Level.Invocation)
    public void buildTree() {
        prepareRound(heap, depth);
    }

    @Override
    protected String parameters() {
        return "copyTo=" + copyTo + " depth=" + depth;
    }
}
