package gclab.bench.synthetic;

import gclab.heap.Heap;
import gclab.heap.spi.RootSlots;
import java.util.Arrays;

/**
 * A stack of root slots, the synthetic mutator's operand stack: whatever it pushes survives collections and
 * is updated when a collector moves it. Slots are taken from a {@link RootSlots} the first time the stack
 * grows that deep, and a popped slot is cleared so that it holds nothing alive.
 */
final class RootStack {
    private final RootSlots roots;
    private int[] slotOf = new int[64];
    private int depth;
    private int reserved;

    RootStack(RootSlots roots) {
        this.roots = roots;
    }

    /** Pushes {@code reference}; returns its stack position. */
    int push(int reference) {
        if (depth == reserved) {
            if (reserved == slotOf.length) {
                slotOf = Arrays.copyOf(slotOf, reserved * 2);
            }
            slotOf[reserved++] = roots.add(Heap.NULL);
        }
        roots.set(slotOf[depth], reference);
        return depth++;
    }

    void pop() {
        roots.clear(slotOf[--depth]);
    }

    /** The address now held at stack position {@code position} (read it again after every allocation). */
    int get(int position) {
        return roots.get(slotOf[position]);
    }

    /** The address {@code fromTop} entries below the top (0 is the top). */
    int peek(int fromTop) {
        return get(depth - 1 - fromTop);
    }

    int depth() {
        return depth;
    }

    /** The index in the {@link RootSlots} of stack position {@code position}. */
    int slotOf(int position) {
        return slotOf[position];
    }
}
