package gclab.bench.experiment;

import gclab.bench.demo.CollectorConfig;

/**
 * One run to make: a program under one collector configuration on one heap size. The cells of a comparison or
 * sweep are independent, so any subset of them can run anywhere, in any order.
 *
 * @param maxInstructions the bytecode budget after which the VM stops a runaway program
 * @param heapMap         when the heap snapshot for the heap map is taken
 */
public record Cell(Program program, CollectorConfig config, long heapBytes, boolean verify, boolean stress,
                   long maxInstructions, HeapMapChoice heapMap) {
    /** {@code binarytrees 14, marksweep compact=never, heap 16m}. */
    public String describe() {
        return program.describe() + ", " + config.label() + ", heap " + Sizes.format(heapBytes);
    }
}
