package gclab.bench.jmh;

import gclab.heap.Heap;
import gclab.heap.space.BumpSpace;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.Space;
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
 * Allocation rate, in objects per second, of each allocator: the bump pointer, and each free-list policy
 * allocating into a realistically fragmented free list.
 *
 * <p>One operation allocates and formats (header written, body zeroed, as a collector's {@code allocate}
 * does) a batch of {@value #BATCH} objects of an {@link ObjectMix}, about 0.9 M words, a fifth of the free
 * words. Before each batch the space is put back in the same state: for the free lists, a 64 MiB space in
 * which half of the objects died and were swept into coalesced free chunks (holes of every size, as after a
 * mark-sweep collection); for the bump pointer, an empty space.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AllocationBenchmark {
    /** Objects per operation. */
    public static final int BATCH = 65_536;
    static final long HEAP_BYTES = 64L << 20;
    static final long SEED = 20_240_601L;

    @Param({"bump", "first-fit", "best-fit", "segregated"})
    public String allocator;

    private Heap heap;
    private Space space;
    private BumpSpace bump;
    private FragmentedHeap fragmented;
    private ObjectMix.Shapes batch;

    @Setup(Level.Trial)
    public void createSpace() {
        if (allocator.equals("bump")) {
            heap = new Heap(HEAP_BYTES);
            bump = new BumpSpace(heap, "bench", heap.unreservedWords());
            space = bump;
            batch = new ObjectMix(heap, SEED).next(BATCH);
        } else {
            FitPolicy policy = FitPolicy.fromOptionName(allocator);
            if (policy == null) {
                throw new IllegalArgumentException("unknown allocator " + allocator);
            }
            fragmented = new FragmentedHeap(HEAP_BYTES, policy, 0.5, SEED);
            heap = fragmented.heap;
            space = fragmented.space;
            batch = fragmented.mix.next(BATCH);
        }
    }

    /** Before every batch: the same fragmented free lists (or the same empty bump space) again. */
    @Setup(Level.Invocation)
    public void resetSpace() {
        if (bump != null) {
            bump.reset();
        } else {
            fragmented.restoreSwept();
        }
    }

    /** Allocates the batch; returns the number of requests refused (0 by construction; checked by a test). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int allocate() {
        return allocateBatch(heap, space, batch);
    }

    static int allocateBatch(Heap heap, Space space, ObjectMix.Shapes batch) {
        int refused = 0;
        for (int i = 0; i < batch.count(); i++) {
            int size = batch.sizes[i];
            int address = space.allocate(size);
            if (address == Heap.NULL) {
                refused++;
            } else {
                heap.formatObject(address, batch.layouts[i], batch.lengths[i], size, 0L);
            }
        }
        return refused;
    }

    // for tests
    Space space() {
        return space;
    }

    ObjectMix.Shapes batch() {
        return batch;
    }

    Heap heap() {
        return heap;
    }
}
