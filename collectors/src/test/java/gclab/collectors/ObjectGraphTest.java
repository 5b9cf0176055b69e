package gclab.collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.collectors.Configs.Config;
import gclab.heap.HeapExhaustedException;
import gclab.heap.ObjectModel;
import gclab.heap.space.FragmentationStats;
import gclab.heap.space.FreeListSpace;
import gclab.heap.space.Space;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.TestMutator;
import gclab.heap.verify.HeapCorruptionException;
import gclab.heap.verify.HeapVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-built object graphs over a fake root set (MMTk's mock-runtime style), with the verifier on after every
 * pause: what survives keeps every value, what dies is reclaimed and reused, and compaction moves objects and
 * updates every reference.
 */
class ObjectGraphTest {
    private static final long HEAP = 64 << 10;

    static Stream<Config> all() {
        return Configs.all();
    }

    static Stream<Config> marksweeps() {
        return Configs.marksweeps();
    }

    static Stream<Config> compactingAlways() {
        return Configs.compactingAlways();
    }

    static Stream<String> policies() {
        return Configs.POLICIES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void reachableObjectsKeepEveryValue(Config config) {
        TestMutator m = config.mutator(HEAP);
        SampleGraph graph = new SampleGraph(m);
        graph.check();
        m.mm.systemGc();
        graph.check();
        m.mm.systemGc();
        graph.check();
        assertEquals(config.collects() ? 2 : 0, m.mm.telemetry().pauses().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void graphBuiltUnderStressSurvives(Config config) {
        TestMutator m = config.mutator(HEAP);
        m.mm.setStress(true);
        SampleGraph graph = new SampleGraph(m);
        graph.check();
        m.mm.systemGc();
        graph.check();
        long allocations = m.mm.telemetry().allocatedObjects();
        // Stress collects before every allocation; nogc ignores it.
        assertEquals(config.collects() ? allocations + 1 : 0, m.mm.telemetry().pauses().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("marksweeps")
    void garbageIsReclaimed(Config config) {
        TestMutator m = config.mutator(HEAP);
        SampleGraph graph = new SampleGraph(m);
        Space space = Configs.space(m);
        assertEquals(0, m.mm.telemetry().pauses().size(), "the heap is large enough to build without a collection");
        assertEquals(graph.liveWords + graph.garbageWords, space.usedWords());

        m.mm.systemGc();

        PauseRecord pause = m.mm.telemetry().pauses().get(0);
        assertEquals(SampleGraph.LIVE_OBJECTS, pause.work().get(WorkKind.OBJECTS_MARKED));
        assertEquals(graph.garbageObjects, pause.work().get(WorkKind.OBJECTS_FREED));
        assertEquals(graph.garbageWords, pause.work().get(WorkKind.WORDS_FREED));
        assertEquals(graph.liveWords, space.usedWords());
        FragmentationStats free = space.fragmentation();
        assertEquals(space.capacityBytes() - ObjectModel.bytes(graph.liveWords), free.freeBytes() + free.darkBytes());
        assertEquals(ObjectModel.bytes(graph.liveWords), pause.heapUsedAfter());
        assertEquals(ObjectModel.bytes(graph.liveWords + graph.garbageWords), pause.heapUsedBefore());
        assertEquals(SampleGraph.LIVE_OBJECTS, new HeapVerifier(m.heap, m.roots).verifyNoGarbage());
        graph.check();
    }

    @Test
    void nogcLeavesGarbageWhichVerifyNoGarbageReports() {
        TestMutator m = Configs.nogc().mutator(HEAP);
        SampleGraph graph = new SampleGraph(m);
        m.mm.systemGc();
        assertEquals(graph.liveWords + graph.garbageWords, Configs.space(m).usedWords());
        HeapCorruptionException e = assertThrows(HeapCorruptionException.class,
                () -> new HeapVerifier(m.heap, m.roots).verifyNoGarbage());
        assertTrue(e.getMessage().contains("unreachable object left"), e.getMessage());
        assertTrue(e.getMessage().contains("and " + (graph.garbageObjects - 1) + " more"), e.getMessage());
        assertEquals(SampleGraph.LIVE_OBJECTS, new HeapVerifier(m.heap, m.roots).verify());
    }

    /** Allocates 150 times the heap in total, keeping eight nodes alive at a time. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void freedMemoryIsReused(Config config) {
        long heapBytes = 32 << 10;
        TestMutator m = config.mutator(heapBytes);
        TestTypes types = TestTypes.define(m.heap);
        int ring = 8;
        for (int i = 0; i < ring; i++) {
            m.roots.add(0);
        }
        int allocations = 100_000;
        Runnable program = () -> {
            for (int i = 0; i < allocations; i++) {
                int n = m.allocate(types.node(), 0);
                m.setWord(n, TestTypes.ID, i);
                m.roots.set(i % ring, n);
            }
        };
        long total = allocations * ObjectModel.bytes(ObjectModel.instanceWords(4));
        assertTrue(total > 100 * heapBytes);
        if (!config.collects()) {
            HeapExhaustedException e = assertThrows(HeapExhaustedException.class, program::run);
            long fitted = m.mm.telemetry().allocatedObjects();
            assertEquals(Configs.space(m).capacityWords() / ObjectModel.instanceWords(4), fitted);
            assertTrue(e.getMessage().contains("cannot allocate 48 bytes for Node"), e.getMessage());
            new HeapVerifier(m.heap, m.roots).verify();
            return;
        }
        program.run();
        for (int k = 0; k < ring; k++) {
            assertEquals(allocations - ring + k, m.getWord(m.at(k), TestTypes.ID));
        }
        List<PauseRecord> pauses = m.mm.telemetry().pauses();
        assertTrue(pauses.size() > 100, "collected " + pauses.size() + " times");
        long freed = pauses.stream().mapToLong(p -> p.work().get(WorkKind.OBJECTS_FREED)).sum();
        long[] onHeap = {0};
        Configs.space(m).walk((address, size, isFree) -> onHeap[0] += isFree ? 0 : 1);
        assertEquals(allocations, freed + onHeap[0], "every object allocated is either freed or still on the heap");
        assertTrue(pauses.stream().allMatch(p -> p.cause() == GcCause.ALLOCATION_FAILURE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compactingAlways")
    void compactionMovesObjectsAndUpdatesEveryReference(Config config) {
        TestMutator m = config.mutator(HEAP);
        SampleGraph graph = new SampleGraph(m);
        int[] before = graph.rootedAddresses();

        m.mm.systemGc();

        int[] after = graph.rootedAddresses();
        for (int i = 0; i < before.length; i++) {
            assertNotEquals(before[i], after[i], "rooted object " + i + " moved");
            assertTrue(after[i] < before[i], "objects slide down");
        }
        PauseRecord pause = m.mm.telemetry().pauses().get(0);
        // Garbage precedes every live object, so every live object moves.
        assertEquals(SampleGraph.LIVE_OBJECTS, pause.work().get(WorkKind.OBJECTS_MOVED));
        assertEquals(graph.liveWords, pause.work().get(WorkKind.WORDS_MOVED));
        assertEquals(SampleGraph.LIVE_REFERENCES, pause.work().get(WorkKind.REFERENCES_UPDATED));
        graph.check();
        assertLiveObjectsPackedThenOneFreeChunk(Configs.freeListSpace(m), graph.liveWords);
        assertEquals(SampleGraph.LIVE_OBJECTS, new HeapVerifier(m.heap, m.roots).verifyNoGarbage());

        // A second compaction finds nothing to move.
        m.mm.systemGc();
        assertEquals(0, m.mm.telemetry().pauses().get(1).work().get(WorkKind.OBJECTS_MOVED));
        assertEquals(SampleGraph.LIVE_REFERENCES,
                m.mm.telemetry().pauses().get(1).work().get(WorkKind.REFERENCES_UPDATED));
        graph.check();
    }

    /** compact=when-fragmented: a sweep that leaves the heap fragmented makes the next collection compact. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void whenFragmentedCompactsAfterAFragmentingSweep(String policy) {
        TestMutator m = Configs.marksweep(policy, "when-fragmented").mutator(HEAP);
        TestTypes types = TestTypes.define(m.heap);
        FreeListSpace space = Configs.freeListSpace(m);
        int nodeWords = ObjectModel.instanceWords(4);
        List<Integer> kept = new ArrayList<>();
        // Fill the heap with nodes, rooting every other one: the sweep leaves equal holes and no large tail.
        for (int i = 0; space.freeWords() >= nodeWords; i++) {
            int r = m.allocateRooted(types.node(), 0);
            m.setWord(m.at(r), TestTypes.ID, i);
            if (i % 2 == 0) {
                kept.add(r);
            } else {
                m.roots.clear(r);
            }
        }
        m.mm.systemGc();
        PauseRecord sweep = m.mm.telemetry().pauses().get(0);
        assertEquals(0, sweep.work().get(WorkKind.OBJECTS_MOVED), "the first collection sweeps");
        assertTrue(sweep.work().get(WorkKind.OBJECTS_FREED) > 0);
        assertTrue(space.fragmentation().externalFragmentation() > 0.5, space.fragmentation().toString());

        m.mm.systemGc();
        PauseRecord compaction = m.mm.telemetry().pauses().get(1);
        assertEquals(kept.size() - 1, compaction.work().get(WorkKind.OBJECTS_MOVED), "all but the first node slide");
        assertLiveObjectsPackedThenOneFreeChunk(space, (long) kept.size() * nodeWords);
        for (int i = 0; i < kept.size(); i++) {
            assertEquals(2L * i, m.getWord(m.at(kept.get(i)), TestTypes.ID));
        }
        assertEquals(0.0, space.fragmentation().externalFragmentation());
    }

    /** After a compaction: objects only, from the space's start, then one free chunk to its end. */
    static void assertLiveObjectsPackedThenOneFreeChunk(FreeListSpace space, long liveWords) {
        List<int[]> chunks = new ArrayList<>();
        space.walk((address, size, isFree) -> chunks.add(new int[] {address, size, isFree ? 1 : 0}));
        long objectWords = 0;
        for (int i = 0; i < chunks.size() - 1; i++) {
            assertEquals(0, chunks.get(i)[2], "chunk " + i + " at " + chunks.get(i)[0] + " is an object");
            objectWords += chunks.get(i)[1];
        }
        assertEquals(liveWords, objectWords);
        int[] last = chunks.get(chunks.size() - 1);
        assertEquals(1, last[2], "the last chunk is free");
        assertEquals(space.end(), last[0] + last[1], "the free chunk reaches the end of the space");
        assertEquals(space.start() + liveWords, last[0]);
        FragmentationStats free = space.fragmentation();
        assertEquals(1, free.freeChunks());
        assertEquals(0, free.darkBytes());
        assertEquals(free.freeBytes(), free.largestChunkBytes());
        assertEquals(ObjectModel.bytes(space.capacityWords() - liveWords), free.freeBytes());
    }
}
