package gclab.collectors;

import static gclab.collectors.TestTypes.ID;
import static gclab.collectors.TestTypes.NEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.collectors.Configs.Config;
import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.HeapExhaustedException;
import gclab.heap.Layout;
import gclab.heap.ReferenceStrength;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.TestMutator;
import gclab.heap.verify.HeapCorruptionException;
import gclab.heap.verify.HeapVerifier;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Weak and soft references on the mock runtime, with the verifier on after every pause. The collectors whose
 * traits say {@code clearsWeakReferences} (marksweep under every policy and compaction, generational's full
 * collection under each of its choices) free a weakly-reachable referent and clear its slot, keep (and, when
 * they move it, update) a referent that is also strongly reachable, keep a soft referent through an ordinary
 * collection and clear it in the last resort before an OutOfMemoryError. Every other collector keeps every
 * referent; generational's minor collection discovers weak references of its own (GenerationalTest) but keeps
 * the referent of one it reaches only through a dirty card. A collector that discovers references but forgets
 * to clear them is caught by the verifier.
 */
class ReferenceClearingTest {
    /** 12288 words: generational's young is 4096 of them (eden 3278), old 8192. */
    private static final long HEAP = 96 << 10;
    /** Reference fields: 0 an ordinary strong reference, 1 the referent; 2 a primitive. */
    private static final int STRONG = 0;
    private static final int REFERENT = 1;
    /** A long[] of this length (7002 words) is larger than eden, and two of them do not fit in any heap here. */
    private static final int BIG = 7000;

    /** A mutator with the test types and the two reference layouts. */
    private static final class Fixture {
        final TestMutator m;
        final TestTypes types;
        final Layout weak;
        final Layout soft;

        Fixture(Config config) {
            m = config.mutator(HEAP);
            types = TestTypes.define(m.heap);
            weak = m.heap.layouts().defineReference("Weak", 3, REFERENT, ReferenceStrength.WEAK, STRONG, REFERENT);
            soft = m.heap.layouts().defineReference("Soft", 3, REFERENT, ReferenceStrength.SOFT, STRONG, REFERENT);
        }

        /** A rooted reference of {@code layout} to a new node with {@code id} that only it holds; returns the root. */
        int referenceToNewNode(Layout layout, long id) {
            int ref = m.allocateRooted(layout, 0);
            int node = m.allocate(types.node(), 0);
            m.setWord(node, ID, id);
            m.setRef(m.at(ref), REFERENT, node);
            return ref;
        }

        int referent(int refRoot) {
            return m.getRef(m.at(refRoot), REFERENT);
        }

        PauseRecord lastPause() {
            List<PauseRecord> pauses = m.mm.telemetry().pauses();
            assertFalse(pauses.isEmpty(), "no pause");
            return pauses.get(pauses.size() - 1);
        }

        long work(WorkKind kind) {
            return lastPause().work().get(kind);
        }

        /** Unrooted nodes, so that a compaction has something to slide over. */
        void garbage(int count) {
            for (int i = 0; i < count; i++) {
                m.allocate(types.node(), 0);
            }
        }
    }

    /** Every configuration whose collections (all of them, or its full ones) clear weak references. */
    static Stream<Config> clearing() {
        return Stream.concat(Configs.marksweeps(), Configs.generationals());
    }

    /** Collectors that hold every referent strongly. */
    static Stream<Config> notClearing() {
        return Stream.concat(Stream.concat(Stream.of(Configs.nogc()), Configs.refcounts()), Configs.tricolors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clearing")
    void weaklyReachableReferentIsFreedAndItsSlotCleared(Config config) {
        Fixture f = new Fixture(config);
        assertTrue(f.m.mm.traits().clearsWeakReferences());
        int w = f.referenceToNewNode(f.weak, 42);
        // The referent holds more garbage, and the reference's own strong slot holds a live node.
        int child = f.m.allocate(f.types.node(), 0);
        f.m.setRef(f.referent(w), NEXT, child);
        int kept = f.m.allocate(f.types.node(), 0);
        f.m.setWord(kept, ID, 7);
        f.m.setRef(f.m.at(w), STRONG, kept);

        f.m.mm.systemGc();

        assertEquals(Heap.NULL, f.referent(w));
        assertEquals(7, f.m.getWord(f.m.getRef(f.m.at(w), STRONG), ID), "the reference's other slots are strong");
        assertEquals(1, f.work(WorkKind.REFERENCES_DISCOVERED));
        assertEquals(1, f.work(WorkKind.REFERENCES_CLEARED));
        // The referent and its child are gone: only the reference and its strong node are left.
        assertEquals(2, new HeapVerifier(f.m.heap, f.m.roots).verifyNoGarbage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clearing")
    void stronglyReachableReferentSurvivesAndItsSlotFollowsIt(Config config) {
        Fixture f = new Fixture(config);
        f.garbage(20);
        int w = f.referenceToNewNode(f.weak, 42);
        int strong = f.m.roots.add(f.referent(w));
        int before = f.m.at(strong);

        f.m.mm.systemGc();

        assertEquals(f.m.at(strong), f.referent(w), "the slot holds the referent's (new) address");
        assertEquals(42, f.m.getWord(f.referent(w), ID));
        if (config.compact().equals("always") || config.collector().equals("generational")) {
            assertNotEquals(before, f.m.at(strong), "this collection moves the referent");
        }
        assertEquals(1, f.work(WorkKind.REFERENCES_DISCOVERED));
        assertEquals(0, f.work(WorkKind.REFERENCES_CLEARED));
        new HeapVerifier(f.m.heap, f.m.roots).verifyNoGarbage();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clearing")
    void referenceCycleThroughTheReferentIsCleared(Config config) {
        Fixture f = new Fixture(config);
        // root -> w; w.referent -> n; n.next -> w: n is reachable only through the referent slot.
        int w = f.referenceToNewNode(f.weak, 1);
        f.m.setRef(f.referent(w), NEXT, f.m.at(w));
        f.m.mm.systemGc();
        assertEquals(Heap.NULL, f.referent(w));
        assertEquals(1, new HeapVerifier(f.m.heap, f.m.roots).verifyNoGarbage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clearing")
    void softReferentSurvivesOrdinaryCollectionsAndIsClearedByTheLastResort(Config config) {
        Fixture f = new Fixture(config);
        int s = f.m.allocateRooted(f.soft, 0);
        int big = f.m.allocate(f.types.primArray(ElementKind.LONG), BIG);
        f.m.setWord(big, 0, 99);
        f.m.setRef(f.m.at(s), REFERENT, big);
        int w = f.referenceToNewNode(f.weak, 5);

        f.m.mm.systemGc();
        assertNotEquals(Heap.NULL, f.referent(s), "an ordinary collection keeps a soft referent");
        assertEquals(99, f.m.getWord(f.referent(s), 0));
        assertEquals(Heap.NULL, f.referent(w), "and clears a weak one");
        assertEquals(0, f.work(WorkKind.REFERENCES_CLEARED) - 1);
        int pauses = f.m.mm.telemetry().pauses().size();

        // A second big array fits only if the soft referent goes.
        int second = f.m.allocate(f.types.primArray(ElementKind.LONG), BIG);
        assertNotEquals(Heap.NULL, second);
        assertEquals(Heap.NULL, f.referent(s), "the last resort cleared the soft reference");
        PauseRecord last = f.lastPause();
        assertEquals(GcCause.ALLOCATION_FAILURE, last.cause());
        assertEquals(1, last.work().get(WorkKind.REFERENCES_DISCOVERED));
        assertEquals(1, last.work().get(WorkKind.REFERENCES_CLEARED));
        List<PauseRecord> all = f.m.mm.telemetry().pauses();
        assertTrue(all.size() >= pauses + 2, "an ordinary collection first, then the last resort");
        assertEquals(0, all.get(all.size() - 2).work().get(WorkKind.REFERENCES_CLEARED),
                "the collection before the last resort kept the soft referent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clearing")
    void aStronglyHeldSoftReferentIsNotClearedAndTheHeapIsExhausted(Config config) {
        Fixture f = new Fixture(config);
        int s = f.m.allocateRooted(f.soft, 0);
        int big = f.m.allocateRooted(f.types.primArray(ElementKind.LONG), BIG);
        f.m.setRef(f.m.at(s), REFERENT, f.m.at(big));
        assertThrows(HeapExhaustedException.class,
                () -> f.m.allocate(f.types.primArray(ElementKind.LONG), BIG));
        assertEquals(f.m.at(big), f.referent(s), "nothing cleared: the referent is strongly reachable");
        assertEquals(1, f.work(WorkKind.REFERENCES_DISCOVERED), "the last resort discovered it");
        assertEquals(0, f.work(WorkKind.REFERENCES_CLEARED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clearing")
    void withoutSoftReferencesThereIsNoExtraLastResort(Config config) {
        Fixture f = new Fixture(config);
        f.m.allocateRooted(f.types.primArray(ElementKind.LONG), BIG);
        int before = f.m.mm.telemetry().pauses().size();
        assertThrows(HeapExhaustedException.class,
                () -> f.m.allocate(f.types.primArray(ElementKind.LONG), BIG));
        for (PauseRecord p : f.m.mm.telemetry().pauses().subList(before, f.m.mm.telemetry().pauses().size())) {
            assertEquals(0, p.work().get(WorkKind.REFERENCES_DISCOVERED), "no collection cleared soft references");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notClearing")
    void collectorsThatDoNotProcessReferencesKeepEveryReferent(Config config) {
        Fixture f = new Fixture(config);
        assertFalse(f.m.mm.traits().clearsWeakReferences());
        int w = f.referenceToNewNode(f.weak, 42);
        int s = f.referenceToNewNode(f.soft, 43);
        f.m.mm.systemGc();
        f.m.mm.systemGc();
        assertEquals(42, f.m.getWord(f.referent(w), ID));
        assertEquals(43, f.m.getWord(f.referent(s), ID));
        f.m.mm.shutdown();
    }

    /**
     * A weak reference in old that a minor collection reaches only through its dirty card is scanned like any
     * old object there, all slots strong: it keeps its young referent through the minor collection
     * (conservative), and the next full collection clears it. (Minor-collection discovery for references it
     * copies or promotes: GenerationalTest.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("gclab.collectors.Configs#generationals")
    void generationalMinorCollectionsKeepAReferentHeldThroughADirtyCardAndFullOnesClearIt(Config config) {
        Fixture f = new Fixture(config);
        int w = f.m.allocateRooted(f.weak, 0);
        f.m.mm.systemGc(); // a full collection packs w into old
        assertEquals("old", f.m.heap.spaceOf(f.m.at(w)).name());
        int node = f.m.allocate(f.types.node(), 0);
        f.m.setWord(node, ID, 42);
        f.m.setRef(f.m.at(w), REFERENT, node); // old -> young, through the barrier
        f.m.mm.collector().collect(GcCause.STRESS); // a minor collection
        assertEquals(GcCause.STRESS, f.lastPause().cause());
        assertEquals(42, f.m.getWord(f.referent(w), ID), "the minor collection kept (and moved) the referent");
        assertEquals(0, f.work(WorkKind.REFERENCES_DISCOVERED));
        f.m.mm.systemGc();
        assertEquals(Heap.NULL, f.referent(w));
        assertEquals(1, f.work(WorkKind.REFERENCES_CLEARED));
    }

    // ---------------------------------------------------------------- the check can fail

    /** root -> w (weak); w.referent -> a node nothing else holds. Returns the root of w. */
    private static int weakToGarbage(MemoryManager mm, RootSlots roots, Layout weak, TestTypes types) {
        int w = roots.add(mm.allocate(weak, 0));
        int node = mm.allocate(types.node(), 0);
        mm.storeReference(roots.get(w), Heap.slotAddress(roots.get(w), REFERENT), node);
        return w;
    }

    @Test
    void verifierCatchesAReferentFreedButNotCleared() {
        RootSlots roots = new RootSlots();
        MemoryManager mm = MemoryManager.create(
                new CollectorRegistry(List.of(new ForgetfulReferenceMarkSweep.Factory())),
                ForgetfulReferenceMarkSweep.NAME, Map.of(), HEAP, roots);
        mm.enableVerification(roots);
        TestTypes types = TestTypes.define(mm.heap());
        Layout weak = mm.heap().layouts()
                .defineReference("Weak", 3, REFERENT, ReferenceStrength.WEAK, STRONG, REFERENT);
        int w = weakToGarbage(mm, roots, weak, types);
        int referent = mm.heap().reference(Heap.slotAddress(roots.get(w), REFERENT));

        HeapCorruptionException e = assertThrows(HeapCorruptionException.class, mm::systemGc);

        assertTrue(e.getMessage().contains("bad reference in Weak@" + roots.get(w) + ".field" + REFERENT),
                e.getMessage());
        assertTrue(e.getMessage().contains("address " + referent + " in space heap is a free chunk"
                + " (the object was freed)"), e.getMessage());
    }
}
