package gclab.collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gclab.heap.Layout;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.testing.TestMutator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void listSurvivesAndGarbageIsFreed() {
        CollectorRegistry registry = new CollectorRegistry();
        for (String compact : new String[] {"never", "always"}) {
            TestMutator m = new TestMutator(registry.factory("marksweep"), Map.of("compact", compact), 1 << 20);
            Layout node = m.heap.layouts().defineInstance("Node", 2, 0);
            int head = m.allocateRooted(node, 0);
            for (int i = 0; i < 1000; i++) {
                m.allocate(node, 0); // garbage
                int n = m.allocate(node, 0);
                m.setWord(n, 1, i);
                m.setRef(n, 0, m.at(head));
                m.roots.set(head, n);
            }
            m.mm.collector().collect(GcCause.REQUESTED);
            assertEquals(1001, m.mm.telemetry().pauses().get(0).work().get(WorkKind.OBJECTS_MARKED));
            int n = m.at(head);
            for (int i = 999; i >= 0; i--) {
                assertEquals(i, m.getWord(n, 1));
                n = m.getRef(n, 0);
            }
        }
    }
}
