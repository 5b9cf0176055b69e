package gclab.bench.pauses;

import gclab.bench.experiment.Sizes;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.PhaseRecord;
import gclab.heap.telemetry.WorkKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pause harness (issue 6): max pause and p99 of a collector's cycle pauses at two live heap sizes, and what
 * the longest pauses and the mutator's longest stops consisted of.
 *
 * <pre>
 *   java -Xmx4g -cp bench/target/benchmarks.jar gclab.bench.pauses.TricolorPauses \
 *       [--collector tricolor] [-o key=value]... [--live 64m,1g] [--heap-factor 2] [--cycles 20,6]
 *       [--seconds 120] [--seed 42] [--no-warmup] [--warmup-live 16m[,...]] [--warmup-cycles 3[,...]]
 *       [--time-recount]
 * </pre>
 * For each live size in order it builds a {@link LiveTable} of that many bytes in a heap of {@code heap-factor}
 * times as many, churns it until {@code cycles} cycles have completed (or {@code seconds} passed), and prints per
 * pause kind: count, p50, p99, max and the longest time to safepoint; the Full pauses (System.gc, concurrent mode
 * failure, allocation failure) apart, as they are not the concurrent collector's cycle pauses; the mutator's own
 * longest stops; the longest pauses with their work and phases and any host collection overlapping them. At the
 * end: max(last size) / max(first size) and the same for p99, over the cycle pauses.
 * Before the first size, an untimed small run (16 MiB live, 3 cycles) compiles the code paths, unless
 * {@code --no-warmup}. The pauses' own code runs once or twice a cycle, so three cycles leave it to the host JVM's
 * interpreter (C1 compiles a method after about 200 calls): {@code --warmup-live 512k --warmup-cycles 400} runs
 * enough small cycles first that the measured pauses run compiled code, as a native collector's would. A second
 * warm-up size ({@code --warmup-live 2m,64m --warmup-cycles 1000,20}) lets the host JIT finish compiling the
 * first measured size's paths too: without it, C2 recompiled the collector thread's loop and the harness's own
 * loop during the first 2 seconds at 64 MiB, a third busy thread on two CPUs. And since a pause's methods run once
 * or twice a cycle, give the host JVM {@code -XX:CompileThresholdScaling=0.05} so that they reach C2 within the
 * warm-up (bench/scripts/tricolor_pauses.sh does): at the usual thresholds they were still in C1's profiling
 * tiers, whose tier changes landed in measured pauses. Each longest pause is listed with the host JVM's uptime at
 * its start, to match against {@code -Xlog} or {@code -XX:+PrintCompilation} output. {@code --time-recount}
 * times, after every pause, the fragmentation figures the telemetry takes at every pause end while the mutator
 * is still stopped (after its clock read, so outside the recorded pause).
 */
public final class TricolorPauses {
    private TricolorPauses() {
    }

    static final String USAGE = String.join("\n",
            "usage: java -Xmx4g -cp benchmarks.jar gclab.bench.pauses.TricolorPauses [options]",
            "Max pause and p99 of a collector's cycle pauses at two (or more) live heap sizes, and what the longest",
            "pauses and the mutator's longest stops consisted of (docs/PERFORMANCE.md, \"Tricolor\").",
            "  --collector NAME        collector to run (default tricolor)",
            "  -o KEY=VALUE            a collector option, repeatable (e.g. -o mode=concurrent -o barrier=satb)",
            "  --live SIZES            live sizes, comma-separated (default 64m,1g)",
            "  --heap-factor F         heap = F x live (default 2)",
            "  --cycles N[,N...]       cycles to run per live size (default 20,6; the last applies to the rest)",
            "  --discard-cycles N      cycles run uncounted at each live size before those (default 0); their",
            "                          longest pause is printed apart",
            "  --seconds S             time limit per live size (default 120)",
            "  --seed N                the churn's random seed (default 42)",
            "  --warmup-live SIZES     live sizes of the untimed warm-up runs, in order (default 16m)",
            "  --warmup-cycles N[,N...] cycles of each warm-up run (default 3; 1000 compiles the pause code; the",
            "                          last applies to the rest)",
            "  --no-warmup             skip the warm-up runs",
            "  --time-recount          also time the fragmentation count taken at each pause end",
            "  -h, --help              this text");

    public static void main(String[] args) {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("TricolorPauses: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    static void run(String[] args) {
        String collector = "tricolor";
        Map<String, String> options = new LinkedHashMap<>();
        List<Long> live = new ArrayList<>(List.of(64L << 20, 1L << 30));
        List<Integer> cycles = new ArrayList<>(List.of(20, 6));
        int discardCycles = 0;
        double heapFactor = 2.0;
        long seconds = 120;
        long seed = 42;
        boolean warmup = true;
        List<Long> warmupLive = new ArrayList<>(List.of(16L << 20));
        List<Integer> warmupCycles = new ArrayList<>(List.of(3));
        boolean timeRecount = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--collector": collector = value(args, ++i); break;
                case "-o": {
                    String[] kv = value(args, ++i).split("=", 2);
                    if (kv.length != 2) {
                        throw new IllegalArgumentException("-o takes KEY=VALUE, not " + kv[0]);
                    }
                    options.put(kv[0], kv[1]);
                    break;
                }
                case "--live": live = parseList(value(args, ++i), Sizes::parse); break;
                case "--cycles": cycles = parseList(value(args, ++i), Integer::parseInt); break;
                case "--discard-cycles": discardCycles = Integer.parseInt(value(args, ++i)); break;
                case "--heap-factor": heapFactor = Double.parseDouble(value(args, ++i)); break;
                case "--seconds": seconds = Long.parseLong(value(args, ++i)); break;
                case "--seed": seed = Long.parseLong(value(args, ++i)); break;
                case "--no-warmup": warmup = false; break;
                case "--warmup-live": warmupLive = parseList(value(args, ++i), Sizes::parse); break;
                case "--warmup-cycles": warmupCycles = parseList(value(args, ++i), Integer::parseInt); break;
                case "--time-recount": timeRecount = true; break;
                case "-h":
                case "--help":
                    System.out.println(USAGE);
                    return;
                default: throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "host: %s %s, %d cpus, -Xmx %d MiB, GC %s, args %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(java.lang.management.GarbageCollectorMXBean::getName).collect(Collectors.joining("+")),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        for (int i = 0; warmup && i < warmupLive.size(); i++) {
            long liveBytes = warmupLive.get(i);
            PauseRun.run(new PauseRun.Settings(collector, options, liveBytes, heapFor(liveBytes, heapFactor), 0,
                    nth(warmupCycles, i), seconds * 1_000_000_000L, seed, timeRecount), null);
        }
        List<PauseRun.Result> results = new ArrayList<>();
        try (HostGcEvents host = new HostGcEvents()) {
            for (int i = 0; i < live.size(); i++) {
                long liveBytes = live.get(i);
                PauseRun.Settings s = new PauseRun.Settings(collector, options, liveBytes,
                        heapFor(liveBytes, heapFactor), discardCycles, nth(cycles, i), seconds * 1_000_000_000L,
                        seed, timeRecount);
                PauseRun.Result r = PauseRun.run(s, host);
                print(r);
                results.add(r);
                System.gc(); // let the host free this heap before the next one is built
            }
        }
        if (results.size() > 1) {
            List<PauseRecord> first = results.get(0).cyclePauses();
            List<PauseRecord> lastSize = results.get(results.size() - 1).cyclePauses();
            System.out.printf(Locale.ROOT, "ratio %s/%s of cycle pauses: max %.2f, p99 %.2f%n",
                    mib(results.get(results.size() - 1).liveBytes()), mib(results.get(0).liveBytes()),
                    ratio(PauseRun.max(lastSize), PauseRun.max(first)),
                    ratio(PauseRun.percentile(lastSize, 99), PauseRun.percentile(first, 99)));
        }
    }

    /** The heap for {@code liveBytes} of live data: {@code heapFactor} times as much, in whole words. */
    private static long heapFor(long liveBytes, double heapFactor) {
        return (long) Math.ceil(heapFactor * liveBytes / 8) * 8;
    }

    /** The {@code i}th of a per-size list whose last element applies to the sizes beyond it. */
    private static int nth(List<Integer> perSize, int i) {
        return perSize.get(Math.min(i, perSize.size() - 1));
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    static void print(PauseRun.Result r) {
        PauseRun.Settings s = r.settings();
        System.out.printf(Locale.ROOT, "%n== %s: live %s (%d rows) in a heap of %s%n", s.describe(), mib(r.liveBytes()),
                r.rows(), mib(s.heapBytes()));
        System.out.printf(Locale.ROOT, "build %.1f s; run %.1f s, %d steps (%.0f ns/step), cycles begun %d, "
                        + "allocation stalls %d, concurrent mode failures %d, checksum %x%n",
                r.buildNanos() / 1e9, r.runNanos() / 1e9, r.steps(), (double) r.runNanos() / Math.max(1, r.steps()),
                r.cycles(), r.allocationStalls(), r.concurrentModeFailures(), r.checksum());
        System.out.printf(Locale.ROOT, "%-12s %6s %10s %10s %10s %10s%n", "pause", "count", "p50 ms", "p99 ms",
                "max ms", "max ttsp");
        for (PauseKind kind : new PauseKind[] {PauseKind.INIT_MARK, PauseKind.STACK_SCAN, PauseKind.REMARK,
                PauseKind.FULL}) {
            List<PauseRecord> p = r.pauses(kind);
            if (!p.isEmpty() || kind != PauseKind.STACK_SCAN) {
                row(kind == PauseKind.FULL ? "Full (apart)" : kind.logName(), p);
            }
        }
        row("cycle pauses", r.cyclePauses());
        if (s.discardCycles() > 0) {
            List<PauseRecord> discarded = r.discardedCyclePauses();
            System.out.printf(Locale.ROOT, "discarded before these: %d cycles (%d pauses), not counted above; their "
                    + "longest pause %s ms (ttsp %s)%n", s.discardCycles(), discarded.size(),
                    ms(PauseRun.max(discarded)), ms(PauseRun.maxTtsp(discarded)));
        }
        System.out.printf(Locale.ROOT, "mutator gaps (end of one step to the end of the next): p50 %s, p99.99 %s, "
                        + "max %s ms; %d gaps >= 0.1 ms%n",
                ms(r.gaps().getValueAtPercentile(50)), ms(r.gaps().getValueAtPercentile(99.99)),
                ms(r.gaps().getMaxValue()), r.gaps().getCountBetweenValues(PauseRun.GAP_NOTE_NANOS, Long.MAX_VALUE / 4));
        List<HostGcEvents.Event> hostInRun = new ArrayList<>();
        for (HostGcEvents.Event e : r.hostGcs()) {
            double startNanos = (e.startMillis() - r.uptimeMillisAtClockZero()) * 1e6;
            if (e.stopsTheWorld() && startNanos >= r.runStartNanos() - 1e6
                    && startNanos <= r.runStartNanos() + r.runNanos() + 1e6) {
                hostInRun.add(e);
            }
        }
        System.out.printf(Locale.ROOT, "host collections during the run: %d, total %d ms, max %d ms%n",
                hostInRun.size(), hostInRun.stream().mapToLong(HostGcEvents.Event::durationMillis).sum(),
                hostInRun.stream().mapToLong(HostGcEvents.Event::durationMillis).max().orElse(0));
        System.out.printf(Locale.ROOT, "mutator thread: on CPU %.2f s of %.2f s run, waiting on a run queue %.2f s; "
                        + "collector thread (whole life, -1: none): on CPU %.2f s, waiting on a run queue %.2f s%n",
                r.mutatorCpuNanos() / 1e9, r.runNanos() / 1e9, r.mutatorWaitNanos() / 1e9,
                r.collectorThreadSched()[0] / 1e9, r.collectorThreadSched()[1] / 1e9);
        if (s.timeRecount()) {
            System.out.printf(Locale.ROOT, "longest fragmentation count at a pause end (what pauseEnd does after its "
                    + "clock read, with the mutator stopped): %s ms, over %d free chunks%n", ms(r.recountNanos()),
                    r.freeChunksAtEnd());
        }
        System.out.println("longest cycle pauses (ms; host JVM uptime at its start, as -Xlog's uptime decoration "
                + "prints it; work; sub-phases ms; host GCs overlapping):");
        for (PauseRecord p : r.longestPauses(r.cyclePauses(), PauseRun.TOP)) {
            System.out.printf(Locale.ROOT, "  #%d %s %s ttsp %s at %.3fs | roots %d marked %d slots %d shades %d | %s | "
                            + "free chunks after %d | %s%n",
                    p.id(), p.kind().logName(), ms(p.durationNanos()), ms(p.timeToSafepointNanos()),
                    (r.uptimeMillisAtClockZero() + p.startNanos() / 1e6) / 1e3,
                    p.work().get(WorkKind.ROOTS_SCANNED), p.work().get(WorkKind.OBJECTS_MARKED),
                    p.work().get(WorkKind.SLOTS_SCANNED), p.work().get(WorkKind.BARRIER_SHADES), phases(p),
                    p.fragmentation().values().stream().mapToLong(f -> f.freeChunks()).sum(),
                    hosts(r.hostGcsDuring(p.startNanos(), p.durationNanos())));
        }
        System.out.println("longest mutator gaps (ms; pauses ended inside, their recorded ms; collector phase "
                + "before -> after; cycles begun; stalls; the mutator's run-queue wait in the ~1 ms batch holding the gap; "
                + "host GCs overlapping):");
        for (PauseRun.Gap g : r.longestGaps()) {
            System.out.printf(Locale.ROOT, "  %s | %d pauses, %s ms | %s -> %s | cycles +%d | stalls +%d | run-queue wait %s ms | %s%n",
                    ms(g.nanos()), g.pausesEnded(), ms(g.pausedNanos()), g.phaseBefore(), g.phaseAfter(),
                    g.cyclesStarted(), g.stalls(), ms(r.waitDuring(g)), hosts(r.hostGcsDuring(g.startNanos(), g.nanos())));
        }
    }

    private static void row(String name, List<PauseRecord> p) {
        System.out.printf(Locale.ROOT, "%-12s %6d %10s %10s %10s %10s%n", name, p.size(),
                ms(PauseRun.percentile(p, 50)), ms(PauseRun.percentile(p, 99)), ms(PauseRun.max(p)),
                ms(PauseRun.maxTtsp(p)));
    }

    private static String phases(PauseRecord p) {
        return p.phases().stream().map(ph -> ph.name() + " " + ms(ph.durationNanos()))
                .collect(Collectors.joining(", "));
    }

    private static String hosts(List<HostGcEvents.Event> events) {
        if (events.isEmpty()) {
            return "no host GC";
        }
        return events.stream().map(e -> e.collector() + " " + e.durationMillis() + " ms (" + e.cause() + ")")
                .collect(Collectors.joining("; "));
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%d MiB", bytes >> 20);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static <T> List<T> parseList(String s, java.util.function.Function<String, T> parse) {
        List<T> list = new ArrayList<>();
        for (String part : s.split(",")) {
            list.add(parse.apply(part));
        }
        return list;
    }
}
