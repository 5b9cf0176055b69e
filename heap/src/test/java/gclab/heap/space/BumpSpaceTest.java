package gclab.heap.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gclab.heap.Heap;
import gclab.heap.testing.SpaceCensus;
import gclab.heap.testing.TestHeap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BumpSpaceTest {
    private final TestHeap t = new TestHeap(8192);
    private final BumpSpace eden = new BumpSpace(t.heap, "eden", 100);

    @Test
    void allocationBumpsTheTopAndReturnsConsecutiveAddresses() {
        int a = eden.allocate(5);
        int b = eden.allocate(3);
        assertEquals(eden.start(), a);
        assertEquals(a + 5, b);
        assertEquals(b + 3, eden.top());
        assertEquals(8, eden.usedWords());
        assertEquals(92, eden.freeWords());
    }

    @Test
    void requestThatDoesNotFitFailsAndLeavesTheTopAlone() {
        eden.allocate(90);
        int top = eden.top();
        assertEquals(Heap.NULL, eden.allocate(11));
        assertEquals(top, eden.top());
        assertEquals(eden.start() + 90, eden.allocate(10), "an exact fit of the rest succeeds");
        assertEquals(Heap.NULL, eden.allocate(2));
        assertEquals(Heap.NULL, eden.allocate(Integer.MAX_VALUE), "no overflow on a huge request");
    }

    @Test
    void resetEmptiesTheSpace() {
        t.allocate(eden, t.node, 0);
        eden.reset();
        assertEquals(eden.start(), eden.top());
        assertEquals(0, eden.usedWords());
        assertEquals(eden.start(), eden.allocate(4));
    }

    @Test
    void setTopKeepsExactlyTheObjectsBelowIt() {
        int a = t.allocate(eden, t.node, 0);
        t.allocate(eden, t.node, 0);
        eden.setTop(a + 5);
        assertEquals(5, eden.usedWords());
        assertEquals(List.of(a), SpaceCensus.of(eden).objects);
        assertThrows(IllegalArgumentException.class, () -> eden.setTop(eden.start() - 1));
        assertThrows(IllegalArgumentException.class, () -> eden.setTop(eden.end() + 1));
        eden.setTop(eden.end());
        assertEquals(100, eden.usedWords());
    }

    @Test
    void walkVisitsTheObjectsThenTheFreeTail() {
        int a = t.allocate(eden, t.node, 0);
        int b = t.allocate(eden, t.byteArray, 20);
        List<String> seen = new ArrayList<>();
        eden.walk((address, size, free) -> seen.add(address + "+" + size + (free ? " free" : "")));
        int tail = b + 5;
        assertEquals(List.of(a + "+5", b + "+5", tail + "+" + (eden.end() - tail) + " free"), seen);
    }

    @Test
    void walkOfAFullSpaceHasNoFreeTail() {
        t.allocate(eden, t.refArray, 95);
        t.allocate(eden, t.leaf, 0);
        List<Boolean> free = new ArrayList<>();
        eden.walk((address, size, isFree) -> free.add(isFree));
        assertEquals(List.of(false, false), free);
    }

    @Test
    void fragmentationIsTheFreeTailAsOneChunk() {
        eden.allocate(40);
        FragmentationStats f = eden.fragmentation();
        assertEquals(60 * 8, f.freeBytes());
        assertEquals(1, f.freeChunks());
        assertEquals(60 * 8, f.largestChunkBytes());
        assertEquals(0.0, f.externalFragmentation());
        eden.allocate(60);
        assertEquals(FragmentationStats.NONE, eden.fragmentation());
    }

    @Test
    void oneWordTailIsDarkMatterNotAFreeChunk() {
        eden.allocate(99);
        FragmentationStats f = eden.fragmentation();
        assertEquals(0, f.freeChunks());
        assertEquals(8, f.darkBytes());
    }
}
