package gclab.collectors;

import static gclab.collectors.TestTypes.ID;
import static gclab.collectors.TestTypes.NEXT;
import static gclab.collectors.TestTypes.OTHER;
import static gclab.collectors.TestTypes.PAYLOAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.testing.TestMutator;

/**
 * A hand-built object graph with every shape a collector must keep intact, and garbage between its objects:
 *
 * <pre>
 *   root a ──► Node a ─NEXT─► Node b ─NEXT─► Node c ─NEXT─► a      (a cycle)
 *              a.OTHER ─► a                                      (a self-reference)
 *              b.OTHER ─► shared ◄─OTHER─ c                      (a shared object)
 *              shared.NEXT = null, shared.OTHER ─► array
 *   root array ─► Object[5] = { shared, b, null, shared, array }  (shared twice, and itself)
 *   root prims ─► Object[8] = { boolean[], byte[], char[], short[], int[], float[], long[], double[] }
 * </pre>
 * Before every live object, {@link #garbage} allocates an unrooted node, an unrooted int[] and an unrooted
 * two-node cycle, so a sweep frees {@link #garbageObjects} objects of {@link #garbageWords} words and a
 * compaction moves every live object.
 */
final class SampleGraph {
    static final int ID_A = 1;
    static final int ID_B = 2;
    static final int ID_C = 3;
    static final int ID_SHARED = 4;
    /** Length of each primitive test array: odd, so packed arrays end in a partly used word. */
    static final int PRIM_LENGTH = 11;
    /** Live objects: four nodes, two reference arrays, eight primitive arrays. */
    static final int LIVE_OBJECTS = 4 + 2 + TestTypes.PRIMITIVES.size();
    /** Non-null references the roots and live objects hold: 7 in nodes, 4 + 8 in arrays, 3 roots. */
    static final int LIVE_REFERENCES = 7 + 4 + 8 + 3;

    private final TestMutator m;
    private final TestTypes types;
    final int rootA;
    final int rootArray;
    final int rootPrims;
    int garbageObjects;
    long garbageWords;
    long liveWords;

    SampleGraph(TestMutator m) {
        this.m = m;
        this.types = TestTypes.define(m.heap);
        // Every object under construction sits in a root, so the graph survives a collection at any allocation.
        garbage();
        rootA = newNode(ID_A);
        garbage();
        int rootB = newNode(ID_B);
        garbage();
        int rootC = newNode(ID_C);
        garbage();
        int rootShared = newNode(ID_SHARED);
        garbage();
        rootArray = newRooted(types.refArray(), 5);
        garbage();
        rootPrims = newRooted(types.refArray(), TestTypes.PRIMITIVES.size());
        for (int i = 0; i < TestTypes.PRIMITIVES.size(); i++) {
            ElementKind kind = TestTypes.PRIMITIVES.get(i);
            garbage();
            int r = newRooted(types.primArray(kind), PRIM_LENGTH);
            for (int e = 0; e < PRIM_LENGTH; e++) {
                m.heap.setPrimitiveElement(m.at(r), kind, e, TestTypes.elementBits(kind, e));
            }
            m.setRef(m.at(rootPrims), i, m.at(r));
            m.roots.clear(r);
        }
        int a = m.at(rootA);
        int b = m.at(rootB);
        int c = m.at(rootC);
        int shared = m.at(rootShared);
        int array = m.at(rootArray);
        m.setRef(a, NEXT, b);
        m.setRef(b, NEXT, c);
        m.setRef(c, NEXT, a);
        m.setRef(a, OTHER, a);
        m.setRef(b, OTHER, shared);
        m.setRef(c, OTHER, shared);
        m.setRef(shared, OTHER, array);
        m.setRef(array, 0, shared);
        m.setRef(array, 1, b);
        m.setRef(array, 3, shared);
        m.setRef(array, 4, array);
        m.roots.clear(rootB);
        m.roots.clear(rootC);
        m.roots.clear(rootShared);
    }

    private int newNode(int id) {
        int r = newRooted(types.node(), 0);
        m.setWord(m.at(r), ID, id);
        m.setWord(m.at(r), PAYLOAD, TestTypes.payload(id));
        return r;
    }

    private int newRooted(Layout layout, int length) {
        liveWords += Heap.requiredWords(layout, length);
        return m.allocateRooted(layout, length);
    }

    /** Allocates four objects no root reaches: a node, an int[5], and two nodes pointing at each other. */
    void garbage() {
        m.allocate(types.node(), 0);
        m.allocate(types.primArray(ElementKind.INT), 5);
        int r = m.allocateRooted(types.node(), 0);
        int other = m.allocate(types.node(), 0);
        m.setRef(other, NEXT, m.at(r));
        m.setRef(m.at(r), NEXT, other);
        m.roots.clear(r);
        garbageObjects += 4;
        garbageWords += 3 * Heap.requiredWords(types.node(), 0)
                + Heap.requiredWords(types.primArray(ElementKind.INT), 5);
    }

    TestTypes types() {
        return types;
    }

    /** Asserts that the graph is exactly as built: every shape, every reference, every field and element. */
    void check() {
        int a = m.at(rootA);
        assertNode(a, ID_A);
        int b = m.getRef(a, NEXT);
        assertNode(b, ID_B);
        int c = m.getRef(b, NEXT);
        assertNode(c, ID_C);
        assertEquals(a, m.getRef(c, NEXT), "the cycle a -> b -> c -> a");
        assertEquals(a, m.getRef(a, OTHER), "a's self-reference");
        int shared = m.getRef(b, OTHER);
        assertNode(shared, ID_SHARED);
        assertEquals(shared, m.getRef(c, OTHER), "b and c share one object");
        assertEquals(Heap.NULL, m.getRef(shared, NEXT), "shared.NEXT stays null");
        int array = m.at(rootArray);
        assertEquals(types.refArray().typeId(), m.heap.typeId(array));
        assertEquals(5, m.heap.lengthOf(array));
        assertEquals(array, m.getRef(shared, OTHER), "shared.OTHER -> the rooted array");
        assertEquals(shared, m.getRef(array, 0));
        assertEquals(b, m.getRef(array, 1));
        assertEquals(Heap.NULL, m.getRef(array, 2));
        assertEquals(shared, m.getRef(array, 3));
        assertEquals(array, m.getRef(array, 4), "the array holds itself");
        int prims = m.at(rootPrims);
        assertEquals(TestTypes.PRIMITIVES.size(), m.heap.lengthOf(prims));
        for (int i = 0; i < TestTypes.PRIMITIVES.size(); i++) {
            ElementKind kind = TestTypes.PRIMITIVES.get(i);
            int p = m.getRef(prims, i);
            assertEquals(types.primArray(kind).typeId(), m.heap.typeId(p), kind + "[] has its type");
            assertEquals(PRIM_LENGTH, m.heap.lengthOf(p), kind + "[] has its length");
            for (int e = 0; e < PRIM_LENGTH; e++) {
                assertEquals(TestTypes.elementBits(kind, e), m.heap.primitiveElement(p, kind, e),
                        kind + "[" + e + "]");
            }
        }
    }

    private void assertNode(int object, int id) {
        assertEquals(types.node().typeId(), m.heap.typeId(object), "node " + id + " at " + object + " is a Node");
        assertEquals(id, m.getWord(object, ID), "id of node " + id);
        assertEquals(TestTypes.payload(id), m.getWord(object, PAYLOAD), "payload of node " + id);
    }

    /** The current addresses of the rooted objects. */
    int[] rootedAddresses() {
        return new int[] {m.at(rootA), m.at(rootArray), m.at(rootPrims)};
    }
}
