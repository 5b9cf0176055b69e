package gclab.bench.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.bench.demo.CollectorConfig;
import gclab.heap.HeapException;
import gclab.heap.HeapExhaustedException;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSet;
import gclab.heap.spi.RootSlots;
import gclab.heap.telemetry.WorkKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticMutatorTest {
    private static final SyntheticWorkload SMALL = SyntheticWorkload.gcbench(8, SyntheticWorkload.DEFAULT_SEED);
    private static final long BIG_HEAP = 16L << 20;
    private static final long SMALL_HEAP = 256L << 10;

    private final CollectorRegistry registry = new CollectorRegistry();

    /** nogc on a heap large enough for everything the program allocates: nothing is ever freed or moved. */
    private long referenceChecksum() {
        SyntheticMutator m = SyntheticMutator.create(registry.factory("nogc"), Map.of(), BIG_HEAP, SMALL);
        long checksum = m.run();
        assertEquals(0, m.memoryManager().telemetry().pauses().size());
        return checksum;
    }

    @Test
    void everyMarksweepConfigurationOnASmallHeapGivesNogcsChecksum() {
        long reference = referenceChecksum();
        for (CollectorConfig config : CollectorConfig.worthComparing(registry.factory("marksweep"))) {
            SyntheticMutator m = SyntheticMutator.create(registry.factory(config.collector()), config.options(),
                    SMALL_HEAP, SMALL);
            m.enableVerification();
            assertEquals(reference, m.run(), config.label());
            MemoryManager mm = m.memoryManager();
            // The heap is small enough that the collector really worked (and was verified) many times.
            assertTrue(mm.telemetry().pauses().size() >= 5, config.label() + ": "
                    + mm.telemetry().pauses().size() + " pauses");
            if (config.options().equals(Map.of("compact", "always"))) {
                assertTrue(mm.telemetry().totalWork().get(WorkKind.OBJECTS_MOVED) > 0, "compaction moved nothing");
            }
        }
    }

    /**
     * The moving-collector rule, tested hard: a compaction before every allocation moves objects under the
     * mutator all the time; any address it kept in a Java local across an allocation would be stale.
     */
    @Test
    void compactingBeforeEveryAllocationGivesTheSameChecksum() {
        SyntheticWorkload tiny = SyntheticWorkload.gcbench(6, SyntheticWorkload.DEFAULT_SEED);
        long reference = SyntheticMutator.create(registry.factory("nogc"), Map.of(), BIG_HEAP, tiny).run();
        SyntheticMutator m = SyntheticMutator.create(registry.factory("marksweep"), Map.of("compact", "always"),
                SMALL_HEAP, tiny);
        m.memoryManager().setStress(true);
        assertEquals(reference, m.run());
        long allocations = m.memoryManager().telemetry().allocatedObjects();
        assertEquals(allocations + 1, m.memoryManager().telemetry().pauses().size(), "one pause per allocation,"
                + " and the final System.gc()");
        assertTrue(m.memoryManager().telemetry().totalWork().get(WorkKind.OBJECTS_MOVED) > 1000);
    }

    @Test
    void theSameRunTwiceGivesTheSameChecksumAndWork() {
        SyntheticMutator a = SyntheticMutator.create(registry.factory("marksweep"), Map.of(), SMALL_HEAP, SMALL);
        SyntheticMutator b = SyntheticMutator.create(registry.factory("marksweep"), Map.of(), SMALL_HEAP, SMALL);
        assertEquals(a.run(), b.run());
        assertEquals(a.memoryManager().telemetry().totalWork().asMap(),
                b.memoryManager().telemetry().totalWork().asMap());
    }

    @Test
    void anotherSeedGivesAnotherChecksum() {
        long reference = referenceChecksum();
        SyntheticMutator m = SyntheticMutator.create(registry.factory("nogc"), Map.of(), BIG_HEAP,
                SyntheticWorkload.gcbench(8, SyntheticWorkload.DEFAULT_SEED + 1));
        assertNotEquals(reference, m.run());
    }

    @Test
    void nogcOnASmallHeapRunsOutOfMemory() {
        SyntheticMutator m = SyntheticMutator.create(registry.factory("nogc"), Map.of(), SMALL_HEAP, SMALL);
        assertThrows(HeapExhaustedException.class, m::run);
    }

    /**
     * The check can fail: a collector that is not shown the ring's root frees the ring and its arrays while
     * they are live and reuses their memory. Either the data read back differs (another checksum) or the
     * mutator's writes into the freed ring wreck the heap, which gclab then reports as a HeapException (what
     * happens with this seed: the next sweep finds a header that names no type).
     */
    @Test
    void aCollectorThatLosesLiveDataIsCaught() {
        long reference = referenceChecksum();
        RootSlots roots = new RootSlots();
        int hidden = 2; // the ring: the mutator's third fixed root slot
        RootSet missingOne = visitor -> {
            for (int i = 0; i < roots.size(); i++) {
                if (i != hidden && roots.get(i) != 0) {
                    roots.set(i, visitor.visitRoot(roots.get(i)));
                }
            }
        };
        MemoryManager mm = MemoryManager.create(registry.factory("marksweep"), Map.of("compact", "never"),
                SMALL_HEAP, missingOne);
        SyntheticMutator m = new SyntheticMutator(mm, roots, SMALL);
        long checksum;
        try {
            checksum = m.run();
        } catch (HeapException e) {
            return; // the loss was detected by gclab's own checks
        }
        assertNotEquals(reference, checksum);
    }
}
