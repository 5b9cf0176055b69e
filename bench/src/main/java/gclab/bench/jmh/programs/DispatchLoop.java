package gclab.bench.jmh.programs;

/**
 * A program for {@code DispatchBenchmark} to run inside gclab: a tight loop of integer and long arithmetic, a
 * local-variable increment and a backward branch, with no call and no allocation in it, so that its time is the
 * interpreter's dispatch and its simplest bytecodes. Argument: the iterations. Prints the sum, so that nothing is
 * dead code and the output can be checked against the host JVM's.
 */
public final class DispatchLoop {
    private DispatchLoop() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (i ^ (sum >>> 3)) & 0xFF;
        }
        System.out.println(sum);
    }
}
