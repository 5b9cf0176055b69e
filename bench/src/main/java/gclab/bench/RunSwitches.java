package gclab.bench;

import gclab.bench.demo.CollectorConfig;
import gclab.bench.experiment.Cell;
import gclab.bench.experiment.HeapMapChoice;
import gclab.bench.experiment.Program;
import picocli.CommandLine.Option;

/** Switches of every command that runs programs. */
final class RunSwitches {
    @Option(names = "--verify", description = "run the heap verifier at the end of every pause (slow)")
    boolean verify;

    @Option(names = "--stress", description = "collect before every allocation, to prove the roots precise (very"
            + " slow)")
    boolean stress;

    @Option(names = "--max-instructions", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE,
            description = "stop a runaway program after N bytecodes, as a VM error (default: no limit)")
    long maxInstructions;

    @Option(names = "--heap-map", paramLabel = "WHEN", defaultValue = "last",
            description = "when to take the heap snapshot drawn as the heap map: 'last' (after every pause, keeping"
                    + " the last; about 1 ms per 16 MiB of heap after each pause, on a clock that stands still meanwhile, so"
                    + " it changes no figure but the run's wall time), a pause"
                    + " number N (0 is the first), 'end' (when the program ends), or 'none' (default:"
                    + " ${DEFAULT-VALUE})")
    String heapMap;

    @Option(names = "--no-charts", description = "write the result files but no PNG charts (faster)")
    boolean noCharts;

    /** The cell that runs {@code program} under {@code config} on a heap of {@code heapBytes} with these switches. */
    Cell cell(Program program, CollectorConfig config, long heapBytes) {
        return new Cell(program, config, heapBytes, verify, stress, maxInstructions, heapMap());
    }

    HeapMapChoice heapMap() {
        return HeapMapChoice.parse(heapMap);
    }

    void check() {
        heapMap();
        if (maxInstructions <= 0) {
            throw new UsageException("--max-instructions must be positive, got " + maxInstructions);
        }
    }
}
