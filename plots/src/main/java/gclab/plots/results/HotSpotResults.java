package gclab.plots.results;

import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.Mmu;
import gclab.heap.telemetry.PauseKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of a program on the host JVM under one of HotSpot's own collectors, as a {@link RunResult} built from
 * HotSpot's {@code -Xlog:gc*} log ({@link GcLogParser}), so that it sits in the same table, {@code summary.csv}
 * and comparison charts as gclab's runs. What the log does not say is left empty or zero, never guessed:
 * <ul>
 *   <li>pauses: every pause with a summary line ({@code [gc] GC(3) Pause Young (...) 1.234ms}: Serial,
 *       Parallel, G1, Shenandoah), and ZGC's pauses, which it logs only as phases
 *       ({@code [gc,phases] GC(3) Pause Mark Start 0.010ms}, {@code Y: Pause Mark End ...} in generational ZGC);
 *       each ends at its line's uptime and starts its duration earlier (uptimes have millisecond
 *       resolution);</li>
 *   <li>kinds and causes: mapped to the nearest of gclab's ({@link #kind}, {@link #cause}); HotSpot's own words
 *       stay in its {@code gc.log};</li>
 *   <li>time to safepoint, work units, fragmentation and allocation failures: none (HotSpot's {@code gc*} log
 *       does not give them); allocated bytes: 0 (unknown);</li>
 *   <li>occupancy: the spaces of each pause's {@code gc,heap} lines (Serial, Parallel: {@code DefNew},
 *       {@code Tenured}, {@code PSYoungGen}, ...), or else the heap as one area {@code heap} from the summary
 *       line's M figures (G1, Shenandoah), and metaspace; none for ZGC;</li>
 *   <li>run time: the uptime of the log's last line (HotSpot logs at exit), so JVM start-up is included.</li>
 * </ul>
 */
public final class HotSpotResults {
    /** ZGC's pause lines: {@code GC(0) Pause Mark Start 0.006ms}, {@code GC(0) Y: Pause Mark Start (Major) 0.010ms}. */
    private static final Pattern PHASE_PAUSE =
            Pattern.compile("GC\\((\\d+)\\) (?:[A-Z]: )?Pause ([^()]+?)(?: \\(.*\\))? (\\d+(?:[.,]\\d+)?)ms");

    /** ZGC's cycle line: {@code GC(0) Garbage Collection (Allocation Stall)}, {@code GC(0) Major Collection (Warmup)}. */
    private static final Pattern CYCLE = Pattern.compile("GC\\((\\d+)\\) .*Collection \\((.+)\\)");

    /** Generational ZGC's concurrent phases: {@code GC(0) Y: Concurrent Mark 4.000ms}. */
    private static final Pattern GENERATION_CONCURRENT =
            Pattern.compile("GC\\(\\d+\\) [A-Z]: Concurrent (.+?) (\\d+(?:[.,]\\d+)?)ms");

    /** The parts of a young generation that Serial and Parallel log after the generation itself. */
    private static final java.util.Set<String> SUB_AREAS = java.util.Set.of("Eden", "From", "To");

    private HotSpotResults() {
    }

    /** The result of a host run whose log is {@code log}; {@code outcome.runNanos} is replaced by the log's. */
    public static RunResult of(GcLog log, RunResult.Inputs inputs, RunResult.Environment environment,
                               RunResult.Outcome outcome) {
        long runNanos = log.lines().isEmpty() ? outcome.runNanos()
                : Math.max(0, seconds(log.lines().get(log.lines().size() - 1).uptimeSeconds()));
        RunResult.Outcome out = new RunResult.Outcome(outcome.startedAt(), runNanos, outcome.exitStatus(),
                outcome.error());

        List<RunResult.Pause> pauses = new ArrayList<>();
        List<RunResult.OccupancySample> occupancy = new ArrayList<>();
        for (GcLog.Pause p : log.pauses()) {
            long duration = Math.round(p.durationMs() * 1e6);
            long start = Math.max(0, seconds(p.endSeconds()) - duration);
            pauses.add(pause(p.id(), kind(p.kind()), cause(p.cause()), start, duration));
            List<RunResult.AreaUse> before = new ArrayList<>();
            List<RunResult.AreaUse> after = new ArrayList<>();
            boolean generations = p.heap().stream().anyMatch(a -> !SUB_AREAS.contains(a.name()));
            for (GcLog.Area a : p.heap()) {
                if (generations && SUB_AREAS.contains(a.name())) {
                    continue; // Serial's and Parallel's "DefNew: ... Eden: ... From: ...": Eden and From are in DefNew
                }
                before.add(new RunResult.AreaUse(a.name(), a.beforeK() << 10, a.beforeCapacityK() << 10));
                after.add(new RunResult.AreaUse(a.name(), a.afterK() << 10, a.afterCapacityK() << 10));
            }
            if (p.heap().isEmpty() && p.heapBeforeM() >= 0) {
                before.add(new RunResult.AreaUse("heap", p.heapBeforeM() << 20, p.heapCapacityM() << 20));
                after.add(new RunResult.AreaUse("heap", p.heapAfterM() << 20, p.heapCapacityM() << 20));
            }
            if (p.metaspace() != null) {
                GcLog.Area m = p.metaspace();
                before.add(new RunResult.AreaUse(GcTelemetry.METASPACE, m.beforeK() << 10, m.beforeCapacityK() << 10));
                after.add(new RunResult.AreaUse(GcTelemetry.METASPACE, m.afterK() << 10, m.afterCapacityK() << 10));
            }
            if (!before.isEmpty()) {
                occupancy.add(new RunResult.OccupancySample(start, p.id(), RunResult.Moment.BEFORE, before));
                occupancy.add(new RunResult.OccupancySample(start + duration, p.id(), RunResult.Moment.AFTER,
                        after));
            }
        }
        if (log.pauses().isEmpty()) {
            Map<Integer, String> causes = new java.util.HashMap<>();
            for (GcLog.Line line : log.lines()) {
                Matcher c = CYCLE.matcher(line.message());
                if (line.tagSet().equals("gc,start") && c.matches()) {
                    causes.put(Integer.parseInt(c.group(1)), c.group(2));
                }
            }
            for (GcLog.Line line : log.lines()) {
                Matcher m = PHASE_PAUSE.matcher(line.message());
                if (line.tagSet().equals("gc,phases") && m.matches()) {
                    long duration = Math.round(Double.parseDouble(m.group(3).replace(',', '.')) * 1e6);
                    long start = Math.max(0, seconds(line.uptimeSeconds()) - duration);
                    pauses.add(pause(Integer.parseInt(m.group(1)), kind(m.group(2).strip()),
                            cause(causes.getOrDefault(Integer.parseInt(m.group(1)), "")),
                            start, duration));
                }
            }
        }
        pauses.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
        List<RunResult.Phase> concurrent = new ArrayList<>();
        for (GcLog.ConcurrentPhase c : log.concurrentPhases()) {
            long duration = Math.round(c.durationMs() * 1e6);
            concurrent.add(new RunResult.Phase(c.name(), true, Math.max(0, seconds(c.endSeconds()) - duration),
                    duration, Map.of()));
        }
        for (GcLog.Line line : log.lines()) {
            Matcher m = GENERATION_CONCURRENT.matcher(line.message());
            if (line.tagSet().equals("gc,phases") && m.matches()) { // generational ZGC: "Y: Concurrent Mark 4ms"
                long duration = Math.round(Double.parseDouble(m.group(2).replace(',', '.')) * 1e6);
                concurrent.add(new RunResult.Phase(m.group(1), true,
                        Math.max(0, seconds(line.uptimeSeconds()) - duration), duration, Map.of()));
            }
        }
        if (!occupancy.isEmpty()) {
            List<RunResult.AreaUse> last = occupancy.get(occupancy.size() - 1).areas();
            occupancy.add(new RunResult.OccupancySample(runNanos, -1, RunResult.Moment.END, last));
        }

        List<Long> durations = new ArrayList<>();
        List<Long> zeros = new ArrayList<>();
        long[] starts = new long[pauses.size()];
        long[] lengths = new long[pauses.size()];
        Map<PauseKind, Integer> byKind = new EnumMap<>(PauseKind.class);
        for (int i = 0; i < pauses.size(); i++) {
            RunResult.Pause p = pauses.get(i);
            durations.add(p.durationNanos());
            zeros.add(0L);
            starts[i] = p.startNanos();
            lengths[i] = p.durationNanos();
            byKind.merge(p.kind(), 1, Integer::sum);
        }
        Mmu mmu = Mmu.ofIntervals(starts, lengths, runNanos);
        RunResult.MmuSummary mmuSummary = new RunResult.MmuSummary(mmu.at(1_000_000L), mmu.at(10_000_000L),
                mmu.at(100_000_000L), mmu.curve().stream().map(p -> new RunResult.MmuPoint(p.windowNanos(),
                p.mmu())).toList());
        RunResult.Percentiles stats = RunResult.Percentiles.of(durations);
        return new RunResult(RunResult.SCHEMA_VERSION, inputs, environment, out,
                new RunResult.Counts(pauses.size(), byKind, concurrent.size(),
                        concurrent.stream().mapToLong(RunResult.Phase::durationNanos).sum(), 0, 0, 0),
                stats, RunResult.Percentiles.of(zeros), runNanos == 0 ? 0.0 : (double) stats.totalNanos() / runNanos,
                mmuSummary, RunResult.distribution(durations), pauses, concurrent, occupancy, List.of(), List.of(),
                Map.of(), new RunResult.Allocation(0, 0, 0.0), RunResult.footprint(occupancy));
    }

    private static RunResult.Pause pause(int id, PauseKind kind, GcCause cause, long start, long duration) {
        return new RunResult.Pause(id, kind, cause, start, duration, 0, 0, Map.of(), List.of(), null);
    }

    private static long seconds(double s) {
        return Double.isNaN(s) ? 0 : Math.round(s * 1e9);
    }

    /**
     * gclab's nearest pause kind for HotSpot's: {@code Young} (also G1's mixed and concurrent-start pauses)
     * is YOUNG; {@code Full} and Shenandoah's {@code Degenerated GC} are FULL; the pause that starts concurrent
     * marking ({@code Init Mark}, ZGC's {@code Mark Start}) is INIT_MARK; every other pause of a concurrent
     * collector (G1's {@code Remark} and {@code Cleanup}, Shenandoah's {@code Final Mark} and update-references
     * pauses, ZGC's {@code Mark End} and {@code Relocate Start}) is REMARK.
     */
    static PauseKind kind(String hotspot) {
        String k = hotspot.toLowerCase(Locale.ROOT);
        if (k.startsWith("young")) {
            return PauseKind.YOUNG;
        }
        if (k.startsWith("full") || k.contains("degenerated")) {
            return PauseKind.FULL;
        }
        if (k.equals("init mark") || k.equals("mark start")) {
            return PauseKind.INIT_MARK;
        }
        return PauseKind.REMARK;
    }

    /**
     * gclab's nearest cause for HotSpot's: {@code System.gc()}; allocation failures, G1's evacuation and
     * humongous-allocation pauses and ZGC's allocation stalls as ALLOCATION_FAILURE; thresholds, ergonomics,
     * heuristics and timers (G1's preventive collections, Metadata GC Threshold, ZGC's warm-up and allocation
     * rate) as OCCUPANCY; promotion failure; anything else (and a pause logged without a cause) as REQUESTED.
     */
    static GcCause cause(String hotspot) {
        String c = hotspot.toLowerCase(Locale.ROOT);
        if (c.contains("system.gc")) {
            return GcCause.SYSTEM_GC;
        }
        if (c.contains("promotion")) {
            return GcCause.PROMOTION_FAILED;
        }
        if (c.contains("allocation failure") || c.contains("evacuation") || c.contains("humongous")
                || c.contains("allocation stall")) {
            return GcCause.ALLOCATION_FAILURE;
        }
        if (c.contains("threshold") || c.contains("ergonomics") || c.contains("preventive") || c.contains("warmup")
                || c.contains("rate") || c.contains("proactive") || c.contains("timer") || c.contains("occupancy")) {
            return GcCause.OCCUPANCY;
        }
        return GcCause.REQUESTED;
    }
}
