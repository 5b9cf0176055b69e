package gclab.bench.experiment;

import gclab.heap.telemetry.HeapSnapshot;
import gclab.plots.results.RunResult;

/**
 * What one run of a {@link Cell} gave.
 *
 * @param result              the run's result, as written to {@code result.json}
 * @param snapshot            the heap after the last collection (or at the end, if none ran), for the heap map
 * @param stdout              what the program printed on System.out
 * @param stderr              what it printed on System.err (uncaught exceptions included)
 * @param vmFailure           the VM's own failure (unsupported feature, corrupt heap found by the verifier, spent
 *                            instruction budget), or null: the program's exceptions are not VM failures
 */
public record Measurement(Cell cell, RunResult result, HeapSnapshot snapshot, String stdout, String stderr,
                          RuntimeException vmFailure) {
    /** The program ran to its end with exit status 0. */
    public boolean completed() {
        return vmFailure == null && result.outcome().exitStatus() == 0;
    }

    /**
     * The run's output and exit status must match the host JVM's run of the program (or, where there is none,
     * every other comparable run of the same program): all runs are comparable but those stopped by an
     * OutOfMemoryError (a heap too small for this collector, as for nogc, is a finding, not a bug) and those the
     * VM itself failed (reported apart).
     */
    public boolean comparable() {
        return vmFailure == null && !ranOutOfMemory(result);
    }

    /** The program of {@code result} was stopped by an uncaught OutOfMemoryError. */
    public static boolean ranOutOfMemory(RunResult result) {
        return (Runner.UNCAUGHT + "java.lang.OutOfMemoryError").equals(result.outcome().error());
    }

    /**
     * The run of {@code result} ended in a failure of the VM itself, from its file alone: an error that is not an
     * uncaught exception of the program.
     */
    public static boolean vmFailed(RunResult result) {
        String error = result.outcome().error();
        return error != null && !error.startsWith(Runner.UNCAUGHT);
    }

    /** {@code ok}, {@code exit 3}, {@code OutOfMemoryError}, {@code VM error}: how the run ended, briefly. */
    public String status() {
        return status(result);
    }

    /**
     * How the run of {@code result} ended, briefly, from its file alone: an error that is not an uncaught
     * exception is the VM's own failure.
     */
    public static String status(RunResult result) {
        String error = result.outcome().error();
        if (error != null && error.startsWith(Runner.UNCAUGHT)) {
            String name = error.substring(Runner.UNCAUGHT.length());
            return name.substring(name.lastIndexOf('.') + 1);
        }
        if (error != null) {
            return "VM error";
        }
        int status = result.outcome().exitStatus();
        return status == 0 ? "ok" : "exit " + status;
    }
}
