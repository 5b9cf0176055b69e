package gclab.bench.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HotSpotYoungAnchorTest {
    @Test
    void takesTheAnnouncedYoungPausesAfterTheFirstFewAndTheirAgeTable() {
        List<String> log = new ArrayList<>();
        log.add("[0.003s][info][gc] Using Serial");
        for (int id = 0; id < HotSpotYoungAnchor.HOTSPOT_SKIPPED + 3; id++) {
            // an unannounced collection between the announced ones is ignored
            log.add("[0.1s][info][gc] GC(" + (2 * id + 1) + ") Pause Young (Allocation Failure) 12M->1M(46M) 9.000ms");
            log.add("[0.2s][trace][gc,age] GC(" + 2 * id + ") - age   1:   " + (33_554_000 + id) + " bytes,   "
                    + (33_554_000 + id) + " total");
            log.add("[0.2s][info ][gc     ] GC(" + 2 * id + ") Pause Young (Allocation Failure) 60M->33M(480M) "
                    + (20 + id) + ".500ms");
            log.add("tree-gc " + 2 * id);
        }
        log.add("tree nodes 1048575");
        HotSpotYoungAnchor.Figures f = HotSpotYoungAnchor.parseHotSpotLog(log, 1_048_575, 32);
        int skipped = HotSpotYoungAnchor.HOTSPOT_SKIPPED;
        assertEquals(3, f.pauses());
        assertEquals(20 + skipped + 1 + 0.5, f.pauseMillis(), 1e-9);
        assertEquals(33_554_000 + skipped + 1, f.bytes());
        assertEquals(1_048_575, f.objects());
    }

    @Test
    void withoutAnAgeTableTheBytesAreTheNodesTimesTheirSize() {
        List<String> log = new ArrayList<>();
        for (int id = 0; id <= HotSpotYoungAnchor.HOTSPOT_SKIPPED; id++) {
            log.add("[0.2s][info][gc] GC(" + id + ") Pause Young (Allocation Failure) 60M->33M(480M) 30.000ms");
            log.add("tree-gc " + id);
        }
        HotSpotYoungAnchor.Figures f = HotSpotYoungAnchor.parseHotSpotLog(log, 1000, 32);
        assertEquals(32_000, f.bytes());
        assertEquals(30.0, f.pauseMillis(), 1e-9);
    }

    @Test
    void aLogWithoutAnnouncedCollectionsIsAnError() {
        assertThrows(IllegalStateException.class, () -> HotSpotYoungAnchor.parseHotSpotLog(List.of(
                "[0.1s][info][gc] GC(0) Pause Young (Allocation Failure) 12M->1M(46M) 9.000ms"), 0, 0));
    }
}
