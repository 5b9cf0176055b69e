package gclab.heap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import gclab.heap.Heap;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.BitSetMarks;
import gclab.heap.testing.TestHeap;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TracerTest {

    @Test
    void marksExactlyTheReachableSetWithExactWorkCounts() {
        TestHeap t = new TestHeap(4096);
        FreeListSpace old = new FreeListSpace(t.heap, "old", 400, FitPolicy.FIRST_FIT);
        int a = t.node(old, 1);
        int b = t.node(old, 2);
        int c = t.node(old, 3);
        int garbage = t.node(old, 4);
        int arr = t.allocate(old, t.refArray, 3);
        t.link(a, 0, b);
        t.link(a, 1, arr);
        t.link(arr, 0, c);
        t.link(arr, 2, c);
        t.link(c, 0, a);       // a cycle back to the root
        t.link(garbage, 0, c); // garbage pointing into the live set does not make it live
        t.roots.add(a);
        t.roots.add(Heap.NULL);
        t.roots.add(b);
        BitSetMarks marks = new BitSetMarks();
        Tracer tracer = new Tracer(t.heap, marks);
        tracer.markRoots(t.roots);
        tracer.traceReferences();
        BitSet expected = new BitSet();
        expected.set(a);
        expected.set(b);
        expected.set(c);
        expected.set(arr);
        assertEquals(expected, marks.marked());
        WorkCounts w = tracer.takeWork();
        assertEquals(2, w.get(WorkKind.ROOTS_SCANNED), "null roots are not visited");
        assertEquals(4, w.get(WorkKind.OBJECTS_MARKED));
        // slots: a 2, b 2, c 2, arr 3
        assertEquals(9, w.get(WorkKind.SLOTS_SCANNED));
        assertFalse(tracer.hasGray());
        assertEquals(0, tracer.takeWork().total(), "takeWork resets the counts");
    }

    @Test
    void rootsAreNotChangedByMarking() {
        TestHeap t = new TestHeap(4096);
        FreeListSpace old = new FreeListSpace(t.heap, "old", 400, FitPolicy.FIRST_FIT);
        int a = t.node(old, 1);
        t.roots.add(a);
        new Tracer(t.heap, new BitSetMarks()).markRoots(t.roots);
        assertEquals(a, t.roots.get(0));
    }

    @Test
    void randomGraphsMarkWhatAnIndependentSearchReaches() {
        qt().withFixedSeed(7).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            TestHeap t = new TestHeap(1 << 16);
            FreeListSpace old = new FreeListSpace(t.heap, "old", 4000, FitPolicy.FIRST_FIT);
            int n = 1 + random.nextInt(300);
            int[] nodes = new int[n];
            for (int i = 0; i < n; i++) {
                nodes[i] = t.node(old, i);
            }
            for (int i = 0; i < n; i++) {
                for (int f = 0; f < 2; f++) {
                    if (random.nextInt(3) > 0) {
                        t.link(nodes[i], f, nodes[random.nextInt(n)]);
                    }
                }
            }
            for (int r = random.nextInt(4); r > 0; r--) {
                t.roots.add(nodes[random.nextInt(n)]);
            }
            BitSetMarks marks = new BitSetMarks();
            Tracer tracer = new Tracer(t.heap, marks);
            tracer.markRoots(t.roots);
            tracer.traceReferences();
            assertEquals(reachable(t), marks.marked(), "seed " + seed);
            assertEquals(marks.markedCount(), tracer.takeWork().get(WorkKind.OBJECTS_MARKED));
        });
    }

    /** Breadth-first search over Node fields, independent of the tracer. */
    private static BitSet reachable(TestHeap t) {
        BitSet seen = new BitSet();
        Deque<Integer> queue = new ArrayDeque<>();
        for (int r : t.roots.values()) {
            if (r != Heap.NULL && !seen.get(r)) {
                seen.set(r);
                queue.add(r);
            }
        }
        while (!queue.isEmpty()) {
            int o = queue.poll();
            for (int f = 0; f < 2; f++) {
                int ref = t.ref(o, f);
                if (ref != Heap.NULL && !seen.get(ref)) {
                    seen.set(ref);
                    queue.add(ref);
                }
            }
        }
        return seen;
    }

    @Test
    void millionNodeListMarksWithoutHostRecursion() {
        int n = 1_000_000;
        TestHeap t = new TestHeap(8L * (5L * n + 100));
        FreeListSpace old = new FreeListSpace(t.heap, "old", 5 * n + 10, FitPolicy.FIRST_FIT);
        int head = Heap.NULL;
        for (int i = 0; i < n; i++) {
            int node = t.node(old, i);
            t.link(node, 0, head);
            head = node;
        }
        t.roots.add(head);
        BitSetMarks marks = new BitSetMarks();
        Tracer tracer = new Tracer(t.heap, marks);
        tracer.markRoots(t.roots);
        tracer.traceReferences();
        assertEquals(n, marks.markedCount());
        WorkCounts w = tracer.takeWork();
        assertEquals(n, w.get(WorkKind.OBJECTS_MARKED));
        assertEquals(2L * n, w.get(WorkKind.SLOTS_SCANNED));
        assertTrue(tracer.worklistFootprintBytes() <= 4L * 1024, "a list never needs a deep worklist");
    }

    @Test
    void traceStepBlackensAtMostItsBudget() {
        TestHeap t = new TestHeap(1 << 16);
        FreeListSpace old = new FreeListSpace(t.heap, "old", 2000, FitPolicy.FIRST_FIT);
        int n = 100;
        int head = Heap.NULL;
        for (int i = 0; i < n; i++) {
            int node = t.node(old, i);
            t.link(node, 0, head);
            head = node;
        }
        t.roots.add(head);
        BitSetMarks marks = new BitSetMarks();
        Tracer tracer = new Tracer(t.heap, marks);
        tracer.markRoots(t.roots);
        assertEquals(1, marks.markedCount());
        int steps = 0;
        // Invariant: after k steps of budget 7 on a list, exactly min(n, 1 + 7k) nodes are marked.
        while (!tracer.traceStep(7)) {
            steps++;
            assertEquals(Math.min(n, 1 + 7 * steps), marks.markedCount(), "after step " + steps);
            WorkCounts w = tracer.takeWork();
            assertEquals(14, w.get(WorkKind.SLOTS_SCANNED), "7 nodes of 2 slots each");
        }
        assertEquals(n, marks.markedCount());
        assertEquals(14, steps, "100 nodes at 7 a step: the 15th step empties the worklist");
    }

    @Test
    void traceStepWithZeroBudgetDoesNothing() {
        TestHeap t = new TestHeap(4096);
        FreeListSpace old = new FreeListSpace(t.heap, "old", 100, FitPolicy.FIRST_FIT);
        int a = t.node(old, 1);
        t.link(a, 0, t.node(old, 2));
        t.roots.add(a);
        BitSetMarks marks = new BitSetMarks();
        Tracer tracer = new Tracer(t.heap, marks);
        tracer.markRoots(t.roots);
        assertFalse(tracer.traceStep(0));
        assertEquals(1, marks.markedCount());
        assertTrue(tracer.traceStep(10));
        assertEquals(2, marks.markedCount());
    }

    @Test
    void worklistIsAGrowableStack() {
        Worklist w = new Worklist(1);
        for (int i = 0; i < 100; i++) {
            w.push(i);
        }
        assertEquals(100, w.size());
        assertEquals(5, w.get(5));
        assertEquals(99, w.pop());
        w.clear();
        assertTrue(w.isEmpty());
        assertTrue(w.footprintBytes() >= 400);
    }
}
