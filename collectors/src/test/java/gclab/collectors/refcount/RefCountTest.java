package gclab.collectors.refcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.ObjectModel;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.PhaseRecord;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.TestMutator;
import gclab.heap.verify.HeapCorruptionException;
import gclab.heap.verify.HeapVerifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reference-counting collector on hand-built graphs (a mock mutator with a fake root set): deferred counts
 * and the ZCT, the cascade, cycle collection and its absence, sticky counts and the backup trace, lazy
 * bounded freeing, a broken barrier, and a ten-million-element list.
 */
class RefCountTest {
    private static final long HEAP = 64 << 10;

    /** A mutator over refcount with {@code options} (key, value, ...), the verifier on after every pause. */
    private static TestMutator mutator(long heapBytes, String... options) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            map.put(options[i], options[i + 1]);
        }
        return new TestMutator(new RefCountFactory(), map, heapBytes);
    }

    private static RefCount rc(TestMutator m) {
        return (RefCount) m.mm.collector();
    }

    /** Two reference fields (0 and 1) and one primitive (2). */
    private static Layout node(TestMutator m) {
        return m.heap.layouts().defineInstance("Node", 3, 0, 1);
    }

    private static PauseRecord lastPause(TestMutator m) {
        List<PauseRecord> pauses = m.mm.telemetry().pauses();
        return pauses.get(pauses.size() - 1);
    }

    private static long phaseWork(PauseRecord p, String phase, WorkKind kind) {
        return p.phases().stream().filter(ph -> ph.name().equals(phase)).mapToLong(ph -> ph.work().get(kind)).sum();
    }

    private static long objectsOnHeap(TestMutator m) {
        long[] n = {0};
        rc(m).space().walk((address, size, free) -> n[0] += free ? 0 : 1);
        return n[0];
    }

    @Test
    void countsLeaveRootsOutUntilAReconciliationCountsThemIn() {
        TestMutator m = mutator(HEAP);
        Layout node = node(m);
        int a = m.allocateRooted(node, 0);
        int b = m.allocateRooted(node, 0);
        m.setRef(m.at(a), 0, m.at(b));
        assertEquals(0, rc(m).countOf(m.at(a)), "the root's reference is not counted");
        assertEquals(1, rc(m).countOf(m.at(b)), "one heap reference");
        assertEquals(2, rc(m).zctSize(), "new objects start in the ZCT");

        m.mm.systemGc();
        PauseRecord p = lastPause(m);
        assertEquals(PauseKind.CYCLE_COLLECTION, p.kind());
        assertEquals(2, p.work().get(WorkKind.ROOTS_SCANNED));
        assertEquals(2, p.work().get(WorkKind.ZCT_ENTRIES));
        assertEquals(0, p.work().get(WorkKind.OBJECTS_FREED), "both are held by roots");
        assertEquals(1, rc(m).countOf(m.at(a)), "root counted in");
        assertEquals(2, rc(m).countOf(m.at(b)), "heap reference and root counted in");
        assertEquals(0, rc(m).zctSize());

        // Drop both roots: the next reconciliation counts them out, and the cascade frees a, then b.
        m.roots.clear(a);
        m.roots.clear(b);
        m.mm.systemGc();
        p = lastPause(m);
        assertEquals(2, p.work().get(WorkKind.OBJECTS_FREED));
        assertEquals(2L * ObjectModel.instanceWords(3), p.work().get(WorkKind.WORDS_FREED));
        assertEquals(0, objectsOnHeap(m));
    }

    @Test
    void anUnrootedNewObjectIsFreedAtTheNextReconciliationNotBefore() {
        TestMutator m = mutator(HEAP);
        Layout node = node(m);
        m.allocate(node, 0);
        assertEquals(1, objectsOnHeap(m), "a zero count does not free without a root scan");
        m.mm.systemGc();
        assertEquals(0, objectsOnHeap(m));
    }

    @Test
    void theZctThresholdTriggersACascadePause() {
        TestMutator m = mutator(HEAP, "zct-size", "10");
        Layout node = node(m);
        for (int i = 0; i < 10; i++) {
            m.allocate(node, 0); // garbage at once
        }
        assertTrue(m.mm.telemetry().pauses().isEmpty());
        m.allocate(node, 0);
        PauseRecord p = lastPause(m);
        assertEquals(PauseKind.CASCADE, p.kind());
        assertEquals(GcCause.ZCT_FULL, p.cause());
        assertEquals(10, p.work().get(WorkKind.ZCT_ENTRIES));
        assertEquals(10, p.work().get(WorkKind.OBJECTS_FREED));
    }

    /** A ring of three dropped by its root: only trial deletion can free it. */
    private static int buildDroppedRing(TestMutator m, Layout node) {
        int r = m.allocateRooted(node, 0);
        int s = m.allocateRooted(node, 0);
        int t = m.allocateRooted(node, 0);
        m.setRef(m.at(r), 0, m.at(s));
        m.setRef(m.at(s), 0, m.at(t));
        m.setRef(m.at(t), 0, m.at(r));
        m.mm.systemGc(); // counted in while rooted
        m.roots.clear(r);
        m.roots.clear(s);
        m.roots.clear(t);
        return 3;
    }

    @Test
    void aDroppedRingIsCollectedByTrialDeletion() {
        TestMutator m = mutator(HEAP);
        Layout node = node(m);
        int keep = m.allocateRooted(node, 0);
        m.setRef(m.at(keep), 0, m.at(keep)); // a live self-cycle, which must survive
        buildDroppedRing(m, node);
        m.mm.systemGc();
        PauseRecord p = lastPause(m);
        assertEquals(PauseKind.CYCLE_COLLECTION, p.kind());
        assertEquals(List.of("reconcile", "free", "mark-gray", "scan", "collect-white"),
                p.phases().stream().map(PhaseRecord::name).toList());
        assertEquals(3, p.work().get(WorkKind.CANDIDATES_SCANNED),
                "the three ring members, counted out; not keep, counted out and in again");
        assertEquals(3, phaseWork(p, "collect-white", WorkKind.OBJECTS_FREED));
        assertEquals(1, objectsOnHeap(m));
        assertEquals(2, rc(m).countOf(m.at(keep)), "its self-reference and its root");
        new HeapVerifier(m.heap, m.roots).verifyNoGarbage();
    }

    @Test
    void aCycleBuiltAndDroppedBetweenReconciliationsIsStillFound() {
        TestMutator m = mutator(HEAP);
        Layout node = node(m);
        int a = m.allocateRooted(node, 0);
        int b = m.allocateRooted(node, 0);
        m.setRef(m.at(a), 0, m.at(b));
        m.setRef(m.at(b), 0, m.at(a));
        m.roots.clear(a);
        m.roots.clear(b); // no decrement ever happened: the ZCT makes them candidates
        m.mm.systemGc();
        assertEquals(2, lastPause(m).work().get(WorkKind.CANDIDATES_SCANNED));
        assertEquals(0, objectsOnHeap(m));
    }

    @Test
    void withoutCyclesTheRingLeaksUntilTheBackupTrace() {
        TestMutator m = mutator(1 << 10, "cycles", "off");
        assertFalse(m.mm.traits().complete());
        Layout node = node(m);
        buildDroppedRing(m, node);
        m.mm.systemGc();
        assertEquals(PauseKind.CASCADE, lastPause(m).kind());
        assertEquals(3, objectsOnHeap(m), "the ring leaks");
        assertThrows(HeapCorruptionException.class, () -> new HeapVerifier(m.heap, m.roots).verifyNoGarbage());
        // Fill the heap: the reconciliation on allocation failure cannot free the ring; the backup trace can.
        Layout bytes = m.heap.layouts().defineArray("byte[]", ElementKind.BYTE);
        m.allocate(bytes, (int) (rc(m).space().capacityWords() - 2) * 8); // the whole heap
        PauseRecord p = lastPause(m);
        assertEquals(PauseKind.FULL, p.kind());
        assertEquals(GcCause.ALLOCATION_FAILURE, p.cause());
        assertEquals(3, p.work().get(WorkKind.OBJECTS_FREED));
    }

    @Test
    void stuckCountsAreNeverFreedByCountingButAreByTheBackupTrace() {
        TestMutator m = mutator(1 << 10, "count-bits", "2");
        Layout node = node(m);
        int holder1 = m.allocateRooted(node, 0);
        int holder2 = m.allocateRooted(node, 0);
        int popular = m.allocateRooted(node, 0);
        m.setRef(m.at(holder1), 0, m.at(popular));
        m.setRef(m.at(holder1), 1, m.at(popular));
        m.setRef(m.at(holder2), 0, m.at(popular)); // 3 = 2^2 - 1: stuck
        assertTrue(rc(m).isStuck(m.at(popular)));
        assertEquals(1, rc(m).stuckObjects());
        m.roots.clear(holder1);
        m.roots.clear(holder2);
        m.roots.clear(popular);
        m.mm.systemGc();
        assertEquals(1, objectsOnHeap(m), "the holders are freed, the stuck object stays");
        Layout bytes = m.heap.layouts().defineArray("byte[]", ElementKind.BYTE);
        m.allocate(bytes, (int) (rc(m).space().capacityWords() - 2) * 8);
        assertEquals(PauseKind.FULL, lastPause(m).kind());
        assertEquals(1, lastPause(m).work().get(WorkKind.OBJECTS_FREED));
        assertEquals(0, rc(m).stuckObjects());
    }

    @Test
    void theCandidateBufferThresholdTriggersACycleCollection() {
        TestMutator m = mutator(HEAP, "cycle-buffer", "3");
        Layout node = node(m);
        buildDroppedRing(m, node);
        m.mm.systemGc(); // ... is one way; the other is the threshold: build another ring, counted out by a gc
        int pausesBefore = m.mm.telemetry().pauses().size();
        // A second ring whose members become candidates through barrier decrements (no System.gc needed).
        int r = m.allocateRooted(node, 0);
        int s = m.allocateRooted(node, 0);
        int t = m.allocateRooted(node, 0);
        int hub = m.allocateRooted(node, 0);
        m.setRef(m.at(r), 0, m.at(s));
        m.setRef(m.at(s), 0, m.at(t));
        m.setRef(m.at(t), 0, m.at(r));
        for (int x : new int[] {r, s, t}) {
            m.setRef(m.at(hub), 1, m.at(x)); // increment x
            m.setRef(m.at(hub), 1, Heap.NULL); // decrement x to non-zero: a candidate
        }
        assertEquals(3, rc(m).candidateBufferSize());
        assertEquals(pausesBefore, m.mm.telemetry().pauses().size());
        m.allocate(node, 0);
        PauseRecord p = lastPause(m);
        assertEquals(PauseKind.CYCLE_COLLECTION, p.kind());
        assertEquals(GcCause.CANDIDATE_BUFFER_FULL, p.cause());
        assertEquals(0, phaseWork(p, "collect-white", WorkKind.OBJECTS_FREED), "the ring is still rooted");
        assertEquals(0, rc(m).candidateBufferSize());
    }

    @Test
    void theVerifierCatchesABarrierThatSkipsIncrements() {
        TestMutator m = mutator(HEAP, "skip-increment", "true");
        Layout node = node(m);
        int a = m.allocateRooted(node, 0);
        int b = m.allocate(node, 0);
        m.setRef(m.at(a), 0, b); // not counted: b looks dead to the next reconciliation
        assertEquals(0, rc(m).countOf(b), "one heap reference, but a count of 0");
        HeapCorruptionException e = assertThrows(HeapCorruptionException.class, m.mm::systemGc);
        assertTrue(e.getMessage().contains("root"), e.getMessage());
    }

    @Test
    void lazyFreeingSpreadsADroppedListOverBoundedPauses() {
        int cells = 20_000;
        int budget = 1000;
        TestMutator m = mutator(8 << 20, "freeing", "lazy", "free-budget", Integer.toString(budget),
                "zct-size", "1000", "cycles", "off");
        Layout cell = m.heap.layouts().defineInstance("Cell", 1, 0);
        int head = m.roots.add(Heap.NULL);
        for (int i = 0; i < cells; i++) {
            int c = m.allocate(cell, 0);
            m.setRef(c, 0, m.at(head));
            m.roots.set(head, c);
        }
        int pausesBefore = m.mm.telemetry().pauses().size();
        m.roots.clear(head);
        Layout leaf = m.heap.layouts().defineInstance("Leaf", 0);
        for (int i = 0; i < 2 * cells / budget + 1000; i++) {
            m.allocate(leaf, 0);
        }
        List<PauseRecord> pauses = m.mm.telemetry().pauses();
        List<PauseRecord> after = pauses.subList(pausesBefore, pauses.size());
        long freedCells = 0;
        long continued = 0;
        for (PauseRecord p : after) {
            assertEquals(PauseKind.CASCADE, p.kind());
            assertTrue(p.cause() == GcCause.ZCT_FULL || p.cause() == GcCause.PENDING_FREES, p.cause().toString());
            continued += p.cause() == GcCause.PENDING_FREES ? 1 : 0;
            assertTrue(p.work().get(WorkKind.OBJECTS_FREED) <= budget, "bounded: " + p.work());
            freedCells += p.work().get(WorkKind.OBJECTS_FREED);
        }
        assertTrue(after.size() >= cells / budget, "the list went in " + after.size() + " pauses");
        assertTrue(continued >= cells / budget - 1, "a cascade left unfinished continues at the next allocation: "
                + continued);
        assertTrue(freedCells >= cells, "every cell freed (and some leaves): " + freedCells);
        assertEquals(0, rc(m).pendingFrees());
    }

    /**
     * Ten million cells in one list, dropped at once: freeing them recursively would need ten million host
     * frames; the dead list does not. 10M x 3 words x 8 B = 240 MB of heap.
     */
    @Test
    void aTenMillionElementListIsFreedWithoutHostRecursion() {
        int cells = 10_000_000;
        long heapBytes = ObjectModel.bytes((long) cells * ObjectModel.instanceWords(1)) + 4096;
        TestMutator m = mutator(heapBytes, "zct-size", Integer.toString(Integer.MAX_VALUE));
        Layout cell = m.heap.layouts().defineInstance("Cell", 1, 0);
        int head = m.roots.add(Heap.NULL);
        for (int i = 0; i < cells; i++) {
            int c = m.allocate(cell, 0);
            m.setRef(c, 0, m.at(head));
            m.roots.set(head, c);
        }
        assertEquals(0, m.mm.telemetry().pauses().size(), "the heap holds the whole list");
        m.roots.clear(head);

        m.mm.systemGc();

        PauseRecord p = lastPause(m);
        assertEquals(cells, p.work().get(WorkKind.OBJECTS_FREED));
        assertEquals(cells, p.work().get(WorkKind.ZCT_ENTRIES));
        assertEquals(0, objectsOnHeap(m));
        assertEquals(0, rc(m).candidateBufferSize());
    }

    /**
     * A FIFO queue of 3,000 nodes kept live while 20,000 rounds enqueue at the tail and dequeue at the head: each
     * dequeue makes the new head a candidate, and every cycle collection traces the whole live queue from it.
     * The trigger grows with what the last cycle collection traced, so the tracing stays proportional to the
     * candidates instead of to candidates x queue length / cycle-buffer.
     */
    /** Cycle collections' totals over a run: collections, candidates scanned, slots traced by mark-gray. */
    private record CycleWork(int collections, long candidates, long traced) {
    }

    private static CycleWork cycleWork(TestMutator m) {
        long candidates = 0;
        long traced = 0;
        int cycleCollections = 0;
        for (PauseRecord p : m.mm.telemetry().pauses()) {
            if (p.kind() == PauseKind.CYCLE_COLLECTION) {
                cycleCollections++;
                candidates += p.work().get(WorkKind.CANDIDATES_SCANNED);
                traced += phaseWork(p, "mark-gray", WorkKind.SLOTS_SCANNED);
            }
        }
        return new CycleWork(cycleCollections, candidates, traced);
    }

    /**
     * A FIFO queue of 3,000 nodes kept live while 20,000 rounds enqueue at the tail and dequeue at the head: each
     * dequeue makes the new head a candidate, and every cycle collection traces the whole live queue from it.
     */
    private static CycleWork runQueue(String... options) {
        String[] all = new String[options.length + 2];
        all[0] = "cycle-buffer";
        all[1] = "64";
        System.arraycopy(options, 0, all, 2, options.length);
        TestMutator m = mutator(1 << 20, all);
        Layout node = node(m);
        int queue = m.allocateRooted(node, 0); // field 0: head, field 1: tail
        for (int i = 0; i < 23_000; i++) {
            int n = m.allocate(node, 0);
            int tail = m.getRef(m.at(queue), 1);
            if (tail == Heap.NULL) {
                m.setRef(m.at(queue), 0, n);
            } else {
                m.setRef(tail, 0, n);
            }
            m.setRef(m.at(queue), 1, n);
            if (i >= 3_000) {
                int head = m.getRef(m.at(queue), 0);
                m.setRef(m.at(queue), 0, m.getRef(head, 0));
            }
        }
        m.mm.systemGc();
        int n = m.getRef(m.at(queue), 0);
        int length = 0;
        while (n != Heap.NULL) {
            length++;
            n = m.getRef(n, 0);
        }
        assertEquals(3_000, length);
        return cycleWork(m);
    }

    /**
     * The trigger grows with the live objects the last cycle collection retraced, so the tracing stays
     * proportional to the candidates instead of to candidates x queue length / cycle-buffer.
     */
    @Test
    void aLongLiveQueueIsNotRetracedForEveryFewCandidates() {
        CycleWork w = runQueue();
        assertTrue(w.candidates() >= 19_000, "every dequeue buffered its new head: " + w);
        assertTrue(w.traced() <= 4 * w.candidates(), "cycle collections traced " + w);
    }

    /** cycle-growth trades retracing for waiting: doubling it roughly halves the live structure's retracing. */
    @Test
    void cycleGrowthTradesRetracingForWaiting() {
        CycleWork half = runQueue("cycle-growth", "50");
        CycleWork once = runQueue("cycle-growth", "100");
        CycleWork twice = runQueue("cycle-growth", "200");
        assertTrue(half.collections() > once.collections() && once.collections() > twice.collections(),
                half + " " + once + " " + twice);
        assertTrue(once.traced() < 0.7 * half.traced() && twice.traced() < 0.7 * once.traced(),
                half + " " + once + " " + twice);
    }

    /**
     * Garbage that trial deletion traces is freed, not retraced, so it does not make the trigger grow: dropped
     * rings are collected every cycle-buffer candidates whatever cycle-growth is.
     */
    @Test
    void tracedGarbageDoesNotDelayTheNextCycleCollection() {
        int[] collections = new int[2];
        String[] growths = {"50", "300"}; // the one live ring under construction, times 3, stays below cycle-buffer
        for (int g = 0; g < 2; g++) {
            TestMutator m = mutator(1 << 20, "cycle-buffer", "64", "zct-size", "64", "cycle-growth", growths[g]);
            Layout node = node(m);
            int keep = m.roots.add(Heap.NULL);
            for (int i = 0; i < 2_000; i++) {
                // a ring of 20 reachable from a root across a reconciliation, then dropped
                int first = m.allocate(node, 0);
                m.roots.set(keep, first);
                int prev = first;
                for (int k = 1; k < 20; k++) {
                    int c = m.allocate(node, 0);
                    m.setRef(prev, 0, c);
                    prev = c;
                }
                m.setRef(prev, 0, first);
                m.roots.set(keep, Heap.NULL);
            }
            m.mm.systemGc();
            assertEquals(0, objectsOnHeap(m), "every ring freed");
            collections[g] = cycleWork(m).collections();
        }
        assertTrue(collections[0] > 20, "cycle collections: " + collections[0]);
        assertEquals(collections[0], collections[1], "the trigger did not grow with the garbage traced");
    }

    private static Set<Integer> objectSet(TestMutator m) {
        Set<Integer> objects = new HashSet<>();
        rc(m).space().walk((address, size, free) -> {
            if (!free) {
                objects.add(address);
            }
        });
        return objects;
    }

    /**
     * Every free happens inside a recorded pause: over a random program (eager and lazy freeing), an operation
     * during which no pause began leaves every object on the heap where it was, and the objects freed over the
     * run are exactly those the pauses report.
     */
    @Test
    void nothingIsFreedOutsideARecordedPause() {
        for (String freeing : List.of("eager", "lazy")) {
            TestMutator m = mutator(HEAP, "zct-size", "16", "cycle-buffer", "8", "freeing", freeing,
                    "free-budget", "5");
            Layout node = node(m);
            Random random = new Random(7);
            int[] rootIds = new int[8];
            for (int i = 0; i < rootIds.length; i++) {
                rootIds[i] = m.roots.add(Heap.NULL);
            }
            Set<Integer> before = objectSet(m);
            int operationsWithoutPause = 0;
            for (int op = 0; op < 3000; op++) {
                int pauses = m.mm.telemetry().pauses().size();
                int r = rootIds[random.nextInt(rootIds.length)];
                switch (random.nextInt(4)) {
                    case 0 -> m.roots.set(r, m.allocate(node, 0));
                    case 1 -> m.allocate(node, 0);
                    case 2 -> {
                        int from = m.at(r);
                        if (from != Heap.NULL) {
                            m.setRef(from, random.nextInt(2), m.at(rootIds[random.nextInt(rootIds.length)]));
                        }
                    }
                    default -> m.roots.set(r, Heap.NULL);
                }
                Set<Integer> after = objectSet(m);
                if (m.mm.telemetry().pauses().size() == pauses) {
                    operationsWithoutPause++;
                    for (int object : before) {
                        assertTrue(after.contains(object), "object " + object + " freed outside a pause, op " + op);
                    }
                }
                before = after;
            }
            assertTrue(operationsWithoutPause > 1000, "most operations run without a pause: " + operationsWithoutPause);
            long freedInPauses = m.mm.telemetry().pauses().stream()
                    .mapToLong(p -> p.work().get(WorkKind.OBJECTS_FREED)).sum();
            assertTrue(freedInPauses > 0);
            assertEquals(m.mm.telemetry().totalWork().get(WorkKind.OBJECTS_FREED), freedInPauses, freeing);
        }
    }

    /**
     * Deferral's statistics: roots counted in and out at each reconciliation, against the multiset changes
     * between consecutive snapshots (what a scheme counting root slots would at least have done).
     */
    @Test
    void deferralCountsRootsInAndOutAndTheChangesBetweenSnapshots() {
        TestMutator m = mutator(HEAP);
        Layout node = node(m);
        int a = m.allocateRooted(node, 0);
        int b = m.allocateRooted(node, 0);
        int b2 = m.roots.add(m.at(b)); // b held twice
        m.mm.systemGc();
        RefCount.Deferral d = rc(m).deferral();
        assertEquals(new RefCount.Deferral(1, 3, 0, 3), d, "three roots entered");

        m.mm.systemGc();
        assertEquals(new RefCount.Deferral(2, 6, 3, 3), rc(m).deferral(), "nothing changed: deferral recounts 3 + 3");

        m.roots.clear(a);
        m.roots.clear(b2);
        int c = m.allocateRooted(node, 0);
        m.mm.systemGc();
        // a and one reference to b left, c entered: 3 changes; deferral counted 2 in and 3 out.
        assertEquals(new RefCount.Deferral(3, 8, 6, 6), rc(m).deferral());
        assertEquals(1, rc(m).countOf(m.at(b)));
        assertEquals(1, rc(m).countOf(m.at(c)));
    }
}
