package gclab.heap.verify;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.ObjectModel;
import gclab.heap.gc.Worklist;
import gclab.heap.space.FreeListSpace;
import gclab.heap.space.Space;
import gclab.heap.spi.RootSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Checks the invariants every collector keeps (docs/ARCHITECTURE.md):
 * <ol>
 *   <li>every space is parsable: a linear walk from its start steps from one valid header to the next and
 *       lands exactly on its end (or, for a bump space, its top), and every free-list entry is a free chunk of
 *       its space;</li>
 *   <li>every reference held by a root or by a reachable object points at the start of an object (not a free
 *       chunk) inside a space, whose header names a known layout.</li>
 * </ol>
 * It reports the first violation with the path from a root to the bad reference. Optionally
 * ({@link #verifyNoGarbage}) it also checks that no unreachable object remains, which a complete collection
 * promises.
 *
 * <p>The verifier is independent of every collector: it reads only headers, layouts and spaces.
 */
public final class HeapVerifier {
    private final Heap heap;
    private final RootSet roots;

    public HeapVerifier(Heap heap, RootSet roots) {
        this.heap = heap;
        this.roots = roots;
    }

    /** Checks parsability and every reachable reference; returns the number of reachable objects. */
    public long verify() {
        return traceFromRoots(walkSpaces(), null);
    }

    /** As {@link #verify()}, and also that every object in the heap is reachable (nothing unreachable left). */
    public long verifyNoGarbage() {
        Walk walk = walkSpaces();
        BitSet reached = new BitSet(heap.capacityWords());
        long reachable = traceFromRoots(walk, reached);
        BitSet objectStarts = walk.objects();
        objectStarts.andNot(reached);
        int garbage = objectStarts.nextSetBit(0);
        if (garbage >= 0) {
            throw new HeapCorruptionException("unreachable object left after a complete collection: "
                    + describe(garbage) + " (and " + (objectStarts.cardinality() - 1) + " more)");
        }
        return reachable;
    }

    /** Checks that {@code address} is the start of a live-looking object in some space. */
    public void verifyObject(int address) {
        String problem = objectProblem(address, walkSpaces());
        if (problem != null) {
            throw new HeapCorruptionException(problem);
        }
    }

    // ---------------------------------------------------------------- parsability

    /** What the walk of every space found: the starts of objects, and the starts of free chunks. */
    private record Walk(BitSet objects, BitSet freeChunks) {
    }

    /** Walks every space; returns the starts of its objects and of its free chunks. */
    private Walk walkSpaces() {
        BitSet objects = new BitSet(heap.capacityWords());
        BitSet freeChunks = new BitSet(heap.capacityWords());
        for (Space space : heap.spaces()) {
            int address = space.start();
            int limit = space.end();
            int walkEnd = walkEnd(space);
            while (address < walkEnd) {
                long shape = heap.word(address);
                Layout layout = heap.layouts().get(ObjectModel.typeIdOf(shape));
                if (layout == null) {
                    throw new HeapCorruptionException("space " + space.name() + " is not parsable at address "
                            + address + ": shape word 0x" + Long.toHexString(shape) + " names no type"
                            + afterPrevious(objects, freeChunks, space, address));
                }
                long size = layout.sizeInWords(ObjectModel.lengthOf(shape));
                if (size <= 0 || address + size > walkEnd) {
                    throw new HeapCorruptionException("space " + space.name() + " is not parsable at address "
                            + address + ": " + layout.name() + " of " + size + " words runs past "
                            + (walkEnd == limit ? "the end of the space" : "the space's top") + " at " + walkEnd);
                }
                (layout.isFree() ? freeChunks : objects).set(address);
                address += (int) size;
            }
            if (space instanceof FreeListSpace) {
                checkFreeList((FreeListSpace) space, objects, freeChunks);
            }
        }
        return new Walk(objects, freeChunks);
    }

    private static int walkEnd(Space space) {
        if (space instanceof gclab.heap.space.BumpSpace) {
            return ((gclab.heap.space.BumpSpace) space).top();
        }
        return space.end();
    }

    private String afterPrevious(BitSet objects, BitSet free, Space space, int address) {
        int prevObject = objects.previousSetBit(address - 1);
        int prevFree = free.previousSetBit(address - 1);
        int prev = Math.max(prevObject, prevFree);
        if (prev < space.start()) {
            return " (the first word of the space)";
        }
        return " (after " + describe(prev) + ")";
    }

    private void checkFreeList(FreeListSpace space, BitSet objects, BitSet freeChunks) {
        long[] listed = {0, 0};
        space.forEachFreeChunk((chunk, size, free) -> {
            if (!space.contains(chunk) || !freeChunks.get(chunk)) {
                String what = !space.contains(chunk) ? "outside the space"
                        : objects.get(chunk) ? "the live-looking object " + describe(chunk)
                        : describeLoosely(chunk);
                throw new HeapCorruptionException("free list of space " + space.name() + " lists address " + chunk
                        + ", which is not a free chunk of the space (it is " + what + ")");
            }
            if (heap.lengthOf(chunk) != size) {
                throw new HeapCorruptionException("free list of space " + space.name() + " lists chunk " + chunk
                        + " as " + size + " words, but its header says " + heap.lengthOf(chunk));
            }
            listed[0]++;
            listed[1] += size;
        });
        if (listed[1] != space.freeWords()) {
            throw new HeapCorruptionException("free list of space " + space.name() + " holds " + listed[1]
                    + " words in " + listed[0] + " chunks, but the space counts " + space.freeWords() + " free words");
        }
    }

    // ---------------------------------------------------------------- references

    /**
     * Traces from the roots with an explicit queue, remembering each object's parent, and checks every
     * reference. If {@code reached} is given, it receives every reachable object.
     */
    private long traceFromRoots(Walk walk, BitSet reached) {
        BitSet seen = reached != null ? reached : new BitSet(heap.capacityWords());
        // parent[i] and parentSlot[i] for queue entry i; the queue is a growable array of addresses.
        Worklist queue = new Worklist();
        Worklist parentIndex = new Worklist();
        Worklist viaSlot = new Worklist();
        List<String> rootNames = new ArrayList<>();

        roots.describeRoots((name, ref) -> {
            if (ref == Heap.NULL) {
                return;
            }
            String problem = objectProblem(ref, walk);
            if (problem != null) {
                throw new HeapCorruptionException("root " + name + " holds a bad reference: " + problem);
            }
            if (!seen.get(ref)) {
                seen.set(ref);
                queue.add(ref);
                parentIndex.add(-1 - rootNames.size());
                viaSlot.add(-1);
                rootNames.add(name);
            }
        });
        // Invariant: every entry before `next` has had all its reference slots checked.
        for (int next = 0; next < queue.size(); next++) {
            int object = queue.get(next);
            int current = next;
            heap.forEachReferenceSlot(object, slot -> {
                int ref = heap.reference(slot);
                if (ref == Heap.NULL) {
                    return;
                }
                String problem = objectProblem(ref, walk);
                if (problem != null) {
                    throw new HeapCorruptionException("bad reference in " + slotName(object, slot) + ": " + problem
                            + "; path from the roots: " + path(current, queue, parentIndex, viaSlot, rootNames));
                }
                if (!seen.get(ref)) {
                    seen.set(ref);
                    queue.add(ref);
                    parentIndex.add(current);
                    viaSlot.add(slot);
                }
            });
        }
        return queue.size();
    }

    /**
     * Null if {@code ref} is the start of a valid object, else what is wrong with it. Judged by the walk, not by
     * the word at {@code ref}: memory above a bump space's top and the inside of an object may hold anything.
     */
    private String objectProblem(int ref, Walk walk) {
        if (!heap.inBounds(ref)) {
            return "address " + ref + " is outside the heap (valid addresses are 1 to " + (heap.capacityWords() - 1)
                    + ")";
        }
        Space space = heap.spaceOf(ref);
        if (space == null) {
            return "address " + ref + " lies in no space";
        }
        if (walk.objects().get(ref)) {
            return null;
        }
        if (ref >= walkEnd(space)) {
            return "address " + ref + " in space " + space.name() + " lies above the space's top (unallocated)";
        }
        if (walk.freeChunks().get(ref)) {
            return "address " + ref + " in space " + space.name() + " is a free chunk (the object was freed)";
        }
        int enclosing = Math.max(walk.objects().previousSetBit(ref), walk.freeChunks().previousSetBit(ref));
        String inside = enclosing < space.start() ? describeLoosely(ref)
                : "it is word " + (ref - enclosing) + " of "
                + (walk.freeChunks().get(enclosing) ? "the free chunk at " + enclosing : describe(enclosing));
        return "address " + ref + " in space " + space.name() + " is not the start of an object (" + inside + ")";
    }

    private String path(int index, Worklist queue, Worklist parentIndex, Worklist viaSlot, List<String> rootNames) {
        List<String> steps = new ArrayList<>();
        int i = index;
        while (i >= 0) {
            int p = parentIndex.get(i);
            if (p < 0) {
                steps.add(0, rootNames.get(-1 - p) + " -> " + describe(queue.get(i)));
            } else {
                steps.add(0, slotName(queue.get(p), viaSlot.get(i)) + " -> " + describe(queue.get(i)));
            }
            i = p;
        }
        return String.join(", ", steps);
    }

    private String slotName(int object, int slot) {
        Layout layout = heap.layoutOf(object);
        int index = slot - object - ObjectModel.HEADER_WORDS;
        return describe(object) + (layout != null && layout.isArray() ? "[" + index + "]" : ".field" + index);
    }

    private String describe(int address) {
        Layout layout = heap.layoutOf(address);
        String type = layout == null ? "?" : layout.describe(heap.lengthOf(address));
        return type + "@" + address;
    }

    private String describeLoosely(int address) {
        if (!heap.inBounds(address)) {
            return "outside the heap";
        }
        Layout layout = heap.layoutOf(address);
        return layout == null ? "its word 0x" + Long.toHexString(heap.word(address)) + " is no header"
                : "a word that looks like a " + layout.name() + " header but is not on the walk";
    }
}
