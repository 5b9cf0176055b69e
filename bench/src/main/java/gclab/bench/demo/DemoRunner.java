package gclab.bench.demo;

import gclab.bench.synthetic.SyntheticMutator;
import gclab.bench.synthetic.SyntheticWorkload;
import gclab.heap.HeapExhaustedException;
import gclab.heap.space.FragmentationStats;
import gclab.heap.space.Space;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.MemoryManager;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import org.HdrHistogram.Histogram;

/** Runs the synthetic mutator under one collector configuration and gathers its figures. */
public final class DemoRunner {
    private final CollectorRegistry registry;
    private final long heapBytes;
    private final SyntheticWorkload workload;
    private final boolean verify;

    /** {@code verify}: run the heap verifier at the end of every pause (slow; for tests). */
    public DemoRunner(CollectorRegistry registry, long heapBytes, SyntheticWorkload workload, boolean verify) {
        this.registry = registry;
        this.heapBytes = heapBytes;
        this.workload = workload;
        this.verify = verify;
    }

    /**
     * Runs the workload under {@code config}. Heap exhaustion is a result ("heap exhausted"), not an error:
     * nogc, which never collects, meets it as soon as the program has allocated more than the heap.
     */
    public DemoResult run(CollectorConfig config) {
        SyntheticMutator mutator = SyntheticMutator.create(registry.factory(config.collector()), config.options(),
                heapBytes, workload);
        MemoryManager mm = mutator.memoryManager();
        if (verify) {
            mutator.enableVerification();
        }
        String failure = null;
        long checksum = 0;
        long start = System.nanoTime();
        try {
            checksum = mutator.run();
        } catch (HeapExhaustedException e) {
            failure = "heap exhausted";
        } finally {
            mm.shutdown();
        }
        long runNanos = System.nanoTime() - start;
        return summarize(config, mm, failure, checksum, runNanos);
    }

    private static DemoResult summarize(CollectorConfig config, MemoryManager mm, String failure, long checksum,
                                       long runNanos) {
        GcTelemetry t = mm.telemetry();
        Histogram h = t.pauseHistogram();
        int pauses = t.pauses().size();
        long totalPause = t.pauses().stream().mapToLong(p -> p.durationNanos()).sum();
        WorkCounts work = t.totalWork();
        FragmentationStats free = FragmentationStats.NONE;
        for (Space s : mm.heap().spaces()) {
            free = free.plus(s.fragmentation());
        }
        return new DemoResult(config, failure, checksum, pauses, totalPause,
                pauses == 0 ? 0 : h.getValueAtPercentile(50), pauses == 0 ? 0 : h.getValueAtPercentile(99),
                pauses == 0 ? 0 : h.getMaxValue(), runNanos, work.get(WorkKind.OBJECTS_MARKED),
                work.get(WorkKind.WORDS_SWEPT), work.get(WorkKind.OBJECTS_MOVED), work.get(WorkKind.OBJECTS_COPIED),
                free.externalFragmentation(),
                t.fragmentationMisses(), t.allocatedBytes());
    }
}
