package gclab.heap.space;

import gclab.heap.Heap;

/**
 * Chunks of equal size share a LIFO list threaded through the heap (word 1 of each chunk); a {@link FitTree}
 * keyed by size, with each node's size equal to its key and its value the list's head, finds the smallest
 * listed size of at least a request in O(log n): the lowest key whose size fits is the best fit. Used by best
 * fit, and by segregated fits for its large chunks. Invariant: the tree has a node for a size exactly when
 * that size's list is non-empty, so the tree's largest size is the largest listed chunk.
 */
final class SizeTree {
    private final Heap heap;
    private final FitTree headBySize = new FitTree();
    /** Chunks pushed and popped so far (tests count them: the work of the index, not its time). */
    private long operations;

    SizeTree(Heap heap) {
        this.heap = heap;
    }

    void push(int chunk, int sizeWords) {
        operations++;
        int node = headBySize.find(sizeWords);
        if (node == FitTree.NIL) {
            heap.formatFree(chunk, sizeWords, Heap.NULL);
            headBySize.insert(sizeWords, sizeWords, chunk);
        } else {
            heap.formatFree(chunk, sizeWords, headBySize.value(node));
            headBySize.setValue(node, chunk);
        }
    }

    /** Unlinks and returns a chunk of the smallest listed size that is at least {@code sizeWords}, or 0. */
    int popBestFit(int sizeWords) {
        int node = headBySize.firstFit(sizeWords);
        if (node == FitTree.NIL) {
            return Heap.NULL;
        }
        operations++;
        int chunk = headBySize.value(node);
        int next = heap.freeNext(chunk);
        if (next == Heap.NULL) {
            headBySize.removeFound();
        } else {
            headBySize.setValue(node, next);
        }
        return chunk;
    }

    /** The size of the chunk {@link #popBestFit} would return now, or {@link Integer#MAX_VALUE} if none fits. */
    int bestFitWords(int sizeWords) {
        int node = headBySize.firstFit(sizeWords);
        return node == FitTree.NIL ? Integer.MAX_VALUE : headBySize.key(node);
    }

    void clear() {
        headBySize.clear();
    }

    long operations() {
        return operations;
    }

    void forEach(ChunkVisitor visitor) {
        headBySize.forEachInOrder(node -> {
            int size = headBySize.key(node);
            for (int chunk = headBySize.value(node); chunk != Heap.NULL; chunk = heap.freeNext(chunk)) {
                visitor.visit(chunk, size, true);
            }
        });
    }

    long largestWords() {
        return headBySize.maxSize();
    }
}
