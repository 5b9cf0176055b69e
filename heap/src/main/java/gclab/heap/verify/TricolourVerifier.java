package gclab.heap.verify;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.ObjectModel;
import gclab.heap.gc.Worklist;
import gclab.heap.space.Space;
import gclab.heap.spi.RootSet;
import java.util.BitSet;

/**
 * Checks the tricolour invariants of an incremental or concurrent marker (Dijkstra et al. 1978), independently
 * of the collector: it reads the colours only through the collector's {@link Colouring}, and everything else
 * from headers, layouts and spaces.
 * <ul>
 *   <li>the <b>strong</b> tricolour invariant: no black object refers to a white one
 *       ({@link #verifyNoBlackToWhite});</li>
 *   <li>the end of marking ({@link #verifyMarkingComplete}): no object is gray, the strong invariant holds
 *       over the whole heap (floating garbage included), and every object reachable from the roots is black,
 *       so a sweep that frees only white objects frees nothing reachable.</li>
 * </ul>
 * A violation is a {@link HeapCorruptionException} naming the black object, its slot and the white object.
 */
public final class TricolourVerifier {
    /** How a collector's GC word reads as a colour. */
    public interface Colouring {
        boolean isWhite(int object);

        boolean isGray(int object);

        boolean isBlack(int object);
    }

    private final Heap heap;
    private final Colouring colours;

    public TricolourVerifier(Heap heap, Colouring colours) {
        this.heap = heap;
        this.colours = colours;
    }

    /** Checks that no black object in any space refers to a white one; returns the number of black objects. */
    public long verifyNoBlackToWhite() {
        long[] black = {0};
        for (Space space : heap.spaces()) {
            space.walk((address, size, free) -> {
                if (free || !colours.isBlack(address)) {
                    return;
                }
                black[0]++;
                heap.forEachReferenceSlot(address, slot -> {
                    int target = heap.reference(slot);
                    if (target != Heap.NULL && colours.isWhite(target)) {
                        throw new HeapCorruptionException("tricolour invariant broken: black " + slotName(address, slot)
                                + " refers to white " + describe(target));
                    }
                });
            });
        }
        return black[0];
    }

    /**
     * At the end of marking: no gray object is left, no black object refers to a white one, and every object
     * reachable from {@code roots} is black. Returns the number of reachable objects.
     */
    public long verifyMarkingComplete(RootSet roots) {
        for (Space space : heap.spaces()) {
            space.walk((address, size, free) -> {
                if (!free && colours.isGray(address)) {
                    throw new HeapCorruptionException("marking ended with gray object " + describe(address)
                            + " left unscanned");
                }
            });
        }
        verifyNoBlackToWhite();
        BitSet seen = new BitSet(heap.capacityWords());
        Worklist queue = new Worklist();
        roots.describeRoots((name, ref) -> {
            if (ref == Heap.NULL || seen.get(ref)) {
                return;
            }
            if (!colours.isBlack(ref)) {
                throw new HeapCorruptionException("marking ended with " + describe(ref) + ", held by root " + name
                        + ", not black: the sweep would free it");
            }
            seen.set(ref);
            queue.add(ref);
        });
        // Every object on the queue is black; black objects refer to no white object (checked above), and no
        // object is gray, so everything the queue reaches must be black too: the walk confirms it.
        for (int next = 0; next < queue.size(); next++) {
            int object = queue.get(next);
            heap.forEachReferenceSlot(object, slot -> {
                int ref = heap.reference(slot);
                if (ref == Heap.NULL || seen.get(ref)) {
                    return;
                }
                if (!colours.isBlack(ref)) {
                    throw new HeapCorruptionException("marking ended with reachable " + describe(ref)
                            + " (from " + slotName(object, slot) + ") not black: the sweep would free it");
                }
                seen.set(ref);
                queue.add(ref);
            });
        }
        return queue.size();
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
}
