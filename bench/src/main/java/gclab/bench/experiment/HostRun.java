package gclab.bench.experiment;

/**
 * What the host JVM did with a program ({@link HostJvm}): what it printed on stdout and its exit status, or why
 * it could not run it.
 *
 * @param stdout     what the program printed on System.out (UTF-8), or null if it did not run
 * @param exitStatus its exit status, or -1 if it did not run
 * @param stderr     what it printed on System.err (the host's own warnings included), or null if it did not run
 * @param whyNot     why the host could not run it, in a few words ("it did not finish within 120 s"), or null
 */
public record HostRun(String stdout, int exitStatus, String stderr, String whyNot) {
    /** The program ran on the host and ended with {@code exitStatus}. */
    public static HostRun ran(String stdout, int exitStatus, String stderr) {
        return new HostRun(stdout, exitStatus, stderr, null);
    }

    /** The host could not run the program, because of {@code whyNot}. */
    public static HostRun impossible(String whyNot) {
        return new HostRun(null, -1, null, whyNot);
    }

    /** True if the program ran to its end on the host, so its output is the oracle. */
    public boolean ran() {
        return whyNot == null;
    }
}
