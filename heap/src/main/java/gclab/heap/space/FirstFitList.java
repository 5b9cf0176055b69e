package gclab.heap.space;

import gclab.heap.Heap;

/**
 * First fit over one singly linked list. A sweep adds chunks in address order, so the list is address-ordered
 * after every collection; the rest of a split chunk takes the chunk's place, which keeps that order.
 */
final class FirstFitList extends FreeList {
    private int head;
    private int tail;
    /** The chunk before the one {@link #take} last unlinked (0 if it was the head). */
    private int takenPrev;

    FirstFitList(Heap heap) {
        super(heap);
    }

    @Override
    protected void insert(int chunk, int sizeWords) {
        heap.formatFree(chunk, sizeWords, Heap.NULL);
        if (tail == Heap.NULL) {
            head = chunk;
        } else {
            heap.setFreeNext(tail, chunk);
        }
        tail = chunk;
    }

    @Override
    protected int take(int sizeWords) {
        int prev = Heap.NULL;
        // Invariant: every chunk before `chunk` is smaller than the request.
        for (int chunk = head; chunk != Heap.NULL; prev = chunk, chunk = heap.freeNext(chunk)) {
            if (heap.lengthOf(chunk) >= sizeWords) {
                linkAfter(prev, heap.freeNext(chunk));
                if (tail == chunk) {
                    tail = prev;
                }
                takenPrev = prev;
                return chunk;
            }
        }
        return Heap.NULL;
    }

    @Override
    protected void insertRest(int rest, int sizeWords) {
        int next = takenPrev == Heap.NULL ? head : heap.freeNext(takenPrev);
        heap.formatFree(rest, sizeWords, next);
        linkAfter(takenPrev, rest);
        if (next == Heap.NULL) {
            tail = rest;
        }
    }

    private void linkAfter(int prev, int chunk) {
        if (prev == Heap.NULL) {
            head = chunk;
        } else {
            heap.setFreeNext(prev, chunk);
        }
    }

    @Override
    protected void forgetAll() {
        head = Heap.NULL;
        tail = Heap.NULL;
    }

    @Override
    void forEach(ChunkVisitor visitor) {
        for (int chunk = head; chunk != Heap.NULL; chunk = heap.freeNext(chunk)) {
            visitor.visit(chunk, heap.lengthOf(chunk), true);
        }
    }

    @Override
    long largestWords() {
        long largest = 0;
        for (int chunk = head; chunk != Heap.NULL; chunk = heap.freeNext(chunk)) {
            largest = Math.max(largest, heap.lengthOf(chunk));
        }
        return largest;
    }
}
