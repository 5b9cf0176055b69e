package gclab.heap.gc;

import gclab.heap.Heap;
import gclab.heap.ObjectModel;
import gclab.heap.space.FreeListSpace;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;

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
        Heap heap = space.heap();
        space.clearFreeLists();
        int end = space.end();
        int runStart = -1;
        long objectsFreed = 0;
        long wordsFreed = 0;
        // Invariant: [runStart, address) is dead or free memory when runStart >= 0; every chunk below
        // runStart (or below address when runStart < 0) is a live, unmarked object or a listed free chunk.
        int[] instanceWords = heap.layouts().instanceWordsUnsafe();
        for (int address = space.start(); address < end; ) {
            long shape = heap.word(address);
            int id = ObjectModel.typeIdOf(shape);
            int size = id >= 0 && id < instanceWords.length ? instanceWords[id] : 0;
            if (size == 0) {
                size = heap.sizeInWords(address, shape); // an array or a free chunk
            }
            boolean free = id == ObjectModel.FREE_TYPE_ID;
            if (!free && marks.isMarked(address)) {
                marks.unmark(address);
                if (runStart >= 0) {
                    space.addFreeChunk(runStart, address - runStart);
                    runStart = -1;
                }
            } else {
                if (!free) {
                    objectsFreed++;
                    wordsFreed += size;
                }
                if (runStart < 0) {
                    runStart = address;
                }
            }
            address += size;
        }
        if (runStart >= 0) {
            space.addFreeChunk(runStart, end - runStart);
        }
        work.add(WorkKind.WORDS_SWEPT, space.capacityWords());
        work.add(WorkKind.OBJECTS_FREED, objectsFreed);
        work.add(WorkKind.WORDS_FREED, wordsFreed);
    }
}
