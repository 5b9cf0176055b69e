package gclab.heap.gc;

import java.util.Arrays;

/**
 * A growable array of addresses, used as a stack (the gray worklist of a marker, so a long linked list
 * never overflows the host stack) or as a queue read by index. It lives in host memory, as a real
 * collector's mark stack lives outside the heap it marks.
 */
public final class Worklist {
    private int[] items;
    private int size;

    public Worklist() {
        this(256);
    }

    public Worklist(int initialCapacity) {
        items = new int[Math.max(16, initialCapacity)];
    }

    public void push(int address) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = address;
    }

    /** Same as {@link #push}: appends at the end. */
    public void add(int address) {
        push(address);
    }

    public int pop() {
        return items[--size];
    }

    public int get(int index) {
        return items[index];
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    /** Bytes of host memory the worklist holds now (its own space cost). */
    public long footprintBytes() {
        return 4L * items.length;
    }
}
