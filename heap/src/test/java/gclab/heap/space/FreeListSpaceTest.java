package gclab.heap.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gclab.heap.Heap;
import gclab.heap.HeapException;
import gclab.heap.ObjectModel;
import gclab.heap.testing.SpaceCensus;
import gclab.heap.testing.TestHeap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link FreeListSpace} under every {@link FitPolicy}: splitting, exact fits, dark one-word holes, the
 * sweep protocol, counters that always equal a recount, and each policy's choice of chunk.
 */
class FreeListSpaceTest {
    private static final int SIZE = 200;

    private final TestHeap t = new TestHeap(1 << 16);

    private FreeListSpace space(FitPolicy policy) {
        return new FreeListSpace(t.heap, "old", SIZE, policy);
    }

    /** Formats {@code [address, address + size)} as an object (a byte array of exactly that many words). */
    private void formatObject(int address, int size) {
        t.heap.formatObject(address, t.byteArray, (size - 2) * 8, size, 0L);
    }

    /**
     * A segregated-fits space of {@code words} whose free chunks are exactly the given (offset, size) pairs, listed
     * in that order; every gap between them, and the rest after the last, holds one object.
     */
    private FreeListSpace segregatedWithFreeChunks(int words, int... offsetsAndSizes) {
        FreeListSpace s = new FreeListSpace(t.heap, "old", words, FitPolicy.SEGREGATED);
        int base = s.start();
        int at = 0;
        for (int i = 0; i < offsetsAndSizes.length; i += 2) {
            if (offsetsAndSizes[i] > at) {
                formatObject(base + at, offsetsAndSizes[i] - at);
            }
            at = offsetsAndSizes[i] + offsetsAndSizes[i + 1];
        }
        if (at < words) {
            formatObject(base + at, words - at);
        }
        s.clearFreeLists();
        for (int i = 0; i < offsetsAndSizes.length; i += 2) {
            s.addFreeChunk(base + offsetsAndSizes[i], offsetsAndSizes[i + 1]);
        }
        return s;
    }

    private int allocateObject(FreeListSpace s, int size) {
        int a = s.allocate(size);
        if (a != Heap.NULL) {
            formatObject(a, size);
        }
        return a;
    }

    private static void assertConsistent(FreeListSpace s) {
        assertNull(SpaceCensus.of(s).checkAgainst(s));
        assertEquals(s.fragmentation().externalFragmentation(), s.externalFragmentation(), 0.0,
                "external fragmentation from the counters equals the walk's");
    }

    /**
     * Lays out the space as: free 6 at +0, object 3, free 4 at +9, object 3, free 20 at +16, object to the end,
     * with the lists rebuilt in address order. Returns the three chunk addresses.
     */
    private int[] sixFourTwenty(FreeListSpace s) {
        int base = s.start();
        formatObject(base + 6, 3);
        formatObject(base + 13, 3);
        formatObject(base + 36, SIZE - 36);
        t.heap.formatFree(base, 6, Heap.NULL);
        t.heap.formatFree(base + 9, 4, Heap.NULL);
        t.heap.formatFree(base + 16, 20, Heap.NULL);
        SpaceCensus.rebuildFreeListsInAddressOrder(s);
        assertConsistent(s);
        return new int[] {base, base + 9, base + 16};
    }

    // ---------------------------------------------------------------- every policy

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void freshSpaceIsOneFreeChunk(FitPolicy policy) {
        FreeListSpace s = space(policy);
        assertEquals(SIZE, s.freeWords());
        assertEquals(0, s.usedWords());
        assertEquals(SIZE, s.largestFreeWords());
        assertEquals(Map.of(s.start(), SIZE), SpaceCensus.of(s).freeChunks);
        assertConsistent(s);
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void allocationSplitsAChunkAndListsTheRest(FitPolicy policy) {
        FreeListSpace s = space(policy);
        int a = allocateObject(s, 5);
        assertEquals(s.start(), a);
        assertEquals(SIZE - 5, s.freeWords());
        assertEquals(5, s.usedWords());
        assertEquals(Map.of(s.start() + 5, SIZE - 5), SpaceCensus.of(s).freeChunks);
        assertConsistent(s);
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void exactFitTakesTheWholeChunk(FitPolicy policy) {
        FreeListSpace s = space(policy);
        assertEquals(s.start(), allocateObject(s, SIZE));
        assertEquals(0, s.freeWords());
        assertEquals(0, s.darkWords());
        assertEquals(SIZE, s.usedWords());
        assertEquals(Heap.NULL, s.allocate(2));
        assertEquals(0, s.fragmentationMisses(), "nothing was free: not a fragmentation miss");
        assertConsistent(s);
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void oneWordRemainderBecomesADarkHole(FitPolicy policy) {
        FreeListSpace s = space(policy);
        allocateObject(s, SIZE - 1);
        assertEquals(0, s.freeWords());
        assertEquals(1, s.darkWords());
        assertEquals(SIZE - 1, s.usedWords());
        SpaceCensus c = SpaceCensus.of(s);
        assertEquals(1, c.darkWords, "the hole is formatted, so the space stays parsable");
        assertEquals(8, s.fragmentation().darkBytes());
        assertEquals(0, s.fragmentation().freeChunks());
        assertConsistent(s);
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void freeListsTheChunkWithoutCoalescing(FitPolicy policy) {
        FreeListSpace s = space(policy);
        int a = allocateObject(s, 4);
        int b = allocateObject(s, 6);
        s.free(a, 4);
        s.free(b, 6);
        SpaceCensus c = SpaceCensus.of(s);
        assertEquals(Map.of(a, 4, b, 6, b + 6, SIZE - 10), c.freeChunks);
        assertEquals(SIZE, s.freeWords());
        assertConsistent(s);
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void freeOutsideTheSpaceIsRefused(FitPolicy policy) {
        FreeListSpace s = space(policy);
        assertThrows(IllegalArgumentException.class, () -> s.free(s.start() - 1, 4));
        assertThrows(IllegalArgumentException.class, () -> s.free(s.end() - 2, 4));
        assertThrows(IllegalArgumentException.class, () -> s.addFreeChunk(s.start(), 0));
        assertConsistent(s);
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void requestSmallerThanAnObjectIsRefused(FitPolicy policy) {
        FreeListSpace s = space(policy);
        assertThrows(IllegalArgumentException.class, () -> s.allocate(0));
        assertThrows(IllegalArgumentException.class, () -> s.allocate(1));
        assertConsistent(s);
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void clearFreeListsForgetsEveryChunkAndAddFreeChunkListsThemAgain(FitPolicy policy) {
        FreeListSpace s = space(policy);
        int a = allocateObject(s, 10);
        s.clearFreeLists();
        assertEquals(0, s.freeWords());
        assertEquals(Heap.NULL, s.allocate(2), "nothing is listed");
        s.free(a, 10);
        s.addFreeChunk(a + 10, SIZE - 10);
        assertEquals(SIZE, s.freeWords());
        assertConsistent(s);
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void addFreeChunkOfOneWordIsDark(FitPolicy policy) {
        FreeListSpace s = space(policy);
        formatObject(s.start(), SIZE - 1);
        s.clearFreeLists();
        s.addFreeChunk(s.end() - 1, 1);
        assertEquals(1, s.darkWords());
        assertConsistent(s);
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void fragmentationMissIsCountedWhenEnoughIsFreeButNoChunkFits(FitPolicy policy) {
        FreeListSpace s = space(policy);
        sixFourTwenty(s);
        assertEquals(30, s.freeWords());
        assertEquals(Heap.NULL, s.allocate(21));
        assertEquals(1, s.fragmentationMisses());
        assertEquals(Heap.NULL, s.allocate(31));
        assertEquals(1, s.fragmentationMisses(), "31 words were never free: a plain miss");
        assertTrue(allocateObject(s, 20) != Heap.NULL);
        assertEquals(1, s.fragmentationMisses());
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void fragmentationFiguresMatchTheFreeChunks(FitPolicy policy) {
        FreeListSpace s = space(policy);
        sixFourTwenty(s);
        FragmentationStats f = s.fragmentation();
        assertEquals(30 * 8, f.freeBytes());
        assertEquals(3, f.freeChunks());
        assertEquals(20 * 8, f.largestChunkBytes());
        assertEquals(1.0 - 20.0 / 30.0, f.externalFragmentation(), 1e-12);
        assertEquals(20, s.largestFreeWords());
        assertEquals(30 * 8, s.freeBytes());
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void walkOfACorruptSpaceNamesTheAddressInsteadOfRunningOffTheHeap(FitPolicy policy) {
        FreeListSpace s = space(policy);
        int a = s.start() + 100;
        allocateObject(s, 100);
        allocateObject(s, 50);
        // a reference array so long that address + size would wrap around as an int
        t.heap.setWord(a, ObjectModel.shape(t.refArray.typeId(), Integer.MAX_VALUE - 30));
        HeapException e = assertThrows(HeapException.class, () -> s.walk((x, y, z) -> { }));
        assertTrue(e.getMessage().contains("space old is not parsable at address " + a), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void randomAllocateFreeAndSweepKeepTheSpaceParsableAndCountersExact(FitPolicy policy) {
        long misses = 0;
        for (long seed = 1; seed <= 30; seed++) {
            misses += randomRun(policy, new Random(seed * 7919 + policy.ordinal()), seed);
        }
        assertTrue(misses > 0, "the runs never reached a fragmentation miss, so they did not test one");
    }

    /**
     * One random run: 400 steps of allocate (mostly small, sometimes large), free, or rebuild. After every step
     * the space walks, its counters equal the recount, every live object is where it was allocated, and the
     * policy chose the chunk it promises. Returns the fragmentation misses seen.
     */
    private long randomRun(FitPolicy policy, Random random, long seed) {
        TestHeap heap = new TestHeap(1 << 16);
        FreeListSpace s = new FreeListSpace(heap.heap, "old", 1000, policy);
        List<int[]> live = new ArrayList<>();
        long misses = 0;
        for (int step = 0; step < 400; step++) {
            String where = policy + " seed " + seed + " step " + step;
            int op = random.nextInt(10);
            if (op < 6) {
                int size = random.nextInt(8) == 0 ? 64 + random.nextInt(150) : 2 + random.nextInt(30);
                SpaceCensus before = SpaceCensus.of(s);
                int block = s.linearBlock();
                int blockWords = s.linearBlockWords();
                int a = s.allocate(size);
                Map.Entry<Integer, Integer> expected = expectedChoice(policy, before, size, block, blockWords);
                if (expected == null) {
                    assertEquals(Heap.NULL, a, where + ": no chunk of " + size + " words, yet allocate succeeded");
                    if (before.freeWords >= size) {
                        misses++;
                    }
                } else {
                    if (a == Heap.NULL) {
                        fail(where + ": allocate(" + size + ") failed with " + before.freeChunks);
                    }
                    Integer chunk = before.freeChunks.get(a);
                    if (chunk == null || chunk < size) {
                        fail(where + ": allocate(" + size + ") returned " + a + ", not a fitting free chunk");
                    }
                    assertEquals(expected.getValue(), chunk, where + ": chosen chunk size");
                    if (policy == FitPolicy.FIRST_FIT) {
                        assertEquals(expected.getKey(), a, where + ": first fit takes the lowest address");
                    }
                    if (policy == FitPolicy.SEGREGATED && expected.getKey() == block) {
                        assertEquals(block, a, where + ": segregated fits bump-allocates from its block");
                    }
                    heap.heap.formatObject(a, heap.byteArray, (size - 2) * 8, size, seed);
                    live.add(new int[] {a, size});
                }
            } else if (op < 9) {
                if (!live.isEmpty()) {
                    int[] victim = live.remove(random.nextInt(live.size()));
                    s.free(victim[0], victim[1]);
                }
            } else {
                SpaceCensus.rebuildFreeListsInAddressOrder(s);
            }
            SpaceCensus after = SpaceCensus.of(s);
            String problem = after.checkAgainst(s);
            if (problem != null) {
                fail(where + ": " + problem);
            }
            assertEquals(s.walkFragmentation(), s.fragmentation(), where + ": counters, histogram and largest");
            List<Integer> expectedObjects = live.stream().map(o -> o[0]).sorted().toList();
            assertEquals(expectedObjects, after.objects, where + ": objects on the walk");
            for (int[] o : live) {
                assertEquals(o[1], heap.heap.sizeInWords(o[0]), where + ": object at " + o[0] + " was damaged");
            }
            assertEquals(misses, s.fragmentationMisses(), where + ": fragmentation misses");
        }
        return misses;
    }

    /**
     * The chunk (address, size) the policy must choose for {@code size}, or null if no chunk fits; {@code block}
     * is segregated fits' linear allocation block before the request ({@link Heap#NULL} if none or another
     * policy), one of the census's free chunks.
     */
    private static Map.Entry<Integer, Integer> expectedChoice(FitPolicy policy, SpaceCensus census, int size,
                                                              int block, int blockWords) {
        if (policy == FitPolicy.SEGREGATED && size <= SegregatedFitList.SMALL_MAX_WORDS) {
            // its smallest non-empty class (the block is on none), else the block, else best fit among large chunks
            Map.Entry<Integer, Integer> small = bestFit(census, size, SegregatedFitList.SMALL_MAX_WORDS, block);
            if (small != null) {
                return small;
            }
            if (block != Heap.NULL && blockWords >= size) {
                return Map.entry(block, blockWords);
            }
            return bestFit(census, SegregatedFitList.SMALL_MAX_WORDS + 1, Integer.MAX_VALUE, block);
        }
        if (policy == FitPolicy.FIRST_FIT) {
            for (Map.Entry<Integer, Integer> c : census.freeChunks.entrySet()) { // address order
                if (c.getValue() >= size) {
                    return c;
                }
            }
            return null;
        }
        // best fit, and segregated fits for a large request (the block among the candidates)
        return bestFit(census, size, Integer.MAX_VALUE, Heap.NULL);
    }

    /** The smallest free chunk of {@code [min, max]} words other than {@code except}, or null. */
    private static Map.Entry<Integer, Integer> bestFit(SpaceCensus census, int min, int max, int except) {
        Map.Entry<Integer, Integer> best = null;
        for (Map.Entry<Integer, Integer> c : census.freeChunks.entrySet()) {
            if (c.getValue() >= min && c.getValue() <= max && c.getKey() != except
                    && (best == null || c.getValue() < best.getValue())) {
                best = c;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- each policy's choice

    @Test
    void firstFitTakesTheLowestFittingAddressAfterASweepOrderRebuild() {
        FreeListSpace s = space(FitPolicy.FIRST_FIT);
        int[] chunks = sixFourTwenty(s);
        assertEquals(chunks[0], allocateObject(s, 4), "6 words at the lowest address, though 4 would fit exactly");
        assertEquals(chunks[0] + 4, allocateObject(s, 2), "the rest of the split kept its place at the head");
        assertEquals(chunks[1], allocateObject(s, 3));
        assertEquals(chunks[2], allocateObject(s, 5));
        assertConsistent(s);
    }

    @Test
    void firstFitListsAFreedChunkInAddressOrder() {
        FreeListSpace s = space(FitPolicy.FIRST_FIT);
        int[] chunks = sixFourTwenty(s);
        assertEquals(chunks[2], allocateObject(s, 10));
        int freed = allocateObject(s, 6);
        assertEquals(chunks[0], freed);
        s.free(freed, 6); // freed last, yet the lowest address
        List<Integer> order = new ArrayList<>();
        s.forEachFreeChunk((address, size, free) -> order.add(address));
        assertEquals(List.of(chunks[0], chunks[1], chunks[2] + 10), order);
        assertEquals(chunks[0], allocateObject(s, 3), "the freed chunk is the first fit again");
        assertConsistent(s);
    }

    @Test
    void bestFitTakesTheSmallestFittingChunk() {
        FreeListSpace s = space(FitPolicy.BEST_FIT);
        int[] chunks = sixFourTwenty(s);
        assertEquals(chunks[1], allocateObject(s, 4), "exactly 4");
        assertEquals(chunks[0], allocateObject(s, 5), "6 is the smallest that fits 5");
        assertEquals(1, s.darkWords(), "6 - 5 leaves a dark word");
        assertEquals(chunks[2], allocateObject(s, 2));
        assertConsistent(s);
    }

    @Test
    void segregatedPopsTheExactClassLastInFirstOut() {
        FreeListSpace s = space(FitPolicy.SEGREGATED);
        int base = s.start();
        formatObject(base + 4, 2);
        formatObject(base + 10, 2);
        formatObject(base + 16, 2);
        formatObject(base + 22, SIZE - 22);
        s.clearFreeLists();
        s.addFreeChunk(base, 4);
        s.addFreeChunk(base + 6, 4);
        s.addFreeChunk(base + 12, 4);
        s.addFreeChunk(base + 18, 4);
        assertEquals(base + 18, allocateObject(s, 4));
        assertEquals(base + 12, allocateObject(s, 4));
        assertEquals(8, s.freeWords());
        assertConsistent(s);
    }

    @Test
    void segregatedSplitsTheNextLargerClassWhenItsOwnIsEmpty() {
        FreeListSpace s = space(FitPolicy.SEGREGATED);
        int[] chunks = sixFourTwenty(s);
        assertEquals(chunks[0], allocateObject(s, 5), "class 5 is empty; class 6 is the next larger");
        assertEquals(1, s.darkWords());
        assertEquals(chunks[2], allocateObject(s, 8), "classes 6 and 4 are too small now; 20 is split");
        assertEquals(Map.of(chunks[1], 4, chunks[2] + 8, 12), SpaceCensus.of(s).freeChunks);
        assertEquals(chunks[2] + 8, allocateObject(s, 12), "the rest went to class 12");
        assertConsistent(s);
    }

    @Test
    void segregatedKeepsLargeChunksApartInBestFitOrder() {
        // large, large, small class 10
        FreeListSpace s = segregatedWithFreeChunks(400, 0, 100, 102, 80, 184, 10);
        int base = s.start();
        assertEquals(100, s.largestFreeWords());
        assertEquals(base + 102, allocateObject(s, 70), "80 is the best large fit for 70");
        assertEquals(base + 172, allocateObject(s, 9),
                "a small request takes class 10 (its newest chunk: the rest of the 80) before any large chunk");
        assertEquals(base, allocateObject(s, 30), "no small class fits 30: the large tree gives 100");
        assertEquals(Map.of(base + 184, 10, base + 30, 70), SpaceCensus.of(s).freeChunks);
        assertConsistent(s);
    }

    @Test
    void segregatedLargestFreeWordsComesFromTheSmallClassesWhenNoLargeChunkIsLeft() {
        FreeListSpace s = space(FitPolicy.SEGREGATED);
        sixFourTwenty(s);
        assertEquals(20, s.largestFreeWords());
        allocateObject(s, 20);
        assertEquals(6, s.largestFreeWords());
        allocateObject(s, 6);
        allocateObject(s, 4);
        assertEquals(0, s.largestFreeWords());
    }

    @Test
    void segregatedBumpAllocatesSmallRequestsFromItsBlockWithoutTreeOperations() {
        TestHeap h = new TestHeap(8 << 20);
        int words = 200_000;
        FreeListSpace segregated = new FreeListSpace(h.heap, "segregated", words, FitPolicy.SEGREGATED);
        FreeListSpace bestFit = new FreeListSpace(h.heap, "best", words, FitPolicy.BEST_FIT);
        long segregatedOps = segregated.sizeTreeOperations(); // the space's chunk, pushed when it was listed
        long bestFitOps = bestFit.sizeTreeOperations();
        Random random = new Random(11);
        int next = segregated.start();
        for (int i = 0; i < 5_000; i++) {
            int size = 2 + random.nextInt(20);
            int a = segregated.allocate(size);
            assertEquals(next, a, "the block hands out its words in address order");
            h.heap.formatObject(a, h.byteArray, (size - 2) * 8, size, 0L);
            next += size;
            int b = bestFit.allocate(size);
            h.heap.formatObject(b, h.byteArray, (size - 2) * 8, size, 0L);
        }
        assertEquals(1, segregated.sizeTreeOperations() - segregatedOps, "one pop: the space's only chunk became the block");
        assertEquals(10_000, bestFit.sizeTreeOperations() - bestFitOps, "best fit pops the chunk and pushes its rest, per request");
        assertEquals(next, segregated.linearBlock());
        assertEquals(segregated.end() - next, segregated.linearBlockWords());
        assertNull(SpaceCensus.of(segregated).checkAgainst(segregated));
        assertEquals(segregated.walkFragmentation(), segregated.fragmentation());
        assertEquals(bestFit.fragmentation(), segregated.fragmentation(), "the same words are free, in one chunk");
    }

    @Test
    void segregatedRefillsItsBlockWithTheBestLargeFitAndListsTheOldRest() {
        FreeListSpace s = segregatedWithFreeChunks(600, 0, 100, 102, 70, 174, 300);
        int base = s.start();
        long treeOps = s.sizeTreeOperations();
        assertEquals(base + 102, allocateObject(s, 30), "70 is the best large fit: it becomes the block");
        assertEquals(base + 132, allocateObject(s, 30), "bumped from the block");
        assertEquals(base + 162, s.linearBlock());
        assertEquals(10, s.linearBlockWords());
        assertEquals(base, allocateObject(s, 30), "the block's 10 are too few: listed; 100 is the next best fit");
        assertEquals(2, s.sizeTreeOperations() - treeOps, "two refills, each one pop; no push");
        assertEquals(base + 162, allocateObject(s, 8), "class 10, the old block's rest, before the block");
        assertEquals(base + 170, allocateObject(s, 2), "class 2, that chunk's rest, before the block");
        assertConsistent(s);
        assertEquals(base + 30, allocateObject(s, 65), "large: the block's 70 is a better fit than the tree's 300");
        assertEquals(base + 95, s.linearBlock());
        assertEquals(base + 174, allocateObject(s, 80), "large: the block's 5 are too few; the tree's 300");
        assertEquals(Map.of(base + 95, 5, base + 254, 220), SpaceCensus.of(s).freeChunks);
        assertEquals(base + 95, allocateObject(s, 4), "no class holds 4: the block's 5");
        assertEquals(Heap.NULL, s.linearBlock(), "its last word went dark, and the block with it");
        assertEquals(1, s.darkWords());
        assertEquals(4, s.sizeTreeOperations() - treeOps, "two refills, the 300's pop and its rest's push");
        assertConsistent(s);
        assertEquals(s.walkFragmentation(), s.fragmentation());
        s.clearFreeLists();
        assertEquals(Heap.NULL, s.linearBlock(), "a sweep's clear forgets the block");
        assertEquals(0, s.freeWords());
    }

    @Test
    void fitPolicyOptionNames() {
        assertEquals(FitPolicy.FIRST_FIT, FitPolicy.fromOptionName("first-fit"));
        assertEquals(FitPolicy.BEST_FIT, FitPolicy.fromOptionName("Best-Fit"));
        assertEquals(FitPolicy.SEGREGATED, FitPolicy.fromOptionName("segregated"));
        assertNull(FitPolicy.fromOptionName("worst-fit"));
    }
}
