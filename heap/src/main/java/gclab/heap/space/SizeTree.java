package gclab.heap.space;

import gclab.heap.Heap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chunks of equal size share a LIFO list threaded through the heap; a tree maps each size to its list's head,
 * so the smallest chunk of at least a given size is found in O(log n). Used by best fit, and by segregated
 * fits for its large chunks.
 */
final class SizeTree {
    private final Heap heap;
    private final TreeMap<Integer, Integer> headBySize = new TreeMap<>();

    SizeTree(Heap heap) {
        this.heap = heap;
    }

    void push(int chunk, int sizeWords) {
        Integer head = headBySize.get(sizeWords);
        heap.formatFree(chunk, sizeWords, head == null ? Heap.NULL : head);
        headBySize.put(sizeWords, chunk);
    }

    /** Unlinks and returns a chunk of the smallest listed size that is at least {@code sizeWords}, or 0. */
    int popBestFit(int sizeWords) {
        Map.Entry<Integer, Integer> fit = headBySize.ceilingEntry(sizeWords);
        if (fit == null) {
            return Heap.NULL;
        }
        int chunk = fit.getValue();
        int next = heap.freeNext(chunk);
        if (next == Heap.NULL) {
            headBySize.remove(fit.getKey());
        } else {
            headBySize.put(fit.getKey(), next);
        }
        return chunk;
    }

    void clear() {
        headBySize.clear();
    }

    void forEach(ChunkVisitor visitor) {
        for (Map.Entry<Integer, Integer> e : headBySize.entrySet()) {
            for (int chunk = e.getValue(); chunk != Heap.NULL; chunk = heap.freeNext(chunk)) {
                visitor.visit(chunk, e.getKey(), true);
            }
        }
    }

    long largestWords() {
        return headBySize.isEmpty() ? 0 : headBySize.lastKey();
    }
}
