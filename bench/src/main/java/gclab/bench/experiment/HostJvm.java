package gclab.bench.experiment;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The host JVM as the output oracle (DESIGN.md, "Testing": the first oracle): forks {@code bin/java} of a JDK
 * (by default the one gclab runs on, {@code java.home}) on the program's class path — the gclab-workloads jar
 * (or the gclab jar that shades it) for a bundled workload, the user's {@code --class-path} otherwise — with the
 * same main class and arguments, stdin empty, and captures its stdout and exit status. A program that does not
 * end within the timeout is killed, and the host run counts as impossible, as does a missing {@code java}.
 *
 * <p>Output is read as UTF-8 and the host is told to write UTF-8 ({@code file.encoding}, {@code stdout.encoding}
 * and, for JDK 17, {@code sun.stdout.encoding}), as gclab's VM does, so that the two compare byte for byte.
 */
public final class HostJvm implements HostOracle {
    /** Long enough for any bundled workload at its default size on the host (they take about a second). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    private final Path javaHome;
    private final Duration timeout;

    /** The JDK's home directory. */
    public Path javaHome() {
        return javaHome;
    }

    /** How long a program may run before it is killed. */
    public Duration timeout() {
        return timeout;
    }

    public HostJvm(Path javaHome, Duration timeout) {
        this.javaHome = javaHome;
        this.timeout = timeout;
    }

    /** The JDK gclab runs on, with {@link #DEFAULT_TIMEOUT}. */
    public static HostJvm current() {
        return new HostJvm(Path.of(System.getProperty("java.home")), DEFAULT_TIMEOUT);
    }

    /** The {@code java} launcher of this JDK. */
    public Path java() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return javaHome.resolve("bin").resolve(windows ? "java.exe" : "java");
    }

    /** The command line that runs {@code program} on the host. */
    public List<String> command(Program program) {
        return command(program, List.of());
    }

    /** The command line that runs {@code program} on the host with {@code jvmOptions} before the class path. */
    public List<String> command(Program program, List<String> jvmOptions) {
        List<String> command = new ArrayList<>(List.of(java().toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-cp",
                String.join(File.pathSeparator, program.classPath().stream().map(Path::toString).toList()),
                program.mainClass()));
        command.addAll(program.arguments());
        return command;
    }

    @Override
    public HostRun run(Program program) {
        Path java = java();
        if (!Files.isExecutable(java)) {
            return HostRun.impossible("there is no java launcher at " + java);
        }
        ChildProcess.Outcome o = ChildProcess.run(command(program), null, timeout);
        return o.ran() ? HostRun.ran(o.stdout(), o.status(), o.stderr()) : HostRun.impossible(o.error());
    }
}
