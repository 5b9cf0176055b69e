package gclab.heap.space;

import java.util.Arrays;

/**
 * A balanced search tree of {@code (key, size, value)} nodes that answers "the node of lowest key whose size is
 * at least n" in O(log n). First fit keys its free chunks by address (the lowest-addressed chunk that fits);
 * {@link SizeTree} keys its lists by size, with size = key, so the same question is "the smallest size that
 * fits" (best fit).
 *
 * <p>The tree is a treap (Seidel and Aragon 1996): a binary search tree by key that is also a max-heap by a
 * random priority, which keeps its expected depth O(log n) whatever order keys arrive in (a sweep adds them in
 * ascending order). Each node is augmented with the largest size in its subtree ({@code max}) and, so that a
 * descent reads one node per level, in its left subtree ({@code lmax}). Invariants, after every method:
 * <ul>
 *   <li>keys are distinct; every key in {@code left(x)}'s subtree is below {@code key(x)}, every key in
 *       {@code right(x)}'s is above (in-order = key order);</li>
 *   <li>{@code prio(x) >= prio(left(x))} and {@code prio(x) >= prio(right(x))};</li>
 *   <li>{@code lmax(x) = max(left(x))} and {@code max(x) = max(size(x), lmax(x), max(right(x)))}, with
 *       {@code max(NIL) = 0}.</li>
 * </ul>
 * One exception keeps a sweep cheap: while keys arrive in ascending order after a {@link #clear}, a new node is
 * appended on the right spine in amortized O(1) (as a Cartesian tree is built), and only the spine's nodes may
 * hold a stale {@code max} until the first query settles them.
 *
 * <p>Like a real allocator's metadata, the index lives in host memory, in one {@code int[]} of 8-int records
 * (32 bytes, the fields a descent reads first): no boxing and no host object per node. A node is named by the
 * offset of its record; record 0 is {@link #NIL}, the empty subtree, all zeros. Unused records form a stack
 * threaded through their left field, so a node freed by one allocation is reused by the next insertion; the
 * array grows by doubling and never shrinks, so once it is large enough nothing allocates.
 */
final class FitTree {
    /** The empty subtree; also what {@link #firstFit} returns when no node fits. */
    static final int NIL = 0;

    // Fields of a record; a descent reads the first four.
    private static final int LEFT = 0;
    private static final int RIGHT = 1;
    private static final int SIZE = 2;
    private static final int LMAX = 3;
    private static final int KEY = 4;
    private static final int MAX = 5;
    private static final int PRIO = 6;
    private static final int VALUE = 7;
    private static final int SHIFT = 3;
    private static final int RECORD = 1 << SHIFT;

    private int[] t = new int[16 * RECORD];
    private int root = NIL;
    private int nodes;
    /** Records ever used are {@code [1, used)}; those not in the tree are stacked from {@code freeNode}. */
    private int used = 1;
    private int freeNode = NIL;
    /** The state of a xorshift generator for priorities (per tree, so runs are reproducible). */
    private int seed = 0x2545F491;
    /** The root-to-node path of the last {@link #firstFit}: {@code path[0] = root}, {@code path[depth-1]} found. */
    private int[] path = new int[64];
    private int depth;
    /**
     * True while every insertion since the tree was last empty came in ascending key order (a sweep's order).
     * Meanwhile {@code spine[0..spineDepth)} is the tree's right spine, root first, and the spine's nodes (only
     * they) may have a stale {@code max}; {@link #settle} makes it exact before anything reads it.
     */
    private boolean appending = true;
    private int[] spine = new int[64];
    private int spineDepth;

    int nodes() {
        return nodes;
    }

    /** Records ever taken since the last {@link #clear} (for tests: freed records must be reused). */
    int slotsUsed() {
        return used - 1;
    }

    /** The number of nodes on the longest root-to-leaf path (for tests: the tree must stay balanced). */
    int height() {
        return height(root, 0);
    }

    private int height(int x, int level) {
        return x == NIL ? level : Math.max(height(t[x + LEFT], level + 1), height(t[x + RIGHT], level + 1));
    }

    /** The largest size in the tree, 0 if it is empty. */
    int maxSize() {
        settle();
        return t[root + MAX];
    }

    int key(int node) {
        return t[node + KEY];
    }

    int size(int node) {
        return t[node + SIZE];
    }

    int value(int node) {
        return t[node + VALUE];
    }

    void setValue(int node, int v) {
        t[node + VALUE] = v;
    }

    /** Forgets every node; keeps the array. */
    void clear() {
        root = NIL;
        nodes = 0;
        used = 1;
        freeNode = NIL;
        depth = 0;
        appending = true;
        spineDepth = 0;
    }

    // ---------------------------------------------------------------- queries

    /** The node with this key, or {@link #NIL}. */
    int find(int k) {
        int x = root;
        while (x != NIL && t[x + KEY] != k) {
            x = k < t[x + KEY] ? t[x + LEFT] : t[x + RIGHT];
        }
        return x;
    }

    /**
     * The node of lowest key whose size is at least {@code n}, or {@link #NIL}. Remembers the path to it for
     * {@link #resizeFound} and {@link #removeFound}, which must follow before the tree changes otherwise.
     */
    int firstFit(int n) {
        settle();
        depth = 0;
        if (t[root + MAX] < n) {
            return NIL;
        }
        int[] t = this.t;
        int x = root;
        // Invariant: max(x) >= n (x's subtree holds a fit), and every node of lower key outside x's subtree is
        // smaller than n; so the answer is in x's subtree. Going right, max(right(x)) = max(x) >= n follows
        // because neither the left subtree nor x itself fits.
        while (true) {
            if (depth == path.length) {
                path = Arrays.copyOf(path, depth * 2);
            }
            path[depth++] = x;
            if (t[x + LMAX] >= n) {
                x = t[x + LEFT];
            } else if (t[x + SIZE] >= n) {
                return x;
            } else {
                x = t[x + RIGHT];
            }
        }
    }

    // ---------------------------------------------------------------- updates

    /** After this, the tree holds a new node {@code (k, s, v)}; {@code k} must not be in the tree. Returns it. */
    int insert(int k, int s, int v) {
        int n = newNode(k, s, v);
        if (appending && (spineDepth == 0 || k > t[spine[spineDepth - 1] + KEY])) {
            append(n);
        } else {
            settle();
            root = insertInto(root, n);
        }
        nodes++;
        return n;
    }

    /**
     * Changes the key and size of the node {@link #firstFit} just returned, in place. The new key must keep
     * the node between its neighbours in key order (first fit: the rest of a split chunk starts inside the
     * chunk, so no other chunk lies between the two addresses).
     */
    void resizeFound(int k, int s) {
        int x = path[depth - 1];
        t[x + KEY] = k;
        t[x + SIZE] = s;
        fixMaxFrom(depth - 1);
    }

    /** Removes the node {@link #firstFit} just returned. */
    void removeFound() {
        int x = path[depth - 1];
        int joined = merge(t[x + LEFT], t[x + RIGHT]);
        if (depth == 1) {
            root = joined;
        } else {
            int parent = path[depth - 2];
            if (t[parent + LEFT] == x) {
                t[parent + LEFT] = joined;
            } else {
                t[parent + RIGHT] = joined;
            }
            fixMaxFrom(depth - 2);
        }
        releaseNode(x);
        nodes--;
        depth = 0;
    }

    /** Visits every node in key order. */
    void forEachInOrder(NodeVisitor visitor) {
        int[] stack = new int[Math.max(1, path.length)];
        int top = 0;
        int x = root;
        while (x != NIL || top > 0) {
            while (x != NIL) {
                if (top == stack.length) {
                    stack = Arrays.copyOf(stack, top * 2);
                }
                stack[top++] = x;
                x = t[x + LEFT];
            }
            x = stack[--top];
            visitor.visit(x);
            x = t[x + RIGHT];
        }
    }

    /** Receives a node of the tree. */
    interface NodeVisitor {
        void visit(int node);
    }

    /**
     * Null if every invariant of the class comment holds and the node count and the stack of unused records
     * agree with the tree; otherwise the first violation found. For tests: it walks the whole tree.
     */
    String checkInvariants() {
        settle();
        for (int f = 0; f < RECORD; f++) {
            if (t[NIL + f] != 0) {
                return "field " + f + " of NIL is " + t[NIL + f];
            }
        }
        int[] counted = {0};
        String problem = check(root, Long.MIN_VALUE, Long.MAX_VALUE, counted, 0);
        if (problem != null) {
            return problem;
        }
        if (counted[0] != nodes) {
            return "the tree holds " + counted[0] + " nodes, the count says " + nodes;
        }
        int stacked = 0;
        for (int s = freeNode; s != NIL; s = t[s + LEFT]) {
            if (++stacked > used) {
                return "the stack of unused records has a cycle";
            }
        }
        if (1 + nodes + stacked != used) {
            return nodes + " nodes and " + stacked + " unused records, but " + (used - 1) + " were used";
        }
        return null;
    }

    private String check(int x, long above, long below, int[] counted, int level) {
        if (x == NIL) {
            return null;
        }
        if (level > used) {
            return "the tree has a cycle at node " + x;
        }
        counted[0]++;
        int l = t[x + LEFT];
        int r = t[x + RIGHT];
        String node = "node " + x + " (key " + t[x + KEY] + ")";
        if (t[x + KEY] <= above || t[x + KEY] >= below) {
            return node + " is outside (" + above + ", " + below + ")";
        }
        if ((l != NIL && t[l + PRIO] > t[x + PRIO]) || (r != NIL && t[r + PRIO] > t[x + PRIO])) {
            return node + " has a child of higher priority";
        }
        if (t[x + LMAX] != t[l + MAX]) {
            return node + " has lmax " + t[x + LMAX] + " but its left subtree's largest size is " + t[l + MAX];
        }
        if (t[x + MAX] != Math.max(t[x + SIZE], Math.max(t[l + MAX], t[r + MAX]))) {
            return node + " has max " + t[x + MAX] + ", not its subtree's largest size";
        }
        String problem = check(l, above, t[x + KEY], counted, level + 1);
        return problem != null ? problem : check(r, t[x + KEY], below, counted, level + 1);
    }

    // ---------------------------------------------------------------- treap machinery

    /**
     * Adds node {@code n}, whose key is above every key in the tree, in amortized O(1): the treap's right spine
     * is kept on a stack (as in building a Cartesian tree), so {@code n} pops the spine's nodes of lower
     * priority, takes them as its left subtree, and becomes the spine's last node.
     */
    private void append(int n) {
        int popped = NIL;
        // Invariant: spine[0..spineDepth) is the right spine; every node off it has an exact max and lmax.
        while (spineDepth > 0 && t[spine[spineDepth - 1] + PRIO] < t[n + PRIO]) {
            popped = spine[--spineDepth];
            pull(popped); // off the spine for good: its right child, popped just before it, is exact
        }
        t[n + LEFT] = popped;
        t[n + LMAX] = t[popped + MAX];
        if (spineDepth == 0) {
            root = n;
        } else {
            t[spine[spineDepth - 1] + RIGHT] = n;
        }
        if (spineDepth == spine.length) {
            spine = Arrays.copyOf(spine, spineDepth * 2);
        }
        spine[spineDepth++] = n;
    }

    /** After this, every max is exact and insertions go by {@link #insertInto} until the next clear. */
    private void settle() {
        if (!appending) {
            return;
        }
        for (int i = spineDepth - 1; i >= 0; i--) {
            pull(spine[i]);
        }
        spineDepth = 0;
        appending = false;
    }

    /** Recomputes the maxima at {@code path[i]} and above; stops as soon as a node's max is unchanged. */
    private void fixMaxFrom(int i) {
        for (; i >= 0; i--) {
            int x = path[i];
            int before = t[x + MAX];
            pull(x);
            if (t[x + MAX] == before) {
                return; // unchanged here, so unchanged in every ancestor
            }
        }
    }

    /** Recomputes {@code x}'s lmax and max from its children's max. */
    private void pull(int x) {
        int lmax = t[t[x + LEFT] + MAX];
        t[x + LMAX] = lmax;
        t[x + MAX] = Math.max(t[x + SIZE], Math.max(lmax, t[t[x + RIGHT] + MAX]));
    }

    /** Inserts leaf {@code n} into the subtree {@code x} and returns the subtree's new root. */
    private int insertInto(int x, int n) {
        if (x == NIL) {
            return n;
        }
        if (t[n + KEY] < t[x + KEY]) {
            int l = insertInto(t[x + LEFT], n);
            t[x + LEFT] = l;
            if (t[l + PRIO] > t[x + PRIO]) {
                x = rotateRight(x);
            }
        } else {
            int r = insertInto(t[x + RIGHT], n);
            t[x + RIGHT] = r;
            if (t[r + PRIO] > t[x + PRIO]) {
                x = rotateLeft(x);
            }
        }
        pull(x);
        return x;
    }

    /** Lifts {@code x}'s left child into its place; returns it (its maxima are left for the caller to pull). */
    private int rotateRight(int x) {
        int l = t[x + LEFT];
        t[x + LEFT] = t[l + RIGHT];
        t[l + RIGHT] = x;
        pull(x);
        return l;
    }

    private int rotateLeft(int x) {
        int r = t[x + RIGHT];
        t[x + RIGHT] = t[r + LEFT];
        t[r + LEFT] = x;
        pull(x);
        return r;
    }

    /** Joins two subtrees, every key of {@code a} below every key of {@code b}; returns the joined root. */
    private int merge(int a, int b) {
        if (a == NIL) {
            return b;
        }
        if (b == NIL) {
            return a;
        }
        if (t[a + PRIO] > t[b + PRIO]) {
            t[a + RIGHT] = merge(t[a + RIGHT], b);
            pull(a);
            return a;
        }
        t[b + LEFT] = merge(a, t[b + LEFT]);
        pull(b);
        return b;
    }

    private int newNode(int k, int s, int v) {
        int n;
        if (freeNode != NIL) {
            n = freeNode;
            freeNode = t[n + LEFT];
        } else {
            if (used << SHIFT == t.length) {
                t = Arrays.copyOf(t, t.length * 2);
            }
            n = used++ << SHIFT;
        }
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        t[n + LEFT] = NIL;
        t[n + RIGHT] = NIL;
        t[n + SIZE] = s;
        t[n + LMAX] = 0;
        t[n + KEY] = k;
        t[n + MAX] = s;
        t[n + PRIO] = seed;
        t[n + VALUE] = v;
        return n;
    }

    private void releaseNode(int n) {
        t[n + LEFT] = freeNode;
        freeNode = n;
    }
}
