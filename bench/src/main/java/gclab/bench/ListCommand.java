package gclab.bench;

import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.OptionSpec;
import gclab.workloads.Catalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gclab list}: the bundled workloads and the registered collectors with their options. */
@Command(name = "list", mixinStandardHelpOptions = true,
        header = "Lists the bundled workloads and the collectors, with their options.",
        description = "Workloads: name, what the program does, its default and small arguments, and what it"
                + " stresses. Collectors: name, what it is, its traits (moving, barriers, generational,"
                + " concurrent), and each option with its default and allowed values (give them as -o key=value,"
                + " or as collector:key=value in -c lists).")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Workloads (gclab run -w NAME [-- ARGS]):");
        for (Catalog.Workload w : Catalog.all()) {
            out.printf("  %-12s %s%n", w.name(), w.description());
            out.printf("  %-12s   default arguments: %s; small: %s%n", "", String.join(" ", w.defaultArgs()),
                    String.join(" ", w.smallArgs()));
            out.printf("  %-12s   stresses: %s%n", "", w.stresses());
        }
        out.println();
        out.println("Collectors (gclab run -c NAME [-o key=value]..., gclab compare -c NAME[:key=value],...):");
        for (CollectorFactory f : new CollectorRegistry().factories()) {
            out.printf("  %-12s %s%n", f.name(), f.description());
            out.printf("  %-12s   traits: %s%n", "", f.traits().summary());
            if (f.options().isEmpty()) {
                out.printf("  %-12s   options: none%n", "");
            }
            for (OptionSpec o : f.options()) {
                out.printf("  %-12s   -o %s=%s  (%s) %s%n", "", o.key(), o.defaultValue(), o.allowed(),
                        o.description());
            }
        }
        out.flush();
        return 0;
    }
}
