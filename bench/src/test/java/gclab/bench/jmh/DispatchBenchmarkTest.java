package gclab.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.bench.jmh.programs.DispatchLoop;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The dispatch benchmark's loop runs in gclab as on the host, with a deterministic bytecode count. */
class DispatchBenchmarkTest {
    @Test
    void theLoopPrintsWhatTheHostPrintsAndCountsItsBytecodes() {
        DispatchBenchmark b = new DispatchBenchmark();
        b.program = "loop";
        b.resolve();
        DispatchBenchmark.Bytecodes counter = new DispatchBenchmark.Bytecodes();
        String output = b.run(counter);
        long first = counter.bytecodes;
        b.run(counter);
        assertEquals(2 * first, counter.bytecodes, "the same count each run");
        assertTrue(first > 10L * DispatchBenchmark.LOOP_ITERATIONS, "about 15 bytecodes an iteration: " + first);

        PrintStream saved = System.out;
        ByteArrayOutputStream host = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(host, true, StandardCharsets.UTF_8));
            DispatchLoop.main(new String[] {Integer.toString(DispatchBenchmark.LOOP_ITERATIONS)});
        } finally {
            System.setOut(saved);
        }
        assertEquals(host.toString(StandardCharsets.UTF_8), output);
    }
}
