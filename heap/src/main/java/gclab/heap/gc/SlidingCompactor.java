package gclab.heap.gc;

import gclab.heap.Heap;
import gclab.heap.space.FreeListSpace;
import gclab.heap.spi.RootSet;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.verify.HeapCorruptionException;

/**
 * Sliding compaction of a marked free-list space, Lisp-2 style (Knuth; Jones, Hosking &amp; Moss, "The Garbage
 * Collection Handbook", 3.2): live objects slide towards the start of the space in address order, so their
 * relative order is kept, and all free memory becomes one chunk at the end.
 *
 * <ol>
 *   <li><b>computeForwardingAddresses</b>: walk the space; each marked object's new address is the running
 *       total of the sizes of the marked objects before it; each unmarked object is garbage, freed here.</li>
 *   <li><b>updateReferences</b>: every root and every reference slot of every marked object that points into
 *       the space is replaced by its target's forwarding address.</li>
 *   <li><b>relocate</b>: walk the space again, clear each marked object's mark (at its old address) and
 *       move it to its forwarding address. Moving down in address order never overwrites an object not yet moved.</li>
 * </ol>
 * Three passes over the heap and one forwarding word per object (here, in the GC word): the price of keeping
 * the order of objects without a second space.
 */
public final class SlidingCompactor {
    private final Heap heap;
    private final MarkBits marks;
    private final Forwarding forwarding;

    public SlidingCompactor(Heap heap, MarkBits marks, Forwarding forwarding) {
        this.heap = heap;
        this.marks = marks;
        this.forwarding = forwarding;
    }

    /**
     * After this, the marked objects of {@code space} are packed at its start in their old order, unmarked,
     * every root and every reference in them is updated, and the rest of the space is one free chunk.
     * {@code work} counts the objects and words freed, as a sweep counts them, besides the moves.
     * Requires: every object reachable from the roots is marked, and no object outside {@code space} holds a
     * reference into it other than through the roots.
     */
    public void compact(FreeListSpace space, RootSet roots, WorkCounts work) {
        int newTop = computeForwardingAddresses(space, work);
        updateReferences(space, roots, work);
        relocate(space, work);
        space.clearFreeLists();
        if (newTop < space.end()) {
            space.addFreeChunk(newTop, space.end() - newTop);
        }
    }

    /** Phase 1. Returns the address just past the last object's new place. */
    private int computeForwardingAddresses(FreeListSpace space, WorkCounts work) {
        int free = space.start();
        long objectsFreed = 0;
        long wordsFreed = 0;
        for (int address = space.start(); address < space.end(); ) {
            int size = heap.sizeInWords(address);
            if (isLive(address)) {
                forwarding.setForwardingAddress(address, free);
                free += size;
            } else if (!heap.isFree(address)) {
                objectsFreed++;
                wordsFreed += size;
            }
            address += size;
        }
        work.add(WorkKind.OBJECTS_FREED, objectsFreed);
        work.add(WorkKind.WORDS_FREED, wordsFreed);
        return free;
    }

    /** Phase 2. */
    private void updateReferences(FreeListSpace space, RootSet roots, WorkCounts work) {
        long[] updated = {0};
        roots.visitRoots(ref -> {
            if (space.contains(ref)) {
                updated[0]++;
                return newAddress(ref, "a root");
            }
            return ref;
        });
        for (int address = space.start(); address < space.end(); ) {
            int size = heap.sizeInWords(address);
            if (isLive(address)) {
                heap.forEachReferenceSlot(address, slot -> {
                    int ref = heap.reference(slot);
                    if (ref != Heap.NULL && space.contains(ref)) {
                        heap.setReference(slot, newAddress(ref, "slot " + slot));
                        updated[0]++;
                    }
                });
            }
            address += size;
        }
        work.add(WorkKind.REFERENCES_UPDATED, updated[0]);
    }

    /**
     * The forwarding address of {@code ref}, which a live object or a root refers to. An unmarked target would
     * have no forwarding address (its GC word holds whatever it held), so the reference would silently become
     * garbage or null: marking missed a reachable object, and that is reported here, not papered over.
     */
    private int newAddress(int ref, String referrer) {
        if (!marks.isMarked(ref)) {
            throw new HeapCorruptionException(referrer + " refers to " + ref + ", which marking did not reach: "
                    + "a reachable object was about to be lost (a collector bug)");
        }
        return forwarding.forwardingAddress(ref);
    }

    /** Phase 3. */
    private void relocate(FreeListSpace space, WorkCounts work) {
        long moved = 0;
        long wordsMoved = 0;
        // Invariant: every live object below `address` has been moved to its forwarding address, which is at
        // or below its old one, so the chunk at `address` is still intact.
        for (int address = space.start(); address < space.end(); ) {
            int size = heap.sizeInWords(address);
            if (isLive(address)) {
                int to = forwarding.forwardingAddress(address);
                // Unmark at the old address, before the copy: a side bitmap keeps the mark there, and after
                // the copy that address may lie inside the moved object (or another one), no longer a header.
                marks.unmark(address);
                if (to != address) {
                    heap.copyWords(address, to, size);
                    moved++;
                    wordsMoved += size;
                }
            }
            address += size;
        }
        work.add(WorkKind.OBJECTS_MOVED, moved);
        work.add(WorkKind.WORDS_MOVED, wordsMoved);
    }

    private boolean isLive(int address) {
        return !heap.isFree(address) && marks.isMarked(address);
    }
}
