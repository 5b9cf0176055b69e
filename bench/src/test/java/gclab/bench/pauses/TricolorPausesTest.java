package gclab.bench.pauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The pause harness's command line: help, and errors that name what was wrong (no run starts). */
class TricolorPausesTest {
    @Test
    void helpPrintsTheOptionsAndRunsNothing() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            TricolorPauses.run(new String[] {"--help"});
        } finally {
            System.setOut(out);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertEquals(TricolorPauses.USAGE + System.lineSeparator(), text, "the usage only: no run began");
        assertTrue(text.contains("--live SIZES"));
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("unknown argument --bogus",
                assertThrows(IllegalArgumentException.class, () -> TricolorPauses.run(new String[] {"--bogus"}))
                        .getMessage());
        assertEquals("--live needs a value",
                assertThrows(IllegalArgumentException.class, () -> TricolorPauses.run(new String[] {"--live"}))
                        .getMessage());
        assertEquals("-o takes KEY=VALUE, not mode",
                assertThrows(IllegalArgumentException.class, () -> TricolorPauses.run(new String[] {"-o", "mode"}))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TricolorPauses.run(new String[] {"--live", "lots"})).getMessage().contains("bad size 'lots'"));
    }
}
