package gclab.bench.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HotSpotMarkAnchorTest {
    @Test
    void parsesSerialFullCollectionsAfterTheFirst() {
        List<String> log = List.of(
                "[0.003s][info][gc] Using Serial",
                "[0.094s][info ][gc,phases] GC(0) Phase 1: Mark live objects 39.585ms",
                "[0.125s][info ][gc       ] GC(0) Pause Full (System.gc()) 34M->32M(247M) 70.764ms",
                "[0.171s][info ][gc,phases] GC(1) Phase 1: Mark live objects 46.000ms",
                "[0.177s][info ][gc,phases] GC(1) Phase 2: Compute new object addresses 5.642ms",
                "[0.184s][info ][gc       ] GC(1) Pause Full (System.gc()) 32M->32M(247M) 58.000ms",
                "[0.227s][info ][gc,phases] GC(2) Phase 1: Mark live objects 40.000ms",
                "[0.243s][info ][gc       ] GC(2) Pause Full (System.gc()) 32M->32M(247M) 50.000ms",
                "[0.287s][info ][gc,phases] GC(3) Phase 1: Mark live objects 44.000ms",
                "[0.299s][info ][gc       ] GC(3) Pause Full (System.gc()) 32M->32M(247M) 54.000ms",
                "tree nodes 1048575");
        HotSpotMarkAnchor.Figures f = HotSpotMarkAnchor.parseHotSpotLog(log);
        assertEquals(44.0, f.markMillis(), 1e-9);
        assertEquals(54.0, f.pauseMillis(), 1e-9);
    }

    @Test
    void aLogWithoutCollectionsIsAnError() {
        assertThrows(IllegalStateException.class,
                () -> HotSpotMarkAnchor.parseHotSpotLog(List.of("[0.003s][info][gc] Using Serial")));
    }
}
