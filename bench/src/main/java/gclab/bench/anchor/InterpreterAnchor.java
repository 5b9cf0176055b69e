package gclab.bench.anchor;

import gclab.heap.spi.CollectorRegistry;
import gclab.vm.Vm;
import gclab.vm.VmExit;
import gclab.vm.VmOptions;
import gclab.workloads.BinaryTrees;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The interpreter anchor: the bundled {@link BinaryTrees} run by gclab's interpreter under {@code nogc}, next to
 * the same class run by the host JVM's own interpreter ({@code java -Xint}) of JDK 17 (this JVM's
 * {@code java.home}) and of a JDK 25 found under {@code /usr/lib/jvm} (skipped where there is none).
 *
 * <p>gclab: in this process, a fresh {@link Vm} per run (nogc, a heap big enough for every object the program
 * allocates), warm-up runs to let the JIT compile the interpreter, then measured runs; the time is
 * {@link Vm#run} (class loading and decoding included, host JVM start excluded), the counts are the VM's own:
 * bytecodes executed ({@link VmExit#instructions()}) and objects allocated (the telemetry's). HotSpot: forks
 * {@code java -Xint} on {@link Timed}, which times {@code BinaryTrees.main} inside the forked JVM, and also
 * times the whole process (JVM start included). Every figure is a median. The program's output inside gclab
 * must equal the host's, or the run is rejected.
 *
 * <p>Host memory: after a run, with the {@link Vm} still reachable, the host JVM's used heap (after
 * {@code System.gc()}) less what it used before the Vm was created, against the simulated heap's N bytes: the
 * goal is at most 1.25 × N plus a fixed overhead.
 *
 * <p>Run: {@code java -cp bench/target/gclab.jar gclab.bench.anchor.InterpreterAnchor [depth [warmups [runs
 * [hostRuns [heapMiB]]]]]} (defaults 16 3 5 3 768). No thresholds: figures only.
 */
public final class InterpreterAnchor {
    /** The workload. */
    static final String MAIN_CLASS = BinaryTrees.class.getName();

    private final int depth;
    private final int warmups;
    private final int runs;
    private final int hostRuns;
    private final long heapBytes;
    /** The program's output in gclab, which every host's must equal. */
    private String expectedOutput;

    public InterpreterAnchor(int depth, int warmups, int runs, int hostRuns, long heapBytes) {
        if (depth < 6 || depth > 22 || warmups < 0 || runs < 1 || hostRuns < 0 || heapBytes < (1L << 20)) {
            throw new IllegalArgumentException("depth must be 6..22, runs at least 1, warm-ups and host runs at"
                    + " least 0, and the heap at least 1 MiB");
        }
        this.depth = depth;
        this.warmups = warmups;
        this.runs = runs;
        this.hostRuns = hostRuns;
        this.heapBytes = heapBytes;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int depth = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int hostRuns = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        long heapMiB = args.length > 4 ? Long.parseLong(args[4]) : 768;
        PrintWriter out = new PrintWriter(System.out, true);
        new InterpreterAnchor(depth, warmups, runs, hostRuns, heapMiB << 20).run(out);
    }

    /** One gclab run: its time, counts and output. */
    record GclabRun(long nanos, long cpuNanos, long bytecodes, long allocations, String output) {
    }

    /** Medians of the gclab runs, and the host memory figures of one of them. */
    record GclabFigures(double seconds, double cpuSeconds, double coldSeconds, long bytecodes, long allocations,
                        long heapBytes, long hostHeapBytes) {
        double bytecodesPerSecond() {
            return bytecodes / seconds;
        }

        double allocationsPerSecond() {
            return allocations / seconds;
        }
    }

    /**
     * One host JDK's medians: main()'s time inside the JVM (wall and the process's CPU), and the whole
     * process's wall time.
     */
    record HostFigures(String name, double mainSeconds, double mainCpuSeconds, double processSeconds) {
    }

    /** Measures gclab and every host JDK and prints the comparison. */
    public void run(PrintWriter out) throws IOException, InterruptedException {
        Path workloads = workloadsClassPath();
        out.printf(Locale.ROOT, "Interpreter anchor: %s %d (class path %s)%n", MAIN_CLASS, depth, workloads);
        out.printf(Locale.ROOT, "gclab: nogc, %d MiB heap, %d warm-up + %d measured runs in this process;"
                + " hosts: java -Xint, %d runs each.%n%n", heapBytes >> 20, warmups, runs, hostRuns);
        out.flush();

        GclabFigures gclab = measureGclab(workloads, out);
        List<HostFigures> hosts = new ArrayList<>();
        for (Path jdk : hostJdks()) {
            HostFigures h = measureHost(jdk, workloads);
            if (h != null) {
                hosts.add(h);
            }
        }
        out.println();
        out.print(table(gclab, hosts));
        out.printf(Locale.ROOT, "%nHost memory: simulated heap N = %,d bytes; host heap used by the Vm after a run"
                + " (after System.gc()) = %,d bytes = %.3f x N (%+,d bytes beyond N).%n", gclab.heapBytes(),
                gclab.hostHeapBytes(), gclab.hostHeapBytes() / (double) gclab.heapBytes(),
                gclab.hostHeapBytes() - gclab.heapBytes());
        out.printf(Locale.ROOT, "Host: %d cores, %s %s.%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
        out.flush();
    }

    /**
     * The comparison table: wall and CPU seconds, rates (gclab's counts over the wall time), and gclab's time as
     * a multiple of each host's, by wall and by CPU time.
     */
    static String table(GclabFigures gclab, List<HostFigures> hosts) {
        StringBuilder b = new StringBuilder();
        String row = "%-32s %8s %8s %13s %10s %11s %11s%n";
        b.append(String.format(Locale.ROOT, row, "interpreter", "wall s", "CPU s", "M bytecodes/s", "M allocs/s",
                "gclab/this", "(by CPU)"));
        b.append(String.format(Locale.ROOT, row, "gclab nogc (warm, median)", seconds(gclab.seconds()),
                seconds(gclab.cpuSeconds()), rate(gclab.bytecodes(), gclab.seconds()),
                rate(gclab.allocations(), gclab.seconds()), "1.00", "1.00"));
        b.append(String.format(Locale.ROOT, row, "gclab nogc (first run, cold)", seconds(gclab.coldSeconds()), "",
                rate(gclab.bytecodes(), gclab.coldSeconds()), rate(gclab.allocations(), gclab.coldSeconds()),
                ratio(gclab.coldSeconds(), gclab.seconds()), ""));
        for (HostFigures h : hosts) {
            b.append(String.format(Locale.ROOT, row, h.name() + " main()", seconds(h.mainSeconds()),
                    seconds(h.mainCpuSeconds()), rate(gclab.bytecodes(), h.mainSeconds()),
                    rate(gclab.allocations(), h.mainSeconds()), ratio(gclab.seconds(), h.mainSeconds()),
                    ratio(gclab.cpuSeconds(), h.mainCpuSeconds())));
            b.append(String.format(Locale.ROOT, row, h.name() + " process", seconds(h.processSeconds()), "",
                    rate(gclab.bytecodes(), h.processSeconds()), rate(gclab.allocations(), h.processSeconds()),
                    ratio(gclab.seconds(), h.processSeconds()), ""));
        }
        b.append(String.format(Locale.ROOT, "(bytecodes: %,d and allocations: %,d, counted by gclab; a host's rates"
                + " are gclab's counts over the host's time:%nthe host runs the JDK's own library, whose bytecode"
                + " count differs a little in printing and concatenation.%nCPU: the whole process's CPU time while"
                + " the program ran (JIT and GC threads included); steadier than wall time on a shared machine.)%n",
                gclab.bytecodes(), gclab.allocations()));
        return b.toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    private static String rate(long count, double seconds) {
        return String.format(Locale.ROOT, "%.1f", count / seconds / 1e6);
    }

    private static String ratio(double a, double b) {
        return b > 0 ? String.format(Locale.ROOT, "%.2f", a / b) : "";
    }

    GclabFigures measureGclab(Path workloads, PrintWriter out) {
        CollectorRegistry registry = new CollectorRegistry();
        List<GclabRun> measured = new ArrayList<>();
        double cold = 0;
        long hostHeap = 0;
        for (int i = 0; i < warmups + runs; i++) {
            boolean memory = i == warmups + runs - 1;
            long before = memory ? usedHostHeap() : 0;
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            PrintStream programOut = new PrintStream(buffer, true, StandardCharsets.UTF_8);
            VmOptions options = new VmOptions(registry.factory("nogc")).heapBytes(heapBytes).classPath(workloads)
                    .out(programOut).err(programOut);
            Vm vm = new Vm(options);
            long cpuStart = Timed.processCpuNanos();
            long start = System.nanoTime();
            VmExit exit = vm.run(MAIN_CLASS, Integer.toString(depth));
            long nanos = System.nanoTime() - start;
            long cpuNanos = Timed.processCpuNanos() - cpuStart;
            if (exit.status() != 0) {
                throw new IllegalStateException("gclab's run failed (exit " + exit.status() + "): " + buffer);
            }
            GclabRun run = new GclabRun(nanos, cpuNanos, exit.instructions(), vm.telemetry().allocatedObjects(),
                    buffer.toString(StandardCharsets.UTF_8));
            if (memory) {
                hostHeap = usedHostHeap() - before; // vm is still reachable: closed below
            }
            vm.close();
            if (i == 0) {
                cold = nanos / 1e9;
            }
            out.printf(Locale.ROOT, "  gclab %s %d: %.3f s (process CPU %.3f s), %,d bytecodes, %,d allocations%n",
                    i < warmups ? "warm-up" : "run", i < warmups ? i + 1 : i - warmups + 1, nanos / 1e9,
                    cpuNanos / 1e9, run.bytecodes(), run.allocations());
            out.flush();
            if (i >= warmups) {
                measured.add(run);
            }
        }
        GclabRun first = measured.get(0);
        for (GclabRun r : measured) {
            if (r.bytecodes() != first.bytecodes() || r.allocations() != first.allocations()
                    || !r.output().equals(first.output())) {
                throw new IllegalStateException("gclab's runs differ in counts or output: not deterministic");
            }
        }
        expectedOutput = first.output();
        double seconds = median(measured.stream().mapToDouble(r -> r.nanos() / 1e9).toArray());
        double cpuSeconds = median(measured.stream().mapToDouble(r -> r.cpuNanos() / 1e9).toArray());
        return new GclabFigures(seconds, cpuSeconds, cold, first.bytecodes(), first.allocations(), heapBytes,
                hostHeap);
    }

    /** Bytes of the host heap in use after a full collection. */
    private static long usedHostHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Medians of {@link #hostRuns} forked {@code java -Xint} runs of one JDK, or null if it does not run. */
    HostFigures measureHost(Path javaHome, Path workloads) throws IOException, InterruptedException {
        if (hostRuns == 0) {
            return null;
        }
        String version = javaVersion(javaHome);
        double[] mains = new double[hostRuns];
        double[] mainCpus = new double[hostRuns];
        double[] processes = new double[hostRuns];
        String classPath = workloads + File.pathSeparator + timedClassPath();
        for (int i = 0; i < hostRuns; i++) {
            List<String> command = List.of(javaExecutable(javaHome).toString(), "-Xint", "-cp", classPath,
                    Timed.class.getName(), MAIN_CLASS, Integer.toString(depth));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] stdout;
            byte[] stderr;
            try (InputStream o = p.getInputStream(); InputStream e = p.getErrorStream()) {
                stdout = o.readAllBytes();
                stderr = e.readAllBytes();
            }
            int status = p.waitFor();
            processes[i] = (System.nanoTime() - start) / 1e9;
            String err = new String(stderr, StandardCharsets.UTF_8);
            if (status != 0) {
                throw new IllegalStateException("java -Xint of " + javaHome + " failed (exit " + status + "): " + err);
            }
            mains[i] = Timed.parse(err, Timed.WALL);
            mainCpus[i] = Timed.parse(err, Timed.CPU);
            String output = new String(stdout, StandardCharsets.UTF_8);
            if (expectedOutput != null && !output.equals(expectedOutput)) {
                throw new IllegalStateException("the host's output differs from gclab's:\n" + output + "---\n"
                        + expectedOutput);
            }
        }
        return new HostFigures("JDK " + version + " -Xint", median(mains), median(mainCpus), median(processes));
    }

    /** This JVM's home, then a JDK 25 under /usr/lib/jvm if one is there. */
    static List<Path> hostJdks() {
        List<Path> jdks = new ArrayList<>();
        jdks.add(Path.of(System.getProperty("java.home")));
        findJdk(Path.of("/usr/lib/jvm"), 25).ifPresent(jdks::add);
        return jdks;
    }

    /** A JDK of {@code feature} release under {@code dir}: a directory whose name names it, with bin/java. */
    static Optional<Path> findJdk(Path dir, int feature) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> namesFeature(p.getFileName().toString(), feature))
                    .filter(p -> Files.isExecutable(javaExecutable(p))).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * True if the first number in {@code name} is {@code feature}: {@code temurin-25-jdk-amd64},
     * {@code jdk-25.0.1}, {@code java-25-openjdk} for 25, but not {@code jdk-17.0.25}.
     */
    static boolean namesFeature(String name, int feature) {
        return name.matches("[^0-9]*" + feature + "([^0-9].*)?");
    }

    private static Path javaExecutable(Path home) {
        return home.resolve("bin").resolve("java");
    }

    /** The JDK's {@code release} file's JAVA_VERSION, or its directory name. */
    private static String javaVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return line.substring("JAVA_VERSION=".length()).replace("\"", "");
                }
            }
        } catch (IOException e) {
            // fall through: no release file
        }
        return home.getFileName().toString();
    }

    /** Where the bundled workloads' classes are: the gclab-workloads jar (or the shaded jar holding them). */
    static Path workloadsClassPath() {
        return locationOf(BinaryTrees.class);
    }

    private static String timedClassPath() {
        return locationOf(Timed.class).toString();
    }

    private static Path locationOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /**
     * Runs in the forked host JVM: calls {@code main} of the class named by the first argument with the rest,
     * and prints to the error stream the nanoseconds it took, wall ({@code main-nanos=N}) and the process's CPU
     * ({@code main-cpu-nanos=N}).
     */
    public static final class Timed {
        static final String WALL = "main-nanos=";
        static final String CPU = "main-cpu-nanos=";

        private Timed() {
        }

        public static void main(String[] args) throws ReflectiveOperationException {
            Method main = Class.forName(args[0]).getMethod("main", String[].class);
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            main.invoke(null, (Object) rest);
            long nanos = System.nanoTime() - start;
            long cpuNanos = processCpuNanos() - cpuStart;
            System.out.flush();
            System.err.println(WALL + nanos);
            System.err.println(CPU + cpuNanos);
        }

        /**
         * CPU time of this process (every thread: the JIT's too), or 0 where the platform does not tell. Here, so
         * that the forked JVM needs nothing but this class.
         */
        static long processCpuNanos() {
            java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
            return os instanceof com.sun.management.OperatingSystemMXBean
                    ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
        }

        /** The seconds the line starting with {@code prefix} in {@code stderr} reports. */
        static double parse(String stderr, String prefix) {
            for (String line : stderr.split("\\R")) {
                if (line.startsWith(prefix)) {
                    return Long.parseLong(line.substring(prefix.length()).trim()) / 1e9;
                }
            }
            throw new IllegalStateException("no " + prefix + " line in the host's error output: " + stderr);
        }
    }
}
