package gclab.vm;

/**
 * How a program ended: its exit status (0 after main returns, 1 after an uncaught exception, or the status
 * given to System.exit), the uncaught exception's class name if any, and the bytecodes it executed.
 */
public record VmExit(int status, String uncaughtException, long instructions) {
}
