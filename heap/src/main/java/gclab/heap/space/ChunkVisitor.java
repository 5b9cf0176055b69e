package gclab.heap.space;

/** Visits one chunk of a linear heap walk: either an object or a free chunk. */
@FunctionalInterface
public interface ChunkVisitor {
    void visit(int address, int sizeWords, boolean free);
}
