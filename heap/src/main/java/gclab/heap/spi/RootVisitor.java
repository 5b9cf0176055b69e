package gclab.heap.spi;

/**
 * Visits one non-null root reference and returns the reference to store back in the root: the same address,
 * or the object's new address if the collector moved it.
 */
@FunctionalInterface
public interface RootVisitor {
    int visitRoot(int reference);
}
