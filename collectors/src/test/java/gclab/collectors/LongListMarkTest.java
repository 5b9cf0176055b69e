package gclab.collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gclab.collectors.marksweep.MarkSweepFactory;
import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.ObjectModel;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.TestMutator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Marking a ten-million-object linked list: a recursive marker would need ten million host frames and die of
 * StackOverflowError; the tracer's explicit mark stack does not. The heap is 10M x 3 words x 8 B = 240 MB of
 * the test JVM's 2 GB, with the smallest node there is (a header and one reference).
 */
class LongListMarkTest {
    private static final int NODES = 10_000_000;

    @Test
    void tenMillionNodeListIsMarkedWithoutHostRecursion() {
        long heapBytes = ObjectModel.bytes((long) NODES * ObjectModel.instanceWords(1)) + 4096;
        TestMutator m = new TestMutator(new MarkSweepFactory(),
                Map.of("policy", "first-fit", "compact", "never"), heapBytes);
        Layout cell = m.heap.layouts().defineInstance("Cell", 1, 0);
        Layout garbage = m.heap.layouts().defineInstance("Garbage", 0);
        int head = m.roots.add(Heap.NULL);
        int extra = m.allocateRooted(garbage, 0); // one more rooted object, not on the list
        m.allocate(garbage, 0); // and one unrooted
        // The list is built head-first: each new cell points at the old head, so the first cell is the tail.
        for (int i = 0; i < NODES; i++) {
            int c = m.allocate(cell, 0);
            m.setRef(c, 0, m.at(head));
            m.roots.set(head, c);
        }
        assertEquals(0, m.mm.telemetry().pauses().size(), "the heap holds the whole list");

        m.mm.systemGc();

        PauseRecord pause = m.mm.telemetry().pauses().get(0);
        assertEquals(NODES + 1, pause.work().get(WorkKind.OBJECTS_MARKED), "every cell and the other rooted object");
        assertEquals(NODES, pause.work().get(WorkKind.SLOTS_SCANNED));
        assertEquals(1, pause.work().get(WorkKind.OBJECTS_FREED));
        assertEquals(2, pause.work().get(WorkKind.ROOTS_SCANNED));
        assertEquals(garbage.typeId(), m.heap.typeId(m.at(extra)));
        // The list is intact: walk it to its tail.
        int length = 0;
        for (int c = m.at(head); c != Heap.NULL; c = m.getRef(c, 0)) {
            length++;
        }
        assertEquals(NODES, length);
    }
}
