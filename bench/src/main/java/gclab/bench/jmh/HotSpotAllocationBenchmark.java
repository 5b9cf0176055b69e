package gclab.bench.jmh;

import gclab.heap.Heap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The HotSpot anchor for {@link AllocationBenchmark}: the same batch of {@value AllocationBenchmark#BATCH}
 * object shapes allocated as real Java objects by the host JVM (TLAB bump allocation, with whatever young
 * collections the fork's default collector needs), in objects per second. Each object goes to a
 * {@link Blackhole}, so escape analysis cannot remove it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HotSpotAllocationBenchmark {
    private int[] kinds;
    private int[] lengths;

    /** The node of the tree benchmarks: two references and a long. */
    static final class Node {
        Node left;
        Node right;
        long item;
    }

    // Instances of 1 to 8 fields, the first a reference, as ObjectMix's "ObjN" layouts.
    static final class F1 {
        Object a;
    }

    static final class F2 {
        Object a;
        long b;
    }

    static final class F3 {
        Object a;
        long b;
        long c;
    }

    static final class F4 {
        Object a;
        long b;
        long c;
        long d;
    }

    static final class F5 {
        Object a;
        long b;
        long c;
        long d;
        long e;
    }

    static final class F6 {
        Object a;
        long b;
        long c;
        long d;
        long e;
        long f;
    }

    static final class F7 {
        Object a;
        long b;
        long c;
        long d;
        long e;
        long f;
        long g;
    }

    static final class F8 {
        Object a;
        long b;
        long c;
        long d;
        long e;
        long f;
        long g;
        long h;
    }

    @Setup(Level.Trial)
    public void shapes() {
        ObjectMix.Shapes batch = new ObjectMix(new Heap(1L << 20), AllocationBenchmark.SEED)
                .next(AllocationBenchmark.BATCH);
        kinds = new int[batch.count()];
        lengths = new int[batch.count()];
        for (int i = 0; i < batch.count(); i++) {
            String name = batch.layouts[i].name();
            kinds[i] = name.equals("Node") ? 0 : name.equals("long[]") ? 9 : Integer.parseInt(name.substring(3));
            lengths[i] = batch.lengths[i];
        }
    }

    int[] kinds() {
        return kinds;
    }

    @Benchmark
    @OperationsPerInvocation(AllocationBenchmark.BATCH)
    public void allocate(Blackhole bh) {
        for (int i = 0; i < kinds.length; i++) {
            bh.consume(create(kinds[i], lengths[i]));
        }
    }

    private static Object create(int kind, int length) {
        switch (kind) {
            case 0: return new Node();
            case 1: return new F1();
            case 2: return new F2();
            case 3: return new F3();
            case 4: return new F4();
            case 5: return new F5();
            case 6: return new F6();
            case 7: return new F7();
            case 8: return new F8();
            default: return new long[length];
        }
    }
}
