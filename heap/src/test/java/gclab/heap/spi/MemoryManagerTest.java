package gclab.heap.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.HeapException;
import gclab.heap.HeapExhaustedException;
import gclab.heap.IllegalAllocationException;
import gclab.heap.Layout;
import gclab.heap.space.FitPolicy;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.testing.FreeListOnlyFactory;
import gclab.heap.testing.FreeListOnlyFactory.FreeListOnly;
import gclab.heap.testing.SpaceCensus;
import gclab.heap.testing.TestMutator;
import gclab.heap.verify.HeapCorruptionException;
import gclab.heap.verify.HeapVerifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The facade, driven through the {@link TestMutator} fixture over a never-collecting free-list collector. */
class MemoryManagerTest {
    private static final FreeListOnlyFactory FACTORY = new FreeListOnlyFactory();

    private static TestMutator mutator(FitPolicy policy, long heapBytes) {
        return new TestMutator(FACTORY, Map.of("policy", policy.optionName()), heapBytes);
    }

    private static FreeListOnly collector(TestMutator m) {
        return (FreeListOnly) m.mm.collector();
    }

    private static void assertParsableAndVerified(TestMutator m) {
        assertEquals(null, SpaceCensus.of(collector(m).space()).checkAgainst(collector(m).space()));
        new HeapVerifier(m.heap, m.roots).verify();
    }

    @Test
    void allocationFormatsAZeroedObjectAndCountsIt() {
        TestMutator m = mutator(FitPolicy.FIRST_FIT, 4096);
        Layout node = m.heap.layouts().defineInstance("Node", 2, 0);
        int r = m.allocateRooted(node, 0);
        int n = m.at(r);
        assertEquals(node, m.heap.layoutOf(n));
        assertEquals(0, m.getRef(n, 0));
        assertEquals(0L, m.getWord(n, 1));
        assertEquals(1, m.mm.telemetry().allocatedObjects());
        assertEquals(32, m.mm.telemetry().allocatedBytes());
    }

    @Test
    void referencesAndWordsGoWhereTheyAreStored() {
        TestMutator m = mutator(FitPolicy.BEST_FIT, 4096);
        Layout node = m.heap.layouts().defineInstance("Node", 2, 0);
        int a = m.at(m.allocateRooted(node, 0));
        int b = m.at(m.allocateRooted(node, 0));
        m.setRef(a, 0, b);
        m.setWord(a, 1, -42);
        assertEquals(b, m.getRef(a, 0));
        assertEquals(-42, m.getWord(a, 1));
        assertEquals(b, m.heap.reference(Heap.slotAddress(a, 0)));
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void requestLargerThanTheHeapIsExhaustionAndLeavesTheHeapParsable(FitPolicy policy) {
        TestMutator m = mutator(policy, 4096);
        Layout longs = m.heap.layouts().defineArray("long[]", ElementKind.LONG);
        m.allocateRooted(longs, 10);
        HeapExhaustedException e = assertThrows(HeapExhaustedException.class, () -> m.allocate(longs, 1000));
        assertEquals(1002 * 8, e.requestedBytes());
        assertFalse(e.isFragmentationFailure());
        assertTrue(e.getMessage().startsWith("heap exhausted: cannot allocate 8016 bytes for long[] in a heap of"
                + " 4096 bytes"), e.getMessage());
        assertTrue(e.getMessage().endsWith("give a larger --heap"), e.getMessage());
        assertEquals(1, m.mm.telemetry().allocationFailures().size());
        assertParsableAndVerified(m);
        m.allocateRooted(longs, 10); // and the heap is still usable
        assertParsableAndVerified(m);
    }

    @ParameterizedTest
    @EnumSource(FitPolicy.class)
    void negativeArrayLengthIsRefusedBeforeTheCollectorIsAsked(FitPolicy policy) {
        TestMutator m = mutator(policy, 4096);
        Layout ints = m.heap.layouts().defineArray("int[]", ElementKind.INT);
        assertThrows(IllegalAllocationException.class, () -> m.allocate(ints, -1));
        assertEquals(0, m.mm.telemetry().allocatedObjects());
        assertEquals(m.heap.capacityWords() - 1, collector(m).space().freeWords());
        assertParsableAndVerified(m);
    }

    @Test
    void fillingTheHeapFailsAtTheEndWithFragmentationRecorded() {
        TestMutator m = mutator(FitPolicy.FIRST_FIT, 1024); // 127 words
        Layout node = m.heap.layouts().defineInstance("Node", 2);
        Layout longs = m.heap.layouts().defineArray("long[]", ElementKind.LONG);
        int count = 0;
        while (true) {
            try {
                m.allocateRooted(node, 0);
                count++;
            } catch (HeapExhaustedException e) {
                break;
            }
            assertParsableAndVerified(m);
        }
        assertEquals(127 / 4, count);
        assertParsableAndVerified(m);
        // free every other node: 16 * 4 words free, but no chunk larger than 4 words + the 3-word tail
        for (int r = 0; r < count; r += 2) {
            collector(m).space().free(m.at(r), 4);
            m.roots.clear(r);
        }
        HeapExhaustedException e = assertThrows(HeapExhaustedException.class, () -> m.allocate(longs, 4));
        assertTrue(e.isFragmentationFailure());
        assertTrue(e.getMessage().contains("the free memory is fragmented"), e.getMessage());
        assertEquals(1, m.mm.telemetry().fragmentationFailures());
        assertParsableAndVerified(m);
    }

    @Test
    void unknownOptionIsRefusedBeforeAnyHeapIsMade() {
        InvalidOptionException e = assertThrows(InvalidOptionException.class,
                () -> MemoryManager.create(FACTORY, Map.of("polcy", "best-fit"), 4096, RootSet.EMPTY));
        assertTrue(e.getMessage().contains("valid options: policy (one of first-fit, best-fit, segregated)"),
                e.getMessage());
    }

    @Test
    void unknownCollectorNameIsRefusedWithTheKnownNames() {
        CollectorRegistry registry = new CollectorRegistry(List.of(FACTORY));
        UnknownCollectorException e = assertThrows(UnknownCollectorException.class,
                () -> MemoryManager.create(registry, "shenandoah", Map.of(), 4096, RootSet.EMPTY));
        assertTrue(e.getMessage().endsWith("known collectors: freelist-only"), e.getMessage());
        assertEquals("freelist-only",
                MemoryManager.create(registry, "freelist-only", Map.of(), 4096, RootSet.EMPTY).collectorName());
    }

    @Test
    void badHeapSizeIsRefused() {
        assertThrows(HeapException.class, () -> MemoryManager.create(FACTORY, Map.of(), 16, RootSet.EMPTY));
    }

    @Test
    void verificationRunsAtTheEndOfEveryPause() {
        TestMutator m = mutator(FitPolicy.FIRST_FIT, 4096);
        Layout node = m.heap.layouts().defineInstance("Node", 2, 0);
        int a = m.at(m.allocateRooted(node, 0));
        m.setRef(a, 0, a + 1); // a bad reference
        m.mm.telemetry().pauseBegin(PauseKind.FULL, GcCause.REQUESTED);
        HeapCorruptionException e = assertThrows(HeapCorruptionException.class, () -> m.mm.telemetry().pauseEnd());
        assertTrue(e.getMessage().contains("bad reference in Node@" + a + ".field0"), e.getMessage());
    }

    @Test
    void shutdownReachesTheCollectorOnce() {
        TestMutator m = mutator(FitPolicy.FIRST_FIT, 4096);
        m.mm.shutdown();
        m.mm.shutdown();
        assertEquals(1, collector(m).shutdowns());
    }

    @Test
    void stressModeCollectsBeforeEveryAllocationAndSystemGcCollectsOnce() {
        TestMutator m = mutator(FitPolicy.FIRST_FIT, 4096);
        Layout e = m.heap.layouts().defineInstance("E", 0);
        m.allocate(e, 0);
        assertEquals(List.of(), collector(m).collections());
        m.mm.setStress(true);
        m.allocate(e, 0);
        m.allocate(e, 0);
        m.mm.systemGc();
        assertEquals(List.of(GcCause.STRESS, GcCause.STRESS, GcCause.SYSTEM_GC), collector(m).collections());
    }
}
