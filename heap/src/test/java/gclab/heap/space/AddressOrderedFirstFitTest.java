package gclab.heap.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gclab.heap.Heap;
import gclab.heap.ObjectModel;
import gclab.heap.testing.SpaceCensus;
import gclab.heap.testing.TestHeap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * First fit is address-ordered at all times, not only after a sweep: thousands of random allocations, frees in
 * any order and occasional sweeps, each allocation compared with a reference model (a list of free chunks kept
 * sorted by address and scanned linearly), and after every step the space's counters compared with a recount.
 */
class AddressOrderedFirstFitTest {
    private static final int SPACE_WORDS = 4_000;
    private static final int STEPS = 3_000;

    /** A free chunk of the model: its address, its size, and when it was listed (a split's rest keeps that). */
    private record Chunk(int address, int size, long listedAt) {
    }

    /** The reference: free chunks sorted by address, one-word holes by address. */
    private static final class Model {
        final List<Chunk> chunks = new ArrayList<>();
        final TreeSet<Integer> dark = new TreeSet<>();
        long listings;

        void list(int address, int size) {
            if (size < ObjectModel.MIN_OBJECT_WORDS) {
                dark.add(address);
                return;
            }
            int i = 0;
            while (i < chunks.size() && chunks.get(i).address() < address) {
                i++;
            }
            chunks.add(i, new Chunk(address, size, listings++));
        }

        /** The index of the lowest-addressed chunk of at least {@code size} words, by a linear scan; -1 if none. */
        int firstFit(int size) {
            for (int i = 0; i < chunks.size(); i++) {
                if (chunks.get(i).size() >= size) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * True if a fitting chunk at a higher address than chunk {@code i} was listed before it: a list kept in
         * listing order (appending freed chunks at its tail) would have chosen that one instead.
         */
        boolean listingOrderWouldDiffer(int i, int size) {
            for (int j = i + 1; j < chunks.size(); j++) {
                if (chunks.get(j).size() >= size && chunks.get(j).listedAt() < chunks.get(i).listedAt()) {
                    return true;
                }
            }
            return false;
        }

        void split(int i, int size) {
            Chunk c = chunks.get(i);
            int rest = c.size() - size;
            if (rest >= ObjectModel.MIN_OBJECT_WORDS) {
                chunks.set(i, new Chunk(c.address() + size, rest, c.listedAt()));
            } else {
                chunks.remove(i);
                if (rest == 1) {
                    dark.add(c.address() + size);
                }
            }
        }

        /** A sweep: adjacent free chunks and holes coalesce into runs, listed in address order. */
        void sweep() {
            TreeMap<Integer, Integer> free = new TreeMap<>();
            for (Chunk c : chunks) {
                free.put(c.address(), c.size());
            }
            for (int d : dark) {
                free.put(d, 1);
            }
            chunks.clear();
            dark.clear();
            int runStart = -1;
            int runEnd = -1;
            for (Map.Entry<Integer, Integer> e : free.entrySet()) {
                if (e.getKey() != runEnd) {
                    if (runStart >= 0) {
                        list(runStart, runEnd - runStart);
                    }
                    runStart = e.getKey();
                }
                runEnd = e.getKey() + e.getValue();
            }
            if (runStart >= 0) {
                list(runStart, runEnd - runStart);
            }
        }

        Map<Integer, Integer> asMap() {
            Map<Integer, Integer> m = new TreeMap<>();
            for (Chunk c : chunks) {
                m.put(c.address(), c.size());
            }
            return m;
        }

        long freeWords() {
            return chunks.stream().mapToLong(Chunk::size).sum();
        }

        long largest() {
            return chunks.stream().mapToLong(Chunk::size).max().orElse(0);
        }
    }

    @Test
    void firstFitTakesTheLowestAddressedFittingChunkAfterArbitraryFrees() {
        long discriminating = 0;
        long failures = 0;
        for (long seed = 1; seed <= 12; seed++) {
            long[] counts = run(seed);
            discriminating += counts[0];
            failures += counts[1];
        }
        assertTrue(discriminating > 100, "only " + discriminating
                + " allocations where listing order and address order disagree: the runs did not test the point");
        assertTrue(failures > 0, "no allocation ever failed: the runs never filled the space");
    }

    /** One run; returns the allocations where listing order would have chosen otherwise, and the failures. */
    private long[] run(long seed) {
        Random random = new Random(seed);
        TestHeap t = new TestHeap(1 << 16);
        FreeListSpace s = new FreeListSpace(t.heap, "old", SPACE_WORDS, FitPolicy.FIRST_FIT);
        Model model = new Model();
        model.list(s.start(), SPACE_WORDS);
        List<int[]> live = new ArrayList<>();
        long discriminating = 0;
        long failures = 0;
        for (int step = 0; step < STEPS; step++) {
            String where = "seed " + seed + " step " + step;
            int op = random.nextInt(100);
            if (op < 55) {
                int size = random.nextInt(10) == 0 ? 30 + random.nextInt(300) : 2 + random.nextInt(20);
                int i = model.firstFit(size);
                int a = s.allocate(size);
                if (i < 0) {
                    assertEquals(Heap.NULL, a, where + ": no chunk fits " + size + " words, yet allocate succeeded");
                    failures++;
                } else {
                    assertEquals(model.chunks.get(i).address(), a, where + ": allocate(" + size + ")");
                    if (model.listingOrderWouldDiffer(i, size)) {
                        discriminating++;
                    }
                    model.split(i, size);
                    t.heap.formatObject(a, t.byteArray, (size - 2) * 8, size, seed);
                    live.add(new int[] {a, size});
                }
            } else if (op < 98) {
                if (!live.isEmpty()) {
                    int[] victim = live.remove(random.nextInt(live.size()));
                    s.free(victim[0], victim[1]);
                    model.list(victim[0], victim[1]);
                }
            } else {
                sweep(s);
                model.sweep();
            }
            check(s, model, where);
        }
        return new long[] {discriminating, failures};
    }

    private static void check(FreeListSpace s, Model model, String where) {
        SpaceCensus census = SpaceCensus.of(s);
        String problem = census.checkAgainst(s);
        if (problem != null) {
            fail(where + ": " + problem);
        }
        assertEquals(model.asMap(), census.freeChunks, where + ": free chunks");
        assertEquals(model.dark.size(), census.darkWords, where + ": dark words");
        assertEquals(model.freeWords(), s.freeWords(), where + ": free words");
        assertEquals(model.largest(), s.largestFreeWords(), where + ": largest free chunk");
        List<Integer> order = new ArrayList<>();
        s.forEachFreeChunk((address, size, free) -> order.add(address));
        List<Integer> sorted = new ArrayList<>(order);
        sorted.sort(null);
        assertEquals(sorted, order, where + ": the free chunks are visited in address order");
    }

    /** Rebuilds the free lists as a sweep does, then checks the counters against a recount. */
    private static void sweep(FreeListSpace s) {
        SpaceCensus.rebuildFreeListsInAddressOrder(s);
        assertNull(SpaceCensus.of(s).checkAgainst(s));
    }
}
