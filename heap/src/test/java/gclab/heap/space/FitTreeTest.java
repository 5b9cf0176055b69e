package gclab.heap.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link FitTree} against a reference model (a sorted map scanned linearly): its answer to "the lowest key whose
 * size fits", its treap and max invariants after every operation, its balance, and the reuse of freed slots.
 */
class FitTreeTest {

    /** The reference answer: the lowest key whose size is at least {@code n}, by a linear scan; null if none. */
    private static Map.Entry<Integer, Integer> lowestFit(TreeMap<Integer, Integer> model, int n) {
        for (Map.Entry<Integer, Integer> e : model.entrySet()) {
            if (e.getValue() >= n) {
                return e;
            }
        }
        return null;
    }

    private static void assertSameAs(TreeMap<Integer, Integer> model, FitTree tree, String where) {
        assertNull(tree.checkInvariants(), where);
        assertEquals(model.size(), tree.nodes(), where + ": nodes");
        Map<Integer, Integer> inOrder = new TreeMap<>();
        List<Integer> keys = new ArrayList<>();
        tree.forEachInOrder(node -> {
            inOrder.put(tree.key(node), tree.size(node));
            keys.add(tree.key(node));
        });
        assertEquals(model, inOrder, where + ": nodes in the tree");
        assertEquals(new ArrayList<>(model.keySet()), keys, where + ": in-order walk is key order");
        int largest = model.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertEquals(largest, tree.maxSize(), where + ": maxSize");
    }

    @Test
    void emptyTreeFitsNothing() {
        FitTree tree = new FitTree();
        assertEquals(FitTree.NIL, tree.firstFit(1));
        assertEquals(FitTree.NIL, tree.find(5));
        assertEquals(0, tree.maxSize());
        assertNull(tree.checkInvariants());
    }

    @Test
    void firstFitSkipsLowerKeysThatAreTooSmall() {
        FitTree tree = new FitTree();
        tree.insert(30, 9, 0);
        tree.insert(10, 4, 0);
        tree.insert(50, 2, 0);
        tree.insert(20, 9, 0);
        tree.insert(40, 20, 0);
        assertEquals(10, tree.key(tree.firstFit(4)));
        assertEquals(20, tree.key(tree.firstFit(5)), "20 and 30 both hold 9; 20 is lower");
        assertEquals(40, tree.key(tree.firstFit(10)));
        assertEquals(FitTree.NIL, tree.firstFit(21));
        assertEquals(20, tree.maxSize());
    }

    @Test
    void randomInsertsTakesSplitsAndRemovalsMatchTheLinearScan() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            FitTree tree = new FitTree();
            TreeMap<Integer, Integer> model = new TreeMap<>();
            for (int step = 0; step < 2_000; step++) {
                String where = "seed " + seed + " step " + step;
                if (step % 500 == 0) {
                    refillInAscendingOrder(tree, model, random); // as a sweep does: the tree's append path
                }
                int op = random.nextInt(10);
                if (op < 5 && model.size() < 400) {
                    int key = random.nextInt(100_000);
                    if (!model.containsKey(key)) {
                        int size = 1 + random.nextInt(random.nextBoolean() ? 8 : 200);
                        tree.insert(key, size, key ^ size);
                        model.put(key, size);
                    }
                } else if (op < 9) {
                    int n = 1 + random.nextInt(120);
                    Map.Entry<Integer, Integer> expected = lowestFit(model, n);
                    int node = tree.firstFit(n);
                    if (expected == null) {
                        assertEquals(FitTree.NIL, node, where + ": nothing fits " + n);
                        continue;
                    }
                    assertTrue(node != FitTree.NIL, where + ": " + expected + " fits " + n);
                    assertEquals(expected.getKey(), tree.key(node), where + ": lowest key that fits " + n);
                    assertEquals(expected.getValue(), tree.size(node), where + ": its size");
                    assertEquals(tree.key(node) ^ tree.size(node), tree.value(node), where + ": its value");
                    int key = expected.getKey(); // read before the removal, which may reuse the entry
                    int rest = expected.getValue() - n;
                    model.remove(key);
                    Integer next = model.higherKey(key);
                    boolean keepsPlace = next == null || next > key + n;
                    if (rest > 0 && keepsPlace && random.nextBoolean()) {
                        tree.resizeFound(key + n, rest); // as the rest of a split chunk does
                        tree.setValue(node, (key + n) ^ rest);
                        model.put(key + n, rest);
                    } else {
                        tree.removeFound();
                    }
                } else {
                    int key = random.nextInt(100_000);
                    int node = tree.find(key);
                    assertEquals(model.containsKey(key), node != FitTree.NIL, where + ": find " + key);
                }
                assertSameAs(model, tree, where);
            }
            tree.clear();
            model.clear();
            assertSameAs(model, tree, "seed " + seed + " after clear");
        }
    }

    /** Clears both, then inserts up to 300 keys in ascending order, checking nothing until the end. */
    private static void refillInAscendingOrder(FitTree tree, TreeMap<Integer, Integer> model, Random random) {
        tree.clear();
        model.clear();
        int key = random.nextInt(100);
        for (int i = random.nextInt(300); i > 0; i--) {
            int size = 1 + random.nextInt(random.nextBoolean() ? 8 : 200);
            tree.insert(key, size, key ^ size);
            model.put(key, size);
            key += 1 + random.nextInt(500);
        }
    }

    @Test
    void keysInAscendingOrderStillGiveALogarithmicHeight() {
        FitTree tree = new FitTree();
        int n = 1 << 16;
        for (int k = 0; k < n; k++) {
            tree.insert(k * 4, 2 + k % 7, 0); // the order in which a sweep lists chunks
        }
        assertNull(tree.checkInvariants());
        int height = tree.height();
        assertTrue(height <= 3 * 16, "height " + height + " for 2^16 keys; an unbalanced tree would be " + n);
        assertEquals(0, tree.key(tree.firstFit(2)));
        assertEquals(5 * 4, tree.key(tree.firstFit(7)));
    }

    @Test
    void freedSlotsAreReused() {
        FitTree tree = new FitTree();
        for (int round = 0; round < 5; round++) {
            for (int k = 0; k < 100; k++) {
                tree.insert(k, 3, 0);
            }
            while (tree.firstFit(1) != FitTree.NIL) {
                tree.removeFound();
            }
            assertEquals(0, tree.nodes());
            assertNull(tree.checkInvariants());
        }
        assertEquals(100, tree.slotsUsed(), "each round reuses the slots the previous one freed");
    }
}
