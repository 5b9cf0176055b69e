package gclab.bench.refcount;

import gclab.collectors.refcount.RefCount;
import gclab.collectors.refcount.RefCountFactory;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import gclab.vm.Vm;
import gclab.vm.VmExit;
import gclab.vm.VmOptions;
import gclab.workloads.Catalog;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What deferring the roots costs and saves (issue 7: "choose, document why, and measure"): every workload
 * under {@code refcount}, once with the default {@code zct-size} and once with {@code zct-size=1} (a
 * reconciliation, so a root scan, at every allocation). Per run: bytecodes, allocations, heap reference stores
 * (the barrier's increments), reconciliations, the count updates deferral made on roots (snapshot counted in
 * and out), zero-count-table entries, and the multiset changes between consecutive root snapshots. With
 * {@code zct-size=1} those changes, observed at every allocation, are a lower bound on the count updates a
 * scheme that counted stack and static slots would have made (every store to a local between two allocations
 * that this cannot see is more). All figures are deterministic. Without arguments: every workload with the
 * JMH suite's arguments; a workload without {@code =args} runs with the catalog's defaults.
 *
 * <pre>
 *   java -cp bench/target/gclab.jar gclab.bench.refcount.DeferralHarness [workload[=arg,arg...]]...
 * </pre>
 */
public final class DeferralHarness {
    private DeferralHarness() {
    }

    /** The JMH suite's "bench" arguments (WorkloadBenchmark): 0.1 to 3 s a run, 10^4 to 10^6 allocations. */
    static final String[] BENCH = {"binarytrees=12", "listchurn=20000", "strings=3000", "hashtable=50000",
        "cycles=30000", "lru=100000", "fragmenter=10000", "largearrays=100000", "lrumap=40000", "paths=2000"};

    public static void main(String[] args) {
        String[] runs = args.length > 0 ? args : BENCH;
        System.out.printf(Locale.ROOT, "%-12s %-8s %9s %12s %10s %10s %8s %11s %10s %10s | %8s %11s%n",
                "workload", "args", "zct-size", "bytecodes", "allocs", "heap-incs", "reconc", "roots-in+out",
                "zct-entries", "root-chg", "reconc", "root-chg@1");
        for (String item : runs) {
            String name = item.contains("=") ? item.substring(0, item.indexOf('=')) : item;
            Catalog.Workload w = Catalog.byName(name);
            List<String> programArgs = item.contains("=")
                    ? List.of(item.substring(item.indexOf('=') + 1).split(",")) : w.defaultArgs();
            Result deferred = run(w, programArgs, null);
            Result everyAllocation = run(w, programArgs, "1");
            System.out.printf(Locale.ROOT, "%-12s %-8s %9s %12d %10d %10d %8d %11d %10d %10d | %8d %11d%n", name,
                    String.join(" ", programArgs), "4096", deferred.bytecodes, deferred.allocations,
                    deferred.barrierIncrements, deferred.deferral.reconciliations(),
                    deferred.deferral.rootsCountedIn() + deferred.deferral.rootsCountedOut(), deferred.zctEntries,
                    deferred.deferral.rootChanges(), everyAllocation.deferral.reconciliations(),
                    everyAllocation.deferral.rootChanges());
        }
    }

    private record Result(long bytecodes, long allocations, long barrierIncrements, long zctEntries,
                          RefCount.Deferral deferral) {
    }

    private static Result run(Catalog.Workload w, List<String> programArgs, String zctSize) {
        VmOptions options = new VmOptions(new RefCountFactory())
                .heapBytes(64L << 20)
                .classPath(workloadClasses())
                .out(new PrintStream(OutputStream.nullOutputStream()))
                .err(System.err);
        if (zctSize != null) {
            options.collectorOption("zct-size", zctSize);
        }
        try (Vm vm = new Vm(options)) {
            VmExit exit = vm.run(w.className(), programArgs.toArray(new String[0]));
            if (exit.status() != 0) {
                throw new IllegalStateException(w.name() + ": exit status " + exit.status());
            }
            GcTelemetry t = vm.telemetry();
            WorkCounts inPauses = new WorkCounts();
            for (PauseRecord p : t.pauses()) {
                inPauses.addAll(p.work());
            }
            long barrierIncrements = t.totalWork().get(WorkKind.COUNTS_INCREMENTED)
                    - inPauses.get(WorkKind.COUNTS_INCREMENTED);
            RefCount rc = (RefCount) vm.memoryManager().collector();
            return new Result(exit.instructions(), t.allocatedObjects(), barrierIncrements,
                    t.totalWork().get(WorkKind.ZCT_ENTRIES), rc.deferral());
        }
    }

    private static Path workloadClasses() {
        try {
            return Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
