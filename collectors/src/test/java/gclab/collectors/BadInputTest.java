package gclab.collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.collectors.Configs.Config;
import gclab.heap.ElementKind;
import gclab.heap.HeapException;
import gclab.heap.HeapExhaustedException;
import gclab.heap.IllegalAllocationException;
import gclab.heap.ObjectModel;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.InvalidOptionException;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSet;
import gclab.heap.spi.UnknownCollectorException;
import gclab.heap.testing.TestMutator;
import gclab.heap.verify.HeapVerifier;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad names, bad options and impossible requests get a clear error naming the cause; the heap stays sound. */
class BadInputTest {
    private static final long HEAP = 4 << 10;

    private final CollectorRegistry registry = new CollectorRegistry();

    static Stream<Config> all() {
        return Configs.all();
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + part + "' in: " + message);
        }
    }

    @Test
    void registryFindsBothCollectorsByServiceLoader() {
        assertEquals(List.of("generational", "marksweep", "nogc", "refcount", "tricolor"), registry.names());
    }

    @Test
    void unknownCollectorNameListsTheKnownOnes() {
        UnknownCollectorException e = assertThrows(UnknownCollectorException.class,
                () -> MemoryManager.create(registry, "mark-sweep", Map.of(), HEAP, RootSet.EMPTY));
        assertMentions(e.getMessage(), "unknown collector 'mark-sweep'",
                "known collectors: generational, marksweep, nogc, refcount, tricolor");
    }

    @Test
    void unknownOptionListsTheValidOnes() {
        InvalidOptionException e = assertThrows(InvalidOptionException.class,
                () -> MemoryManager.create(registry, "marksweep", Map.of("polcy", "best-fit"), HEAP, RootSet.EMPTY));
        assertMentions(e.getMessage(), "unknown option 'polcy' for collector marksweep",
                "policy (one of first-fit, best-fit, segregated)",
                "compact (one of never, always, when-fragmented)",
                "compact-threshold (a number from 0.0 to 1.0)", "trigger-occupancy (a number from 0.0 to 1.0)");
    }

    @Test
    void nogcTakesNoOptions() {
        InvalidOptionException e = assertThrows(InvalidOptionException.class,
                () -> MemoryManager.create(registry, "nogc", Map.of("policy", "first-fit"), HEAP, RootSet.EMPTY));
        assertMentions(e.getMessage(), "unknown option 'policy' for collector nogc", "it takes no options");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "policy            | worst-fit | one of first-fit, best-fit, segregated",
        "compact           | sometimes | one of never, always, when-fragmented",
        "compact-threshold | 1.5       | a number from 0.0 to 1.0",
        "compact-threshold | -0.1      | a number from 0.0 to 1.0",
        "trigger-occupancy | half      | a number from 0.0 to 1.0",
    })
    void badOptionValueSaysWhatIsAllowed(String key, String value, String allowed) {
        InvalidOptionException e = assertThrows(InvalidOptionException.class,
                () -> MemoryManager.create(registry, "marksweep", Map.of(key, value), HEAP, RootSet.EMPTY));
        assertMentions(e.getMessage(), "bad value '" + value + "' for option " + key + " of collector marksweep",
                "expected " + allowed);
    }

    @Test
    void optionValuesAreAcceptedInAnyCase() {
        MemoryManager mm = MemoryManager.create(registry, "marksweep", Map.of("policy", "Best-Fit", "compact", "NEVER"),
                HEAP, RootSet.EMPTY);
        assertFalse(mm.traits().moving(), "compact=never makes marksweep non-moving");
    }

    @Test
    void heapSizeOutsideTheSupportedRangeIsRefused() {
        HeapException e = assertThrows(HeapException.class,
                () -> MemoryManager.create(registry, "nogc", Map.of(), 32, RootSet.EMPTY));
        assertMentions(e.getMessage(), "heap size 32 bytes is outside the range", "choose another --heap");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void requestLargerThanTheHeapNamesTheSizesAndLeavesTheHeapParsable(Config config) {
        TestMutator m = config.mutator(HEAP);
        TestTypes types = TestTypes.define(m.heap);
        int kept = m.allocateRooted(types.node(), 0);
        m.setWord(m.at(kept), TestTypes.ID, 7);

        HeapExhaustedException e = assertThrows(HeapExhaustedException.class,
                () -> m.allocate(types.primArray(ElementKind.LONG), 1000));

        long requested = ObjectModel.bytes(2 + 1000);
        assertEquals(requested, e.requestedBytes());
        assertFalse(e.isFragmentationFailure());
        assertMentions(e.getMessage(), "cannot allocate " + requested + " bytes for long[1000]",
                "in a heap of " + HEAP + " bytes", "give a larger --heap");
        assertEquals(1, m.mm.telemetry().allocationFailures().size());
        assertEquals(0, m.mm.telemetry().fragmentationFailures());
        assertEquals(1, new HeapVerifier(m.heap, m.roots).verify());
        assertEquals(7, m.getWord(m.at(kept), TestTypes.ID));
        // The heap is still usable.
        int after = m.allocateRooted(types.node(), 0);
        assertFalse(m.heap.isFree(m.at(after)));
        assertEquals(2, new HeapVerifier(m.heap, m.roots).verify());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void negativeArrayLengthIsRefusedBeforeAnythingHappens(Config config) {
        TestMutator m = config.mutator(HEAP);
        TestTypes types = TestTypes.define(m.heap);
        m.allocateRooted(types.node(), 0);
        long usedBefore = Configs.space(m).usedWords();

        IllegalAllocationException e = assertThrows(IllegalAllocationException.class,
                () -> m.allocate(types.primArray(ElementKind.INT), -1));

        assertMentions(e.getMessage(), "negative array length -1 for int[]");
        assertEquals(usedBefore, Configs.space(m).usedWords());
        assertEquals(1, m.mm.telemetry().allocatedObjects());
        assertTrue(m.mm.telemetry().pauses().isEmpty());
        new HeapVerifier(m.heap, m.roots).verify();
    }

    @Test
    void instanceLayoutGivenALengthIsRefused() {
        TestMutator m = Configs.nogc().mutator(HEAP);
        TestTypes types = TestTypes.define(m.heap);
        IllegalAllocationException e = assertThrows(IllegalAllocationException.class,
                () -> m.allocate(types.node(), 3));
        assertMentions(e.getMessage(), "instance layout Node given array length 3");
    }
}
