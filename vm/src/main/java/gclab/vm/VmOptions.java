package gclab.vm;

import gclab.heap.spi.CollectorFactory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a {@link Vm} is created with. The collector is given as a factory (found by the caller, e.g.
 * through {@link gclab.heap.spi.CollectorRegistry}): the VM never names a collector.
 */
public final class VmOptions {
    CollectorFactory collector;
    final Map<String, String> collectorOptions = new LinkedHashMap<>();
    long heapBytes = 64L << 20;
    final List<Path> classPath = new ArrayList<>();
    boolean stress;
    boolean verify;
    long maxInstructions = Long.MAX_VALUE;
    int maxFrames = 10_000;
    int stackSlots = 1 << 20;
    PrintStream out = System.out;
    PrintStream err = System.err;
    long hostThreadStackBytes = 256L << 20;
    /**
     * Test only (package-private): frames' roots are visited but their new addresses are not written back, as a
     * VM that forgot to update its stack would do. Proves that stress mode and the verifier catch such a bug.
     */
    boolean brokenFrameRootUpdates;

    public VmOptions(CollectorFactory collector) {
        this.collector = Objects.requireNonNull(collector, "collector");
    }

    /** The simulated heap's size in bytes. */
    public VmOptions heapBytes(long bytes) {
        this.heapBytes = bytes;
        return this;
    }

    /** A collector option ({@code key=value}), validated when the VM is created. */
    public VmOptions collectorOption(String key, String value) {
        collectorOptions.put(key, value);
        return this;
    }

    public VmOptions collectorOptions(Map<String, String> options) {
        collectorOptions.putAll(options);
        return this;
    }

    /** Appends a directory or jar to the program's class path. */
    public VmOptions classPath(Path entry) {
        classPath.add(entry);
        return this;
    }

    /** Stress mode: a collection before every allocation (clox's switch), to prove the roots precise. */
    public VmOptions stress(boolean on) {
        this.stress = on;
        return this;
    }

    /** Runs the heap verifier at the end of every collection. */
    public VmOptions verify(boolean on) {
        this.verify = on;
        return this;
    }

    /** Stops a runaway program after this many bytecodes with a {@link GclabException}. */
    public VmOptions maxInstructions(long n) {
        this.maxInstructions = n;
        return this;
    }

    /** The frame depth at which the program gets a StackOverflowError. */
    public VmOptions maxFrames(int n) {
        this.maxFrames = n;
        return this;
    }

    /** Slots (8 bytes each) of the interpreter's stack, shared by all frames. */
    public VmOptions stackSlots(int n) {
        this.stackSlots = n;
        return this;
    }

    /** Where the program's System.out goes. */
    public VmOptions out(PrintStream stream) {
        this.out = stream;
        return this;
    }

    /** Where the program's System.err and uncaught exceptions go. */
    public VmOptions err(PrintStream stream) {
        this.err = stream;
        return this;
    }
}
