package gclab.heap.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OptionSpecTest {
    private static final OptionSpec POLICY = OptionSpec.choice("policy", "first-fit",
            List.of("first-fit", "best-fit", "segregated"), "free-list policy");
    private static final OptionSpec WORKERS = OptionSpec.integer("workers", 1, 1, 8, "threads");
    private static final OptionSpec TRIGGER = OptionSpec.decimal("trigger-occupancy", 0.9, 0.0, 1.0, "when");
    private static final OptionSpec STRESS = OptionSpec.bool("stress", false, "collect every allocation");
    private static final OptionSpec EDEN = OptionSpec.size("eden", "1m", 64, 1L << 30, "eden size");

    private static String badValue(OptionSpec spec, String text) {
        return assertThrows(InvalidOptionException.class, () -> spec.parse("ms", text)).getMessage();
    }

    @Test
    void choiceAcceptsListedValuesCaseInsensitively() {
        assertEquals("best-fit", POLICY.parse("ms", "Best-Fit "));
        assertEquals("bad value 'worst-fit' for option policy of collector ms: expected one of first-fit, best-fit,"
                + " segregated", badValue(POLICY, "worst-fit"));
    }

    @Test
    void integerInRangeOnly() {
        assertEquals(8L, WORKERS.parse("ms", "8"));
        assertTrue(badValue(WORKERS, "9").endsWith("expected an integer from 1 to 8"));
        assertTrue(badValue(WORKERS, "0").contains("bad value '0'"));
        assertTrue(badValue(WORKERS, "two").contains("an integer from 1 to 8"));
        badValue(WORKERS, "1.5");
        badValue(WORKERS, "");
    }

    @Test
    void decimalInRangeOnly() {
        assertEquals(0.75, TRIGGER.parse("ms", "0.75"));
        assertEquals(1.0, TRIGGER.parse("ms", "1"));
        assertTrue(badValue(TRIGGER, "1.01").endsWith("expected a number from 0.0 to 1.0"));
        badValue(TRIGGER, "-0.1");
        badValue(TRIGGER, "lots");
        badValue(TRIGGER, "NaN");
    }

    @ParameterizedTest
    @CsvSource({"true,true", "on,true", "yes,true", "FALSE,false", "off,false", "no,false"})
    void booleanWords(String text, boolean value) {
        assertEquals(value, STRESS.parse("ms", text));
    }

    @Test
    void booleanRejectsOtherWords() {
        assertTrue(badValue(STRESS, "1").endsWith("expected true or false"));
        badValue(STRESS, "maybe");
    }

    @ParameterizedTest
    @CsvSource({"4096,4096", "64k,65536", "64K,65536", "8m,8388608", "2g,2147483648", "8mb,8388608", "512b,512",
                " 1k ,1024"})
    void sizesWithSuffixes(String text, long bytes) {
        assertEquals(bytes, OptionSpec.parseSize(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12q", "", "k", "m", "-1", "-5k", "1.5m", "0x10", "9223372036854775807k", "1 m", "kk"})
    void malformedSizesAreMinusOne(String text) {
        assertEquals(-1, OptionSpec.parseSize(text));
    }

    @Test
    void sizeOptionChecksItsRangeInBytes() {
        assertEquals(1L << 20, EDEN.parse("ms", "1m"));
        assertEquals(64L, EDEN.parse("ms", "64"));
        String m = badValue(EDEN, "12q");
        assertEquals("bad value '12q' for option eden of collector ms: expected a size from 64 to 1073741824 bytes"
                + " (suffix k, m or g allowed)", m);
        badValue(EDEN, "63");
        badValue(EDEN, "2g");
    }

    @Test
    void describesItself() {
        assertEquals("workers=1 (an integer from 1 to 8): threads", WORKERS.toString());
        assertEquals(OptionSpec.Type.SIZE, EDEN.type());
        assertEquals("1m", EDEN.defaultValue());
    }
}
