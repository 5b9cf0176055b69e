package gclab.collectors.generational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.ReferenceStrength;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.TenuringDistribution;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.TestMutator;
import gclab.heap.verify.HeapCorruptionException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generational collector over a mock runtime (hand-built graphs, a fake root set), with the verifier on
 * after every pause. Heaps here are 96 KiB: 4096 words of young (eden 3278, survivors 409 each) and 8192 of old.
 */
class GenerationalTest {
    private static final long HEAP = 96 << 10;
    /** Node fields: NEXT and OTHER are references, ID and PAYLOAD primitives. Six words with the header. */
    private static final int NEXT = 0;
    private static final int ID = 1;
    private static final int OTHER = 2;
    private static final int PAYLOAD = 3;

    /** A mutator over a fresh generational heap, with helpers that address objects through roots. */
    static final class Fixture {
        private final TestMutator m;
        private final Generational gc;
        private final Layout node;
        private final Layout refArray;

        Fixture(Map<String, String> options) {
            m = new TestMutator(new GenerationalFactory(), options, HEAP);
            gc = (Generational) m.mm.collector();
            node = m.heap.layouts().defineInstance("Node", 4, NEXT, OTHER);
            refArray = m.heap.layouts().defineArray("Object[]", ElementKind.REFERENCE);
        }

        static Fixture with(String... keyValues) {
            Map<String, String> options = new HashMap<>();
            for (int i = 0; i < keyValues.length; i += 2) {
                options.put(keyValues[i], keyValues[i + 1]);
            }
            return new Fixture(options);
        }

        /** Allocates a node with {@code id} and its payload, NEXT = the object in root {@code nextRoot} (or null). */
        private int newNode(long id, int nextRoot) {
            int n = m.allocate(node, 0);
            m.setWord(n, ID, id);
            m.setWord(n, PAYLOAD, payload(id));
            if (nextRoot >= 0) {
                m.setRef(n, NEXT, m.at(nextRoot));
            }
            return n;
        }

        /** Builds a rooted list of {@code count} nodes, ids count-1 (head) down to 0; returns the head's root. */
        private int rootedList(int count) {
            int head = m.roots.add(Heap.NULL);
            for (int id = 0; id < count; id++) {
                int n = newNode(id, head);
                m.roots.set(head, n);
            }
            return head;
        }

        private void checkList(int headRoot, int count) {
            int n = m.at(headRoot);
            for (int id = count - 1; id >= 0; id--) {
                assertEquals(id, m.getWord(n, ID), "id");
                assertEquals(payload(id), m.getWord(n, PAYLOAD), "payload of " + id);
                n = m.getRef(n, NEXT);
            }
            assertEquals(Heap.NULL, n);
        }

        private void minor() {
            gc.collect(GcCause.STRESS);
        }

        private PauseRecord lastPause() {
            List<PauseRecord> pauses = m.mm.telemetry().pauses();
            return pauses.get(pauses.size() - 1);
        }

        private long lastWork(WorkKind kind) {
            return lastPause().work().get(kind);
        }

        /** Promotes a rooted node to old (threshold 0), then stores into it a reference to a new, unrooted node. */
        private int oldToYoungReference() {
            int holder = m.roots.add(newNode(1, -1));
            minor();
            assertTrue(gc.old().contains(m.at(holder)));
            int young = newNode(2, -1);
            m.setRef(m.at(holder), NEXT, young);
            assertTrue(gc.eden().contains(young));
            return holder;
        }
    }

    private static long payload(long id) {
        return ~(id * 0x9E37_79B9_7F4A_7C15L);
    }

    @Test
    void objectsSurviveMinorCollectionsWithEveryFieldIntact() {
        Fixture t = Fixture.with("tenuring", "fixed");
        int head = t.rootedList(50);
        // A cross link, so an object reached twice is copied once.
        t.m.setRef(t.m.at(head), OTHER, t.m.getRef(t.m.at(head), NEXT));
        for (int i = 0; i < 5; i++) {
            t.minor();
            assertEquals(PauseKind.YOUNG, t.lastPause().kind());
            assertEquals(50, t.lastWork(WorkKind.OBJECTS_COPIED));
            assertEquals(300, t.lastWork(WorkKind.WORDS_COPIED));
            t.checkList(head, 50);
            assertEquals(t.m.getRef(t.m.at(head), NEXT), t.m.getRef(t.m.at(head), OTHER));
            assertTrue(t.gc.from().contains(t.m.at(head)));
        }
        assertEquals(0, t.gc.eden().usedWords());
    }

    @Test
    void allocationFailureInEdenCollectsTheYoungGenerationAndGarbageIsNotCopied() {
        Fixture t = Fixture.with("tenuring-threshold", "2");
        int head = t.rootedList(50);
        for (int i = 0; i < 5000; i++) {
            t.newNode(1_000_000 + i, -1); // garbage
        }
        t.checkList(head, 50);
        List<PauseRecord> pauses = t.m.mm.telemetry().pauses();
        assertTrue(pauses.size() >= 5, "eden (3278 words) fills every ~546 nodes: " + pauses.size());
        assertTrue(pauses.stream().allMatch(p -> p.kind() == PauseKind.YOUNG));
        long copied = pauses.stream().mapToLong(p -> p.work().get(WorkKind.OBJECTS_COPIED)).sum();
        // The list is copied at most tenuring-threshold + 1 times (twice to survivors, once to old).
        assertTrue(copied <= 150 + pauses.size(), "copied " + copied);
        assertTrue(t.gc.old().contains(t.m.at(head)));
    }

    @Test
    void objectsAgeAndArePromotedAtTheThreshold() {
        Fixture t = Fixture.with("tenuring-threshold", "3");
        int head = t.rootedList(10);
        for (int collection = 1; collection <= 3; collection++) {
            t.minor();
            assertEquals(0, t.lastWork(WorkKind.OBJECTS_PROMOTED), "collection " + collection);
            assertTrue(t.gc.from().contains(t.m.at(head)));
            assertEquals(collection, GcWord.age(t.m.heap.gcWord(t.m.at(head))));
        }
        t.minor();
        assertEquals(10, t.lastWork(WorkKind.OBJECTS_PROMOTED));
        assertTrue(t.gc.old().contains(t.m.at(head)));
        assertEquals(0, t.gc.from().usedWords());
        t.minor();
        assertEquals(0, t.lastWork(WorkKind.OBJECTS_COPIED), "old objects are not copied again");
        t.checkList(head, 10);
        assertEquals(0, t.gc.prematurePromotions());
    }

    @Test
    void survivorOverflowPromotesPrematurely() {
        Fixture t = Fixture.with();
        int head = t.rootedList(100); // 600 words, the survivor holds 409
        t.minor();
        long promoted = t.lastWork(WorkKind.OBJECTS_PROMOTED);
        assertTrue(promoted > 0 && promoted < 100, "promoted " + promoted);
        assertEquals(promoted, t.gc.prematurePromotions());
        assertEquals(100, t.lastWork(WorkKind.OBJECTS_COPIED));
        t.checkList(head, 100);
        t.minor();
        t.checkList(head, 100);
    }

    /** Reference layouts: field 0 strong, field 1 the referent. */
    private static final int REF_STRONG = 0;
    private static final int REFERENT = 1;

    @ParameterizedTest(name = "copy-order={0}")
    @ValueSource(strings = {"breadth-first", "depth-first"})
    void aMinorCollectionClearsAWeakReferenceWhoseYoungReferentNothingElseHolds(String order) {
        Fixture t = Fixture.with("copy-order", order, "tenuring", "fixed");
        Layout weak = t.m.heap.layouts().defineReference("Weak", 2, REFERENT, ReferenceStrength.WEAK,
                REF_STRONG, REFERENT);
        Layout soft = t.m.heap.layouts().defineReference("Soft", 2, REFERENT, ReferenceStrength.SOFT,
                REF_STRONG, REFERENT);
        // w -> a node only it holds: cleared.
        int w = t.m.allocateRooted(weak, 0);
        t.m.setRef(t.m.at(w), REFERENT, t.newNode(1, -1));
        // v -> m weakly, and v.strong -> x -> m: when v is scanned, m is not copied yet (discovered), but the
        // strong path reaches it later in the same collection, so v follows m's copy.
        int v = t.m.allocateRooted(weak, 0);
        int m = t.newNode(2, -1);
        int x = t.newNode(3, -1);
        t.m.setRef(x, NEXT, m);
        t.m.setRef(t.m.at(v), REF_STRONG, x);
        t.m.setRef(t.m.at(v), REFERENT, m);
        // s -> a node only it holds: soft referents are strong in a minor collection.
        int s = t.m.allocateRooted(soft, 0);
        t.m.setRef(t.m.at(s), REFERENT, t.newNode(4, -1));

        t.minor();

        assertEquals(Heap.NULL, t.m.getRef(t.m.at(w), REFERENT), "the weakly reachable young node is cleared");
        int mCopy = t.m.getRef(t.m.at(v), REFERENT);
        assertTrue(t.gc.from().contains(mCopy), "the strongly reachable referent was copied and the slot follows");
        assertEquals(mCopy, t.m.getRef(t.m.getRef(t.m.at(v), REF_STRONG), NEXT));
        assertEquals(payload(2), t.m.getWord(mCopy, PAYLOAD));
        assertEquals(payload(4), t.m.getWord(t.m.getRef(t.m.at(s), REFERENT), PAYLOAD));
        assertEquals(2, t.lastWork(WorkKind.REFERENCES_DISCOVERED));
        assertEquals(1, t.lastWork(WorkKind.REFERENCES_CLEARED));
        // w, v, s, m, x and s's referent were copied; w's referent was not.
        assertEquals(6, t.lastWork(WorkKind.OBJECTS_COPIED));
    }

    @Test
    void aWeakReferenceInOldFollowsItsYoungReferentAndKeepsItWhileOnlyItsDirtyCardIsScanned() {
        Fixture t = Fixture.with("tenuring", "fixed", "tenuring-threshold", "1");
        Layout weak = t.m.heap.layouts().defineReference("Weak", 2, REFERENT, ReferenceStrength.WEAK,
                REF_STRONG, REFERENT);
        int w = t.m.allocateRooted(weak, 0);
        t.minor(); // w: eden -> survivor, age 1
        int referent = t.m.roots.add(t.newNode(7, -1)); // held by a root too
        t.m.setRef(t.m.at(w), REFERENT, t.m.at(referent));
        t.minor(); // w is promoted (age 1 = threshold); the referent, evacuated from its root first, is young
        assertTrue(t.gc.old().contains(t.m.at(w)));
        assertTrue(t.gc.from().contains(t.m.at(referent)));
        assertEquals(t.m.at(referent), t.m.getRef(t.m.at(w), REFERENT), "the promoted reference follows the copy");
        assertEquals(0, t.lastWork(WorkKind.REFERENCES_DISCOVERED), "its referent was copied already");
        t.m.roots.set(referent, Heap.NULL); // now only the old weak reference holds it
        t.minor();
        // An old reference is scanned only through its dirty card, and there every slot is strong: the referent
        // survives (conservative: cleared by a later full collection, never wrongly).
        assertEquals(1, t.lastWork(WorkKind.CARDS_SCANNED));
        int kept = t.m.getRef(t.m.at(w), REFERENT);
        assertTrue(kept != Heap.NULL);
        assertEquals(payload(7), t.m.getWord(kept, PAYLOAD));
    }

    @Test
    void theCardTableKeepsAnOldToYoungReferenceAlive() {
        Fixture t = Fixture.with("tenuring-threshold", "0");
        int holder = t.oldToYoungReference();
        t.minor();
        assertEquals(1, t.lastWork(WorkKind.CARDS_SCANNED));
        assertEquals(1, t.lastWork(WorkKind.OBJECTS_COPIED));
        int target = t.m.getRef(t.m.at(holder), NEXT);
        assertEquals(2, t.m.getWord(target, ID));
        assertEquals(payload(2), t.m.getWord(target, PAYLOAD));
    }

    @Test
    void withoutTheBarrierTheVerifierCatchesTheLostObject() {
        Fixture t = Fixture.with("tenuring-threshold", "0", "barrier", "off");
        t.oldToYoungReference();
        assertThrows(HeapCorruptionException.class, t::minor);
    }

    @Test
    void aCardStaysDirtyWhileItsObjectStillPointsIntoYoung() {
        Fixture t = Fixture.with("tenuring-threshold", "2");
        int holder = t.m.roots.add(t.newNode(1, -1));
        t.minor();
        t.minor();
        t.minor();
        assertTrue(t.gc.old().contains(t.m.at(holder)));
        t.m.setRef(t.m.at(holder), OTHER, t.newNode(2, -1));
        for (int i = 0; i < 3; i++) { // the target ages in the survivors, then is promoted
            t.minor();
            assertEquals(1, t.lastWork(WorkKind.CARDS_SCANNED), "collection " + i);
            assertEquals(2, t.m.getWord(t.m.getRef(t.m.at(holder), OTHER), ID));
        }
        assertTrue(t.gc.old().contains(t.m.getRef(t.m.at(holder), OTHER)));
        t.minor();
        assertEquals(0, t.lastWork(WorkKind.CARDS_SCANNED), "old-to-old: the card was cleaned");
    }

    /** The work of one minor collection of the same young objects, over an old list of {@code oldObjects}. */
    private static WorkCounts minorWorkOverOld(int oldObjects) {
        Fixture t = Fixture.with("tenuring-threshold", "0");
        int list = t.rootedList(oldObjects);
        t.minor();
        assertEquals(oldObjects, t.lastWork(WorkKind.OBJECTS_PROMOTED));
        assertEquals(6L * oldObjects, t.gc.old().usedWords());
        int young = t.rootedList(20);
        t.minor();
        t.checkList(list, oldObjects);
        t.checkList(young, 20);
        return t.lastPause().work();
    }

    @Test
    void minorWorkDoesNotGrowWithTheOldGenerationWhenItsCardsAreClean() {
        WorkCounts small = minorWorkOverOld(10);
        WorkCounts large = minorWorkOverOld(400);
        assertEquals(small.asMap(), large.asMap());
        assertEquals(0, large.get(WorkKind.CARDS_SCANNED));
        assertEquals(20, large.get(WorkKind.OBJECTS_COPIED));
    }

    @Test
    void fullCollectionReclaimsOldGarbageAndPromotesYoungSurvivors() {
        Fixture t = Fixture.with("tenuring-threshold", "0");
        int dead = t.rootedList(300);
        t.minor();
        assertEquals(1800, t.gc.old().usedWords());
        t.m.roots.clear(dead);
        int live = t.rootedList(30);
        t.m.mm.systemGc();
        PauseRecord full = t.lastPause();
        assertEquals(PauseKind.FULL, full.kind());
        assertEquals(300, full.work().get(WorkKind.OBJECTS_FREED));
        assertEquals(30, full.work().get(WorkKind.OBJECTS_PROMOTED));
        assertEquals(180, t.gc.old().usedWords());
        assertEquals(0, t.gc.eden().usedWords());
        t.checkList(live, 30);
        t.minor();
        assertEquals(0, t.lastWork(WorkKind.CARDS_SCANNED));
        t.checkList(live, 30);
    }

    @Test
    void aFullCollectionBeforeAnyMinorCollectionPromotesEveryReachableYoungObject() {
        Fixture t = Fixture.with();
        int live = t.rootedList(30);
        t.newNode(99, -1); // garbage
        t.m.mm.systemGc();
        assertEquals(PauseKind.FULL, t.lastPause().kind());
        assertEquals(30, t.lastWork(WorkKind.OBJECTS_PROMOTED));
        assertEquals(30, t.lastWork(WorkKind.OBJECTS_MARKED));
        assertTrue(t.gc.old().contains(t.m.at(live)));
        t.checkList(live, 30);
    }

    @Test
    void aFullOldGenerationIsCollectedWhenPromotionCouldFail() {
        Fixture t = Fixture.with("tenuring-threshold", "0");
        int live = t.rootedList(100);
        SplittableRandom random = new SplittableRandom(5);
        int keep = t.m.roots.add(Heap.NULL);
        int kept = 0;
        for (int i = 0; i < 20_000; i++) {
            int n = t.newNode(i, -1);
            if (random.nextInt(4) == 0) { // a chain that is promoted, then dropped to die in old
                t.m.setRef(n, NEXT, t.m.at(keep));
                t.m.roots.set(keep, ++kept % 500 == 0 ? Heap.NULL : n);
            }
        }
        t.checkList(live, 100);
        List<PauseRecord> pauses = t.m.mm.telemetry().pauses();
        assertTrue(pauses.stream().anyMatch(p -> p.kind() == PauseKind.FULL));
        assertTrue(pauses.stream().anyMatch(p -> p.kind() == PauseKind.YOUNG));
    }

    @Test
    void randomStoresIntoAnOldArrayKeepEveryTargetUnderManyCollections() {
        Fixture t = Fixture.with("tenuring-threshold", "1", "card-size", "64");
        int slots = 200;
        int array = t.m.roots.add(t.m.allocate(t.refArray, slots));
        long[] expected = new long[slots];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 1; i <= 30_000; i++) {
            int n = t.newNode(i, -1);
            int slot = random.nextInt(slots);
            t.m.setRef(t.m.at(array), slot, n);
            expected[slot] = i;
            if (random.nextInt(3) == 0) { // a young-to-young or old-to-old link between two held nodes
                int other = t.m.getRef(t.m.at(array), random.nextInt(slots));
                t.m.setRef(t.m.getRef(t.m.at(array), slot), OTHER, other);
            }
        }
        assertTrue(t.gc.old().contains(t.m.at(array)));
        for (int slot = 0; slot < slots; slot++) {
            int n = t.m.getRef(t.m.at(array), slot);
            if (expected[slot] == 0) {
                assertEquals(Heap.NULL, n);
            } else {
                assertEquals(expected[slot], t.m.getWord(n, ID));
                assertEquals(payload(expected[slot]), t.m.getWord(n, PAYLOAD));
            }
        }
        List<PauseRecord> pauses = t.m.mm.telemetry().pauses();
        assertTrue(pauses.size() > 20, "pauses " + pauses.size());
        assertTrue(pauses.stream().mapToLong(p -> p.work().get(WorkKind.CARDS_SCANNED)).sum() > 0);
        assertFalse(pauses.stream().anyMatch(p -> p.work().get(WorkKind.OBJECTS_COPIED) > 10_000));
    }

    /** Fills old with one rooted reference array too large for eden (it is allocated in old directly). */
    private static int bigOldArray(Fixture t, int slots) {
        int array = t.m.roots.add(t.m.allocate(t.refArray, slots));
        assertTrue(t.gc.old().contains(t.m.at(array)));
        return array;
    }

    @Test
    void whenPromotionFailsTheObjectsStayInPlaceAndAFullCollectionFollows() {
        Fixture t = Fixture.with("tenuring-threshold", "0", "tenuring", "fixed");
        bigOldArray(t, 7000); // old: 7002 of 8192 words; no minor collection has promoted anything yet
        int list = t.rootedList(300); // 1800 words: more than old's 1190 free ones
        t.minor();
        List<PauseRecord> pauses = t.m.mm.telemetry().pauses();
        PauseRecord young = pauses.get(pauses.size() - 2);
        PauseRecord full = pauses.get(pauses.size() - 1);
        assertEquals(PauseKind.YOUNG, young.kind());
        long failed = young.work().get(WorkKind.PROMOTION_FAILURES);
        long promoted = young.work().get(WorkKind.OBJECTS_PROMOTED);
        assertTrue(failed > 0 && promoted > 0, "failed " + failed + ", promoted " + promoted);
        assertEquals(300, failed + promoted);
        assertEquals(600, young.work().get(WorkKind.SLOTS_SCANNED), "every node scanned once, failed or not");
        assertEquals(PauseKind.FULL, full.kind());
        assertEquals(GcCause.PROMOTION_FAILED, full.cause());
        t.checkList(list, 300);
        assertEquals(0, t.gc.to().usedWords(), "to-space is empty again");
        assertEquals(6 * failed, t.gc.eden().usedWords() + t.gc.from().usedWords(),
                "the objects old could not take are packed in young; the stale originals are gone");
        t.minor(); // young works again: the survivors age in place or fail again, never lost
        t.checkList(list, 300);
    }

    @Test
    void aFullCollectionPacksTheSurvivorsOldCannotTakeSoEdenHasRoomAgain() {
        Fixture t = Fixture.with("tenuring-threshold", "0", "tenuring", "fixed");
        bigOldArray(t, 7000);
        int list = t.rootedList(300);
        for (int i = 0; i < 50; i++) {
            t.newNode(1_000 + i, -1); // garbage between and after the survivors
        }
        t.m.mm.systemGc();
        PauseRecord full = t.lastPause();
        assertEquals(PauseKind.FULL, full.kind());
        long promoted = full.work().get(WorkKind.OBJECTS_PROMOTED);
        assertEquals(198, promoted, "old's 1190 free words take 198 six-word nodes");
        assertEquals(6 * (300 - promoted), t.gc.eden().usedWords(), "the rest, packed at eden's start");
        t.checkList(list, 300);
        int before = t.m.mm.telemetry().pauses().size();
        for (int i = 0; i < 2000; i++) {
            t.newNode(10_000 + i, -1); // 12,000 words of garbage
        }
        int collections = t.m.mm.telemetry().pauses().size() - before;
        assertTrue(collections < 20, "each collection frees eden's garbage: " + collections + " collections");
        t.checkList(list, 300);
    }

    /** Promotes a rooted array of 400 nodes, drops every other node, and collects the whole heap. */
    private static Fixture oldWithHoles(String old) {
        Fixture t = Fixture.with("tenuring-threshold", "0", "old", old);
        int array = t.m.roots.add(t.m.allocate(t.refArray, 400));
        for (int i = 0; i < 400; i++) {
            int n = t.newNode(i, -1);
            t.m.setRef(t.m.at(array), i, n);
        }
        t.minor();
        assertTrue(t.gc.old().contains(t.m.getRef(t.m.at(array), 399)));
        for (int i = 0; i < 400; i += 2) {
            t.m.setRef(t.m.at(array), i, Heap.NULL);
        }
        t.m.mm.systemGc();
        for (int i = 1; i < 400; i += 2) {
            int n = t.m.getRef(t.m.at(array), i);
            assertEquals(i, t.m.getWord(n, ID));
            assertEquals(payload(i), t.m.getWord(n, PAYLOAD));
        }
        assertEquals(200, t.lastWork(WorkKind.OBJECTS_FREED));
        return t;
    }

    @Test
    void markSweepLeavesOldFragmentedAndMarkCompactLeavesItOneFreeChunk() {
        Fixture swept = oldWithHoles("marksweep");
        assertEquals(201, swept.gc.old().fragmentation().freeChunks(), "200 holes and the tail");
        assertEquals(0, swept.lastWork(WorkKind.OBJECTS_MOVED));
        Fixture compacted = oldWithHoles("markcompact");
        assertEquals(1, compacted.gc.old().fragmentation().freeChunks());
        assertEquals(0.0, compacted.gc.old().fragmentation().externalFragmentation());
        assertEquals(200, compacted.lastWork(WorkKind.OBJECTS_MOVED), "every survivor after the first hole");
        assertEquals(swept.gc.old().usedWords(), compacted.gc.old().usedWords());
    }

    @Test
    void theAdaptiveThresholdPromotesOnceTheSurvivorsOverflowTheTarget() {
        Fixture adaptive = Fixture.with(); // survivor 409 words; target 50%: 204 words
        int list = adaptive.rootedList(50); // 300 words
        adaptive.minor();
        TenuringDistribution first = adaptive.lastPause().tenuring();
        assertEquals(15, first.threshold());
        assertEquals(1, first.newThreshold(), "age 1 alone (300 words) exceeds the desired 204");
        assertEquals(15, first.maxThreshold());
        assertEquals(204 * 8, first.desiredSurvivorBytes());
        assertEquals(300 * 8, first.bytesByAge().get(1));
        assertEquals(300 * 8, first.survivorBytes());
        adaptive.minor();
        assertEquals(50, adaptive.lastWork(WorkKind.OBJECTS_PROMOTED));
        assertEquals(0, adaptive.lastPause().tenuring().survivorBytes());
        adaptive.checkList(list, 50);

        Fixture fixed = Fixture.with("tenuring", "fixed");
        fixed.rootedList(50);
        fixed.minor();
        fixed.minor();
        assertEquals(0, fixed.lastWork(WorkKind.OBJECTS_PROMOTED));
        assertEquals(300 * 8, fixed.lastPause().tenuring().bytesByAge().get(2));
        assertEquals(15, fixed.gc.tenuringThreshold());
    }

    /** Copies a complete binary tree of depth 3 (NEXT left, OTHER right) to a survivor; each node's level. */
    private static Map<Integer, Integer> copiedTreeLevels(String order) {
        Fixture t = Fixture.with("copy-order", order, "tenuring", "fixed");
        int root = t.m.roots.add(tree(t, 3));
        t.minor();
        Map<Integer, Integer> levels = new HashMap<>();
        List<Integer> level = List.of(t.m.at(root));
        for (int depth = 0; !level.isEmpty(); depth++) {
            List<Integer> next = new java.util.ArrayList<>();
            for (int n : level) {
                assertTrue(t.gc.from().contains(n));
                levels.put(n, depth);
                for (int child : new int[] {t.m.getRef(n, NEXT), t.m.getRef(n, OTHER)}) {
                    if (child != Heap.NULL) {
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        assertEquals(15, levels.size());
        return levels;
    }

    private static int tree(Fixture t, int depth) {
        int node = t.m.roots.add(t.newNode(depth, -1));
        if (depth > 0) {
            int left = t.m.roots.add(tree(t, depth - 1));
            int right = tree(t, depth - 1);
            t.m.setRef(t.m.at(node), NEXT, t.m.at(left));
            t.m.setRef(t.m.at(node), OTHER, right);
            t.m.roots.clear(left);
        }
        int address = t.m.at(node);
        t.m.roots.clear(node);
        return address;
    }

    /** True if no node lies at a lower address than a node of a shallower level. */
    private static boolean levelOrder(Map<Integer, Integer> levels) {
        int previous = -1;
        for (int address : new java.util.TreeSet<>(levels.keySet())) {
            if (levels.get(address) < previous) {
                return false;
            }
            previous = levels.get(address);
        }
        return true;
    }

    @Test
    void breadthFirstCopiesLevelByLevelAndDepthFirstDescendsFirst() {
        assertTrue(levelOrder(copiedTreeLevels("breadth-first")));
        assertFalse(levelOrder(copiedTreeLevels("depth-first")));
    }

    /**
     * The breadth-first copy places a tree in exactly Cheney's order, level by level and left to right, though
     * it evacuates the slots in batches (a tree of 63 nodes has 126 slots: eight batches of 16): in a survivor, and
     * when every node is promoted (scanned through the promotion buffer's run).
     */
    @Test
    void breadthFirstPlacesATreeInExactlyCheneysOrder() {
        assertCheneyOrder("15", 5);
        assertCheneyOrder("0", 5);
    }

    /**
     * Promoted, a tree of 511 nodes (3,066 words) fills three promotion buffers and starts a fourth: the runs are
     * scanned in the order they were filled, the open one while it grows, so the placement is still exactly
     * Cheney's, and every node is scanned exactly once (two slots each).
     */
    @Test
    void breadthFirstPlacesATreeInCheneysOrderAcrossPromotionBuffers() {
        Fixture t = assertCheneyOrder("0", 8);
        assertEquals(511 * 2, t.lastWork(WorkKind.SLOTS_SCANNED));
        assertEquals(511 * 6, t.gc.old().usedWords());
        assertEquals(5, t.gc.old().fragmentation().freeChunks(),
                "170 nodes in each of three buffers, one in the fourth: four tails, and the rest of old");
    }

    private static Fixture assertCheneyOrder(String threshold, int depth) {
        Fixture t = Fixture.with("copy-order", "breadth-first", "tenuring", "fixed", "tenuring-threshold", threshold);
        int root = t.m.roots.add(tree(t, depth));
        t.minor();
        List<Integer> levelOrder = new java.util.ArrayList<>(List.of(t.m.at(root)));
        for (int i = 0; i < levelOrder.size(); i++) {
            for (int child : new int[] {t.m.getRef(levelOrder.get(i), NEXT), t.m.getRef(levelOrder.get(i), OTHER)}) {
                if (child != Heap.NULL) {
                    levelOrder.add(child);
                }
            }
        }
        int nodes = (1 << (depth + 1)) - 1;
        assertEquals(nodes, levelOrder.size());
        List<Integer> byAddress = new java.util.ArrayList<>(levelOrder);
        java.util.Collections.sort(byAddress);
        assertEquals(byAddress, levelOrder, "threshold " + threshold);
        assertEquals(threshold.equals("0") ? nodes : 0, t.lastWork(WorkKind.OBJECTS_PROMOTED));
        return t;
    }

    /**
     * Every card whose first word a promoted object covers has that object as its block start, so a dirty card's
     * walk starts at the card and not at the start of its promotion buffer (promotion records a block start only
     * when an object crosses a card's first word, found by one comparison against the next card start).
     */
    @Test
    void aPromotedObjectIsTheBlockStartOfEveryCardWhoseFirstWordItCovers() {
        Fixture t = Fixture.with("tenuring-threshold", "0");
        t.rootedList(400); // 2,400 words: 1,020 in each of two buffers, 360 in a third
        t.minor();
        CardTable cards = t.gc.cards();
        int[] covered = {0};
        t.gc.old().walk((address, size, free) -> {
            for (int word = address; word < address + size; word++) {
                int card = cards.cardStartingAt(word);
                if (card >= 0 && !free) {
                    assertEquals(address, cards.blockStart(card), "card " + card);
                    covered[0]++;
                }
            }
        });
        assertEquals(16 + 16 + 6, covered[0], "64-word cards; the buffers start on card starts");
    }

    @Test
    void anOccupancyThresholdTriggersAFullCollectionAfterAMinorOne() {
        Fixture t = Fixture.with("tenuring-threshold", "0", "full-trigger-occupancy", "10");
        int list = t.rootedList(200); // 1200 words promoted: 14.6% of old
        t.minor();
        PauseRecord last = t.lastPause();
        assertEquals(PauseKind.FULL, last.kind());
        assertEquals(GcCause.OCCUPANCY, last.cause());
        int pauses = t.m.mm.telemetry().pauses().size();
        t.minor(); // old has not grown since that full collection: no second one
        assertEquals(pauses + 1, t.m.mm.telemetry().pauses().size());
        assertEquals(PauseKind.YOUNG, t.lastPause().kind());
        t.checkList(list, 200);
    }

    @Test
    void scanningADirtyCardInsideAHugeArrayCostsTheCardNotTheArray() {
        Fixture t = Fixture.with("tenuring", "fixed");
        int array = bigOldArray(t, 6000);
        t.m.setRef(t.m.at(array), 3000, t.newNode(7, -1));
        t.minor();
        assertEquals(1, t.lastWork(WorkKind.CARDS_SCANNED));
        assertTrue(t.lastWork(WorkKind.SLOTS_SCANNED) <= 64 + 2,
                "one 64-word card and the copied node's two slots: " + t.lastWork(WorkKind.SLOTS_SCANNED));
        assertEquals(7, t.m.getWord(t.m.getRef(t.m.at(array), 3000), ID));
    }

    /**
     * A dirty card that the open promotion buffer shares with a live old object: the card's walk passes the
     * objects promoted into the buffer so far and must stop at its top, not read on into the unused rest, which
     * still holds the swept hole's stale objects (here, dead nodes whose OTHER held a young object that is gone:
     * its address now lies inside an array).
     */
    @Test
    void aDirtyCardsWalkStopsAtTheTopOfTheOpenPromotionBuffer() {
        Fixture t = Fixture.with("tenuring-threshold", "0", "tenuring", "fixed");
        int head = t.rootedList(400);
        t.minor(); // the list in old in list order, six words a node from old's start: node i at start + 6i
        int start = t.gc.old().start();
        assertEquals(start, t.m.at(head));
        t.newNode(-1, -1); // a pad, so that the next node is not at eden's start
        int gone = t.newNode(-2, -1);
        int n = t.m.at(head);
        for (int i = 0; i < 400; i++, n = t.m.getRef(n, NEXT)) {
            if (i >= 5) {
                t.m.setRef(n, OTHER, gone);
            }
        }
        int last = t.m.getRef(t.m.getRef(t.m.getRef(t.m.getRef(t.m.at(head), NEXT), NEXT), NEXT), NEXT);
        assertEquals(start + 24, last);
        t.m.setRef(last, NEXT, Heap.NULL); // nodes 5 to 399 die, and with them the young node they refer to
        t.m.mm.systemGc(); // old: five nodes, then one free chunk from start + 30; young empty, every card clean
        assertEquals(0, t.gc.eden().usedWords());
        t.m.allocate(t.refArray, 16); // garbage over the gone node's address: its words are nulls, not an object
        t.m.setRef(t.m.at(head), OTHER, t.newNode(7, -1)); // dirties card 0: [start, start + 64)
        int promotedFirst = t.m.roots.add(t.newNode(8, -1));
        t.minor(); // the root's node is promoted first, to the free chunk's start, in card 0; top is start + 36
        assertEquals(start + 30, t.m.at(promotedFirst));
        assertEquals(7, t.m.getWord(t.m.getRef(t.m.at(head), OTHER), ID));
        assertEquals(1, t.lastWork(WorkKind.CARDS_SCANNED));
        // card 0's walk: the five old nodes, the root's promoted node, and the node the head's OTHER promotes
        // into the buffer meanwhile (at start + 36), two slots each; the copy phase scans the two promoted nodes
        // again: 18 slots, and none of the stale nodes' beyond the buffer's top (start + 42)
        assertEquals(18, t.lastWork(WorkKind.SLOTS_SCANNED));
        n = t.m.at(head);
        for (int id = 399; id > 394; id--, n = t.m.getRef(n, NEXT)) {
            assertEquals(id, t.m.getWord(n, ID));
            assertEquals(payload(id), t.m.getWord(n, PAYLOAD));
        }
        assertEquals(Heap.NULL, n);
    }

    /**
     * A dirty card's walk that reaches the top of an open promotion buffer that is exactly full goes on into the
     * chunk after it (a full buffer's top is its end), here a live object whose card the buffer's end shares.
     */
    @Test
    void aDirtyCardsWalkThatReachesAFullOpenBufferGoesOnIntoTheNextChunk() {
        Fixture t = Fixture.with("tenuring-threshold", "0", "tenuring", "fixed");
        Layout wide = t.m.heap.layouts().defineInstance("Wide", 6, 0, 2); // eight words: 128 fill a buffer
        int head = t.m.roots.add(Heap.NULL);
        for (int i = 0; i < 140; i++) {
            int o = t.m.allocate(wide, 0);
            t.m.setRef(o, 0, t.m.at(head));
            t.m.roots.set(head, o);
        }
        t.minor(); // promoted in list order: object i at old's start + 8i
        int start = t.gc.old().start();
        int[] at = new int[140];
        int o = t.m.at(head);
        for (int i = 0; i < 140; i++, o = t.m.getRef(o, 0)) {
            at[i] = o;
        }
        assertEquals(start + 8 * 139, at[139]);
        t.m.setRef(at[2], 0, at[131]); // objects 3 to 130 die: a hole of exactly 1,024 words at start + 24
        t.m.mm.systemGc();
        t.m.setRef(at[131], 2, t.newNode(7, -1)); // dirties card 16, [start + 1024, start + 1088)
        int first = t.m.roots.add(t.m.allocate(wide, 0));
        for (int i = 1; i < 128; i++) {
            t.m.roots.add(t.m.allocate(wide, 0));
        }
        t.minor(); // the roots' 128 objects fill the hole's buffer exactly before the cards are scanned
        assertEquals(start + 24, t.m.at(first));
        assertEquals(1, t.lastWork(WorkKind.CARDS_SCANNED));
        int copy = t.m.getRef(at[131], 2);
        assertTrue(t.gc.old().contains(copy));
        assertEquals(7, t.m.getWord(copy, ID));
        // card 16's walk: the last three of the roots' objects (from start + 1024), then objects 131 to 135,
        // two slots each; the copy phase: the 128 promoted and the node, two each
        assertEquals(2 * 3 + 2 * 5 + 2 * 129, t.lastWork(WorkKind.SLOTS_SCANNED));
    }

    @Test
    void promotionBuffersGiveTheirUnusedTailsBackToOld() {
        Fixture t = Fixture.with("tenuring-threshold", "0");
        int list = t.rootedList(400); // 2,400 words: two 1,024-word buffers and part of a third
        t.minor();
        assertEquals(400, t.lastWork(WorkKind.OBJECTS_PROMOTED));
        assertEquals(2400, t.gc.old().usedWords(), "old holds exactly the promoted words; the tail is free again");
        // 170 nodes fill a buffer but for 4 words; the third holds 60 and gives back 664: three tails, and the rest
        assertEquals(4, t.gc.old().fragmentation().freeChunks(), t.gc.old().fragmentation().toString());
        assertEquals(8192 - 2400, t.gc.old().freeWords());
        t.checkList(list, 400);
        t.m.mm.systemGc();
        t.checkList(list, 400);
    }
}
