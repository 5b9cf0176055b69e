package gclab.heap.gc;

import gclab.heap.Heap;
import gclab.heap.ObjectModel;
import gclab.heap.space.FreeListSpace;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;

/**
 * Lazy sweeping of a free-list space (Hughes 1982; Boehm's collector): the walk of {@link Sweeper}, cut into
 * steps that the allocator runs when it needs memory, so that no pause pays for the whole heap.
 *
 * <pre>
 *   start:  forget every free chunk; cursor = space.start       (nothing ahead of the cursor is listed)
 *   step:   walk from the cursor; unmark each marked object, list each maximal run of dead and free memory,
 *           until enough words are swept or a run large enough for the request is listed; cursor = there
 * </pre>
 * Between steps the space stays parsable: behind the cursor, objects are unmarked and free memory is listed;
 * ahead of it, objects are marked (live) or unmarked (dead, still formatted as objects), and free chunks are
 * formatted but unlisted until the sweep reaches them. An allocation can only be served from a chunk behind the
 * cursor, so an object allocated during the sweep is never met by it and must be allocated unmarked. A run
 * still open when a step ends is listed up to the cursor, so a run may be split at a step boundary; the next
 * sweep coalesces it.
 */
public final class LazySweeper {
    private final FreeListSpace space;
    private final Heap heap;
    private final MarkBits marks;
    private final WorkCounts work = new WorkCounts();
    private int cursor;
    private boolean active;
    private long liveWordsSwept;

    public LazySweeper(FreeListSpace space, MarkBits marks) {
        this.space = space;
        this.heap = space.heap();
        this.marks = marks;
    }

    /** After this, the free lists are empty and the whole space lies ahead of the cursor, unswept. */
    public void start() {
        space.clearFreeLists();
        cursor = space.start();
        active = true;
        liveWordsSwept = 0;
    }

    /** True from {@link #start} until the cursor reaches the end of the space (or {@link #abandon}). */
    public boolean active() {
        return active;
    }

    /** The first address not yet swept. */
    public int cursor() {
        return cursor;
    }

    /** Words ahead of the cursor: not yet swept (0 when no sweep is active). */
    public long unsweptWords() {
        return active ? space.end() - cursor : 0;
    }

    /** Words of marked (surviving) objects the sweep has passed since {@link #start}. */
    public long liveWordsSwept() {
        return liveWordsSwept;
    }

    /**
     * Sweeps whole chunks from the cursor until at least {@code minWords} are swept, or a free run of at least
     * {@code fitWords} has been listed (0: no such goal), or the end of the space. Returns true if the sweep is
     * complete. To sweep until a request fits, pass {@code Long.MAX_VALUE} and its size.
     */
    public boolean step(long minWords, int fitWords) {
        if (!active) {
            return true;
        }
        int end = space.end();
        int address = cursor;
        int runStart = -1;
        long swept = 0;
        long objectsFreed = 0;
        long wordsFreed = 0;
        boolean fitted = false;
        // Invariant: [cursor, address) is swept; [runStart, address) is dead or free and unlisted when
        // runStart >= 0; every chunk of [cursor, runStart) is an unmarked live object or listed free memory.
        while (address < end && swept < minWords && !fitted) {
            long shape = heap.word(address);
            int id = ObjectModel.typeIdOf(shape);
            int size = heap.sizeInWords(address, shape);
            boolean free = id == ObjectModel.FREE_TYPE_ID;
            if (!free && marks.isMarked(address)) {
                marks.unmark(address);
                liveWordsSwept += size;
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
            swept += size;
            fitted = fitWords > 0 && runStart >= 0 && address - runStart >= fitWords;
        }
        if (runStart >= 0) {
            space.addFreeChunk(runStart, address - runStart);
        }
        cursor = address;
        active = address < end;
        work.add(WorkKind.WORDS_SWEPT, swept);
        work.add(WorkKind.OBJECTS_FREED, objectsFreed);
        work.add(WorkKind.WORDS_FREED, wordsFreed);
        return !active;
    }

    /** Sweeps to the end of the space. */
    public void finish() {
        step(Long.MAX_VALUE, 0);
    }

    /**
     * Stops the sweep where it is, without listing what lies ahead (a full collection that re-marks and
     * sweeps the whole space eagerly is about to follow).
     */
    public void abandon() {
        active = false;
    }

    /** The work done since the last call, which is then reset. */
    public WorkCounts takeWork() {
        WorkCounts w = work.copy();
        work.clear();
        return w;
    }
}
