package gclab.heap.space;

import gclab.heap.Heap;

/**
 * A space allocated by bumping a pointer: {@code [start, top)} holds objects, {@code [top, end)} is free.
 * The cheapest allocator there is, and the one copying and compacting collectors rely on, since they leave
 * their live objects packed at the bottom of a space.
 */
public final class BumpSpace extends Space {
    private int top;

    public BumpSpace(Heap heap, String name, int sizeWords) {
        super(heap, name, sizeWords);
        this.top = start;
    }

    @Override
    public int allocate(int sizeWords) {
        int address = top;
        if (sizeWords > end - address) {
            return 0;
        }
        top = address + sizeWords;
        return address;
    }

    public int top() {
        return top;
    }

    /** After this, the space holds exactly the objects in {@code [start, newTop)}. */
    public void setTop(int newTop) {
        if (newTop < start || newTop > end) {
            throw new IllegalArgumentException("top " + newTop + " outside " + this);
        }
        top = newTop;
    }

    /** After this, the space is empty. */
    public void reset() {
        top = start;
    }

    public long freeWords() {
        return end - top;
    }

    @Override
    public long usedWords() {
        return top - start;
    }

    @Override
    protected int walkLimit() {
        return top;
    }

    @Override
    public FragmentationStats fragmentation() {
        FragmentationStats.Builder b = new FragmentationStats.Builder();
        if (end > top) {
            b.addChunk(end - top);
        }
        return b.build();
    }
}
