package gclab.collectors.tricolor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.testing.TestMutator;
import gclab.heap.verify.HeapVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Concurrent mode under stress: a mutator that makes random changes to rooted lists — pushes, pops, drops, and
 * the lost-object race itself (the only reference to a list's tail copied into a fresh node, then deleted) —
 * while the collector thread runs a thousand cycles and more beside it. The verifier runs after every pause (on
 * the collector thread, while the mutator is parked), the tricolour check at every remark, and the lists are
 * compared with a model of ids regularly. Every test is bounded in time: a deadlock fails it.
 */
class ConcurrentStressTest {
    private static final long HEAP = 256 << 10;
    private static final int LISTS = 64;
    private static final int MAX_LENGTH = 10;
    private static final int NEXT = 0;
    private static final int ID = 1;

    @ParameterizedTest(name = "barrier={0} overrun={1} safepoint-spin={2}")
    @CsvSource({"dijkstra, stall, 500", "satb, stall, 500", "hybrid, stall, 500", "satb, full, 500",
            "satb, stall, 0"})
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void thousandsOfCyclesBesideRandomMutationsLoseNothing(String barrier, String overrun, String spin) {
        TestMutator m = new TestMutator(new TricolorFactory(),
                Map.of("mode", "concurrent", "barrier", barrier, "overrun", overrun, "trigger-occupancy", "0.3",
                        "safepoint-spin", spin),
                HEAP);
        Tricolor gc = (Tricolor) m.mm.collector();
        try {
            Layout node = m.heap.layouts().defineInstance("Node", 3, NEXT, 2);
            Layout bytes = m.heap.layouts().defineArray("byte[]", ElementKind.BYTE);
            List<List<Long>> model = new ArrayList<>();
            for (int i = 0; i < LISTS; i++) {
                m.roots.add(Heap.NULL);
                model.add(new ArrayList<>());
            }
            SplittableRandom random = new SplittableRandom(barrier.hashCode() + overrun.hashCode());
            long nextId = 1;
            long ops = 0;
            while (gc.cycles() < 1000 && ops < 20_000_000) {
                ops++;
                int i = random.nextInt(LISTS);
                List<Long> list = model.get(i);
                int action = random.nextInt(100);
                if (action < 45) {
                    if (list.size() >= MAX_LENGTH) {
                        pop(m, i, list);
                    } else {
                        push(m, node, i, list, nextId++);
                    }
                } else if (action < 60) {
                    pop(m, i, list);
                } else if (action < 62) {
                    m.roots.set(i, Heap.NULL);
                    list.clear();
                } else if (action < 80) {
                    int j = random.nextInt(LISTS);
                    if (j != i && list.size() >= 2) {
                        transplant(m, node, i, j, model, nextId++);
                    }
                } else {
                    m.allocate(bytes, random.nextInt(8, 400)); // garbage
                }
                m.mm.safepointPoll();
                if (ops % 20_000 == 0) {
                    checkLists(m, model);
                }
            }
            checkLists(m, model);
            assertTrue(gc.cycles() >= 1000, "cycles: " + gc.cycles() + " in " + ops + " ops");
            m.mm.systemGc();
            checkLists(m, model);
            new HeapVerifier(m.heap, m.roots).verifyNoGarbage();
            List<PauseRecord> pauses = m.mm.telemetry().pauses();
            long remarks = pauses.stream().filter(p -> p.kind() == PauseKind.REMARK).count();
            long fulls = pauses.stream().filter(p -> p.kind() == PauseKind.FULL).count();
            assertTrue(remarks + gc.concurrentModeFailures() >= 999, "remarks " + remarks + " cmf "
                    + gc.concurrentModeFailures());
            assertEquals(overrun.equals("full") ? gc.concurrentModeFailures() + 1 : fulls, fulls,
                    "full collections: System.gc() and one per concurrent mode failure");
        } finally {
            m.mm.shutdown();
        }
    }

    private static void push(TestMutator m, Layout node, int root, List<Long> list, long id) {
        int n = m.allocate(node, 0);
        m.setWord(n, ID, id);
        m.setRef(n, NEXT, m.at(root));
        m.roots.set(root, n);
        list.add(0, id);
    }

    private static void pop(TestMutator m, int root, List<Long> list) {
        if (list.isEmpty()) {
            return;
        }
        m.roots.set(root, m.getRef(m.at(root), NEXT));
        list.remove(0);
    }

    /**
     * The race: list j becomes a fresh node (black while marking, under satb and hybrid) followed by list i's
     * tail, which is then cut from list i. The old list j becomes garbage.
     */
    private static void transplant(TestMutator m, Layout node, int i, int j, List<List<Long>> model, long id) {
        int n = m.allocate(node, 0);
        m.setWord(n, ID, id);
        int head = m.at(i);
        m.setRef(n, NEXT, m.getRef(head, NEXT));  // copy the only reference to the tail ...
        m.roots.set(j, n);
        m.setRef(head, NEXT, Heap.NULL);           // ... and delete it from list i
        List<Long> from = model.get(i);
        List<Long> to = new ArrayList<>();
        to.add(id);
        to.addAll(from.subList(1, from.size()));
        model.set(j, to);
        from.subList(1, from.size()).clear();
    }

    private static void checkLists(TestMutator m, List<List<Long>> model) {
        for (int i = 0; i < model.size(); i++) {
            int n = m.at(i);
            for (long id : model.get(i)) {
                assertTrue(n != Heap.NULL, "list " + i + " ends early");
                assertEquals(id, m.getWord(n, ID), "list " + i);
                n = m.getRef(n, NEXT);
            }
            assertEquals(Heap.NULL, n, "list " + i + " ends");
        }
    }
}
