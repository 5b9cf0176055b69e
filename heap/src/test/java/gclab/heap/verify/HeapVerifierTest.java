package gclab.heap.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.Heap;
import gclab.heap.ObjectModel;
import gclab.heap.space.BumpSpace;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.testing.TestHeap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verifier must catch every kind of violation, and say where: each test breaks one invariant and checks
 * the message. The graph: root[0] -> a, a.field0 -> b, b.field1 -> c, all Nodes in the free-list space "old";
 * an Object[] in the bump space "eden" held by root[1].
 */
class HeapVerifierTest {
    private TestHeap t;
    private FreeListSpace old;
    private BumpSpace eden;
    private HeapVerifier verifier;
    private int a;
    private int b;
    private int c;
    private int array;

    @BeforeEach
    void buildGraph() {
        t = new TestHeap(8192);
        old = new FreeListSpace(t.heap, "old", 200, FitPolicy.FIRST_FIT);
        eden = new BumpSpace(t.heap, "eden", 100);
        a = t.node(old, 1);
        b = t.node(old, 2);
        c = t.node(old, 3);
        t.link(a, 0, b);
        t.link(b, 1, c);
        array = t.allocate(eden, t.refArray, 4);
        t.link(array, 2, c);
        t.roots.add(a);
        t.roots.add(array);
        verifier = new HeapVerifier(t.heap, t.roots);
    }

    private String violation(Runnable check) {
        return assertThrows(HeapCorruptionException.class, check::run).getMessage();
    }

    private static void assertContains(String message, String expected) {
        assertTrue(message.contains(expected), "expected \"" + expected + "\" in: " + message);
    }

    @Test
    void validHeapPassesAndCountsTheReachableObjects() {
        assertEquals(4, verifier.verify());
        assertEquals(4, verifier.verifyNoGarbage());
    }

    @Test
    void referenceIntoAFreeChunkIsCaughtWithThePathFromTheRoot() {
        old.free(c, 5);
        t.link(array, 2, Heap.NULL);
        String m = violation(verifier::verify);
        assertContains(m, "bad reference in Node@" + b + ".field1: address " + c + " in space old is a free chunk");
        assertContains(m, "path from the roots: root[0] -> Node@" + a + ", Node@" + a + ".field0 -> Node@" + b);
    }

    @Test
    void referenceIntoTheMiddleOfAnObjectIsCaught() {
        t.link(b, 1, c + 2);
        String m = violation(verifier::verify);
        assertContains(m, "bad reference in Node@" + b + ".field1: address " + (c + 2)
                + " in space old is not the start of an object (it is word 2 of Node@" + c + ")");
    }

    @Test
    void referenceToAWordThatLooksLikeAFreeHeaderInsideAnObjectIsNotCalledFree() {
        t.heap.setWord(Heap.slotAddress(c, 2), ObjectModel.shape(ObjectModel.FREE_TYPE_ID, 3));
        t.link(b, 1, Heap.slotAddress(c, 2));
        String m = violation(verifier::verify);
        assertContains(m, "is not the start of an object (it is word 4 of Node@" + c + ")");
    }

    @Test
    void referenceIntoAnArrayElementPathNamesTheElement() {
        t.link(array, 3, a + 1);
        String m = violation(verifier::verify);
        assertContains(m, "bad reference in Object[4]@" + array + "[3]: address " + (a + 1));
        assertContains(m, "path from the roots: root[1] -> Object[4]@" + array);
    }

    @Test
    void referenceAboveABumpSpacesTopIsCaught() {
        int stale = t.node(eden, 9);
        eden.setTop(stale); // the Node's words are still there, above the top
        t.link(c, 0, stale);
        String m = violation(verifier::verify);
        assertContains(m, "address " + stale + " in space eden lies above the space's top (unallocated)");
        assertTrue(m.endsWith("path from the roots: root[1] -> Object[4]@" + array + ", Object[4]@" + array
                + "[2] -> Node@" + c), "the shortest path: " + m);
    }

    @Test
    void referenceOutsideTheHeapIsCaught() {
        t.link(c, 0, t.heap.capacityWords() + 5);
        String m = violation(verifier::verify);
        assertContains(m, "address " + (t.heap.capacityWords() + 5) + " is outside the heap (valid addresses are 1 to "
                + (t.heap.capacityWords() - 1) + ")");
        t.link(c, 0, -7);
        assertContains(violation(verifier::verify), "address -7 is outside the heap");
    }

    @Test
    void referenceIntoUnreservedMemoryIsCaught() {
        t.link(c, 0, eden.end() + 10);
        assertContains(violation(verifier::verify), "address " + (eden.end() + 10) + " lies in no space");
    }

    @Test
    void badRootIsCaughtAndNamed() {
        t.roots.add(b + 1);
        assertContains(violation(verifier::verify), "root root[2] holds a bad reference: address " + (b + 1));
    }

    @Test
    void corruptedShapeWordMakesTheSpaceUnparsable() {
        t.heap.setWord(b, 0L);
        String m = violation(verifier::verify);
        assertContains(m, "space old is not parsable at address " + b + ": shape word 0x0 names no type (after Node@"
                + a + ")");
    }

    @Test
    void unknownTypeIdAtTheFirstWordOfASpaceIsUnparsable() {
        t.heap.setWord(a, ObjectModel.shape(999, 0));
        assertContains(violation(verifier::verify),
                "not parsable at address " + a + ": shape word 0x3e7 names no type (the first word of the space)");
    }

    @Test
    void arrayLengthRunningPastTheSpaceIsUnparsable() {
        t.heap.setWord(array, ObjectModel.shape(t.refArray.typeId(), 1000));
        assertContains(violation(verifier::verify), "space eden is not parsable at address " + array
                + ": Object[] of 1002 words runs past the space's top at " + eden.top());
        t.heap.setWord(c, ObjectModel.shape(t.refArray.typeId(), Integer.MAX_VALUE - 20));
        assertContains(violation(verifier::verify), "runs past the end of the space");
    }

    @Test
    void freeListEntryThatIsNoLongerAFreeChunkIsCaught() {
        int rest = c + 5; // the rest of the space, listed as one free chunk
        t.heap.formatObject(rest, t.refArray, 200 - 15 - 2, 200 - 15, 0L); // overwritten without allocating
        String m = violation(verifier::verify);
        assertContains(m, "free list of space old lists address " + rest
                + ", which is not a free chunk of the space (it is the live-looking object Object[183]@"
                + rest + ")");
    }

    @Test
    void unreachableObjectIsGarbageOnlyForVerifyNoGarbage() {
        t.link(b, 1, Heap.NULL);
        t.link(array, 2, Heap.NULL);
        assertEquals(3, verifier.verify(), "plain verify does not mind garbage");
        String m = violation(verifier::verifyNoGarbage);
        assertEquals("unreachable object left after a complete collection: Node@" + c + " (and 0 more)", m);
    }

    @Test
    void verifyNoGarbageCountsTheRestOfTheGarbage() {
        t.roots.clear(0);
        t.link(array, 2, Heap.NULL);
        assertContains(violation(verifier::verifyNoGarbage), "Node@" + a + " (and 2 more)");
    }

    @Test
    void cycleIsVerifiedOnce() {
        t.link(c, 0, a);
        assertEquals(4, verifier.verifyNoGarbage());
    }

    @Test
    void verifyObjectAcceptsObjectStartsOnly() {
        verifier.verifyObject(b);
        assertContains(violation(() -> verifier.verifyObject(b + 3)), "not the start of an object");
        old.free(b, 5);
        assertContains(violation(() -> verifier.verifyObject(b)), "is a free chunk");
    }
}
