package gclab.bench.jmh;

import gclab.heap.Heap;
import gclab.heap.ObjectModel;
import gclab.heap.gc.MarkBits;
import gclab.heap.gc.Sweeper;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.telemetry.WorkCounts;
import java.util.Arrays;
import java.util.Random;

/**
 * A free-list space in the state a mark-sweep collector leaves it in: filled with objects of an
 * {@link ObjectMix}, a random fraction of them dead. It can be put back into exactly that state as often as a
 * benchmark needs: marked and unswept (for a sweep), or swept into fragmented free lists (for allocation).
 *
 * <p>The objects never move and allocation only takes free chunks, so the live objects' headers survive every
 * benchmark operation; dead ones are restored from their recorded shape words.
 */
final class FragmentedHeap implements MarkBits {
    private static final long MARK = 1L;

    final Heap heap;
    final FreeListSpace space;
    final ObjectMix mix;
    private final int[] addresses;
    private final long[] shapes;
    private final boolean[] live;
    private final int tail;
    private final WorkCounts work = new WorkCounts();

    /** Fills a space of the whole heap with objects; each survives with probability {@code liveFraction}. */
    FragmentedHeap(long heapBytes, FitPolicy policy, double liveFraction, long seed) {
        this.heap = new Heap(heapBytes);
        this.space = new FreeListSpace(heap, "bench", heap.unreservedWords(), policy);
        this.mix = new ObjectMix(heap, seed);
        Random random = new Random(seed + 1);
        int capacity = space.capacityWords() / 4;
        int[] addr = new int[capacity];
        long[] shape = new long[capacity];
        boolean[] alive = new boolean[capacity];
        int count = 0;
        int top = space.start();
        while (true) {
            ObjectMix.Shapes s = mix.next(1);
            int address = space.allocate(s.sizes[0]);
            if (address == Heap.NULL) {
                break;
            }
            heap.formatObject(address, s.layouts[0], s.lengths[0], s.sizes[0], 0L);
            addr[count] = address;
            shape[count] = heap.word(address);
            alive[count] = random.nextDouble() < liveFraction;
            count++;
            top = address + s.sizes[0];
        }
        this.addresses = Arrays.copyOf(addr, count);
        this.shapes = Arrays.copyOf(shape, count);
        this.live = Arrays.copyOf(alive, count);
        this.tail = top;
        restoreUnswept();
    }

    /**
     * After this, the space is as it was filled: every object's header restored, the live ones marked, the
     * rest of the space one free chunk; the free lists are stale, as they are before a sweep.
     */
    void restoreUnswept() {
        for (int i = 0; i < addresses.length; i++) {
            heap.setWord(addresses[i], shapes[i]);
            heap.setGcWord(addresses[i], live[i] ? MARK : 0L);
        }
        if (tail < space.end()) {
            heap.formatFree(tail, space.end() - tail, Heap.NULL);
        }
    }

    /** After this, the free lists hold exactly the dead objects and the tail, coalesced (a sweep's result). */
    void restoreSwept() {
        restoreUnswept();
        sweep();
    }

    /** Sweeps the space (the benchmarked operation of {@code SweepBenchmark}). */
    WorkCounts sweep() {
        work.clear();
        Sweeper.sweep(space, this, work);
        return work;
    }

    int objects() {
        return addresses.length;
    }

    long liveWords() {
        long words = 0;
        for (int i = 0; i < addresses.length; i++) {
            if (live[i]) {
                words += heap.sizeInWords(addresses[i]);
            }
        }
        return words;
    }

    long capacityBytes() {
        return ObjectModel.bytes(space.capacityWords());
    }

    @Override
    public boolean isMarked(int object) {
        return (heap.gcWord(object) & MARK) != 0;
    }

    @Override
    public boolean mark(int object) {
        if (isMarked(object)) {
            return false;
        }
        heap.setGcWord(object, MARK);
        return true;
    }

    @Override
    public void unmark(int object) {
        heap.setGcWord(object, 0L);
    }
}
