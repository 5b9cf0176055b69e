package gclab.bench.experiment;

import gclab.plots.results.GcLog;
import gclab.plots.results.GcLogParser;
import gclab.plots.results.HotSpotResults;
import gclab.plots.results.PauseLog;
import gclab.plots.results.ResultFiles;
import gclab.plots.results.ResultJson;
import gclab.plots.results.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a program on the host JVM under each of HotSpot's collectors that a JDK has (Serial, Parallel, G1, ZGC,
 * Shenandoah), with {@code -Xms} and {@code -Xmx} set to gclab's heap size and {@code -Xlog:gc*} into the run's
 * own {@code gc.log}, and turns each log into a {@link RunResult} ({@link HotSpotResults}) for the same table,
 * {@code summary.csv} and charts as gclab's collectors. Each collector is first probed ({@code java -Xms -Xmx
 * -XX:+UseXGC -version}); one the JDK lacks, or that refuses the heap size, is reported with the JDK's own
 * words, not run.
 *
 * <p>What the comparison means: the program and its arguments are the same, and the collectors are the real
 * ones; but HotSpot's heap holds HotSpot's objects (12-byte headers with compressed class pointers, 4-byte
 * compressed references, 8-byte alignment) and the JDK's own objects, so the same {@code -Xmx} holds a
 * different amount of the program's data than gclab's heap of that size; and HotSpot runs JIT-compiled code, so
 * its run time is not comparable with the interpreter's. Its pauses are.
 */
public final class HotSpotRunner {
    /** The file in a HotSpot run's directory that holds the command line it ran. */
    public static final String COMMAND_TXT = "command.txt";

    /** One of HotSpot's collectors, and the flag that selects it. */
    public enum Gc {
        SERIAL("Serial", "-XX:+UseSerialGC"),
        PARALLEL("Parallel", "-XX:+UseParallelGC"),
        G1("G1", "-XX:+UseG1GC"),
        ZGC("ZGC", "-XX:+UseZGC"),
        SHENANDOAH("Shenandoah", "-XX:+UseShenandoahGC");

        private final String title;
        private final String flag;

        Gc(String title, String flag) {
            this.title = title;
            this.flag = flag;
        }

        public String title() {
            return title;
        }

        public String flag() {
            return flag;
        }
    }

    /**
     * A JDK to run on.
     *
     * @param version the version its {@code java -version} prints ({@code 17.0.15}), or "?" if it did not run
     * @param vm      the VM line of {@code java -version} without its build ({@code OpenJDK 64-Bit Server VM})
     * @param build   the build ({@code 17.0.15+6-Debian-1deb12u1}), or "?"
     */
    public record Jdk(HostJvm jvm, String version, String vm, String build) {
        /** The feature release ({@code 17}), or the version as written if it has none. */
        public String feature() {
            Matcher m = Pattern.compile("(\\d+)").matcher(version);
            return m.find() ? (m.group(1).equals("1") && version.startsWith("1.") ? version : m.group(1)) : version;
        }
    }

    /**
     * One HotSpot collector on one JDK: its result, or why it was not run.
     *
     * @param label  the row's name: {@code HotSpot G1 (JDK 17, host objects)}
     * @param result the run's result, or null if it was not run
     * @param stdout what the program printed, or null if it was not run
     * @param whyNot why it was not run, or null
     * @param dir    its run directory, or null if it was not run
     */
    public record Run(String label, Gc gc, Jdk jdk, RunResult result, String stdout, String whyNot, Path dir) {
        public boolean ran() {
            return result != null;
        }
    }

    private static final Pattern VERSION = Pattern.compile("version \"([^\"]+)\"");
    private static final Pattern VM_LINE = Pattern.compile("(.*?) \\(build ([^,]+),.*");
    private static final Pattern UNCAUGHT = Pattern.compile("Exception in thread \"[^\"]*\" ([\\w.$]+)");

    private HotSpotRunner() {
    }

    /** {@code java -version} of {@code jvm}'s JDK: its version and VM, or "?" where it does not say. */
    public static Jdk describe(HostJvm jvm) {
        ChildProcess.Outcome o = ChildProcess.run(List.of(jvm.java().toString(), "-version"), null,
                Duration.ofSeconds(30));
        String version = "?";
        String vm = "HotSpot";
        String build = "?";
        if (o.error() == null) {
            Matcher v = VERSION.matcher(o.stderr());
            if (v.find()) {
                version = v.group(1);
            }
            for (String line : o.stderr().split("\\R")) {
                Matcher m = VM_LINE.matcher(line.trim());
                if (line.contains(" VM") && m.matches()) {
                    vm = m.group(1);
                    build = m.group(2);
                }
            }
        }
        return new Jdk(jvm, version, vm, build);
    }

    /** {@code HotSpot G1 (JDK 17, host objects)}: a row name that says what differs from gclab's heap. */
    public static String label(Gc gc, Jdk jdk) {
        return "HotSpot " + gc.title() + " (JDK " + jdk.feature() + ", host objects)";
    }

    /** {@code hotspot-g1-jdk17}. */
    public static String directoryName(Gc gc, Jdk jdk) {
        return RunFiles.safe("hotspot-" + gc.name().toLowerCase(Locale.ROOT) + "-jdk" + jdk.feature());
    }

    /** The JVM options of a run: the collector, a fixed heap, gc* logging into {@code log}, warnings to stderr. */
    static List<String> jvmOptions(Gc gc, long heapBytes, Path log) {
        return List.of("-Xms" + heapBytes, "-Xmx" + heapBytes, gc.flag(), "-Xlog:disable",
                "-Xlog:all=warning:stderr", "-Xlog:gc*:file=" + log.toAbsolutePath());
    }

    /**
     * Runs {@code program} under {@code gc} on {@code jdk} with a heap of {@code heapBytes}, writing its run
     * directory {@code dir}: HotSpot's own {@code gc.log}, {@code result.json}, {@code pauses.hlog},
     * {@code stdout.txt}, {@code stderr.txt} and {@code command.txt}. Never throws for a collector that cannot
     * run: the {@link Run} says why.
     */
    public static Run run(Program program, Gc gc, Jdk jdk, long heapBytes, Path dir) throws IOException {
        String label = label(gc, jdk);
        List<String> probe = List.of(jdk.jvm().java().toString(), "-Xms" + heapBytes, "-Xmx" + heapBytes, gc.flag(),
                "-version");
        ChildProcess.Outcome p = ChildProcess.run(probe, null, Duration.ofSeconds(30));
        if (p.error() != null || p.status() != 0) {
            String why = p.error() != null ? p.error() : firstLine(p.stderr());
            return new Run(label, gc, jdk, null, null, "not run: " + jdk.jvm().java() + " " + gc.flag() + ": " + why,
                    null);
        }
        Files.createDirectories(dir);
        Path log = dir.resolve(ResultFiles.GC_LOG);
        Files.deleteIfExists(log);
        List<String> command = jdk.jvm().command(program, jvmOptions(gc, heapBytes, log));
        Instant startedAt = Instant.now();
        ChildProcess.Outcome o = ChildProcess.run(command, dir, jdk.jvm().timeout());
        Files.writeString(dir.resolve(COMMAND_TXT), String.join(" ", command) + System.lineSeparator(),
                StandardCharsets.UTF_8);
        if (o.error() != null) {
            return new Run(label, gc, jdk, null, null, "failed: " + o.error(), dir);
        }
        Files.writeString(dir.resolve(RunFiles.STDOUT_TXT), o.stdout(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(RunFiles.STDERR_TXT), o.stderr(), StandardCharsets.UTF_8);
        if (!Files.exists(log)) {
            return new Run(label, gc, jdk, null, o.stdout(), "failed: the JVM wrote no GC log (exit status "
                    + o.status() + ": " + firstLine(o.stderr()) + ")", dir);
        }
        GcLog parsed = GcLogParser.parse(log);
        RunResult.Inputs inputs = new RunResult.Inputs(program.workload(), program.mainClass(),
                program.userClassPath(), program.arguments(), label, Map.of(), heapBytes, false, false);
        RunResult.Environment env = new RunResult.Environment(jdk.vm() + " " + jdk.build(), "",
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
        RunResult result = HotSpotResults.of(parsed, inputs, env,
                new RunResult.Outcome(startedAt.toString(), o.nanos(), o.status(), error(o)));
        ResultJson.write(result, dir.resolve(ResultFiles.RESULT_JSON));
        PauseLog.write(result, dir.resolve(ResultFiles.PAUSES_HLOG));
        return new Run(label, gc, jdk, result, o.stdout(), null, dir);
    }

    /** {@code uncaught java.lang.OutOfMemoryError} as gclab's runs say it, another failure briefly, or null. */
    private static String error(ChildProcess.Outcome o) {
        Matcher m = UNCAUGHT.matcher(o.stderr());
        if (m.find()) {
            return Runner.UNCAUGHT + m.group(1);
        }
        if (o.stderr().contains("java.lang.OutOfMemoryError")) {
            return Runner.UNCAUGHT + "java.lang.OutOfMemoryError";
        }
        return o.status() == 0 ? null
                : "the host JVM ended with status " + o.status() + ": " + firstLine(o.stderr());
    }

    private static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "(no message)";
    }
}
