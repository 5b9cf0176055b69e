package gclab.heap.space;

import gclab.heap.Heap;

/** Best fit: the smallest listed chunk that is large enough, from a {@link SizeTree}. */
final class BestFitList extends FreeList {
    private final SizeTree tree;

    BestFitList(Heap heap) {
        super(heap);
        this.tree = new SizeTree(heap);
    }

    @Override
    protected void insert(int chunk, int sizeWords) {
        tree.push(chunk, sizeWords);
    }

    @Override
    protected int take(int sizeWords) {
        return tree.popBestFit(sizeWords);
    }

    @Override
    protected void forgetAll() {
        tree.clear();
    }

    @Override
    void forEach(ChunkVisitor visitor) {
        tree.forEach(visitor);
    }

    @Override
    long sizeTreeOperations() {
        return tree.operations();
    }

    @Override
    long largestWords() {
        return tree.largestWords();
    }
}
