package gclab.collectors;

import static gclab.collectors.TestTypes.ID;
import static gclab.collectors.TestTypes.NEXT;
import static gclab.collectors.TestTypes.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.TestMutator;
import gclab.heap.verify.HeapCorruptionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The proof that the checks can fail: a mark-sweep that loses every object held only by a last reference slot
 * ({@link SkipLastSlotMarkSweep}) is caught by the verifier at the end of its first pause, with the path
 * from the root to the lost object in the message; the same program under the real marksweep passes.
 */
class VerifierCatchesBrokenCollectorTest {
    private static final long HEAP = 16 << 10;

    private final CollectorRegistry registry = new CollectorRegistry(List.of(new SkipLastSlotMarkSweep.Factory()));

    /** root[0] -> a; a.NEXT -> b; b.OTHER (the last slot) -> lost. Returns {a, b, lost}. */
    private static int[] buildChain(MemoryManager mm, RootSlots roots, TestTypes types) {
        int root = roots.add(mm.allocate(types.node(), 0));
        int b = mm.allocate(types.node(), 0);
        mm.storeReference(roots.get(root), Heap.slotAddress(roots.get(root), NEXT), b);
        int lost = mm.allocate(types.node(), 0);
        b = mm.loadReference(roots.get(root), Heap.slotAddress(roots.get(root), NEXT));
        mm.storeReference(b, Heap.slotAddress(b, OTHER), lost);
        mm.storeWord(Heap.slotAddress(lost, ID), 42);
        return new int[] {roots.get(root), b, lost};
    }

    @Test
    void verifierCatchesTheObjectLostThroughTheLastSlot() {
        RootSlots roots = new RootSlots();
        MemoryManager mm = MemoryManager.create(registry, SkipLastSlotMarkSweep.NAME, Map.of(), HEAP, roots);
        mm.enableVerification(roots);
        TestTypes types = TestTypes.define(mm.heap());
        int[] chain = buildChain(mm, roots, types);

        HeapCorruptionException e = assertThrows(HeapCorruptionException.class, mm::systemGc);

        String message = e.getMessage();
        assertTrue(message.contains("bad reference in Node@" + chain[1] + ".field" + OTHER), message);
        assertTrue(message.contains("address " + chain[2] + " in space heap is a free chunk (the object was freed)"),
                message);
        assertTrue(message.contains("path from the roots: root[0] -> Node@" + chain[0] + ", Node@" + chain[0]
                + ".field" + NEXT + " -> Node@" + chain[1]), message);
    }

    @Test
    void verifierCatchesTheLastElementOfAnArray() {
        RootSlots roots = new RootSlots();
        MemoryManager mm = MemoryManager.create(registry, SkipLastSlotMarkSweep.NAME, Map.of(), HEAP, roots);
        mm.enableVerification(roots);
        TestTypes types = TestTypes.define(mm.heap());
        int array = roots.add(mm.allocate(types.refArray(), 3));
        for (int i = 0; i < 3; i++) {
            int element = mm.allocate(types.primArray(ElementKind.INT), i + 1);
            int a = roots.get(array);
            mm.storeReference(a, Heap.slotAddress(a, i), element);
        }
        HeapCorruptionException e = assertThrows(HeapCorruptionException.class, mm::systemGc);
        assertTrue(e.getMessage().contains("bad reference in Object[3]@" + roots.get(array) + "[2]"), e.getMessage());
        assertTrue(e.getMessage().contains("path from the roots: root[0] -> Object[3]@" + roots.get(array)),
                e.getMessage());
    }

    @Test
    void theSameProgramPassesUnderMarksweep() {
        TestMutator m = Configs.marksweep("first-fit", "never").mutator(HEAP);
        TestTypes types = TestTypes.define(m.heap);
        int[] chain = buildChain(m.mm, m.roots, types);
        m.mm.systemGc();
        assertEquals(chain[2], m.getRef(chain[1], OTHER));
        assertEquals(42, m.getWord(chain[2], ID));
        assertEquals(3, m.mm.telemetry().pauses().get(0).work().get(WorkKind.OBJECTS_MARKED));
    }

    /** Without the verifier the loss goes unnoticed until the freed memory is reused and the value is gone. */
    @Test
    void withoutTheVerifierTheLostObjectIsSilentlyOverwritten() {
        RootSlots roots = new RootSlots();
        MemoryManager mm = MemoryManager.create(registry, SkipLastSlotMarkSweep.NAME, Map.of(), HEAP, roots);
        TestTypes types = TestTypes.define(mm.heap());
        int[] chain = buildChain(mm, roots, types);
        mm.systemGc(); // no exception: nothing checks
        int reused = mm.allocate(types.node(), 0);
        assertEquals(chain[2], reused, "first fit hands out the lost object's memory again");
        assertNotEquals(42, mm.loadWord(Heap.slotAddress(chain[2], ID)), "the lost object's id is gone");
    }
}
