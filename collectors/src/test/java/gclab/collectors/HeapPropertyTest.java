package gclab.collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import gclab.collectors.Configs.Config;
import gclab.collectors.HeapModel.Obj;
import gclab.collectors.HeapModel.Shape;
import gclab.collectors.refcount.RefCount;
import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.HeapExhaustedException;
import gclab.heap.Layout;
import gclab.heap.ObjectModel;
import gclab.heap.space.FragmentationStats;
import gclab.heap.space.FreeListSpace;
import gclab.heap.space.Space;
import gclab.heap.telemetry.AllocationFailure;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.TestMutator;
import gclab.heap.verify.HeapVerifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The property test (DESIGN.md, "Testing"): random programs of allocations, reference and primitive stores,
 * root drops and collections run against every collector configuration and, op by op, against an independent
 * reachability model ({@link HeapModel}). After every op, and in particular after every collection:
 * <ul>
 *   <li>every model-reachable object is there, reached through the roots by following the model's paths, with
 *       its layout, length and every field and element value; an object the model reaches by two paths is one
 *       heap object (invariant 1);</li>
 *   <li>every space is parsable and every reachable reference valid ({@link HeapVerifier}), and the verifier
 *       reaches exactly as many objects as the model (invariant 3);</li>
 *   <li>after a marksweep collection, the objects on a heap walk are exactly the model-reachable ones, and the
 *       collection marked exactly the objects the model reached (invariant 2); nogc keeps every object; tricolor
 *       pauses only for its cycle's short pauses and for full collections, after which the same holds;</li>
 *   <li>each space's fragmentation figures equal a recount from a linear walk;</li>
 *   <li>an out-of-memory is justified: nogc had no room left, a compacting marksweep could not fit the request
 *       beside the model's live objects, and no free chunk was large enough.</li>
 * </ul>
 * The programs are lists of ops whose operands are picks (taken modulo what exists when the op runs), so any
 * sublist is a valid program and failures shrink. Seeds are fixed, so CI runs the same programs every time.
 */
class HeapPropertyTest {
    /** Small, so that programs fill it, collect on allocation failure and run out: 127 words of space. */
    private static final long HEAP = 1 << 10;
    private static final int EXAMPLES = 400;
    private static final int MAX_OPS = 120;
    private static final long SEED = 0x6c1ab_2025L;

    // ---------------------------------------------------------------- the ops

    /** One step of a generated program. */
    sealed interface Op permits Allocate, StoreRef, StorePrim, DropRoot, Collect {
    }

    /** Allocates an object of {@code SHAPES[shape]} (an array of {@code length}), held by a new root. */
    record Allocate(int shape, int length) implements Op {
        Shape shapeOf() {
            return HeapModel.SHAPES.get(shape % HeapModel.SHAPES.size());
        }

        int lengthOf() {
            Shape s = shapeOf();
            return !s.isArray() ? 0 : s.element() == ElementKind.REFERENCE ? length % 9 : length;
        }

        @Override
        public String toString() {
            return "allocate " + shapeOf() + (shapeOf().isArray() ? "[" + lengthOf() + "]" : "");
        }
    }

    /** Stores reachable object {@code to} (null if negative) into slot {@code slot} of reachable {@code from}. */
    record StoreRef(int from, int slot, int to) implements Op {
    }

    /** Stores {@code value} into primitive field or element {@code slot} of reachable object {@code target}. */
    record StorePrim(int target, int slot, long value) implements Op {
    }

    /** Drops one of the roots that hold an object. */
    record DropRoot(int root) implements Op {
    }

    /** {@code System.gc()}. */
    record Collect() implements Op {
    }

    static Gen<Op> ops() {
        Gen<Op> allocate = integers().between(0, HeapModel.SHAPES.size() - 1)
                .zip(integers().between(0, 24), Allocate::new);
        Gen<Op> storeRef = integers().between(0, 63)
                .zip(integers().between(0, 7), integers().between(-8, 63), StoreRef::new);
        Gen<Op> storePrim = integers().between(0, 63)
                .zip(integers().between(0, 24), longs().all(), StorePrim::new);
        Gen<Op> dropRoot = integers().between(0, 63).map(DropRoot::new);
        Gen<Op> collect = Generate.constant(new Collect());
        return Generate.frequency(List.of(Pair.of(40, allocate), Pair.of(20, storeRef), Pair.of(8, storePrim),
                Pair.of(24, dropRoot), Pair.of(8, collect)));
    }

    static Gen<List<Op>> programs() {
        return lists().of(ops()).ofSizeBetween(1, MAX_OPS);
    }

    // ---------------------------------------------------------------- the properties

    /** What the collector under test promises. */
    enum Promise {
        /** Never frees: every object ever allocated stays. */
        KEEPS_EVERYTHING,
        /** Frees all garbage at each collection, without moving. */
        SWEEPS,
        /** Frees all garbage, and compacts before giving up on a request that would fit beside the live data. */
        COMPACTS,
        /** As {@link #COMPACTS}, and every collection compacts: the free memory is one chunk at the end. */
        ALWAYS_COMPACTS,
        /**
         * Minor collections free young garbage only; a full collection ({@code System.gc()}, or when a minor
         * one cannot work) frees all garbage, in every space.
         */
        GENERATIONAL,
        /**
         * Marks beside the mutator and sweeps lazily: its cycles' pauses (initial mark, stack scan, remark) free
         * nothing and may leave floating garbage; a full collection (System.gc(), allocation failure, concurrent
         * mode failure) frees all garbage, as {@link #SWEEPS}.
         */
        MARKS_BESIDE_THE_MUTATOR,
        /**
         * Reference counting: after every op each count equals the references to its object from the heap and
         * the counted root snapshot (unless stuck); a System.gc() or allocation failure leaves only garbage that
         * stuck counts or, without cycle collection, garbage cycles hold; a backup trace leaves none.
         */
        COUNTS
    }

    static Promise promiseOf(Config config) {
        if (config.collector().equals("generational")) {
            return Promise.GENERATIONAL;
        }
        if (config.tricolor()) {
            return Promise.MARKS_BESIDE_THE_MUTATOR;
        }
        if (!config.collects()) {
            return Promise.KEEPS_EVERYTHING;
        }
        if (config.refcounts()) {
            return Promise.COUNTS;
        }
        switch (config.compact()) {
            case "always": return Promise.ALWAYS_COMPACTS;
            case "when-fragmented": return Promise.COMPACTS;
            default: return Promise.SWEEPS;
        }
    }

    static Stream<Config> all() {
        return Stream.of(Configs.all(), Stream.of(Configs.refcountLazy()), Configs.generationals(),
                Configs.tricolors()).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void heapAgreesWithTheReachabilityModel(Config config) {
        Promise promise = promiseOf(config);
        Coverage coverage = new Coverage();
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(programs())
                .checkAssert(program -> new Run(config.mutator(HEAP), promise, coverage).execute(program));
        // The generated programs exercise what the properties are about (a guard against a generator that
        // drifts into trivial programs).
        assertTrue(coverage.outOfMemory > 0, "some programs run out of memory: " + coverage);
        assertTrue(coverage.sharedOrCyclic > 0, "some programs build shared or cyclic structure: " + coverage);
        assertTrue(coverage.maxReachable >= 20, "some programs keep many objects alive: " + coverage);
        if (promise != Promise.KEEPS_EVERYTHING) {
            assertTrue(coverage.collections > EXAMPLES, "programs collect: " + coverage);
            assertTrue(coverage.allocationFailures > EXAMPLES, "programs fill the heap: " + coverage);
            assertTrue(coverage.objectsFreed > 5 * EXAMPLES, "collections free objects: " + coverage);
        }
        if (promise == Promise.COMPACTS || promise == Promise.ALWAYS_COMPACTS) {
            assertTrue(coverage.objectsMoved > 0, "compactions move objects: " + coverage);
        }
        if (promise == Promise.MARKS_BESIDE_THE_MUTATOR) {
            // Incremental mode is deterministic; in concurrent mode how many cycles finish within a short program
            // depends on how the two threads are scheduled, so the bar is lower there (it must not be flaky).
            int atLeast = "concurrent".equals(config.options().get("mode")) ? EXAMPLES / 10 : EXAMPLES / 4;
            assertTrue(coverage.remarks > atLeast, "programs run whole cycles beside the mutator: " + coverage);
        }
        if (promise == Promise.COUNTS) {
            assertTrue(coverage.countsChecked > 100 * EXAMPLES, "counts are checked: " + coverage);
            if (config.options().containsKey("count-bits")) {
                assertTrue(coverage.stuckObjects > 0, "2-bit counts stick: " + coverage);
            }
            if (!config.options().containsKey("cycles")) {
                assertTrue(coverage.cycleFrees > 0, "cycle collections free garbage cycles: " + coverage);
            }
        }
    }

    /** What the generated programs did, summed over all of them. */
    static final class Coverage {
        long collections;
        long allocationFailures;
        long outOfMemory;
        long objectsMoved;
        long objectsFreed;
        long remarks;
        long sharedOrCyclic;
        int maxReachable;
        long countsChecked;
        long stuckObjects;
        long cycleFrees;

        @Override
        public String toString() {
            return "collections=" + collections + " allocationFailures=" + allocationFailures
                    + " outOfMemory=" + outOfMemory + " moved=" + objectsMoved
                    + " freed=" + objectsFreed + " sharedOrCyclic=" + sharedOrCyclic + " maxReachable=" + maxReachable
                    + " remarks=" + remarks + " countsChecked=" + countsChecked + " stuck=" + stuckObjects + " cycleFrees=" + cycleFrees;
        }
    }

    /**
     * The property can fail: against the broken collector that loses objects held by last slots, with the
     * verifier off, the model alone finds the loss, and QuickTheories shrinks the program.
     */
    @Test
    void propertyCatchesACollectorThatLosesObjects() {
        Supplier<TestMutator> broken =
                () -> new TestMutator(new SkipLastSlotMarkSweep.Factory(), Map.of(), HEAP, false);
        AssertionError e = assertThrows(AssertionError.class,
                () -> qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(programs())
                        .checkAssert(program -> new Run(broken.get(), Promise.SWEEPS, new Coverage())
                                .execute(program)));
        assertTrue(e.getMessage().contains("Property falsified"), e.getMessage());
    }

    /**
     * The count check can fail: with a barrier that skips its increments and the verifier off, the exact-count
     * check after every op (or the model, once a reachable object is freed) falsifies the property.
     */
    @Test
    void propertyCatchesABarrierThatSkipsIncrements() {
        Supplier<TestMutator> broken = () -> new TestMutator(new gclab.collectors.refcount.RefCountFactory(),
                Map.of("skip-increment", "true"), HEAP, false);
        AssertionError e = assertThrows(AssertionError.class,
                () -> qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(programs())
                        .checkAssert(program -> new Run(broken.get(), Promise.COUNTS, new Coverage())
                                .execute(program)));
        assertTrue(e.getMessage().contains("Property falsified"), e.getMessage());
        assertTrue(e.getMessage().contains("count of object"), e.getMessage());
    }

    // ---------------------------------------------------------------- one run of one program

    /** A program running on one fresh heap beside its model. */
    static final class Run {
        private final TestMutator m;
        private final Promise promise;
        private final HeapModel model = new HeapModel();
        private final Layout[] layouts;
        /** The space whose figures an allocation failure reports: the free-list space if there is one. */
        private final Space space;
        private final Coverage coverage;

        Run(TestMutator m, Promise promise, Coverage coverage) {
            this.m = m;
            this.promise = promise;
            this.coverage = coverage;
            this.layouts = HeapModel.SHAPES.stream().map(s -> s.define(m.heap)).toArray(Layout[]::new);
            this.space = m.heap.spaces().stream().filter(s -> s instanceof FreeListSpace).findFirst()
                    .orElse(m.heap.spaces().get(0));
        }

        void execute(List<Op> program) {
            try {
                executeSteps(program);
            } finally {
                m.mm.shutdown();
            }
        }

        private void executeSteps(List<Op> program) {
            for (int step = 0; step < program.size(); step++) {
                Op op = program.get(step);
                try {
                    int pausesBefore = m.mm.telemetry().pauses().size();
                    long freedBefore = m.mm.telemetry().totalWork().get(WorkKind.OBJECTS_FREED);
                    List<Obj> reachableBefore = model.reachable();
                    apply(op, reachableBefore);
                    List<PauseRecord> pauses = m.mm.telemetry().pauses();
                    coverage.objectsFreed += m.mm.telemetry().totalWork().get(WorkKind.OBJECTS_FREED) - freedBefore;
                    checkAgreement(pauses.subList(pausesBefore, pauses.size()), reachableBefore,
                            op instanceof Collect);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("step " + step + " (" + op + "): " + e, e);
                }
            }
        }

        private void apply(Op op, List<Obj> reachable) {
            if (op instanceof Allocate a) {
                allocate(a, reachable);
            } else if (op instanceof StoreRef s) {
                List<Obj> sources = reachable.stream().filter(o -> o.refs.length > 0).collect(Collectors.toList());
                if (sources.isEmpty()) {
                    return;
                }
                Obj from = sources.get(s.from() % sources.size());
                int k = s.slot() % from.refs.length;
                Obj to = s.to() < 0 ? null : reachable.get(s.to() % reachable.size());
                if (to != null && (to == from || !model.roots.contains(to))) {
                    coverage.sharedOrCyclic++; // a self-reference, or a second path to an object a root holds
                }
                Map<Obj, Integer> addresses = resolve();
                int object = addresses.get(from);
                m.mm.storeReference(object, Heap.slotAddress(object, from.referenceIndex(k)),
                        to == null ? Heap.NULL : addresses.get(to));
                from.refs[k] = to;
            } else if (op instanceof StorePrim s) {
                List<Obj> targets = reachable.stream().filter(o -> o.prims.length > 0).collect(Collectors.toList());
                if (targets.isEmpty()) {
                    return;
                }
                Obj target = targets.get(s.target() % targets.size());
                int k = s.slot() % target.prims.length;
                int object = resolve().get(target);
                if (target.shape.isArray()) {
                    ElementKind kind = target.shape.element();
                    m.heap.setPrimitiveElement(object, kind, k, s.value());
                    target.prims[k] = kind.bytes == 8 ? s.value() : s.value() & ((1L << (8 * kind.bytes)) - 1);
                } else {
                    m.setWord(object, target.shape.primitiveFields().get(k), s.value());
                    target.prims[k] = s.value();
                }
            } else if (op instanceof DropRoot d) {
                List<Integer> live = model.liveRoots();
                if (!live.isEmpty()) {
                    int root = live.get(d.root() % live.size());
                    model.roots.set(root, null);
                    m.roots.clear(root);
                }
            } else {
                m.mm.systemGc();
            }
        }

        private void allocate(Allocate a, List<Obj> reachable) {
            Shape shape = a.shapeOf();
            int length = a.lengthOf();
            Layout layout = layouts[a.shape() % layouts.length];
            int size = Heap.requiredWords(layout, length);
            try {
                int address = m.mm.allocate(layout, length);
                m.roots.add(address);
                model.allocateRooted(shape, length, size);
            } catch (HeapExhaustedException e) {
                coverage.outOfMemory++;
                checkOutOfMemory(e, size, HeapModel.words(reachable));
            }
            assertEquals(model.roots.size(), m.roots.size(), "one root slot per model root");
        }

        /** An out-of-memory must be justified by what the collector promises. */
        private void checkOutOfMemory(HeapExhaustedException e, int size, long liveWords) {
            long capacity = space.capacityWords();
            switch (promise) {
                case KEEPS_EVERYTHING:
                    assertTrue(model.allocatedWords + size > capacity,
                            "nogc ran out with " + model.allocatedWords + " of " + capacity + " words allocated: " + e);
                    break;
                case COMPACTS:
                case ALWAYS_COMPACTS:
                    assertTrue(liveWords + size > capacity, "out of memory although the " + liveWords
                            + " live words and the " + size + "-word request fit in " + capacity + ": " + e);
                    break;
                default:
                    break;
            }
            List<AllocationFailure> failures = m.mm.telemetry().allocationFailures();
            AllocationFailure failure = failures.get(failures.size() - 1);
            assertEquals(ObjectModel.bytes(size), failure.requestedBytes());
            assertTrue(failure.free().largestChunkBytes() < failure.requestedBytes(),
                    "no free chunk could hold the request: " + failure.free());
            assertEquals(failure.free().freeBytes() + failure.free().darkBytes() >= failure.requestedBytes(),
                    e.isFragmentationFailure(), "a fragmentation failure exactly when enough bytes were free");
            assertEquals(failure.fragmentation(), e.isFragmentationFailure());
            assertEquals(space.fragmentation(), failure.free(), "the figures recorded are the space's");
        }

        /**
         * The heap addresses of the model-reachable objects, found by following the model's paths from the
         * roots through the heap, checking every object's layout, length and values on the way.
         */
        private Map<Obj, Integer> resolve() {
            Map<Obj, Integer> addresses = new IdentityHashMap<>();
            ArrayDeque<Obj> queue = new ArrayDeque<>();
            for (int i = 0; i < model.roots.size(); i++) {
                Obj o = model.roots.get(i);
                if (o == null) {
                    assertEquals(Heap.NULL, m.roots.get(i), "dropped root " + i);
                } else {
                    reach(o, m.roots.get(i), "root[" + i + "]", addresses, queue);
                }
            }
            while (!queue.isEmpty()) {
                Obj o = queue.poll();
                int object = addresses.get(o);
                for (int k = 0; k < o.refs.length; k++) {
                    int index = o.referenceIndex(k);
                    int ref = m.heap.reference(Heap.slotAddress(object, index));
                    String path = o + " slot " + index;
                    if (o.refs[k] == null) {
                        assertEquals(Heap.NULL, ref, path + " holds null");
                    } else {
                        reach(o.refs[k], ref, path, addresses, queue);
                    }
                }
            }
            assertEquals(addresses.size(), new HashSet<>(addresses.values()).size(),
                    "distinct model objects are distinct heap objects");
            return addresses;
        }

        private void reach(Obj o, int address, String path, Map<Obj, Integer> addresses, ArrayDeque<Obj> queue) {
            Integer known = addresses.get(o);
            if (known != null) {
                assertEquals(known.intValue(), address, path + " -> " + o + ": the same object by another path");
                return;
            }
            assertTrue(m.heap.inBounds(address), path + " -> " + o + ": address " + address + " in the heap");
            checkObject(o, address, path);
            addresses.put(o, address);
            queue.add(o);
        }

        private void checkObject(Obj o, int object, String path) {
            String where = path + " -> " + o + " at " + object;
            assertEquals(layouts[HeapModel.SHAPES.indexOf(o.shape)].typeId(), m.heap.typeId(object), where + ": type");
            if (o.shape.isArray()) {
                assertEquals(o.length, m.heap.lengthOf(object), where + ": length");
                ElementKind kind = o.shape.element();
                for (int e = 0; e < o.prims.length; e++) {
                    assertEquals(o.prims[e], m.heap.primitiveElement(object, kind, e), where + ": element " + e);
                }
            } else {
                List<Integer> fields = o.shape.primitiveFields();
                for (int k = 0; k < o.prims.length; k++) {
                    assertEquals(o.prims[k], m.getWord(object, fields.get(k)), where + ": field " + fields.get(k));
                }
            }
        }

        /** The checks after every op; those that hold only after a collection when one happened. */
        private void checkAgreement(List<PauseRecord> newPauses, List<Obj> reachableBefore, boolean collectOp) {
            Map<Obj, Integer> addresses = resolve();
            List<Obj> reachable = model.reachable();
            assertEquals(reachable.size(), addresses.size());
            coverage.maxReachable = Math.max(coverage.maxReachable, reachable.size());
            for (PauseRecord p : newPauses) {
                coverage.collections++;
                coverage.allocationFailures += p.cause() == GcCause.ALLOCATION_FAILURE ? 1 : 0;
                coverage.objectsMoved += p.work().get(WorkKind.OBJECTS_MOVED);
                coverage.remarks += p.kind() == PauseKind.REMARK ? 1 : 0;
            }
            long verified = new HeapVerifier(m.heap, m.roots).verify();
            assertEquals(reachable.size(), verified, "the verifier reaches the objects the model reaches");
            if (promise == Promise.MARKS_BESIDE_THE_MUTATOR) {
                checkTricolor(newPauses, reachableBefore, reachable, collectOp);
                return;
            }
            long objectsOnHeap = 0;
            for (Space s : m.heap.spaces()) {
                objectsOnHeap += checkFragmentationAgainstWalk(s);
            }

            if (promise == Promise.COUNTS) {
                checkCounts(newPauses, addresses);
                assertTrue(!collectOp || newPauses.size() == 1, "System.gc() collects once");
                return;
            }
            if (promise == Promise.KEEPS_EVERYTHING) {
                assertTrue(newPauses.isEmpty(), "nogc never pauses");
                assertEquals(model.allocatedObjects, objectsOnHeap, "nogc keeps every object");
                return;
            }
            assertTrue(!collectOp || newPauses.size() == 1, "System.gc() collects once");
            if (newPauses.isEmpty()) {
                return;
            }
            for (PauseRecord p : newPauses) {
                if (promise != Promise.GENERATIONAL) {
                    assertEquals(PauseKind.FULL, p.kind());
                }
                if (p.kind() == PauseKind.FULL) {
                    assertEquals(reachableBefore.size(), p.work().get(WorkKind.OBJECTS_MARKED),
                            "the collection marked exactly the objects the model reaches");
                }
            }
            if (newPauses.get(newPauses.size() - 1).kind() != PauseKind.FULL) {
                return; // a minor collection: old garbage may remain
            }
            assertEquals(reachable.size(), objectsOnHeap, "nothing unreachable remains after a full collection");
            new HeapVerifier(m.heap, m.roots).verifyNoGarbage();
            if (promise == Promise.ALWAYS_COMPACTS) {
                checkObjectsThenOneFreeChunk();
            }
        }

        /**
         * tricolor: a lazy sweep leaves free chunks ahead of its cursor unlisted, so the free-list figures agree
         * with a walk only when no sweep is pending; a full collection is complete, as marksweep's.
         */
        private void checkTricolor(List<PauseRecord> newPauses, List<Obj> reachableBefore, List<Obj> reachable,
                                   boolean collectOp) {
            gclab.collectors.tricolor.Tricolor gc = (gclab.collectors.tricolor.Tricolor) m.mm.collector();
            long objectsOnHeap = gc.sweepPending() ? -1 : checkFragmentationAgainstWalk(space);
            List<PauseRecord> fulls = newPauses.stream().filter(p -> p.kind() == PauseKind.FULL)
                    .collect(Collectors.toList());
            if (collectOp) {
                assertEquals(1, fulls.size(), "System.gc() collects once, completely");
                assertEquals(GcCause.SYSTEM_GC, fulls.get(0).cause());
            }
            for (PauseRecord p : newPauses) {
                assertTrue(List.of(PauseKind.INIT_MARK, PauseKind.STACK_SCAN, PauseKind.REMARK, PauseKind.FULL)
                        .contains(p.kind()), "a tricolor pause: " + p.kind());
            }
            for (PauseRecord p : fulls) {
                assertEquals(reachableBefore.size(), p.work().get(WorkKind.OBJECTS_MARKED),
                        "the full collection marked exactly the objects the model reaches");
            }
            if (!newPauses.isEmpty() && newPauses.get(newPauses.size() - 1).kind() == PauseKind.FULL) {
                assertEquals(reachable.size(), objectsOnHeap, "nothing unreachable remains after a full collection");
                new HeapVerifier(m.heap, m.roots).verifyNoGarbage();
            }
        }

        /**
         * Reference counting's checks: every count is exact (recomputed from every reference slot of every object
         * on the heap, plus the root snapshot the counts include), or stuck; and after the op's last pause,
         * the unreachable objects left are those the algorithm may leave.
         */
        private void checkCounts(List<PauseRecord> newPauses, Map<Obj, Integer> addresses) {
            RefCount rc = (RefCount) m.mm.collector();
            Map<Integer, Integer> references = new java.util.HashMap<>();
            List<Integer> objects = new ArrayList<>();
            space.walk((address, size, free) -> {
                if (!free) {
                    objects.add(address);
                    m.heap.forEachReferenceSlot(address, slot -> {
                        int target = m.heap.reference(slot);
                        if (target != Heap.NULL) {
                            references.merge(target, 1, Integer::sum);
                        }
                    });
                }
            });
            for (int object : objects) {
                long expected = references.getOrDefault(object, 0) + rc.countedRootReferences(object);
                if (rc.isStuck(object)) {
                    coverage.stuckObjects++;
                } else {
                    assertEquals(expected, rc.countOf(object), "count of object " + object
                            + " (heap references + counted root references)");
                    coverage.countsChecked++;
                }
            }
            for (PauseRecord p : newPauses) {
                if (p.kind() == PauseKind.CYCLE_COLLECTION) {
                    coverage.cycleFrees += p.phases().stream().filter(ph -> ph.name().equals("collect-white"))
                            .mapToLong(ph -> ph.work().get(WorkKind.OBJECTS_FREED)).sum();
                }
            }
            if (newPauses.isEmpty()) {
                return;
            }
            // What may be left unreachable after the op's last pause.
            PauseRecord last = newPauses.get(newPauses.size() - 1);
            java.util.Set<Integer> live = new HashSet<>(addresses.values());
            List<Integer> garbage = objects.stream().filter(o -> !live.contains(o)).collect(Collectors.toList());
            if (last.kind() == PauseKind.FULL) {
                assertEquals(List.of(), garbage, "nothing unreachable remains after a backup trace");
                new HeapVerifier(m.heap, m.roots).verifyNoGarbage();
            } else if (last.cause() == GcCause.SYSTEM_GC || last.cause() == GcCause.ALLOCATION_FAILURE) {
                if (rc.traits().complete()) {
                    // Only what stuck counts keep: every garbage object is reachable from a stuck garbage one.
                    java.util.Set<Integer> heldByStuck = new HashSet<>();
                    ArrayDeque<Integer> queue = new ArrayDeque<>();
                    garbage.stream().filter(rc::isStuck).forEach(queue::add);
                    while (!queue.isEmpty()) {
                        int o = queue.poll();
                        if (heldByStuck.add(o)) {
                            m.heap.forEachReferenceSlot(o, slot -> {
                                int t = m.heap.reference(slot);
                                if (t != Heap.NULL) {
                                    queue.add(t);
                                }
                            });
                        }
                    }
                    for (int g : garbage) {
                        assertTrue(heldByStuck.contains(g), "unreachable object " + g + " (count "
                                + rc.countOf(g) + ") left after a cycle collection, and no stuck count holds it");
                    }
                } else {
                    // Without cycle collection: every garbage object left is referenced (from garbage: cycles).
                    for (int g : garbage) {
                        assertTrue(rc.countOf(g) > 0, "unreachable object " + g + " with count 0 left after "
                                + "a reconciliation");
                    }
                }
            }
        }

        /** Recounts free memory from a linear walk of {@code space}; returns the number of objects on the walk. */
        private long checkFragmentationAgainstWalk(Space space) {
            FragmentationStats.Builder recount = new FragmentationStats.Builder();
            long[] objects = {0, 0};
            space.walk((address, size, free) -> {
                if (free) {
                    recount.addChunk(size);
                } else {
                    objects[0]++;
                    objects[1] += size;
                }
            });
            FragmentationStats stats = space.fragmentation();
            assertEquals(recount.build(), stats, "fragmentation figures agree with a linear walk");
            assertEquals(objects[1], space.usedWords(), "used words agree with a linear walk");
            assertEquals(space.capacityBytes(), space.usedBytes() + stats.freeBytes() + stats.darkBytes());
            return objects[0];
        }

        /** After a compaction and any allocations since: objects from the start, then at most one free chunk. */
        private void checkObjectsThenOneFreeChunk() {
            List<int[]> chunks = new ArrayList<>();
            space.walk((address, size, free) -> chunks.add(new int[] {address, size, free ? 1 : 0}));
            for (int i = 0; i < chunks.size() - 1; i++) {
                assertEquals(0, chunks.get(i)[2], "only the last chunk may be free: " + chunks.get(i)[0]);
            }
            assertNotNull(chunks.get(chunks.size() - 1));
        }
    }
}
