package gclab.bench.refcount;

import gclab.collectors.refcount.RefCountFactory;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.WorkKind;
import gclab.vm.Vm;
import gclab.vm.VmExit;
import gclab.vm.VmOptions;
import gclab.workloads.Catalog;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cycle-collection work against the candidate-buffer threshold (issue 7, "Benchmarks"): runs one workload
 * under {@code refcount} once per {@code cycle-buffer} value and prints, for the cycle collections alone, how
 * many ran, the candidates and slots they scanned, what collect-white freed, and their pause percentiles.
 * Work counts are deterministic; pause times are wall clock (one run each, no warm-up: indicative only).
 *
 * <pre>
 *   java -cp bench/target/gclab.jar gclab.bench.refcount.CycleBufferHarness [workload [heap-MiB [args...]]]
 * </pre>
 * Defaults: {@code cycles}, 64 MiB, the catalog's default arguments; buffer sizes 64 to 65536.
 */
public final class CycleBufferHarness {
    private CycleBufferHarness() {
    }

    public static void main(String[] args) {
        String workload = args.length > 0 ? args[0] : "cycles";
        long heapBytes = (args.length > 1 ? Long.parseLong(args[1]) : 64) << 20;
        Catalog.Workload w = Catalog.byName(workload);
        List<String> programArgs = args.length > 2 ? List.of(args).subList(2, args.length) : w.defaultArgs();
        int[] buffers = {64, 256, 1024, 4096, 16384, 65536};
        System.out.printf(Locale.ROOT, "refcount on %s %s, heap %d MiB%n", workload, String.join(" ", programArgs),
                heapBytes >> 20);
        System.out.printf(Locale.ROOT, "%12s %8s %12s %12s %12s %10s %9s %9s %9s%n", "cycle-buffer", "cycle-gcs",
                "candidates", "slots", "freed-white", "per-cand", "p50 ms", "p99 ms", "max ms");
        for (int buffer : buffers) {
            VmOptions options = new VmOptions(new RefCountFactory())
                    .heapBytes(heapBytes)
                    .collectorOption("cycle-buffer", Integer.toString(buffer))
                    .classPath(workloadClasses())
                    .out(new PrintStream(OutputStream.nullOutputStream()))
                    .err(System.err);
            try (Vm vm = new Vm(options)) {
                VmExit exit = vm.run(w.className(), programArgs.toArray(new String[0]));
                if (exit.status() != 0) {
                    System.out.println("cycle-buffer=" + buffer + ": exit status " + exit.status());
                    continue;
                }
                long gcs = 0;
                long candidates = 0;
                long slots = 0;
                long freed = 0;
                List<Long> nanos = new ArrayList<>();
                for (PauseRecord p : vm.telemetry().pauses()) {
                    if (p.kind() != PauseKind.CYCLE_COLLECTION) {
                        continue;
                    }
                    gcs++;
                    candidates += p.work().get(WorkKind.CANDIDATES_SCANNED);
                    slots += p.phases().stream().filter(ph -> !ph.name().equals("free") && !ph.name().equals("reconcile"))
                            .mapToLong(ph -> ph.work().get(WorkKind.SLOTS_SCANNED)).sum();
                    freed += p.phases().stream().filter(ph -> ph.name().equals("collect-white"))
                            .mapToLong(ph -> ph.work().get(WorkKind.OBJECTS_FREED)).sum();
                    nanos.add(p.durationNanos());
                }
                nanos.sort(null);
                System.out.printf(Locale.ROOT, "%12d %8d %12d %12d %12d %10.2f %9.3f %9.3f %9.3f%n", buffer, gcs,
                        candidates, slots, freed, candidates == 0 ? 0.0 : (double) slots / candidates,
                        percentile(nanos, 0.50), percentile(nanos, 0.99), percentile(nanos, 1.0));
            }
        }
    }

    private static double percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    private static Path workloadClasses() {
        try {
            return Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
