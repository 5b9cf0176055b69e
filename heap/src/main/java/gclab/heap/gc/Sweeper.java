package gclab.heap.gc;

import gclab.heap.space.FreeListSpace;
import gclab.heap.telemetry.WorkCounts;

/**
 * Sweeping a free-list space: one linear walk that returns every unmarked object to the free lists,
 * coalesced with its dead and free neighbours into one chunk, and unmarks the survivors.
 *
 * <pre>
 *   clear the free lists
 *   for each chunk c in address order:
 *       if c is a marked object:  unmark c; close the current free run, if any
 *       else (dead or free):      extend the current free run over c
 *   close the last run
 * </pre>
 */
public final class Sweeper {
    private Sweeper() {
    }

    /**
     * After this, every object of {@code space} that was marked is unmarked and unmoved, every other word is
     * on the free lists in maximal chunks (address order), and {@code work} counts the words swept and the
     * objects and words freed.
     */
    public static void sweep(FreeListSpace space, MarkBits marks, WorkCounts work) {
        // One walk, written once: the lazy sweeper's, started and run to the end of the space at once.
        LazySweeper sweeper = new LazySweeper(space, marks);
        sweeper.start();
        sweeper.finish();
        work.addAll(sweeper.takeWork());
    }
}
