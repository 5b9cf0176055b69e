package gclab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gclab jmh [JMH args]}: hands every argument to JMH's own command line ({@code org.openjdk.jmh.Main}). */
@Command(name = "jmh",
        header = "Runs the JMH benchmarks; every argument goes to JMH.",
        description = {"Runs the JMH benchmarks of gclab.bench.jmh (allocation, mark, sweep and full-collection "
                + "rates); every argument goes to JMH's own command line. Try 'gclab jmh -l' (list), 'gclab jmh "
                + "-h' (JMH's help), or a short run:", "",
                "  gclab jmh -f 1 -wi 3 -i 5 -w 1s -r 1s MarkBenchmark"})
final class JmhCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "JMH-ARG", description = "arguments for JMH")
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        org.openjdk.jmh.Main.main(arguments.toArray(new String[0]));
        return 0;
    }
}
