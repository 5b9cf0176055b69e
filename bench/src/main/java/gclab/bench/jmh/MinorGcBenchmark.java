package gclab.bench.jmh;

import gclab.bench.experiment.Sizes;
import gclab.bench.synthetic.TreeGraph;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One minor collection of {@code generational}, with a 16 MiB young generation (eden 12.8 MiB, survivors
 * 1.6 MiB each) and an old generation of {@code old} bytes, half of it live trees (built once; every card
 * clean). Each operation is the one allocation that finds eden full, so it runs exactly one minor collection;
 * {@code survivors} says what is reachable in eden then:
 * <ul>
 *   <li>{@code tree}: a pre-order tree of 8,191 nodes from a root, and 12.5 MiB of garbage: the collection
 *       copies exactly those 8,191 objects (320 KiB) to a survivor space;</li>
 *   <li>{@code none}: only garbage; nothing survives.</li>
 * </ul>
 *
 * <p>Two figures per run. JMH's score (sample time) is the wall time of the triggering allocation: the pause
 * plus the telemetry's bookkeeping after it (free-list statistics for the pause record) and the allocation.
 * The primary figure is the pause as the telemetry recorded it, printed by this benchmark after every iteration
 * and at the end of the trial ("young pauses (telemetry)"), with its phases and its work counts per pause
 * (cards scanned, objects copied), which show whether the work grows with old.
 *
 * <p>Filling eden takes milliseconds and the collection a fraction of one, and every operation consumes the
 * state the fill prepared for it, so the fill runs in a {@code Level.Invocation} set-up, outside the timing.
 * JMH's caveat for that level (timestamping each call) costs about 25 ns against pauses of 10 us and more, and
 * the primary figure is timed by the collector's own telemetry anyway.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class MinorGcBenchmark extends YoungGcBenchmark {
    static final long YOUNG_BYTES = 16 * YoungHeap.MIB;
    /** The young tree of the {@code tree} shape: 8,191 nodes. */
    static final int TREE_DEPTH = 12;

    /** Old generation size: {@code 32m} (heap 48 MiB, new-ratio 2) or {@code 1g} (heap 1,040 MiB, new-ratio 64). */
    @Param({"32m", "1g"})
    public String old;

    /** What survives in eden: {@code tree} (8,191 objects) or {@code none}. */
    @Param({"tree", "none"})
    public String survivors;

    private int treeDepth;

    @Setup(Level.Trial)
    public void buildHeap() {
        long oldBytes = Sizes.parse(old);
        heap = new YoungHeap(YOUNG_BYTES, oldBytes, Map.of());
        heap.fillOld(oldBytes / 2);
        treeDepth = switch (survivors) {
            case "tree" -> TREE_DEPTH;
            case "none" -> -1;
            default -> throw new IllegalArgumentException("survivors must be tree or none, not " + survivors);
        };
        System.out.printf(Locale.ROOT, "old %s: %,d live objects in old (%,d bytes)%n", old, heap.oldLiveObjects(),
                heap.oldLiveBytes());
    }

    /** Roots a fresh tree (or nothing) and fills eden with garbage; collects nothing. */
    @Setup(Level.Invocation)
    public void fillEden() {
        heap.prepare(treeDepth);
    }

    @Override
    protected String parameters() {
        return "old=" + old + " survivors=" + survivors;
    }

    /** Nodes of the young tree that every minor collection of the {@code tree} shape copies. */
    static int treeNodes() {
        return TreeGraph.nodes(TREE_DEPTH);
    }
}
