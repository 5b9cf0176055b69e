package gclab.bench.jmh;

import gclab.bench.experiment.Program;
import gclab.bench.jmh.programs.DispatchLoop;
import gclab.heap.spi.CollectorRegistry;
import gclab.vm.Vm;
import gclab.vm.VmExit;
import gclab.vm.VmOptions;
import gclab.workloads.BinaryTrees;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Interpreter dispatch: a program run by gclab's interpreter under {@code nogc} in a fresh {@link Vm} per
 * operation (class loading included), in a heap that holds everything it allocates. The primary score is runs
 * per second; the secondary {@code bytecodes} counter ({@code @AuxCounters(OPERATIONS)}) is bytecodes executed
 * per second, counted by the interpreter itself ({@link VmExit#instructions()}).
 *
 * <p>{@code loop}: {@link DispatchLoop} with {@value #LOOP_ITERATIONS} iterations, about 15 bytecodes each,
 * no call and no allocation: dispatch and the simplest bytecodes. {@code binarytrees}: the bundled
 * {@code binarytrees 12}, calls, field accesses and allocation: the same program as the interpreter anchor
 * ({@code gclab.bench.anchor.InterpreterAnchor}, which runs it at depth 16 and against HotSpot's {@code -Xint}),
 * smaller so that an operation is well under a second.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DispatchBenchmark {
    static final int LOOP_ITERATIONS = 2_000_000;
    static final int TREE_DEPTH = 12;
    static final long HEAP_BYTES = 64L << 20;

    @Param({"loop", "binarytrees"})
    public String program;

    private VmOptions options;
    private String mainClass;
    private String[] arguments;

    @Setup(Level.Trial)
    public void resolve() {
        CollectorRegistry registry = new CollectorRegistry();
        switch (program) {
            case "loop" -> {
                mainClass = DispatchLoop.class.getName();
                arguments = new String[] {Integer.toString(LOOP_ITERATIONS)};
            }
            case "binarytrees" -> {
                mainClass = BinaryTrees.class.getName();
                arguments = new String[] {Integer.toString(TREE_DEPTH)};
            }
            default -> throw new IllegalArgumentException("program must be loop or binarytrees, got '" + program
                    + "'");
        }
        options = new VmOptions(registry.factory("nogc")).heapBytes(HEAP_BYTES).classPath(Program.workloadClasses())
                .classPath(classesOf(DispatchLoop.class));
    }

    private static Path classesOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytecodes executed, reported per second beside the primary score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytecodes {
        public long bytecodes;

        @Setup(Level.Iteration)
        public void reset() {
            bytecodes = 0;
        }
    }

    /** Runs the program once; returns what it printed. */
    @Benchmark
    public String run(Bytecodes counter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        VmOptions o = options.out(stream).err(stream);
        Vm vm = new Vm(o);
        try {
            VmExit exit = vm.run(mainClass, arguments);
            if (exit.status() != 0) {
                throw new IllegalStateException(program + " failed inside gclab (exit " + exit.status() + "): " + out);
            }
            counter.bytecodes += exit.instructions();
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            vm.close();
        }
    }
}
