package gclab.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gclab.heap.Heap;
import gclab.heap.spi.CollectorRegistry;
import org.junit.jupiter.api.Test;

/** The barrier benchmark stores what it says where it says, for every registered collector. */
class BarrierBenchmarkTest {
    @Test
    void everyCollectorStoresEveryValueAndGenerationalStoresFromOldIntoYoung() {
        for (String collector : new CollectorRegistry().names()) {
            for (String store : new String[] {"old-to-young", "young-to-young"}) {
                BarrierBenchmark b = new BarrierBenchmark();
                b.collector = collector;
                b.store = store;
                b.build();
                b.storeReferences();
                Heap heap = b.memoryManager().heap();
                int holder = b.holder(BarrierBenchmark.HOLDERS - 1);
                int last = BarrierBenchmark.STORES - 1;
                assertEquals(b.target(last), heap.reference(Heap.slotAddress(holder, last % BarrierBenchmark.SLOTS)),
                        collector + " " + store);
                if (collector.equals("generational")) {
                    String holderSpace = heap.spaceOf(holder).name();
                    String targetSpace = heap.spaceOf(b.target(0)).name();
                    assertEquals(store.equals("old-to-young") ? "old" : targetSpace, holderSpace, store);
                    assertEquals("eden", targetSpace, store);
                }
            }
        }
    }
}
