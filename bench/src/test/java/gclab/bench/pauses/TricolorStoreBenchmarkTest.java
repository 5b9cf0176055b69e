package gclab.bench.pauses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store-while-marking benchmark's setup leaves tricolor marking (or not), and stores keep it so. */
class TricolorStoreBenchmarkTest {
    @ParameterizedTest(name = "config={0}")
    @ValueSource(strings = {"nogc", "off", "satb", "dijkstra", "hybrid"})
    void theBarrierIsOnExactlyInTheMarkingConfigsAndStaysOn(String config) {
        TricolorStoreBenchmark b = new TricolorStoreBenchmark();
        b.config = config;
        b.build();
        boolean expected = !config.equals("nogc") && !config.equals("off");
        assertEquals(expected, b.marking());
        b.storeReferences();
        b.storeReferences();
        assertEquals(expected, b.marking(), "stores neither allocate nor poll: marking does not advance");
    }
}
