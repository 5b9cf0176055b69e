package gclab.bench.jmh;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.Layout;
import java.util.Random;

/**
 * A reproducible stream of object shapes with a realistic spread of sizes: 60% tree nodes (2 references and a
 * long, 5 words), 20% instances of 1 to 8 fields, 20% {@code long[]} of log-uniform length 1..256 (3 to 258
 * words). The mean is about 14 words.
 */
final class ObjectMix {
    private final Random random;
    private final Layout node;
    private final Layout[] instances = new Layout[9];
    private final Layout longArray;

    /** Defines the mix's layouts in {@code heap}. */
    ObjectMix(Heap heap, long seed) {
        this.random = new Random(seed);
        this.node = heap.layouts().defineInstance("Node", 3, 0, 1);
        for (int fields = 1; fields <= 8; fields++) {
            instances[fields] = heap.layouts().defineInstance("Obj" + fields, fields, 0);
        }
        this.longArray = heap.layouts().defineArray("long[]", ElementKind.LONG);
    }

    /** The next {@code count} shapes, as parallel arrays. */
    Shapes next(int count) {
        Shapes s = new Shapes(count);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                s.layouts[i] = node;
            } else if (kind < 8) {
                s.layouts[i] = instances[1 + random.nextInt(8)];
            } else {
                s.layouts[i] = longArray;
                s.lengths[i] = Math.max(1, (int) StrictMath.exp(random.nextDouble() * StrictMath.log(257)));
            }
            s.sizes[i] = Heap.requiredWords(s.layouts[i], s.lengths[i]);
            s.totalWords += s.sizes[i];
        }
        return s;
    }

    /** Object shapes: layout, array length (0 for instances) and size in words, index by index. */
    static final class Shapes {
        final Layout[] layouts;
        final int[] lengths;
        final int[] sizes;
        long totalWords;

        Shapes(int count) {
            layouts = new Layout[count];
            lengths = new int[count];
            sizes = new int[count];
        }

        int count() {
            return sizes.length;
        }
    }
}
