package gclab.heap.testing;

import gclab.heap.ObjectModel;
import gclab.heap.space.FreeListSpace;
import gclab.heap.space.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a linear walk of a space finds, counted independently of the space's own counters: objects, object
 * words, free chunks of two or more words, and one-word dark holes. {@link #checkAgainst} compares the
 * counters and the free lists of a {@link FreeListSpace} with it.
 */
public final class SpaceCensus {
    public final List<Integer> objects = new ArrayList<>();
    /** Free chunks of at least two words: address to size. */
    public final Map<Integer, Integer> freeChunks = new TreeMap<>();
    public long objectWords;
    public long freeWords;
    public long darkWords;

    private SpaceCensus() {
    }

    /** Walks {@code space} (throws if it is not parsable) and counts what it finds. */
    public static SpaceCensus of(Space space) {
        SpaceCensus c = new SpaceCensus();
        space.walk((address, size, free) -> {
            if (!free) {
                c.objects.add(address);
                c.objectWords += size;
            } else if (size < ObjectModel.MIN_OBJECT_WORDS) {
                c.darkWords += size;
            } else {
                c.freeChunks.put(address, size);
                c.freeWords += size;
            }
        });
        return c;
    }

    /**
     * Null if the counters of {@code space} (free, dark, used words) equal this census and its free lists hold
     * exactly the free chunks the walk found; otherwise what differs.
     */
    public String checkAgainst(FreeListSpace space) {
        if (space.freeWords() != freeWords) {
            return "freeWords " + space.freeWords() + " but the walk finds " + freeWords;
        }
        if (space.darkWords() != darkWords) {
            return "darkWords " + space.darkWords() + " but the walk finds " + darkWords;
        }
        if (space.usedWords() != objectWords) {
            return "usedWords " + space.usedWords() + " but the walk finds " + objectWords;
        }
        Map<Integer, Integer> listed = new TreeMap<>();
        String[] problem = {null};
        space.forEachFreeChunk((address, size, free) -> {
            if (listed.put(address, size) != null && problem[0] == null) {
                problem[0] = "chunk " + address + " is listed twice";
            }
        });
        if (problem[0] != null) {
            return problem[0];
        }
        if (!listed.equals(freeChunks)) {
            return "free lists hold " + listed + " but the walk finds " + freeChunks;
        }
        return null;
    }

    /**
     * Rebuilds the free lists as a sweep does: clear them, then list every maximal run of free memory in
     * address order.
     */
    public static void rebuildFreeListsInAddressOrder(FreeListSpace s) {
        List<int[]> runs = new ArrayList<>();
        int[] run = {-1, 0};
        s.walk((address, size, free) -> {
            if (free) {
                if (run[0] < 0) {
                    run[0] = address;
                }
                run[1] = address + size;
            } else if (run[0] >= 0) {
                runs.add(new int[] {run[0], run[1] - run[0]});
                run[0] = -1;
            }
        });
        if (run[0] >= 0) {
            runs.add(new int[] {run[0], run[1] - run[0]});
        }
        s.clearFreeLists();
        for (int[] r : runs) {
            s.addFreeChunk(r[0], r[1]);
        }
    }
}
