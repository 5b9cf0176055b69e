package gclab.collectors.tricolor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.space.FitPolicy;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.spi.OptionSpec;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.PhaseRecord;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.TestMutator;
import gclab.heap.verify.HeapCorruptionException;
import gclab.heap.verify.HeapVerifier;
import gclab.heap.verify.TricolourVerifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tricolor collector over the mock runtime, in incremental mode where marking is deterministic: the lost-object
 * race scripted step by step under each barrier (and without one, caught), the tricolour invariants, black
 * allocation, the pauses and phases of a cycle, the triggers and the two answers to allocation outrunning
 * marking. The verifier runs after every pause.
 */
class TricolorTest {
    static final long HEAP = 64 << 10;
    static final int NEXT = 0;
    static final int ID = 1;
    static final int OTHER = 2;

    /** A mutator over a fresh tricolor heap, with helpers that address objects through roots. */
    static final class Fixture {
        final TestMutator m;
        final Tricolor gc;
        final Layout node;
        final Layout bytes;

        Fixture(CollectorFactory factory, Map<String, String> options, long heapBytes) {
            m = new TestMutator(factory, options, heapBytes);
            gc = (Tricolor) m.mm.collector();
            node = m.heap.layouts().defineInstance("Node", 3, NEXT, OTHER);
            bytes = m.heap.layouts().defineArray("byte[]", ElementKind.BYTE);
        }

        static Fixture incremental(String barrier, String... keyValues) {
            return incremental(HEAP, barrier, keyValues);
        }

        static Fixture incremental(long heapBytes, String barrier, String... keyValues) {
            Map<String, String> options = new HashMap<>();
            options.put("mode", "incremental");
            options.put("barrier", barrier);
            options.put("trigger-occupancy", "1.0"); // cycles start only when a test says so
            for (int i = 0; i < keyValues.length; i += 2) {
                options.put(keyValues[i], keyValues[i + 1]);
            }
            return new Fixture(new TricolorFactory(), options, heapBytes);
        }

        /** A rooted node with {@code id}; returns its root index. */
        int rooted(long id) {
            int r = m.allocateRooted(node, 0);
            m.setWord(m.at(r), ID, id);
            return r;
        }

        /**
         * Allocates {@code allocations} nodes; every {@code every}-th of the first {@code keptBefore} joins a list
         * held by a root, the rest are garbage at once.
         */
        void churnKeepingSome(int allocations, int every, int keptBefore) {
            int head = rooted(0);
            for (int i = 0; i < allocations; i++) {
                int n = m.allocate(node, 0);
                if (i % every == 0 && i < keptBefore) {
                    m.setRef(n, NEXT, m.at(head));
                    m.roots.set(head, n);
                }
            }
        }

        /** A node with {@code id} stored into slot {@code slot} of the object in root {@code parentRoot}. */
        int child(int parentRoot, int slot, long id) {
            int n = m.allocate(node, 0);
            m.setWord(n, ID, id);
            m.setRef(m.at(parentRoot), slot, n);
            return n;
        }

        String colour(int object) {
            long c = gc.colour(object);
            return c == Tricolor.WHITE ? "white" : c == Tricolor.GRAY ? "gray" : "black";
        }

        /** Incremental steps until marking has ended (bounded, so a bug cannot loop). */
        void markToTheEnd() {
            for (int i = 0; i < 10_000 && gc.phase() == Tricolor.Phase.MARK; i++) {
                gc.stepForTest();
            }
            assertEquals(Tricolor.Phase.SWEEP, gc.phase(), "marking ended");
        }

        /** Runs the pending lazy sweep to the end of the heap (without allocating, so no freed memory is reused). */
        void sweepToTheEnd() {
            gc.sweepForTest();
            assertFalse(gc.sweepPending(), "the sweep ended");
        }

        Fixture manual() {
            gc.manualStepsForTest();
            return this;
        }

        List<PauseKind> pauseKinds() {
            return m.mm.telemetry().pauses().stream().map(PauseRecord::kind).collect(Collectors.toList());
        }

        long total(WorkKind kind) {
            return m.mm.telemetry().totalWork().get(kind);
        }
    }

    /**
     * The classic race (Jones et al. 15.1): root[a] -> A -> W, root[b] -> B. After initial marking and one step, B
     * is black, A gray, W white. The mutator copies the only reference to W into B, then deletes it from A. With no
     * barrier, W stays white and is freed although B refers to it.
     */
    private static int[] raceSetup(Fixture f, boolean hybrid) {
        int a = f.rooted(1);
        f.child(a, NEXT, 42); // W
        int b = f.rooted(2);
        f.gc.startCycleForTest(GcCause.REQUESTED);
        if (hybrid) {
            f.gc.stepForTest(); // the first step scans the stack
        }
        f.gc.stepForTest(); // step-budget=1: pops B (pushed last), blackens it
        return new int[] {a, b};
    }

    private static void race(Fixture f, int a, int b) {
        int w = f.m.getRef(f.m.at(a), NEXT);
        f.m.setRef(f.m.at(b), OTHER, w);         // the only reference to W into black B ...
        f.m.setRef(f.m.at(a), NEXT, Heap.NULL);  // ... and deleted from gray A
    }

    @ParameterizedTest(name = "barrier={0}")
    @ValueSource(strings = {"dijkstra", "satb", "hybrid"})
    void everyBarrierSavesTheObjectInTheLostObjectRace(String barrier) {
        Fixture f = Fixture.incremental(barrier, "step-budget", "1");
        int[] ab = raceSetup(f, barrier.equals("hybrid"));
        int a = ab[0];
        int b = ab[1];
        int w = f.m.getRef(f.m.at(a), NEXT);
        assertEquals("black", f.colour(f.m.at(b)));
        assertEquals("gray", f.colour(f.m.at(a)));
        assertEquals("white", f.colour(w));

        race(f, a, b);
        assertEquals("gray", f.colour(w), "the barrier shaded W");
        f.markToTheEnd();
        f.sweepToTheEnd();
        f.m.mm.systemGc();

        assertEquals(w, f.m.getRef(f.m.at(b), OTHER));
        assertEquals(42, f.m.getWord(w, ID));
        assertEquals(3, new HeapVerifier(f.m.heap, f.m.roots).verify());
        assertEquals(1, f.total(WorkKind.BARRIER_SHADES));
    }

    @Test
    void withoutABarrierTheTricolourCheckCatchesTheBlackToWhiteEdgeAtRemark() {
        Fixture f = Fixture.incremental("satb", "step-budget", "1", "unsafe-no-barrier", "true");
        int[] ab = raceSetup(f, false);
        int w = f.m.getRef(f.m.at(ab[0]), NEXT);
        race(f, ab[0], ab[1]);
        assertEquals("white", f.colour(w), "nothing shaded W");

        HeapCorruptionException e = assertThrows(HeapCorruptionException.class, f::markToTheEnd);
        assertTrue(e.getMessage().contains("tricolour invariant broken: black Node@" + f.m.at(ab[1]) + ".field"
                + OTHER + " refers to white Node@" + w), e.getMessage());
    }

    /** The same race with the tricolour check off: the sweep frees W, and the heap verifier finds the loss. */
    @Test
    void withoutABarrierAndTheCheckTheHeapVerifierFindsTheFreedObject() {
        Fixture f = new Fixture(new UncheckedFactory(), Map.of(), HEAP);
        int[] ab = raceSetup(f, false);
        int w = f.m.getRef(f.m.at(ab[0]), NEXT);
        race(f, ab[0], ab[1]);
        f.markToTheEnd(); // no check: the remark passes
        f.sweepToTheEnd();

        HeapCorruptionException e = assertThrows(HeapCorruptionException.class,
                () -> new HeapVerifier(f.m.heap, f.m.roots).verify());
        assertTrue(e.getMessage().contains("address " + w + " in space heap is a free chunk (the object was freed)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("root[" + ab[1] + "] -> Node@" + f.m.at(ab[1])), e.getMessage());
    }

    /** Incremental, satb, step-budget=1, the tricolour check off, no barrier. */
    static final class UncheckedFactory implements CollectorFactory {
        @Override
        public String name() {
            return "tricolor-unchecked";
        }

        @Override
        public String description() {
            return "tricolor without its barrier or its tricolour check, for tests";
        }

        @Override
        public CollectorTraits traits() {
            return Tricolor.INCREMENTAL_TRAITS;
        }

        @Override
        public List<OptionSpec> options() {
            return List.of();
        }

        @Override
        public Collector create(CollectorContext context) {
            return new Tricolor(context, Tricolor.Mode.INCREMENTAL, Tricolor.Barrier.SATB, false, false,
                    Tricolor.Trigger.OCCUPANCY, 1.0, 100, Tricolor.Overrun.STALL, 1, 1, FitPolicy.FIRST_FIT, false, 0);
        }
    }

    /**
     * Dijkstra keeps the strong invariant at every moment; Yuasa's barrier only the weak one: between the two
     * stores of the race, black B refers to white W, which is still reachable from gray A.
     */
    @ParameterizedTest(name = "barrier={0}")
    @ValueSource(strings = {"dijkstra", "satb"})
    void dijkstraKeepsTheStrongInvariantSatbOnlyTheWeakOne(String barrier) {
        Fixture f = Fixture.incremental(barrier, "step-budget", "1");
        int[] ab = raceSetup(f, false);
        int w = f.m.getRef(f.m.at(ab[0]), NEXT);
        f.m.setRef(f.m.at(ab[1]), OTHER, w); // the first store of the race only
        TricolourVerifier check = new TricolourVerifier(f.m.heap, new ColoursOf(f.gc));
        if (barrier.equals("dijkstra")) {
            assertEquals(1, check.verifyNoBlackToWhite());
        } else {
            assertThrows(HeapCorruptionException.class, check::verifyNoBlackToWhite);
        }
        f.markToTheEnd();
        assertEquals(3, check.verifyMarkingComplete(f.m.roots));
    }

    /** Reads the collector's colours for the verifier. */
    record ColoursOf(Tricolor gc) implements TricolourVerifier.Colouring {
        @Override
        public boolean isWhite(int object) {
            return gc.colour(object) == Tricolor.WHITE;
        }

        @Override
        public boolean isGray(int object) {
            return gc.colour(object) == Tricolor.GRAY;
        }

        @Override
        public boolean isBlack(int object) {
            return gc.colour(object) == Tricolor.BLACK;
        }
    }

    /**
     * Why Dijkstra's collector rescans the roots: the mutator moves the only reference to white W from the heap
     * into a root (a load, which has no barrier) and deletes it from the heap (the insertion barrier ignores the
     * overwritten value). Only the rescan at remark finds W.
     */
    @Test
    void dijkstraFindsAnObjectHeldOnlyByARootAtTheRescan() {
        Fixture f = Fixture.incremental("dijkstra", "step-budget", "1");
        int a = f.rooted(1);
        f.child(a, NEXT, 42);
        f.gc.startCycleForTest(GcCause.REQUESTED);
        int w = f.m.getRef(f.m.at(a), NEXT);
        int held = f.m.roots.add(w);
        f.m.setRef(f.m.at(a), NEXT, Heap.NULL);
        assertEquals("white", f.colour(w), "the insertion barrier ignores the value it overwrites");
        f.markToTheEnd(); // blackens A, which no longer refers to W, then remarks
        PauseRecord remark = f.m.mm.telemetry().pauses().get(1);
        assertEquals(PauseKind.REMARK, remark.kind());
        assertEquals(2, remark.work().get(WorkKind.ROOTS_SCANNED), "remark rescanned both roots");
        assertEquals(1, remark.work().get(WorkKind.OBJECTS_MARKED), "and found W");
        f.sweepToTheEnd();
        assertEquals(42, f.m.getWord(f.m.at(held), ID));
    }

    /**
     * Why the hybrid barrier shades the new target while the stack is gray: before the stack scan, the mutator
     * stores W, held only by a root, into a new (black) object and drops the root. The deletion half of the
     * barrier sees only null; the insertion half shades W.
     */
    @Test
    void hybridShadesTheNewTargetWhileTheStackIsGray() {
        Fixture f = Fixture.incremental("hybrid", "step-budget", "1").manual();
        int held = f.rooted(42);
        f.gc.startCycleForTest(GcCause.REQUESTED);
        assertEquals(List.of(PauseKind.INIT_MARK), f.pauseKinds(), "no stack scan yet");
        int holder = f.rooted(7);
        assertEquals("black", f.colour(f.m.at(holder)), "allocated black while marking");
        int w = f.m.at(held);
        f.m.setRef(f.m.at(holder), NEXT, w);
        f.m.roots.clear(held);
        assertEquals("gray", f.colour(w), "shaded by the insertion half");
        f.markToTheEnd();
        assertEquals(List.of(PauseKind.INIT_MARK, PauseKind.STACK_SCAN, PauseKind.REMARK), f.pauseKinds());
        f.sweepToTheEnd();
        assertEquals(42, f.m.getWord(f.m.getRef(f.m.at(holder), NEXT), ID));
        // After the stack scan the stack is black: the same store shades nothing new.
        assertEquals(1, f.total(WorkKind.BARRIER_SHADES));
    }

    @ParameterizedTest(name = "barrier={0}")
    @ValueSource(strings = {"dijkstra", "satb", "hybrid"})
    void allocationIsBlackWhileMarking(String barrier) {
        Fixture f = Fixture.incremental(barrier).manual();
        f.rooted(1);
        assertEquals("white", f.colour(f.m.at(0)), "white outside a cycle");
        f.gc.startCycleForTest(GcCause.REQUESTED);
        int fresh = f.rooted(2);
        assertEquals("black", f.colour(f.m.at(fresh)), "black while marking (dijkstra: unless white-allocation)");
        f.markToTheEnd();
        assertEquals("black", f.colour(f.m.at(fresh)), "reachable, so black at the end of marking");
        int afterMarking = f.rooted(3);
        assertEquals("white", f.colour(f.m.at(afterMarking)), "white during the sweep");
        f.sweepToTheEnd();
        assertEquals("white", f.colour(f.m.at(fresh)), "the sweep whitened the survivors");
    }

    /**
     * Dijkstra's allocation colour is a trade: black (the default), the barrier has nothing to shade for a new object
     * stored into another, and a new object that dies during the cycle floats to the next; white (the textbook's),
     * the barrier shades every stored new object, and the dead one is freed by this cycle.
     */
    @ParameterizedTest(name = "white-allocation={0}")
    @ValueSource(booleans = {false, true})
    void dijkstrasAllocationColourTradesBarrierWorkForFloatingGarbage(boolean white) {
        boolean black = !white;
        Fixture f = Fixture.incremental("dijkstra", "white-allocation", Boolean.toString(white)).manual();
        int holder = f.rooted(1);
        f.gc.startCycleForTest(GcCause.REQUESTED);
        int stored = f.m.allocate(f.node, 0);
        f.m.allocate(f.node, 0); // dies at once
        assertEquals(black ? "black" : "white", f.colour(stored));
        f.m.setRef(f.m.at(holder), NEXT, stored);
        f.markToTheEnd();
        f.sweepToTheEnd();

        assertEquals(black ? 0 : 1, f.total(WorkKind.BARRIER_SHADES), "shades of the stored new object");
        assertEquals(black ? 0 : 1, f.total(WorkKind.OBJECTS_FREED), "the new object that died, freed this cycle");
        assertEquals(stored, f.m.getRef(f.m.at(holder), NEXT));
        assertEquals(2, new HeapVerifier(f.m.heap, f.m.roots).verify());
    }

    /** A cycle's pauses, phases and deterministic work counts, on a list of live nodes beside garbage. */
    @ParameterizedTest(name = "barrier={0}")
    @ValueSource(strings = {"dijkstra", "satb", "hybrid"})
    void aCycleMarksTheLiveObjectsInBoundedStepsAndTheSweepFreesTheRest(String barrier) {
        Fixture f = Fixture.incremental(barrier, "step-budget", "10");
        int head = f.rooted(0);
        for (int i = 1; i < 100; i++) {
            int n = f.m.allocate(f.node, 0);
            f.m.setWord(n, ID, i);
            f.m.setRef(n, NEXT, f.m.at(head));
            f.m.roots.set(head, n);
            f.m.allocate(f.node, 0); // garbage
        }
        f.gc.startCycleForTest(GcCause.REQUESTED);
        int steps = 0;
        while (f.gc.phase() == Tricolor.Phase.MARK) {
            long before = f.total(WorkKind.OBJECTS_MARKED);
            f.gc.stepForTest();
            assertTrue(f.total(WorkKind.OBJECTS_MARKED) - before <= 10, "a step marks at most its budget");
            steps++;
        }
        assertEquals(barrier.equals("hybrid") ? 11 : 10, steps, "100 objects, 10 a step");
        List<PauseRecord> pauses = f.m.mm.telemetry().pauses();
        assertEquals(PauseKind.INIT_MARK, pauses.get(0).kind());
        assertEquals(GcCause.REQUESTED, pauses.get(0).cause());
        assertEquals(PauseKind.REMARK, pauses.get(pauses.size() - 1).kind());
        assertEquals(100, f.total(WorkKind.OBJECTS_MARKED), "exactly the live list");
        assertEquals(200, f.total(WorkKind.SLOTS_SCANNED), "two slots per live node");
        f.sweepToTheEnd();
        assertTrue(f.total(WorkKind.OBJECTS_FREED) >= 99, "the 99 garbage nodes are freed");
        List<String> phases = f.m.mm.telemetry().concurrentPhases().stream().map(PhaseRecord::name)
                .collect(Collectors.toList());
        assertEquals(List.of("incremental mark", "lazy sweep"), phases);
        assertTrue(f.m.mm.telemetry().concurrentPhases().get(1).work().get(WorkKind.WORDS_SWEPT)
                >= f.m.heap.spaces().get(0).capacityWords(), "the sweep walked the whole heap");
    }

    /** step-every=N: a mark step at every N-th allocation, so marking lasts N times as many allocations. */
    @ParameterizedTest(name = "step-every={0}")
    @ValueSource(ints = {1, 3, 50})
    void stepEverySpacesTheMarkStepsOverAllocations(int every) {
        Fixture f = Fixture.incremental("satb", "step-budget", "10", "step-every", Integer.toString(every));
        int head = f.rooted(0);
        for (int i = 1; i < 100; i++) {
            int n = f.m.allocate(f.node, 0);
            f.m.setRef(n, NEXT, f.m.at(head));
            f.m.roots.set(head, n);
        }
        f.gc.startCycleForTest(GcCause.REQUESTED);
        int allocations = 0;
        while (f.gc.phase() == Tricolor.Phase.MARK && allocations < 100_000) {
            f.m.allocate(f.node, 0);
            allocations++;
        }
        assertEquals(10 * every, allocations, "100 live objects, 10 a step, a step every " + every);
    }

    /**
     * hybrid: the Pause Stack Scan comes at the first allocation after the Init Mark, not after step-every of them:
     * until it, the barrier shades the new target of every store as well as the old one.
     */
    @Test
    void hybridScansTheStackAtTheFirstAllocationWhateverStepEverySays() {
        Fixture f = Fixture.incremental("hybrid", "step-every", "50");
        f.rooted(1);
        f.gc.startCycleForTest(GcCause.REQUESTED);
        assertEquals(List.of(PauseKind.INIT_MARK), f.pauseKinds());
        f.m.allocate(f.node, 0);
        assertEquals(List.of(PauseKind.INIT_MARK, PauseKind.STACK_SCAN), f.pauseKinds());
        assertEquals(1, f.total(WorkKind.ROOTS_SCANNED), "the stack scan shaded the one root");
    }

    @Test
    void anOccupancyTriggerStartsCyclesBeforeTheHeapIsFull() {
        Fixture f = Fixture.incremental("satb", "trigger-occupancy", "0.5");
        f.rooted(1);
        for (int i = 0; i < 20_000; i++) {
            f.m.allocate(f.node, 0);
        }
        List<PauseRecord> pauses = f.m.mm.telemetry().pauses();
        assertTrue(f.gc.cycles() > 5, "cycles: " + f.gc.cycles());
        assertTrue(pauses.stream().noneMatch(p -> p.kind() == PauseKind.FULL), "never a full collection");
        assertTrue(pauses.stream().filter(p -> p.kind() == PauseKind.INIT_MARK)
                .allMatch(p -> p.cause() == GcCause.OCCUPANCY));
        assertEquals(0, f.gc.allocationStalls());
        // The program's own thread runs every incremental pause: nothing to wait for, time to safepoint 0.
        assertTrue(pauses.stream().allMatch(p -> p.timeToSafepointNanos() == 0),
                "an incremental pause with a time to safepoint");
    }

    /**
     * Allocation takes a quiet fast path while no cycle or sweep is under way (a countdown of the headroom to the
     * trigger): every cycle must still start at the very allocation that would take occupancy past the trigger,
     * neither before nor after it, whether the headroom was counted down from a fresh heap or from a swept one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"satb", "dijkstra", "hybrid"})
    void everyCycleStartsAtTheAllocationThatWouldCrossTheTrigger(String barrier) {
        Fixture f = Fixture.incremental(barrier, "trigger-occupancy", "0.5");
        f.churnKeepingSome(20_000, 16, 3000); // some survive, so later cycles start from a swept heap
        long nodeBytes = (long) Heap.requiredWords(f.node, 0) * 8;
        List<PauseRecord> inits = f.m.mm.telemetry().pauses().stream()
                .filter(p -> p.kind() == PauseKind.INIT_MARK).collect(Collectors.toList());
        assertTrue(inits.size() > 5, "cycles: " + inits.size());
        for (PauseRecord init : inits) {
            long capacity = init.before().stream().filter(o -> o.area().equals("heap")).findFirst().orElseThrow()
                    .capacityBytes();
            long trigger = (long) (0.5 * (capacity / 8)) * 8;
            long used = init.heapUsedBefore();
            assertEquals(GcCause.OCCUPANCY, init.cause(), "pause " + init.id());
            assertTrue(used <= trigger && used + nodeBytes > trigger, "pause " + init.id() + " began at " + used
                    + " bytes used: the allocation of " + nodeBytes + " bytes that crosses " + trigger
                    + " must start it");
        }
    }

    @Test
    void aGrowthTriggerStartsCyclesWhenTheHeapHasGrownByGogcPercent() {
        Fixture f = Fixture.incremental("satb", "trigger", "growth", "gogc", "50", "trigger-occupancy", "0.9");
        f.churnKeepingSome(20_000, 8, 4000);
        List<PauseRecord> inits = f.m.mm.telemetry().pauses().stream()
                .filter(p -> p.kind() == PauseKind.INIT_MARK).collect(Collectors.toList());
        assertTrue(inits.size() > 5, "cycles: " + inits.size());
        assertTrue(inits.stream().anyMatch(p -> p.cause() == GcCause.HEAP_GROWTH), "growth triggered");
    }

    @Test
    void withOverrunFullAllocationOutrunningMarkingIsAConcurrentModeFailure() {
        // A budget of one object a step cannot keep up with a 300-node live list in a small heap.
        Fixture f = Fixture.incremental("satb", "step-budget", "1", "trigger-occupancy", "0.5", "overrun", "full");
        churnBesideALiveList(f);
        List<PauseRecord> fulls = f.m.mm.telemetry().pauses().stream().filter(p -> p.kind() == PauseKind.FULL)
                .collect(Collectors.toList());
        assertTrue(f.gc.concurrentModeFailures() > 0);
        assertEquals(f.gc.concurrentModeFailures(),
                fulls.stream().filter(p -> p.cause() == GcCause.CONCURRENT_MODE_FAILURE).count());
        assertEquals(0, f.gc.allocationStalls());
    }

    @Test
    void withOverrunStallTheAllocationWaitsForMarkingInstead() {
        Fixture f = Fixture.incremental("satb", "step-budget", "1", "trigger-occupancy", "0.5", "overrun", "stall");
        churnBesideALiveList(f);
        assertTrue(f.gc.allocationStalls() > 0);
        assertEquals(0, f.gc.concurrentModeFailures());
        assertTrue(f.m.mm.telemetry().pauses().stream().noneMatch(p -> p.kind() == PauseKind.FULL));
    }

    private static void churnBesideALiveList(Fixture f) {
        int head = f.rooted(0);
        for (int i = 1; i < 300; i++) {
            int n = f.m.allocate(f.node, 0);
            f.m.setWord(n, ID, i);
            f.m.setRef(n, NEXT, f.m.at(head));
            f.m.roots.set(head, n);
        }
        for (int i = 0; i < 3000; i++) {
            f.m.allocate(f.bytes, 200);
        }
        int n = f.m.at(head);
        for (int i = 299; i >= 0; i--) {
            assertEquals(i, f.m.getWord(n, ID));
            n = f.m.getRef(n, NEXT);
        }
    }

    /** Words swept inside the Init Mark pauses (the phase "finish sweep"), from the pause records. */
    private static long sweptInInitMarks(Fixture f) {
        return f.m.mm.telemetry().pauses().stream().filter(p -> p.kind() == PauseKind.INIT_MARK)
                .mapToLong(p -> p.work().get(WorkKind.WORDS_SWEPT)).sum();
    }

    /**
     * The sweep pacer: on a steady churn the lazy sweep of every cycle ends before the trigger, in small steps,
     * so no Init Mark has anything left to sweep, and the mutator never sweeps the rest of the heap at once.
     */
    @ParameterizedTest(name = "trigger={0}")
    @ValueSource(strings = {"occupancy", "growth"})
    void thePacedSweepEndsBeforeTheTriggerInBoundedSteps(String trigger) {
        Fixture f = Fixture.incremental(1 << 20, "satb", "trigger", trigger, "trigger-occupancy", "0.5",
                "gogc", "100");
        int head = f.rooted(0);
        for (int i = 0; i < 100_000; i++) {
            int n = f.m.allocate(f.node, 0);
            if (i % 16 == 0 && i < 32_000) { // a live list of 2,000 nodes, the rest garbage
                f.m.setRef(n, NEXT, f.m.at(head));
                f.m.roots.set(head, n);
            }
        }
        assertTrue(f.gc.cycles() > 5, "cycles: " + f.gc.cycles());
        assertEquals(0, f.gc.sweepWordsInPausesForTest(), "every sweep ended before its trigger");
        assertEquals(0, sweptInInitMarks(f));
        assertTrue(f.m.mm.telemetry().pauses().stream().flatMap(p -> p.phases().stream())
                .noneMatch(ph -> ph.name().equals("finish sweep")));
        long nodeWords = f.m.heap.sizeInWords(f.m.at(head));
        // ratio = capacity / (7/8 of the headroom). The live list is ~10,000 words of 131,072; the headroom is
        // at least ~10,000 words (growth: the goal is twice the live words): at most ~15 words a word, so a step
        // for one node is asked a few dozen words (and ends on a whole chunk).
        assertTrue(f.gc.longestPacedSweepDebtForTest() <= 20 * nodeWords,
                "longest paced debt " + f.gc.longestPacedSweepDebtForTest());
        assertEquals(0, f.gc.allocationStalls());
        assertTrue(f.m.mm.telemetry().pauses().stream().noneMatch(p -> p.kind() == PauseKind.FULL));
    }

    /**
     * A large allocation owes ratio words of sweeping a word: one allocation sweeps at most SWEEP_STEP_WORDS of
     * that debt (plus one chunk), and the following allocations pay the rest before the trigger.
     */
    @Test
    void oneAllocationSweepsAtMostTheStepCapAndTheRestIsPaidLater() {
        Fixture f = Fixture.incremental(4 << 20, "satb", "trigger-occupancy", "0.5");
        int head = f.rooted(0);
        for (int i = 0; i < 20_000; i++) { // 100,000 words of small garbage ahead of the next sweep's cursor
            f.m.allocate(f.node, 0);
        }
        f.gc.startCycleForTest(GcCause.REQUESTED);
        f.markToTheEnd();
        long nodeWords = f.m.heap.sizeInWords(f.m.at(head));
        int big = f.m.allocate(f.bytes, 8 * 40_000); // ~40,000 words: owes ~2.3 times that
        assertTrue(f.gc.sweepPending(), "the sweep is still going");
        long step = f.gc.longestPacedSweepStepForTest();
        assertTrue(step >= Tricolor.SWEEP_STEP_WORDS && step < Tricolor.SWEEP_STEP_WORDS + nodeWords,
                "one capped step: " + step);
        for (int i = 0; i < 20_000 && f.gc.sweepPending(); i++) {
            f.m.allocate(f.node, 0);
        }
        assertFalse(f.gc.sweepPending(), "the debt was paid by later allocations");
        assertEquals(Tricolor.SWEEP_STEP_WORDS, f.gc.longestPacedSweepDebtForTest(), "never more than the cap");
        assertEquals(1, f.gc.cycles(), "before the next trigger");
        assertEquals(0, f.gc.sweepWordsInPausesForTest());
        assertNotEquals(Heap.NULL, big);
    }

    /**
     * No headroom left when the sweep begins (the cycle's own allocation, black floating garbage, pushed
     * occupancy past the trigger; satb and hybrid, which allocate black): the trigger is due at once, but the cycle waits for the sweep, and every allocation sweeps exactly
     * the step cap until the sweep ends; then the next allocation starts the cycle, and its Init Mark sweeps
     * nothing. (Before the pacer, the first allocation swept the whole heap, and no pause showed it.)
     */
    @ParameterizedTest(name = "barrier={0}")
    @ValueSource(strings = {"satb", "hybrid"})
    void aTriggerDueBeforeTheSweepEndsWaitsWhileEveryAllocationSweepsAFullStep(String barrier) {
        Fixture f = Fixture.incremental(1 << 20, barrier, "trigger-occupancy", "0.25").manual();
        int head = f.rooted(0);
        for (int i = 0; i < 1000; i++) {
            f.child(head, OTHER, i); // each replaces the last: garbage at the start of the heap
        }
        f.gc.startCycleForTest(GcCause.REQUESTED);
        long capacity = f.m.heap.spaces().get(0).capacityWords();
        f.m.allocate(f.bytes, 8 * (int) (capacity * 3 / 10)); // past the trigger: black, dead at once
        f.markToTheEnd();
        int pausesBefore = f.m.mm.telemetry().pauses().size();
        int allocations = 0;
        while (f.gc.sweepPending() && allocations < 1000) {
            f.m.allocate(f.node, 0);
            allocations++;
        }
        assertEquals(1, f.gc.cycles(), "the cycle waited for the sweep");
        assertEquals(pausesBefore, f.m.mm.telemetry().pauses().size(), "no pause meanwhile");
        assertEquals(Tricolor.SWEEP_STEP_WORDS, f.gc.longestPacedSweepDebtForTest(), "full steps, never more");
        assertTrue(allocations <= capacity / Tricolor.SWEEP_STEP_WORDS + 1, "allocations: " + allocations);
        assertEquals(1, f.gc.sweepCatchUpsForTest());
        f.m.allocate(f.node, 0);
        assertEquals(2, f.gc.cycles(), "the next allocation starts the cycle");
        PauseRecord init = f.m.mm.telemetry().pauses().get(pausesBefore);
        assertEquals(PauseKind.INIT_MARK, init.kind());
        assertEquals(GcCause.OCCUPANCY, init.cause());
        assertEquals(0, init.work().get(WorkKind.WORDS_SWEPT), "nothing left to sweep in the pause");
        assertEquals(0, f.gc.sweepWordsInPausesForTest());
        f.markToTheEnd();
        f.sweepToTheEnd();
        assertEquals(999, f.m.getWord(f.m.getRef(f.m.at(head), OTHER), ID));
    }

    /**
     * A cycle started while a sweep is unfinished (only a test's explicit start can, now that the trigger waits):
     * the Init Mark pause sweeps the rest, recorded as its phase "finish sweep", before marking.
     */
    @Test
    void aSweepRemainderAtTheStartOfACycleIsSweptInsideTheInitMarkPause() {
        Fixture f = Fixture.incremental(1 << 20, "satb").manual();
        int head = f.rooted(0);
        for (int i = 0; i < 1000; i++) {
            f.child(head, OTHER, i);
        }
        f.gc.startCycleForTest(GcCause.REQUESTED);
        f.markToTheEnd();
        f.m.allocate(f.node, 0); // the sweep begins, sweeps on demand and a paced step
        assertTrue(f.gc.sweepPending());
        long capacity = f.m.heap.spaces().get(0).capacityWords();
        int pausesBefore = f.m.mm.telemetry().pauses().size();
        f.gc.startCycleForTest(GcCause.REQUESTED);
        PauseRecord init = f.m.mm.telemetry().pauses().get(pausesBefore);
        assertEquals("finish sweep", init.phases().get(0).name());
        long inPause = init.phases().get(0).work().get(WorkKind.WORDS_SWEPT);
        assertTrue(inPause > 0 && inPause < capacity, "the rest of the heap: " + inPause);
        assertEquals(inPause, f.gc.sweepWordsInPausesForTest());
        assertEquals(999, f.total(WorkKind.OBJECTS_FREED), "the replaced children, in steps and the pause");
        assertEquals(Tricolor.Phase.MARK, f.gc.phase());
        f.markToTheEnd();
        f.sweepToTheEnd();
        assertEquals(999, f.m.getWord(f.m.getRef(f.m.at(head), OTHER), ID));
    }

    /**
     * A large reference array is scanned in units of SCAN_UNIT_WORDS words, one a step of the budget: a step that
     * meets it scans at most budget x unit slots, the array stays gray until its last unit, and a store into it
     * meanwhile is covered by the barrier.
     */
    @ParameterizedTest(name = "barrier={0}")
    @ValueSource(strings = {"dijkstra", "satb", "hybrid"})
    void aLargeArrayIsScannedInBoundedUnitsAndStaysGrayUntilTheLast(String barrier) {
        Fixture f = Fixture.incremental(1 << 20, barrier, "step-budget", "2").manual();
        Layout refs = f.m.heap.layouts().defineArray("Object[]", ElementKind.REFERENCE);
        int length = 10_000;
        int arrayRoot = f.m.allocateRooted(refs, length);
        for (int i = 0; i < length; i++) {
            int n = f.m.allocate(f.node, 0);
            f.m.setWord(n, ID, i);
            f.m.setRef(f.m.at(arrayRoot), i, n);
        }
        int late = f.rooted(-1);
        f.gc.startCycleForTest(GcCause.REQUESTED);
        long maxSlotsAStep = 0;
        int steps = 0;
        boolean stored = false;
        int array = f.m.at(arrayRoot);
        while (f.gc.phase() == Tricolor.Phase.MARK) {
            long before = f.total(WorkKind.SLOTS_SCANNED);
            f.gc.stepForTest();
            steps++;
            if (f.gc.phase() == Tricolor.Phase.MARK) { // the remark's trace is not a step
                maxSlotsAStep = Math.max(maxSlotsAStep, f.total(WorkKind.SLOTS_SCANNED) - before);
            }
            if (!stored && f.colour(array).equals("gray") && f.total(WorkKind.SLOTS_SCANNED) > 1000) {
                // Partly scanned: move the late node into a scanned element and drop it from its root.
                f.m.setRef(array, 0, f.m.at(late));
                f.m.roots.set(late, Heap.NULL);
                stored = true;
            }
            assertTrue(steps < 10_000);
        }
        assertTrue(stored, "the store happened while the array was partly scanned");
        assertTrue(maxSlotsAStep <= 2 * Tricolor.SCAN_UNIT_WORDS, "slots in one step: " + maxSlotsAStep);
        assertTrue(steps > length / (2 * Tricolor.SCAN_UNIT_WORDS), "steps: " + steps);
        f.sweepToTheEnd();
        new HeapVerifier(f.m.heap, f.m.roots).verify();
        assertEquals(-1, f.m.getWord(f.m.getRef(f.m.at(arrayRoot), 0), ID), "the stored node survived");
        assertEquals(length - 1, f.m.getWord(f.m.getRef(f.m.at(arrayRoot), length - 1), ID));
    }

    @Test
    void systemGcIsOneCompleteStopTheWorldCollectionEvenDuringACycle() {
        Fixture f = Fixture.incremental("satb", "step-budget", "1");
        int a = f.rooted(1);
        f.child(a, NEXT, 2);
        f.m.allocate(f.node, 0); // garbage
        f.gc.startCycleForTest(GcCause.REQUESTED);
        f.m.allocate(f.node, 0); // floating garbage: black
        f.m.mm.systemGc();
        PauseRecord full = f.m.mm.telemetry().pauses().get(1);
        assertEquals(PauseKind.FULL, full.kind());
        assertEquals(GcCause.SYSTEM_GC, full.cause());
        assertEquals(2, full.work().get(WorkKind.OBJECTS_MARKED));
        assertEquals(Tricolor.Phase.IDLE, f.gc.phase());
        new HeapVerifier(f.m.heap, f.m.roots).verifyNoGarbage();
        assertEquals("white", f.colour(f.m.at(a)));
    }

    @Test
    void theCollectorThreadIsStartedOnlyInConcurrentModeAndStoppedByShutdown() {
        assertSame(Tricolor.INCREMENTAL_TRAITS, Fixture.incremental("satb").m.mm.traits());
        TestMutator m = new TestMutator(new TricolorFactory(), Map.of(), HEAP);
        assertTrue(m.mm.traits().concurrent());
        assertNotEquals(m.mm.traits(), Tricolor.INCREMENTAL_TRAITS);
        m.mm.shutdown();
    }

    @Test
    @Timeout(20)
    void aFailureOnTheCollectorThreadSurfacesOnTheMutator() {
        // Roots that refuse to be visited from any thread but the test's: the collector thread's initial mark fails.
        Thread mutator = Thread.currentThread();
        gclab.heap.spi.RootSlots slots = new gclab.heap.spi.RootSlots();
        gclab.heap.spi.RootSet picky = visitor -> {
            if (Thread.currentThread() != mutator) {
                throw new IllegalStateException("roots visited on the collector thread");
            }
            slots.visitRoots(visitor);
        };
        gclab.heap.spi.MemoryManager mm = gclab.heap.spi.MemoryManager.create(new TricolorFactory(),
                Map.of("trigger-occupancy", "0.2"), HEAP, picky);
        Layout node = mm.heap().layouts().defineInstance("Node", 3, NEXT, OTHER);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                for (int i = 0; i < 1_000_000; i++) {
                    mm.allocate(node, 0);
                    mm.safepointPoll();
                }
            });
            assertEquals("roots visited on the collector thread", e.getMessage());
            IllegalStateException again = assertThrows(IllegalStateException.class, mm::safepointPoll);
            assertSame(e, again.getCause(), "and again at every later poll");
        } finally {
            mm.shutdown();
        }
    }
}
