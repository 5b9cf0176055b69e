package gclab.heap.spi;

/**
 * The VM's roots: every reference slot in frames, static fields and VM-internal handles. The collector calls
 * {@link #visitRoots} while the mutator is stopped; the root set calls the visitor for every non-null root and
 * writes back what it returns, so moving collectors can update roots.
 */
public interface RootSet {
    void visitRoots(RootVisitor visitor);

    /**
     * Like {@link #visitRoots}, but also names each root ("static Foo.cache", "frame 2 local 1 of Foo.run"),
     * for the verifier's error messages. Roots are not updated. The default names them by position.
     */
    default void describeRoots(NamedRootVisitor visitor) {
        int[] index = {0};
        visitRoots(ref -> {
            visitor.visitRoot("root #" + index[0]++, ref);
            return ref;
        });
    }

    /** Visits one named root. */
    @FunctionalInterface
    interface NamedRootVisitor {
        void visitRoot(String name, int reference);
    }

    /** A root set with no roots. */
    RootSet EMPTY = visitor -> { };
}
