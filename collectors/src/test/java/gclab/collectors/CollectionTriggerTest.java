package gclab.collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.collectors.marksweep.MarkSweepFactory;
import gclab.heap.ObjectModel;
import gclab.heap.space.Space;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.testing.TestMutator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When collections happen, and what cause they record. */
class CollectionTriggerTest {
    private static final long HEAP = 16 << 10;
    private static final int NODE_WORDS = ObjectModel.instanceWords(4);

    private static TestMutator marksweep(String triggerOccupancy) {
        Map<String, String> options = new HashMap<>(Map.of("policy", "first-fit", "compact", "never"));
        options.put("trigger-occupancy", triggerOccupancy);
        return new TestMutator(new MarkSweepFactory(), options, HEAP);
    }

    /** Allocates {@code count} unrooted nodes. */
    private static void allocateGarbage(TestMutator m, TestTypes types, int count) {
        for (int i = 0; i < count; i++) {
            m.allocate(types.node(), 0);
        }
    }

    @Test
    void occupancyTriggerCollectsBeforeTheHeapIsFull() {
        TestMutator m = marksweep("0.5");
        TestTypes types = TestTypes.define(m.heap);
        Space space = Configs.space(m);
        long threshold = space.capacityWords() / 2;

        allocateGarbage(m, types, 4 * space.capacityWords() / NODE_WORDS);

        List<PauseRecord> pauses = m.mm.telemetry().pauses();
        assertTrue(pauses.size() >= 7, "four heaps of garbage, a collection every half heap: " + pauses.size());
        for (PauseRecord p : pauses) {
            assertEquals(GcCause.OCCUPANCY, p.cause());
            assertEquals(PauseKind.FULL, p.kind());
            long usedBefore = p.heapUsedBefore() / ObjectModel.WORD_BYTES;
            assertTrue(usedBefore <= threshold && usedBefore + NODE_WORDS > threshold,
                    "collected when the next node would cross half the heap: " + usedBefore + " words used");
            assertEquals(0, p.heapUsedAfter(), "all of it was garbage");
        }
    }

    @Test
    void withoutTheTriggerOnlyAllocationFailureCollects() {
        TestMutator m = marksweep("0");
        TestTypes types = TestTypes.define(m.heap);
        Space space = Configs.space(m);

        allocateGarbage(m, types, 4 * space.capacityWords() / NODE_WORDS);

        List<PauseRecord> pauses = m.mm.telemetry().pauses();
        assertEquals(3, pauses.size(), "a collection each time the heap fills");
        for (PauseRecord p : pauses) {
            assertEquals(GcCause.ALLOCATION_FAILURE, p.cause());
            assertTrue(p.heapUsedBefore() > space.capacityBytes() - ObjectModel.bytes(NODE_WORDS));
        }
    }

    /** Live data above the trigger would make every allocation collect; instead the trigger waits. */
    @Test
    void liveDataAboveTheTriggerWaitsForAllocationFailure() {
        TestMutator m = marksweep("0.25");
        TestTypes types = TestTypes.define(m.heap);
        Space space = Configs.space(m);
        // Root nodes until occupancy is well above a quarter.
        while (space.usedWords() < space.capacityWords() / 2) {
            m.allocateRooted(types.node(), 0);
        }
        int before = m.mm.telemetry().pauses().size();
        assertEquals(GcCause.OCCUPANCY, m.mm.telemetry().pauses().get(before - 1).cause());

        allocateGarbage(m, types, space.capacityWords() / NODE_WORDS);

        List<PauseRecord> after = m.mm.telemetry().pauses().subList(before, m.mm.telemetry().pauses().size());
        assertEquals(2, after.size(), "half a heap free, a heap of garbage: two collections, not one per node");
        assertTrue(after.stream().allMatch(p -> p.cause() == GcCause.ALLOCATION_FAILURE));
    }

    @Test
    void systemGcRecordsAPauseFull() {
        TestMutator m = Configs.marksweep("segregated", "when-fragmented").mutator(HEAP);
        m.mm.systemGc();
        List<PauseRecord> pauses = m.mm.telemetry().pauses();
        assertEquals(1, pauses.size());
        assertEquals(PauseKind.FULL, pauses.get(0).kind());
        assertEquals(GcCause.SYSTEM_GC, pauses.get(0).cause());
        assertEquals("Pause Full (System.gc())",
                "Pause " + pauses.get(0).kind().logName() + " (" + pauses.get(0).cause().logName() + ")");
        assertEquals(List.of("mark", "sweep"), pauses.get(0).phases().stream().map(p -> p.name()).toList());
        assertEquals(1, m.mm.telemetry().pauseHistogram().getTotalCount());
    }

    @Test
    void nogcRecordsNoPauseForSystemGc() {
        TestMutator m = Configs.nogc().mutator(HEAP);
        TestTypes types = TestTypes.define(m.heap);
        allocateGarbage(m, types, 10);
        m.mm.systemGc();
        m.mm.collector().collect(GcCause.REQUESTED);
        assertTrue(m.mm.telemetry().pauses().isEmpty());
        assertEquals(0, m.mm.telemetry().pauseHistogram().getTotalCount());
        assertEquals(ObjectModel.bytes(10L * NODE_WORDS), Configs.space(m).usedBytes(), "nothing was freed");
    }
}
