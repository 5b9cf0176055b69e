package gclab.bench;

import gclab.bench.demo.CollectorConfig;
import gclab.bench.demo.DemoReport;
import gclab.bench.demo.DemoRunner;
import gclab.bench.demo.DemoResult;
import gclab.bench.synthetic.SyntheticWorkload;
import gclab.heap.spi.CollectorRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gclab demo}: the synthetic mutator under every collector configuration worth comparing, one table.
 * Exit status 0 if every run that completed gave the same checksum, 1 if not (a collector lost data).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Compares the collectors on a synthetic workload, in one table.",
        description = "Runs a deterministic synthetic workload (GCBench-like binary trees mixed with randomly sized "
                + "arrays) straight through the collector contract, under every collector configuration worth "
                + "comparing, and prints one table: pauses and their percentiles, GC share of the run, work "
                + "done, fragmentation, run time, and a checksum of the data, which must be the same everywhere. "
                + "nogc never collects, so on a heap smaller than all the program allocates it shows 'heap "
                + "exhausted'. Exit status: 0, or 1 if the checksums differ, 2 for bad arguments.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "16m", converter = HeapSizeConverter.class,
            description = "simulated heap size, bytes with an optional k, m or g suffix (default: ${DEFAULT-VALUE})")
    long heapBytes;

    @Option(names = "--collectors", paramLabel = "LIST", split = ",",
            description = "collectors to compare, comma-separated (default: every registered one). A bare name "
                    + "gives its defaults and each other value of each choice option (marksweep: each policy, "
                    + "each compaction mode); name:key=value[:key=value] gives exactly that configuration.")
    List<String> collectors;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "" + SyntheticWorkload.DEFAULT_DEPTH,
            description = "depth of the long-lived and largest short-lived trees, 4 to 20; each step of 2 "
                    + "multiplies the work by about 4 (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SyntheticWorkload.DEFAULT_SEED,
            description = "seed of the array sizes and ring slots (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--verify", description = "run the heap verifier after every pause (slow)")
    boolean verify;

    @Option(names = "--no-warmup", negatable = false,
            description = "skip the untimed warm-up run of each configuration at depth - 4")
    boolean noWarmup;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (depth < 4 || depth + 2 > SyntheticWorkload.DEEPEST) {
            throw new UsageException("--depth must be from 4 to " + (SyntheticWorkload.DEEPEST - 2) + ", got "
                    + depth);
        }
        CollectorRegistry registry = new CollectorRegistry();
        List<CollectorConfig> configs = configurations(registry);
        SyntheticWorkload workload = SyntheticWorkload.gcbench(depth, seed);

        out.printf("gclab demo: the synthetic mutator drives the collector contract directly (no interpreter yet),"
                + " heap %s, %d configurations.%n", size(heapBytes), configs.size());
        out.println(workload.describe());
        for (String name : new LinkedHashSet<>(configs.stream().map(CollectorConfig::collector).toList())) {
            String defaults = CollectorConfig.describeDefaults(registry.factory(name));
            if (!defaults.isEmpty()) {
                out.println("A bare '" + name + "' row means its defaults: " + defaults);
            }
        }
        if (!noWarmup) {
            out.printf("Warming up the JIT: each configuration once at depth %d, untimed.%n", Math.max(4, depth - 4));
            out.flush();
            DemoRunner warmup = new DemoRunner(registry, heapBytes,
                    SyntheticWorkload.gcbench(Math.max(4, depth - 4), seed), false);
            configs.forEach(warmup::run);
        }
        out.println();
        out.flush();

        DemoRunner runner = new DemoRunner(registry, heapBytes, workload, verify);
        List<DemoResult> results = new ArrayList<>();
        for (CollectorConfig c : configs) {
            results.add(runner.run(c));
        }
        out.print(DemoReport.table(results));
        out.println();
        out.println(DemoReport.legend());
        out.println();

        Set<Long> checksums = new LinkedHashSet<>();
        results.stream().filter(DemoResult::completed).forEach(r -> checksums.add(r.checksum()));
        long completed = results.stream().filter(DemoResult::completed).count();
        out.flush();
        if (checksums.size() > 1) {
            err.println("gclab: CHECKSUM MISMATCH: the runs that completed disagree, so a collector lost or"
                    + " corrupted live data");
            err.flush();
            return 1;
        }
        if (completed == 0) {
            out.println("No run completed: give a larger --heap.");
        } else {
            out.printf("The checksum is the same under all %d configurations that completed.%n", completed);
        }
        out.flush();
        return 0;
    }

    private List<CollectorConfig> configurations(CollectorRegistry registry) {
        List<String> specs = collectors == null || collectors.isEmpty() ? registry.names() : collectors;
        List<CollectorConfig> configs = new ArrayList<>();
        for (String s : specs) {
            if (s.isBlank()) {
                throw new UsageException("empty collector name in --collectors; known collectors: "
                        + String.join(", ", registry.names()));
            }
            configs.addAll(CollectorConfig.parse(registry, s));
        }
        return configs;
    }

    private static String size(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
