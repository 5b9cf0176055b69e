package gclab.bench.experiment;

/**
 * Runs a program the way the host JVM runs it, as the oracle of what it must print under gclab. {@link HostJvm}
 * forks the real host JVM; tests can answer with a prepared {@link HostRun}.
 */
@FunctionalInterface
public interface HostOracle {
    /** Runs {@code program} with its arguments; never throws for a program that cannot run, says why instead. */
    HostRun run(Program program);
}
