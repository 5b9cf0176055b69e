package gclab.plots.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import gclab.heap.Heap;
import gclab.heap.space.FragmentationStats;
import gclab.heap.space.Space;
import gclab.heap.telemetry.AllocationFailure;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.Mmu;
import gclab.heap.telemetry.Occupancy;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.PhaseRecord;
import gclab.heap.telemetry.TenuringDistribution;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * One run of one program under one collector: the model of {@code result.json}. Every field is documented,
 * with its unit, in {@code docs/RESULTS.md}; times are nanoseconds since the run's telemetry started unless a
 * name says otherwise, sizes are bytes. {@link #of} builds it from a run's {@link GcTelemetry}; {@link ResultJson}
 * writes and reads it.
 *
 * @param schemaVersion     {@link #SCHEMA_VERSION} when written; a reader refuses a newer one
 * @param pauses            statistics of the stop-the-world pause durations
 * @param timeToSafepoint   statistics of the pauses' time to safepoint
 * @param gcShare           total pause time / run time
 * @param pauseDistribution the pause-duration percentile distribution, HdrHistogram style
 * @param pauseEvents       every pause, in order
 * @param occupancy         used and capacity of every area (metaspace included) before and after every pause,
 *                          and at the end of the run
 * @param fragmentation     free-memory figures of every space after every pause, and at the end of the run
 * @param work              total work units by {@link WorkKind#key()}, in {@link WorkKind} order, zeros left out
 */
public record RunResult(int schemaVersion, Inputs inputs, Environment environment, Outcome outcome, Counts counts,
                        Percentiles pauses, Percentiles timeToSafepoint, double gcShare, MmuSummary mmu,
                        List<PercentilePoint> pauseDistribution, List<Pause> pauseEvents,
                        List<Phase> concurrentPhases, List<OccupancySample> occupancy,
                        List<FragmentationSample> fragmentation, List<Failure> allocationFailures,
                        Map<String, Long> work, Allocation allocation, Footprint footprint) {

    /** The version of the result-file schema this code writes; bump it on any incompatible change. */
    public static final int SCHEMA_VERSION = 3;

    /**
     * The oldest schema version this code still reads: version 1 lacks {@code counts.fragmentationMisses},
     * versions 1 and 2 lack {@code pauseEvents[].tenuring}.
     */
    public static final int OLDEST_READABLE_VERSION = 1;

    /** The space name under which an allocation failure's heap-wide free figures are reported. */
    public static final String ALL_SPACES = "all";

    // ------------------------------------------------------------------------------------------- parts

    /**
     * What was run.
     *
     * @param workload   the bundled workload's name, or null for a program given by class path
     * @param mainClass  the main class run (a workload's own, or the one given)
     * @param classPath  the class path given, or null for a bundled workload
     * @param arguments  the program's arguments
     * @param collector  the collector's short name
     * @param options    collector options as given ({@code key=value}), in order
     * @param heapBytes  the simulated heap's size
     * @param verify     whether the heap verifier ran after every pause
     * @param stress     whether a collection ran before every allocation
     */
    public record Inputs(String workload, String mainClass, String classPath, List<String> arguments,
                         String collector, Map<String, String> options, long heapBytes, boolean verify,
                         boolean stress) {
        public Inputs {
            arguments = List.copyOf(arguments);
            options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }

        /** A bundled workload with default switches. */
        public static Inputs workload(String workload, String mainClass, List<String> arguments, String collector,
                                      Map<String, String> options, long heapBytes) {
            return new Inputs(workload, mainClass, null, arguments, collector, options, heapBytes, false, false);
        }
    }

    /**
     * Where it ran.
     *
     * @param jdk       the host JVM: {@code java.vm.name} and {@code java.runtime.version}
     * @param jdkVendor {@code java.vendor}
     * @param os        {@code os.name} and {@code os.version}
     * @param arch      {@code os.arch}
     * @param cores     processors available to the host JVM
     */
    public record Environment(String jdk, String jdkVendor, String os, String arch, int cores) {
        /** The JVM this code runs in. */
        public static Environment current() {
            return new Environment(System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                    System.getProperty("java.vendor"),
                    System.getProperty("os.name") + " " + System.getProperty("os.version"),
                    System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * How it ended.
     *
     * @param startedAt  when the run started, ISO-8601 UTC ({@code 2025-01-31T12:00:00.123Z})
     * @param runNanos   wall time of the run, from the telemetry's start to the program's end
     * @param exitStatus the program's exit status (0 normal, {@code System.exit}'s argument, 1 for an uncaught
     *                   exception or a VM error)
     * @param error      what went wrong, one line (an uncaught exception, heap exhaustion, ...), or null
     */
    public record Outcome(String startedAt, long runNanos, int exitStatus, String error) {
        public static Outcome ok(Instant startedAt, long runNanos) {
            return new Outcome(startedAt.toString(), runNanos, 0, null);
        }

        public Instant startInstant() {
            return Instant.parse(startedAt);
        }
    }

    /**
     * @param pauses                number of stop-the-world pauses
     * @param pausesByKind          the pauses by kind, in {@link PauseKind} order, zeros left out
     * @param concurrentPhases      number of completed concurrent phases
     * @param concurrentNanos       total time of the concurrent phases
     * @param allocationFailures    allocations that failed after the collector's last resort
     * @param fragmentationFailures those of them that had enough free bytes in total
     * @param fragmentationMisses   allocations a space refused although its free lists held enough bytes in
     *                              total, each answered by a collection or a failure
     *                              ({@link GcTelemetry#fragmentationMisses()}); {@link #MISSES_UNKNOWN} when read
     *                              from a version-1 file, which did not record them
     */
    public record Counts(int pauses, Map<PauseKind, Integer> pausesByKind, int concurrentPhases,
                         long concurrentNanos, int allocationFailures, int fragmentationFailures,
                         long fragmentationMisses) {
        /** {@code fragmentationMisses} of a result written before they were recorded (schema version 1). */
        public static final long MISSES_UNKNOWN = -1;

        /** {@code fragmentationMisses} as tables and CSV show it: the count, or {@code ?} if unknown. */
        public String fragmentationMissesText() {
            return fragmentationMisses == MISSES_UNKNOWN ? "?" : Long.toString(fragmentationMisses);
        }
    }

    /**
     * Statistics of a set of durations. Percentiles come from an HdrHistogram of 3 significant digits, so
     * they are within 0.1% of the true value; {@code max} and {@code total} are exact.
     */
    public record Percentiles(long count, long totalNanos, long meanNanos, long p50Nanos, long p90Nanos,
                              long p99Nanos, long p999Nanos, long maxNanos) {
        static Percentiles of(List<Long> values) {
            Histogram h = histogram(values);
            long total = 0;
            long max = 0;
            for (long v : values) {
                total += v;
                max = Math.max(max, v);
            }
            long n = values.size();
            return new Percentiles(n, total, n == 0 ? 0 : total / n, at(h, 50, max), at(h, 90, max),
                    at(h, 99, max), at(h, 99.9, max), max);
        }

        private static long at(Histogram h, double percentile, long max) {
            return h.getTotalCount() == 0 ? 0 : Math.min(max, h.getValueAtPercentile(percentile));
        }
    }

    /** One point of the MMU curve: the minimum mutator utilization (0..1) for windows of {@code windowNanos}. */
    public record MmuPoint(long windowNanos, double mmu) {
    }

    /**
     * Minimum mutator utilization (Cheng &amp; Blelloch), exact, from the pause intervals. Windows longer than
     * the run give the run's overall utilization.
     */
    public record MmuSummary(double at1ms, double at10ms, double at100ms, List<MmuPoint> curve) {
    }

    /** The pause duration {@code valueNanos} that {@code percentile} percent of pauses do not exceed. */
    public record PercentilePoint(double percentile, long valueNanos) {
    }

    /**
     * One stop-the-world pause. {@code durationNanos} runs from the safepoint request to the mutator's
     * resumption and includes {@code timeToSafepointNanos}.
     *
     * @param workClockStart total work units done before this pause (the logical clock)
     * @param work           this pause's work units by {@link WorkKind#key()}
     * @param tenuring       a generational minor collection's survivor ages and tenuring threshold; else null
     */
    public record Pause(int id, PauseKind kind, GcCause cause, long startNanos, long durationNanos,
                        long timeToSafepointNanos, long workClockStart, Map<String, Long> work,
                        List<Phase> phases, TenuringDistribution tenuring) {
        public long endNanos() {
            return startNanos + durationNanos;
        }
    }

    /** A phase of a pause, or a concurrent phase beside the mutator. */
    public record Phase(String name, boolean concurrent, long startNanos, long durationNanos,
                        Map<String, Long> work) {
    }

    /** When a sample was taken. */
    public enum Moment {
        @JsonProperty("before") BEFORE,
        @JsonProperty("after") AFTER,
        @JsonProperty("end") END
    }

    /** Used and capacity of one area (a heap space, or {@code metaspace}). */
    public record AreaUse(String area, long usedBytes, long capacityBytes) {
    }

    /**
     * Occupancy of every area at one moment: before or after pause {@code pauseId}, or at the end of the run
     * ({@code pauseId} -1).
     */
    public record OccupancySample(long atNanos, int pauseId, Moment moment, List<AreaUse> areas) {
        /** Used bytes of the heap's spaces, metaspace not included. */
        public long heapUsedBytes() {
            return areas.stream().filter(a -> !a.area().equals(GcTelemetry.METASPACE))
                    .mapToLong(AreaUse::usedBytes).sum();
        }

        public long heapCapacityBytes() {
            return areas.stream().filter(a -> !a.area().equals(GcTelemetry.METASPACE))
                    .mapToLong(AreaUse::capacityBytes).sum();
        }

        /** The area named {@code name}, or null. */
        public AreaUse area(String name) {
            return areas.stream().filter(a -> a.area().equals(name)).findFirst().orElse(null);
        }
    }

    /**
     * Free memory of one space.
     *
     * @param externalFragmentation 1 - largest free chunk / free bytes (0 when nothing is free)
     * @param chunkSizeHistogram    number of free chunks by size class: key {@code 2^i} counts chunks of
     *                              {@code [2^i, 2^(i+1))} bytes; empty classes left out
     */
    public record SpaceFree(String space, long freeBytes, long freeChunks, long largestChunkBytes, long darkBytes,
                            double externalFragmentation, Map<Long, Long> chunkSizeHistogram) {
        static SpaceFree of(String space, FragmentationStats f) {
            Map<Long, Long> h = new TreeMap<>();
            long[] buckets = f.histogram();
            for (int i = 0; i < buckets.length; i++) {
                if (buckets[i] != 0) {
                    h.put(1L << i, buckets[i]);
                }
            }
            return new SpaceFree(space, f.freeBytes(), f.freeChunks(), f.largestChunkBytes(), f.darkBytes(),
                    f.externalFragmentation(), h);
        }
    }

    /** Free memory of every space after pause {@code pauseId}, or at the end of the run ({@code pauseId} -1). */
    public record FragmentationSample(long atNanos, int pauseId, Moment moment, List<SpaceFree> spaces) {
        /** The spaces' figures summed: free bytes and chunks added, the largest chunk the largest of all. */
        public double externalFragmentation() {
            long free = 0;
            long largest = 0;
            for (SpaceFree s : spaces) {
                free += s.freeBytes();
                largest = Math.max(largest, s.largestChunkBytes());
            }
            return free == 0 ? 0.0 : 1.0 - (double) largest / free;
        }
    }

    /**
     * An allocation that failed after the collector's last resort.
     *
     * @param fragmentation true if enough bytes were free in total, but in no chunk large enough
     * @param free          the heap's free figures at the failure, under the space name {@code all}
     */
    public record Failure(long atNanos, long requestedBytes, boolean fragmentation, SpaceFree free) {
    }

    /** Allocation totals of the program. */
    public record Allocation(long bytes, long objects, double bytesPerSecond) {
    }

    /**
     * @param heapCapacityBytes  the heap's spaces' capacity
     * @param peakHeapUsedBytes  the most bytes used in the heap's spaces at any sample
     * @param peakMetaspaceBytes the most bytes of metaspace used at any sample
     * @param peakFootprintBytes the most bytes used in the heap and metaspace together at any sample
     */
    public record Footprint(long heapCapacityBytes, long peakHeapUsedBytes, long peakMetaspaceBytes,
                            long peakFootprintBytes) {
    }

    // ------------------------------------------------------------------------------------------- building

    /**
     * The result of a run, from its telemetry. Call it after the program ended (and the memory manager shut
     * down), so that no pause is in progress: occupancy and fragmentation are sampled once more as the end.
     *
     * @param heap the run's heap, for the end-of-run fragmentation figures; null leaves them out
     */
    public static RunResult of(Inputs inputs, Environment environment, Outcome outcome, GcTelemetry telemetry,
                               Heap heap) {
        long runNanos = outcome.runNanos();
        List<PauseRecord> records = telemetry.pauses();

        List<Pause> pauseEvents = new ArrayList<>();
        List<OccupancySample> occupancy = new ArrayList<>();
        List<FragmentationSample> fragmentation = new ArrayList<>();
        Map<PauseKind, Integer> byKind = new EnumMap<>(PauseKind.class);
        List<Long> durations = new ArrayList<>();
        List<Long> ttsps = new ArrayList<>();
        for (PauseRecord p : records) {
            List<Phase> phases = p.phases().stream().map(RunResult::phase).toList();
            pauseEvents.add(new Pause(p.id(), p.kind(), p.cause(), p.startNanos(), p.durationNanos(),
                    p.timeToSafepointNanos(), p.workClockStart(), workMap(p.work()), phases, p.tenuring()));
            occupancy.add(new OccupancySample(p.startNanos(), p.id(), Moment.BEFORE, areas(p.before())));
            occupancy.add(new OccupancySample(p.endNanos(), p.id(), Moment.AFTER, areas(p.after())));
            List<SpaceFree> free = new ArrayList<>();
            p.fragmentation().forEach((space, f) -> free.add(SpaceFree.of(space, f)));
            fragmentation.add(new FragmentationSample(p.endNanos(), p.id(), Moment.AFTER, free));
            byKind.merge(p.kind(), 1, Integer::sum);
            durations.add(p.durationNanos());
            ttsps.add(p.timeToSafepointNanos());
        }
        occupancy.add(new OccupancySample(runNanos, -1, Moment.END, areas(telemetry.occupancy())));
        if (heap != null) {
            List<SpaceFree> free = new ArrayList<>();
            for (Space s : heap.spaces()) {
                free.add(SpaceFree.of(s.name(), s.fragmentation()));
            }
            fragmentation.add(new FragmentationSample(runNanos, -1, Moment.END, free));
        }

        List<Phase> concurrent = telemetry.concurrentPhases().stream().map(RunResult::phase).toList();
        long concurrentNanos = concurrent.stream().mapToLong(Phase::durationNanos).sum();
        List<Failure> failures = new ArrayList<>();
        for (AllocationFailure f : telemetry.allocationFailures()) {
            failures.add(new Failure(f.atNanos(), f.requestedBytes(), f.fragmentation(),
                    SpaceFree.of(ALL_SPACES, f.free())));
        }
        int fragmentationFailures = (int) failures.stream().filter(Failure::fragmentation).count();

        Percentiles pauseStats = Percentiles.of(durations);
        Mmu mmu = Mmu.of(records, runNanos);
        MmuSummary mmuSummary = new MmuSummary(mmu.at(1_000_000L), mmu.at(10_000_000L), mmu.at(100_000_000L),
                mmu.curve().stream().map(p -> new MmuPoint(p.windowNanos(), p.mmu())).toList());

        long allocatedBytes = telemetry.allocatedBytes();
        Allocation allocation = new Allocation(allocatedBytes, telemetry.allocatedObjects(),
                runNanos == 0 ? 0.0 : allocatedBytes * 1e9 / runNanos);

        return new RunResult(SCHEMA_VERSION, inputs, environment, outcome,
                new Counts(records.size(), byKind, concurrent.size(), concurrentNanos, failures.size(),
                        fragmentationFailures, telemetry.fragmentationMisses()),
                pauseStats, Percentiles.of(ttsps),
                runNanos == 0 ? 0.0 : (double) pauseStats.totalNanos() / runNanos,
                mmuSummary, distribution(durations), pauseEvents, concurrent, occupancy, fragmentation, failures,
                workMap(telemetry.totalWork()), allocation, footprint(occupancy));
    }

    /** An HdrHistogram (3 significant digits, nanoseconds) of {@code values}. */
    static Histogram histogram(List<Long> values) {
        Histogram h = new Histogram(3);
        for (long v : values) {
            h.recordValue(Math.max(0, v));
        }
        return h;
    }

    /** The percentile distribution as HdrHistogram prints it: 5 steps per halving of the distance to 100%. */
    static List<PercentilePoint> distribution(List<Long> durations) {
        Histogram h = histogram(durations);
        List<PercentilePoint> points = new ArrayList<>();
        if (h.getTotalCount() == 0) {
            return points;
        }
        for (HistogramIterationValue v : h.percentiles(5)) {
            points.add(new PercentilePoint(v.getPercentileLevelIteratedTo(), v.getValueIteratedTo()));
        }
        return points;
    }

    private static Phase phase(PhaseRecord r) {
        return new Phase(r.name(), r.concurrent(), r.startNanos(), r.durationNanos(), workMap(r.work()));
    }

    private static Map<String, Long> workMap(WorkCounts counts) {
        Map<String, Long> m = new LinkedHashMap<>();
        counts.asMap().forEach((k, v) -> m.put(k.key(), v));
        return m;
    }

    private static List<AreaUse> areas(List<Occupancy> list) {
        return list.stream().map(o -> new AreaUse(o.area(), o.usedBytes(), o.capacityBytes())).toList();
    }

    static Footprint footprint(List<OccupancySample> samples) {
        long capacity = 0;
        long peakHeap = 0;
        long peakMeta = 0;
        long peakAll = 0;
        for (OccupancySample s : samples) {
            long heapUsed = s.heapUsedBytes();
            AreaUse meta = s.area(GcTelemetry.METASPACE);
            long metaUsed = meta == null ? 0 : meta.usedBytes();
            capacity = Math.max(capacity, s.heapCapacityBytes());
            peakHeap = Math.max(peakHeap, heapUsed);
            peakMeta = Math.max(peakMeta, metaUsed);
            peakAll = Math.max(peakAll, heapUsed + metaUsed);
        }
        return new Footprint(capacity, peakHeap, peakMeta, peakAll);
    }

    // ------------------------------------------------------------------------------------------- reading

    /** A short name for this run in legends and tables: the collector, with its options if any. */
    public String label() {
        if (inputs.options().isEmpty()) {
            return inputs.collector();
        }
        StringBuilder b = new StringBuilder(inputs.collector()).append(' ');
        inputs.options().forEach((k, v) -> b.append(k).append('=').append(v).append(','));
        return b.substring(0, b.length() - 1);
    }

    /** The program's name: the workload, or the main class. */
    public String programName() {
        return inputs.workload() != null ? inputs.workload() : inputs.mainClass();
    }

    /** External fragmentation of the whole heap at the end of the run (or after the last pause), or 0. */
    public double externalFragmentationAtEnd() {
        return fragmentation.isEmpty() ? 0.0 : fragmentation.get(fragmentation.size() - 1).externalFragmentation();
    }

    /** Total work units: the logical clock at the end of the run. */
    public long totalWork() {
        return work.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The occupancy samples taken before and after pause {@code id}: [before, after], or null if absent. */
    public OccupancySample occupancy(int pauseId, Moment moment) {
        for (OccupancySample s : occupancy) {
            if (s.pauseId() == pauseId && s.moment() == moment) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RunResult[%s on %s, %d pauses]", programName(), label(), counts.pauses());
    }
}
