package gclab.bench.experiment;

import gclab.bench.UsageException;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.telemetry.HeapSnapshot;
import gclab.plots.results.RunResult;
import gclab.vm.Vm;
import gclab.vm.VmExit;
import gclab.vm.VmOptions;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Runs a {@link Cell}: a fresh {@link Vm} with the cell's collector, heap and switches, the program inside it,
 * and the run's {@link RunResult} built from its telemetry. Whatever the program does — return, call
 * System.exit, throw, run out of memory — is a result; so is a failure of the VM itself, recorded with exit
 * status 1 and its message.
 */
public final class Runner {
    /** How {@code outcome.error} starts for an uncaught exception: {@code uncaught java.lang.OutOfMemoryError}. */
    public static final String UNCAUGHT = "uncaught ";

    private final CollectorRegistry registry;

    public Runner(CollectorRegistry registry) {
        this.registry = registry;
    }

    /**
     * Runs {@code cell}. The program's output is captured, and also copied to {@code echoOut} and
     * {@code echoErr} as it is printed, when they are not null.
     */
    public Measurement run(Cell cell, OutputStream echoOut, OutputStream echoErr) {
        CollectorFactory factory = registry.factory(cell.config().collector());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream programOut = new PrintStream(echoOut == null ? out : Streams.tee(out, echoOut), true,
                StandardCharsets.UTF_8);
        PrintStream programErr = new PrintStream(echoErr == null ? err : Streams.tee(err, echoErr), true,
                StandardCharsets.UTF_8);
        VmOptions options = new VmOptions(factory).heapBytes(cell.heapBytes())
                .collectorOptions(cell.config().options()).stress(cell.stress()).verify(cell.verify())
                .maxInstructions(cell.maxInstructions()).out(programOut).err(programErr);
        for (Path p : cell.program().classPath()) {
            options.classPath(p);
        }

        Instant startedAt = Instant.now();
        Vm vm;
        try {
            vm = new Vm(options);
        } catch (OutOfMemoryError e) {
            throw new UsageException("the host JVM has too little memory for a simulated heap of "
                    + Sizes.format(cell.heapBytes()) + "; give it more (GCLAB_JAVA_OPTS=-Xmx8g ./gclab ...) or use"
                    + " a smaller --heap");
        }
        HeapSnapshot.Recorder recorder = cell.heapMap().register(vm.memoryManager().heap(), vm.telemetry());
        int status;
        String error = null;
        RuntimeException failure = null;
        long runNanos;
        try {
            VmExit exit = vm.run(cell.program().mainClass(), cell.program().arguments().toArray(new String[0]));
            runNanos = vm.telemetry().now();
            status = exit.status();
            if (exit.uncaughtException() != null) {
                error = UNCAUGHT + exit.uncaughtException();
            }
        } catch (RuntimeException e) {
            runNanos = vm.telemetry().now();
            status = 1;
            failure = e;
            error = oneLine(e);
        } finally {
            vm.close();
            programOut.flush();
            programErr.flush();
        }

        RunResult.Inputs inputs = new RunResult.Inputs(cell.program().workload(), cell.program().mainClass(),
                cell.program().userClassPath(), cell.program().arguments(), cell.config().collector(),
                cell.config().options(), cell.heapBytes(), cell.verify(), cell.stress());
        RunResult result = RunResult.of(inputs, RunResult.Environment.current(),
                new RunResult.Outcome(startedAt.toString(), runNanos, status, error), vm.telemetry(),
                vm.memoryManager().heap());
        HeapSnapshot snapshot = cell.heapMap().finish(recorder, vm.memoryManager().heap(), runNanos);
        return new Measurement(cell, result, snapshot, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8), failure);
    }

    /** The exception's message on one line, without the {@code gclab: } prefix the VM gives its errors. */
    static String oneLine(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        if (m.startsWith("gclab: ")) {
            m = m.substring(7);
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
