package gclab.heap.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gclab.heap.ObjectModel;
import gclab.heap.space.BumpSpace;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FragmentationStats;
import gclab.heap.space.FreeListSpace;
import gclab.heap.telemetry.HeapSnapshot.Kind;
import gclab.heap.telemetry.HeapSnapshot.SpaceMap;
import gclab.heap.testing.TestHeap;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeapSnapshotTest {
    private TestHeap t;
    private BumpSpace eden;
    private FreeListSpace old;

    @BeforeEach
    void create() {
        t = new TestHeap(8192); // 1024 words
        eden = new BumpSpace(t.heap, "eden", 100);
        old = new FreeListSpace(t.heap, "old", 200, FitPolicy.BEST_FIT);
    }

    @Test
    void adjacentChunksOfOneKindMakeOneRun() {
        for (int i = 0; i < 3; i++) {
            t.node(eden, i); // 5 words each
        }
        int x = t.allocate(old, t.byteArray, 16); // 4 words
        t.node(old, 9);                            // 5 words
        old.free(x, 4);
        t.allocate(old, t.leaf, 0);                // 3 words into the 4-word chunk: a one-word hole

        HeapSnapshot snap = HeapSnapshot.capture(t.heap, 7, 1234);
        assertEquals(7, snap.pauseId());
        assertEquals(1234, snap.atNanos());
        assertEquals(1024, snap.heapWords());
        assertEquals(2, snap.spaces().size());

        SpaceMap e = snap.spaces().get(0);
        assertEquals("eden", e.name());
        assertEquals(List.of(Kind.OBJECTS, Kind.FREE), e.kinds());
        assertEquals(15, e.runWords(0));
        assertEquals(3, e.runObjects(0), "three objects in one run");
        assertEquals(85, e.runWords(1), "past the bump pointer");
        assertEquals(eden.start() + 15, e.runStart(1));

        SpaceMap o = snap.spaces().get(1);
        assertEquals(List.of(Kind.OBJECTS, Kind.HOLE, Kind.OBJECTS, Kind.FREE), o.kinds());
        assertEquals(3, o.runWords(0));
        assertEquals(1, o.runWords(1));
        assertEquals(x + 3, o.runStart(1));
        assertEquals(5, o.runWords(2));
        assertEquals(191, o.runWords(3));
        assertEquals(6, snap.runCount());
    }

    @Test
    void runsAgreeWithTheSpacesOwnFigures() {
        int a = t.node(old, 1);
        int b = t.node(old, 2);
        int c = t.node(old, 3);
        t.node(old, 4);
        old.free(b, 5);
        old.free(c, 5); // two free chunks side by side: one free run
        t.node(eden, 5);
        HeapSnapshot snap = HeapSnapshot.capture(t.heap, 0, 0);
        SpaceMap o = snap.spaces().get(1);
        assertEquals(List.of(Kind.OBJECTS, Kind.FREE, Kind.OBJECTS, Kind.FREE), o.kinds());
        assertEquals(a, o.runStart(0));
        assertEquals(10, o.runWords(1));
        for (SpaceMap s : snap.spaces()) {
            var space = s.name().equals("old") ? old : eden;
            FragmentationStats f = space.fragmentation();
            assertEquals(space.usedWords(), s.words(Kind.OBJECTS), s.name());
            assertEquals(f.freeBytes() + f.darkBytes(),
                    ObjectModel.bytes(s.words(Kind.FREE) + s.words(Kind.HOLE)), s.name());
        }
        assertEquals(old.usedWords() + eden.usedWords(), snap.words(Kind.OBJECTS));
    }

    @Test
    void aSnapshotRebuiltFromItsPartsIsEqual() {
        t.node(eden, 1);
        HeapSnapshot snap = HeapSnapshot.capture(t.heap, 2, 3);
        List<SpaceMap> copies = snap.spaces().stream()
                .map(s -> SpaceMap.of(s.name(), s.start(), s.end(), s.kinds(), s.words(), s.objects())).toList();
        assertEquals(snap, HeapSnapshot.of(2, 3, snap.heapWords(), copies));
    }

    @Test
    void runsMustCoverTheirSpaceExactly() {
        assertThrows(IllegalArgumentException.class,
                () -> SpaceMap.of("s", 1, 11, List.of(Kind.FREE), new int[] {9}, new int[] {0}));
        assertThrows(IllegalArgumentException.class,
                () -> SpaceMap.of("s", 1, 11, List.of(Kind.FREE, Kind.OBJECTS), new int[] {10, 0}, new int[2]));
        SpaceMap ok = SpaceMap.of("s", 1, 11, List.of(Kind.FREE), new int[] {10}, new int[] {0});
        assertThrows(IllegalArgumentException.class, () -> HeapSnapshot.of(0, 0, 5, List.of(ok)));
    }

    @Test
    void recorderCapturesAfterTheChosenPause() {
        GcTelemetry telemetry = new GcTelemetry(t.heap, () -> 0L);
        HeapSnapshot.Recorder recorder = HeapSnapshot.Recorder.afterPause(t.heap, 1);
        telemetry.addListener(recorder);
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        telemetry.pauseEnd();
        assertNull(recorder.latest());
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        t.node(eden, 1); // the collector's work during pause 1
        telemetry.pauseEnd();
        t.node(eden, 2); // the mutator, after pause 1
        telemetry.pauseBegin(PauseKind.FULL, GcCause.SYSTEM_GC);
        telemetry.pauseEnd();
        assertEquals(1, recorder.latest().pauseId());
        assertEquals(5, recorder.latest().words(Kind.OBJECTS), "the heap as it was when pause 1 ended");
    }
}
