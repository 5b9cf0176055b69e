package gclab.heap.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectorOptionsTest {
    private static final List<OptionSpec> SPECS = List.of(
            OptionSpec.choice("compact", "never", List.of("never", "always"), "when to compact"),
            OptionSpec.decimal("threshold", 0.5, 0, 1, "fragmentation threshold"),
            OptionSpec.integer("steps", 10, 1, 100, "steps"),
            OptionSpec.bool("log", false, "log"),
            OptionSpec.size("tlab", "4k", 16, 1 << 20, "tlab size"));

    @Test
    void defaultsFillEveryOptionNotGiven() {
        CollectorOptions o = CollectorOptions.parse("ms", SPECS, Map.of("steps", "7"));
        assertEquals("never", o.choice("compact"));
        assertEquals(0.5, o.decimal("threshold"));
        assertEquals(7, o.integer("steps"));
        assertEquals(false, o.bool("log"));
        assertEquals(4096, o.size("tlab"));
    }

    @Test
    void asMapListsEveryOptionInDeclarationOrder() {
        CollectorOptions o = CollectorOptions.parse("ms", SPECS, Map.of("tlab", "8k", "log", "on"));
        assertEquals(List.of("compact", "threshold", "steps", "log", "tlab"), List.copyOf(o.asMap().keySet()));
        assertEquals("8192", o.asMap().get("tlab"));
        assertEquals("true", o.asMap().get("log"));
    }

    @Test
    void unknownKeyListsTheValidKeysWithWhatTheyAllow() {
        InvalidOptionException e = assertThrows(InvalidOptionException.class,
                () -> CollectorOptions.parse("ms", SPECS, Map.of("compcat", "always")));
        String m = e.getMessage();
        assertTrue(m.startsWith("unknown option 'compcat' for collector ms; valid options: "), m);
        assertTrue(m.contains("compact (one of never, always)"), m);
        assertTrue(m.contains("threshold (a number from 0.0 to 1.0)"), m);
        assertTrue(m.contains("steps (an integer from 1 to 100)"), m);
        assertTrue(m.contains("log (true or false)"), m);
        assertTrue(m.contains("tlab (a size from 16 to 1048576 bytes"), m);
    }

    @Test
    void collectorWithoutOptionsSaysSo() {
        InvalidOptionException e = assertThrows(InvalidOptionException.class,
                () -> CollectorOptions.parse("nogc", List.of(), Map.of("x", "1")));
        assertEquals("unknown option 'x' for collector nogc; it takes no options", e.getMessage());
    }

    @Test
    void badValueNamesTheOptionAndCollector() {
        InvalidOptionException e = assertThrows(InvalidOptionException.class,
                () -> CollectorOptions.parse("ms", SPECS, Map.of("threshold", "2")));
        assertTrue(e.getMessage().contains("bad value '2' for option threshold of collector ms"), e.getMessage());
    }

    @Test
    void readingAnUndeclaredOptionIsAnError() {
        CollectorOptions o = CollectorOptions.parse("ms", SPECS, Map.of());
        assertThrows(IllegalArgumentException.class, () -> o.integer("nope"));
        assertThrows(IllegalArgumentException.class, () -> CollectorOptions.none("nogc").bool("log"));
    }
}
