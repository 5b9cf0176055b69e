package gclab.collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.HeapExhaustedException;
import gclab.heap.ObjectModel;
import gclab.heap.space.FreeListSpace;
import gclab.heap.telemetry.AllocationFailure;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.TestMutator;
import gclab.heap.verify.HeapVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A heap full of holes: small objects allocated back to back, every other one dropped, then a request for an
 * array larger than any hole but smaller than all the holes together. Without compaction it is a fragmentation
 * failure; with compaction the same program succeeds.
 */
class FragmentationTest {
    private static final long HEAP = 4 << 10;
    /** A node is 6 words; the array is 2 + 100 words, more than any 6-word hole, less than the holes' sum. */
    private static final int ARRAY_LENGTH = 100;

    static Stream<String> policies() {
        return Configs.POLICIES.stream();
    }

    static Stream<Arguments> compactingConfigs() {
        List<Arguments> list = new ArrayList<>();
        for (String policy : Configs.POLICIES) {
            list.add(Arguments.of(policy, "when-fragmented"));
            list.add(Arguments.of(policy, "always"));
        }
        return list.stream();
    }

    /** Fills the heap with nodes and keeps every other one; returns the root indexes of the kept ones. */
    private static List<Integer> leaveHoles(TestMutator m, TestTypes types) {
        FreeListSpace space = Configs.freeListSpace(m);
        int nodeWords = ObjectModel.instanceWords(4);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; space.freeWords() >= nodeWords; i++) {
            int r = m.allocateRooted(types.node(), 0);
            m.setWord(m.at(r), TestTypes.ID, i);
            if (i % 2 == 0) {
                kept.add(r);
            } else {
                m.roots.clear(r);
            }
        }
        assertEquals(0, m.mm.telemetry().pauses().size());
        long holes = kept.size() - 1; // the dropped nodes between kept ones (one more if the last was dropped)
        assertTrue(holes * nodeWords > Heap.requiredWords(types.primArray(ElementKind.LONG), ARRAY_LENGTH),
                "the holes together would hold the array");
        return kept;
    }

    private static void assertKeptIntact(TestMutator m, List<Integer> kept) {
        for (int i = 0; i < kept.size(); i++) {
            assertEquals(2L * i, m.getWord(m.at(kept.get(i)), TestTypes.ID));
        }
    }

    @ParameterizedTest(name = "policy={0}")
    @MethodSource("policies")
    void withoutCompactionTheLargeRequestFailsForFragmentation(String policy) {
        TestMutator m = Configs.marksweep(policy, "never").mutator(HEAP);
        TestTypes types = TestTypes.define(m.heap);
        List<Integer> kept = leaveHoles(m, types);

        HeapExhaustedException e = assertThrows(HeapExhaustedException.class,
                () -> m.allocate(types.primArray(ElementKind.LONG), ARRAY_LENGTH));

        assertTrue(e.isFragmentationFailure(), e.getMessage());
        assertEquals(ObjectModel.bytes(2 + ARRAY_LENGTH), e.requestedBytes());
        assertTrue(e.getMessage().contains("the free memory is fragmented"), e.getMessage());
        assertEquals(1, m.mm.telemetry().fragmentationFailures());
        AllocationFailure failure = m.mm.telemetry().allocationFailures().get(0);
        assertTrue(failure.free().freeBytes() >= failure.requestedBytes());
        assertTrue(failure.free().largestChunkBytes() < failure.requestedBytes());
        List<PauseRecord> pauses = m.mm.telemetry().pauses();
        assertEquals(1, pauses.size(), "one collection was tried first");
        assertEquals(GcCause.ALLOCATION_FAILURE, pauses.get(0).cause());
        assertEquals(0, pauses.get(0).work().get(WorkKind.OBJECTS_MOVED));
        new HeapVerifier(m.heap, m.roots).verifyNoGarbage();
        assertKeptIntact(m, kept);
    }

    @ParameterizedTest(name = "policy={0} compact={1}")
    @MethodSource("compactingConfigs")
    void withCompactionTheSameProgramSucceeds(String policy, String compact) {
        TestMutator m = Configs.marksweep(policy, compact).mutator(HEAP);
        TestTypes types = TestTypes.define(m.heap);
        List<Integer> kept = leaveHoles(m, types);

        int array = m.allocateRooted(types.primArray(ElementKind.LONG), ARRAY_LENGTH);
        for (int i = 0; i < ARRAY_LENGTH; i++) {
            m.heap.setPrimitiveElement(m.at(array), ElementKind.LONG, i, -i);
        }

        assertEquals(0, m.mm.telemetry().fragmentationFailures());
        assertTrue(m.mm.telemetry().allocationFailures().isEmpty());
        long moved = m.mm.telemetry().pauses().stream().mapToLong(p -> p.work().get(WorkKind.OBJECTS_MOVED)).sum();
        assertEquals(kept.size() - 1, moved, "every kept node but the first slid down");
        assertTrue(m.mm.telemetry().pauses().stream().allMatch(p -> p.cause() == GcCause.ALLOCATION_FAILURE));
        // compact=always compacts at once; when-fragmented sweeps first (the lists held too little to tell the
        // request was fragmented), then compacts as the last resort.
        assertEquals(compact.equals("always") ? 1 : 2, m.mm.telemetry().pauses().size());
        assertKeptIntact(m, kept);
        for (int i = 0; i < ARRAY_LENGTH; i++) {
            assertEquals(-i, m.heap.primitiveElement(m.at(array), ElementKind.LONG, i));
        }
        new HeapVerifier(m.heap, m.roots).verifyNoGarbage();
        assertFalse(m.heap.isFree(m.at(array)));
    }
    /**
     * Fills the space exactly: a live node, a dead 4-word object, a live node, a dead 2-word object, and a live
     * long[] to the end. A collection then leaves holes of 4 and 2 words; a 3-word cell fills the first and
     * leaves a one-word hole, listed nowhere. Returns the root of the first node.
     */
    private static int leaveAOneWordHole(TestMutator m, TestTypes types) {
        FreeListSpace space = Configs.freeListSpace(m);
        int first = m.allocateRooted(types.node(), 0);
        m.setWord(m.at(first), TestTypes.ID, 11);
        m.allocate(m.heap.layouts().defineInstance("Four", 2), 0);
        m.allocateRooted(types.node(), 0);
        m.allocate(m.heap.layouts().defineInstance("Two", 0), 0);
        m.allocateRooted(types.primArray(ElementKind.LONG), (int) space.freeWords() - 2);
        assertEquals(0, space.freeWords(), "the space is full");
        m.allocateRooted(types.cell(), 0); // collects, then takes 3 of the 4-word hole
        assertEquals(1, m.mm.telemetry().pauses().size());
        assertEquals(ObjectModel.bytes(2), space.fragmentation().freeBytes(), "the 2-word hole is listed");
        assertEquals(ObjectModel.bytes(1), space.fragmentation().darkBytes(), "and one word is a dark hole");
        return first;
    }

    /** Three words are free (two listed, one dark): a compaction makes room for a 3-word cell. */
    @ParameterizedTest(name = "policy={0}")
    @MethodSource("policies")
    void lastResortCompactionCountsOneWordHoles(String policy) {
        TestMutator m = Configs.marksweep(policy, "when-fragmented").mutator(HEAP);
        TestTypes types = TestTypes.define(m.heap);
        int first = leaveAOneWordHole(m, types);

        int cell = m.allocateRooted(types.cell(), 0);

        assertFalse(m.heap.isFree(m.at(cell)));
        assertTrue(m.mm.telemetry().allocationFailures().isEmpty());
        PauseRecord compaction = m.mm.telemetry().pauses().get(1);
        assertTrue(compaction.work().get(WorkKind.OBJECTS_MOVED) > 0, "the second collection compacted");
        assertEquals(Configs.freeListSpace(m).capacityWords(), Configs.freeListSpace(m).usedWords(), "full again");
        assertEquals(11, m.getWord(m.at(first), TestTypes.ID));
        new HeapVerifier(m.heap, m.roots).verifyNoGarbage();
    }

    /** Without compaction the same request fails, and the one-word hole makes it a fragmentation failure. */
    @ParameterizedTest(name = "policy={0}")
    @MethodSource("policies")
    void withoutCompactionOneWordHolesCountAsFragmentation(String policy) {
        TestMutator m = Configs.marksweep(policy, "never").mutator(HEAP);
        TestTypes types = TestTypes.define(m.heap);
        leaveAOneWordHole(m, types);

        HeapExhaustedException e = assertThrows(HeapExhaustedException.class,
                () -> m.allocateRooted(types.cell(), 0));

        assertTrue(e.isFragmentationFailure(), e.getMessage());
        assertTrue(e.getMessage().contains("(24 bytes free, largest free chunk 16 bytes"), e.getMessage());
        assertEquals(1, m.mm.telemetry().fragmentationFailures());
        new HeapVerifier(m.heap, m.roots).verifyNoGarbage();
    }
}
