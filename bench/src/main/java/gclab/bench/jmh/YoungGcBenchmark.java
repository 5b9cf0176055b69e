package gclab.bench.jmh;

import java.util.Locale;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * What the minor-collection benchmarks share: each operation is the one allocation that finds eden full (one
 * minor collection on {@link #heap}), and the primary figure is that collection's pause as the telemetry
 * recorded it, gathered per iteration and over the measurement iterations and printed after each.
 */
public abstract class YoungGcBenchmark {
    protected YoungHeap heap;
    private YoungPauses iteration = new YoungPauses();
    /** The pauses of the measurement iterations. */
    private final YoungPauses measured = new YoungPauses();
    private boolean measuring;

    @Setup(Level.Iteration)
    public void startIteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
        iteration = new YoungPauses();
    }

    /** The allocation that finds eden full: one minor collection. */
    @Benchmark
    public int minorGc() {
        return heap.trigger();
    }

    /** Takes the collection's pause record (checking there was exactly one, a minor one). */
    @TearDown(Level.Invocation)
    public void recordPause() {
        var pause = heap.collected();
        iteration.add(pause);
        if (measuring) {
            measured.add(pause);
        }
    }

    @TearDown(Level.Iteration)
    public void printIteration() {
        System.out.println();
        System.out.println(iteration.summary());
    }

    @TearDown(Level.Trial)
    public void printTrial() {
        if (measured.count() > 0) {
            System.out.printf(Locale.ROOT, "%n%s, all measurement iterations: %s%n", parameters(), measured.summary());
        }
    }

    /** The benchmark's parameters as the trial's summary line names them ({@code old=32m survivors=tree}). */
    protected abstract String parameters();

    YoungHeap heap() {
        return heap;
    }

    YoungPauses iterationPauses() {
        return iteration;
    }
}
