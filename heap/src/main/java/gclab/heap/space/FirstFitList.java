package gclab.heap.space;

import gclab.heap.Heap;
import gclab.heap.ObjectModel;

/**
 * Address-ordered first fit: every request takes the lowest-addressed listed chunk that is large enough, in
 * whatever order the chunks were listed (a sweep's address order, or {@link FreeListSpace#free} in any order).
 *
 * <p>The index is a {@link FitTree} keyed by chunk address and augmented with the largest chunk size in each
 * subtree, so a request descends from the root in O(log n) instead of walking past every smaller chunk: go
 * left while the left subtree holds a fit, else take the node if it fits, else go right. Invariants:
 * <ul>
 *   <li>the tree holds exactly the listed chunks: a node's key is a chunk's address and its size is the
 *       chunk's length in the heap;</li>
 *   <li>every listed chunk is formatted as a free chunk in the heap (its link word unused, 0), so the space
 *       stays parsable; the order lives in the tree, in host memory, as a real allocator keeps its
 *       metadata.</li>
 * </ul>
 * The rest of a split chunk keeps the chunk's place: the same node, its key moved up by the words handed out
 * and its size shrunk. No other chunk lies between the chunk and its rest, so key order holds without a
 * rotation.
 */
final class FirstFitList extends FreeList {
    private final FitTree tree = new FitTree();

    FirstFitList(Heap heap) {
        super(heap);
    }

    @Override
    protected void insert(int chunk, int sizeWords) {
        heap.formatFree(chunk, sizeWords, Heap.NULL);
        tree.insert(chunk, sizeWords, 0);
    }

    /**
     * Returns the lowest-addressed chunk of at least {@code sizeWords}. If a listable rest will remain, its node
     * stays in the tree for {@link #insertRest}, which {@link FreeList#allocate} calls next; otherwise the node
     * goes.
     */
    @Override
    protected int take(int sizeWords) {
        int node = tree.firstFit(sizeWords);
        if (node == FitTree.NIL) {
            return Heap.NULL;
        }
        if (tree.size(node) - sizeWords < ObjectModel.MIN_OBJECT_WORDS) {
            int chunk = tree.key(node);
            tree.removeFound();
            return chunk;
        }
        return tree.key(node);
    }

    @Override
    protected void insertRest(int rest, int sizeWords) {
        tree.resizeFound(rest, sizeWords);
        heap.formatFree(rest, sizeWords, Heap.NULL);
    }

    @Override
    protected void forgetAll() {
        tree.clear();
    }

    @Override
    void forEach(ChunkVisitor visitor) {
        tree.forEachInOrder(node -> visitor.visit(tree.key(node), tree.size(node), true));
    }

    @Override
    long largestWords() {
        return tree.maxSize();
    }
}
