package gclab.bench.pauses;

import gclab.collectors.tricolor.Tricolor;
import gclab.heap.space.Space;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;
import gclab.heap.telemetry.GcListener;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;

/**
 * One run of the pause harness: a {@link LiveTable} of a given live size in a heap of a given size under one
 * collector configuration, churned until a number of cycles have completed (or a time limit passed), with the
 * collector's pause records and, independently, the mutator's own view: the time between the ends of two
 * consecutive {@link LiveTable#step steps} ("gaps"), which contains every stop of the mutator whether recorded
 * as a pause or not (a pause, an allocation stall, a lazy sweep finished inside an allocation, a host GC,
 * descheduling).
 */
public final class PauseRun {
    /** Gaps at least this long are kept for the longest-gaps list. */
    static final long GAP_NOTE_NANOS = 100_000;
    /** How many of the longest gaps and pauses a result keeps. */
    static final int TOP = 8;

    /** What to run. {@code cycles}: stop after this many complete cycles (tricolor: remarks; others: full collections). */
    public record Settings(String collector, Map<String, String> options, long liveBytes, long heapBytes,
                           int discardCycles, int cycles, long maxNanos, long seed, boolean timeRecount) {
        public String describe() {
            StringBuilder b = new StringBuilder(collector);
            options.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
            return b.toString();
        }
    }

    /** A long gap between two mutator steps, and what happened in it. */
    public record Gap(long startNanos, long nanos, long pausesEnded, long pausedNanos, String phaseBefore,
                      String phaseAfter, long cyclesStarted, long stalls, int batch) {
    }

    /** Everything a run measured. Times are nanoseconds of the run's telemetry clock. */
    public record Result(Settings settings, long liveBytes, int rows, long steps, long buildNanos, long runNanos,
                         long discardStartNanos, long runStartNanos, List<PauseRecord> pauses, long cycles,
                         long allocationStalls, long concurrentModeFailures, Histogram gaps, List<Gap> longestGaps,
                         double uptimeMillisAtClockZero, List<HostGcEvents.Event> hostGcs,
                         long recountNanos, long freeChunksAtEnd, long checksum, long mutatorCpuNanos,
                         long mutatorWaitNanos, long[] batchWaitNanos, long[] collectorThreadSched) {

        /** Run-queue wait of the mutator thread during the batch of 1024 steps that held {@code g}, or -1. */
        public long waitDuring(Gap g) {
            return g.batch() < batchWaitNanos.length ? batchWaitNanos[g.batch()] : -1;
        }

        /** Pauses of {@code kind} that began after the build. */
        public List<PauseRecord> pauses(PauseKind kind) {
            List<PauseRecord> list = new ArrayList<>();
            for (PauseRecord p : pauses) {
                if (p.kind() == kind && p.startNanos() >= runStartNanos) {
                    list.add(p);
                }
            }
            return list;
        }

        /** The concurrent collector's cycle pauses (Init Mark, Stack Scan, Remark) after the build; Full is apart. */
        public List<PauseRecord> cyclePauses() {
            List<PauseRecord> list = new ArrayList<>();
            for (PauseRecord p : pauses) {
                if (p.kind() != PauseKind.FULL && p.startNanos() >= runStartNanos) {
                    list.add(p);
                }
            }
            return list;
        }

        /** The cycle pauses of the discarded cycles (after the build, before the measured run). */
        public List<PauseRecord> discardedCyclePauses() {
            List<PauseRecord> list = new ArrayList<>();
            for (PauseRecord p : pauses) {
                if (p.kind() != PauseKind.FULL && p.startNanos() >= discardStartNanos && p.startNanos() < runStartNanos) {
                    list.add(p);
                }
            }
            return list;
        }

        /** The pauses, longest first. */
        public List<PauseRecord> longestPauses(List<PauseRecord> from, int n) {
            List<PauseRecord> sorted = new ArrayList<>(from);
            sorted.sort(Comparator.comparingLong(PauseRecord::durationNanos).reversed());
            return sorted.subList(0, Math.min(n, sorted.size()));
        }

        /** Host collections overlapping {@code [startNanos, startNanos + nanos]} (1 ms slack each side: the beans' resolution). */
        public List<HostGcEvents.Event> hostGcsDuring(long startNanos, long nanos) {
            long from = (long) Math.floor(uptimeMillisAtClockZero + startNanos / 1e6) - 1;
            long to = (long) Math.ceil(uptimeMillisAtClockZero + (startNanos + nanos) / 1e6) + 1;
            List<HostGcEvents.Event> in = new ArrayList<>();
            for (HostGcEvents.Event e : hostGcs) {
                if (e.stopsTheWorld() && e.endMillis() >= from && e.startMillis() <= to) {
                    in.add(e);
                }
            }
            return in;
        }
    }

    /** Counts pauses and their recorded time as they end (on whichever thread ends them). */
    private static final class PauseCounter implements GcListener {
        final AtomicLongArray byKind = new AtomicLongArray(PauseKind.values().length);
        final AtomicLong ended = new AtomicLong();
        final AtomicLong nanos = new AtomicLong();
        final AtomicLong maxRecountNanos = new AtomicLong();
        final AtomicLong chunksAtMaxRecount = new AtomicLong();
        private final MemoryManager mm;
        private final boolean timeRecount;

        PauseCounter(MemoryManager mm, boolean timeRecount) {
            this.mm = mm;
            this.timeRecount = timeRecount;
        }

        @Override
        public void pauseEnded(PauseRecord pause) {
            if (timeRecount) {
                // Once more what pauseEnd just did after its clock read (doubling it: only with --time-recount).
                long t0 = System.nanoTime();
                long chunks = 0;
                for (Space space : mm.heap().spaces()) {
                    chunks += space.fragmentation().freeChunks();
                }
                long t = System.nanoTime() - t0;
                if (t > maxRecountNanos.get()) {
                    maxRecountNanos.set(t);
                    chunksAtMaxRecount.set(chunks);
                }
            }
            byKind.incrementAndGet(pause.kind().ordinal());
            nanos.addAndGet(pause.durationNanos());
            ended.incrementAndGet();
        }
    }

    private PauseRun() {
    }

    /** Runs {@code s}; {@code hostGcs} (may be null) supplies the host collections seen meanwhile. */
    public static Result run(Settings s, HostGcEvents hostGcs) {
        RootSlots roots = new RootSlots();
        MemoryManager mm = MemoryManager.create(new CollectorRegistry(), s.collector(), s.options(), s.heapBytes(),
                roots);
        try {
            return run(s, mm, roots, hostGcs);
        } finally {
            mm.shutdown();
        }
    }

    private static Result run(Settings s, MemoryManager mm, RootSlots roots, HostGcEvents hostGcs) {
        Tricolor tricolor = mm.collector() instanceof Tricolor ? (Tricolor) mm.collector() : null;
        PauseKind cycleEnd = tricolor != null ? PauseKind.REMARK : PauseKind.FULL;
        PauseCounter counter = new PauseCounter(mm, s.timeRecount());
        mm.telemetry().addListener(counter);
        // The telemetry clock is System.nanoTime() minus an origin: find it, and JVM uptime at its zero.
        long clockOffset = mm.telemetry().now() - System.nanoTime();
        double uptimeAtZero = HostGcEvents.uptimeMillis() - (mm.telemetry().now()) / 1e6;

        LiveTable table = new LiveTable(mm, roots, s.liveBytes(), s.seed());
        long t0 = System.nanoTime();
        table.build();
        long buildNanos = System.nanoTime() - t0;
        long cyclesAtStart = counter.byKind.get(cycleEnd.ordinal());
        // The first cycles at a new size run uncounted (steady state, as a benchmark's warm-up iterations): the
        // host JIT meets this size's paths there (an uncommon trap, a recompilation), not in measured pauses.
        long discardFrom = System.nanoTime();
        while (counter.byKind.get(cycleEnd.ordinal()) - cyclesAtStart < s.discardCycles()
                && System.nanoTime() - discardFrom < s.maxNanos()) {
            for (int k = 0; k < 1024; k++) {
                table.step();
            }
        }
        cyclesAtStart = counter.byKind.get(cycleEnd.ordinal());

        Histogram gaps = new Histogram(3);
        PriorityQueue<Gap> longest = new PriorityQueue<>(Comparator.comparingLong(Gap::nanos));
        long start = System.nanoTime();
        long runStart = start + clockOffset;
        long last = start;
        long deadline = start + s.maxNanos();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wait0 = SchedStat.currentThreadWaitNanos();
        long waitBefore = wait0;
        long[] batchWait = new long[1024];
        int batch = 0;
        while (counter.byKind.get(cycleEnd.ordinal()) - cyclesAtStart < s.cycles() && last < deadline) {
            for (int k = 0; k < 1024; k++) {
                Object before = tricolor != null ? tricolor.phase() : null;
                long cycles = tricolor != null ? tricolor.cycles() : 0;
                long stalls = tricolor != null ? tricolor.allocationStalls() : 0;
                long ended = counter.ended.get();
                long paused = counter.nanos.get();
                table.step();
                long now = System.nanoTime();
                long gap = now - last;
                gaps.recordValue(gap);
                if (gap >= GAP_NOTE_NANOS && (longest.size() < TOP || gap > longest.peek().nanos())) {
                    longest.add(new Gap(last + clockOffset, gap, counter.ended.get() - ended,
                            counter.nanos.get() - paused, String.valueOf(before),
                            String.valueOf(tricolor != null ? tricolor.phase() : null),
                            tricolor != null ? tricolor.cycles() - cycles : 0,
                            tricolor != null ? tricolor.allocationStalls() - stalls : 0, batch));
                    if (longest.size() > TOP) {
                        longest.poll();
                    }
                }
                last = now;
            }
            long waitNow = SchedStat.currentThreadWaitNanos();
            if (batch == batchWait.length) {
                batchWait = Arrays.copyOf(batchWait, batch * 2);
            }
            batchWait[batch++] = waitBefore < 0 ? -1 : waitNow - waitBefore;
            waitBefore = waitNow;
        }
        long mutatorCpu = threads.getCurrentThreadCpuTime() - cpu0;
        long mutatorWait = wait0 < 0 ? -1 : SchedStat.currentThreadWaitNanos() - wait0;
        long[] collectorSched = SchedStat.threadNamed("gclab-tricolor-collector");
        long runNanos = last - start;
        long checksum = table.checksum();
        List<PauseRecord> pauses = mm.telemetry().pauses();

        long recount = counter.maxRecountNanos.get();
        long chunks = counter.chunksAtMaxRecount.get();

        List<Gap> gapList = new ArrayList<>(longest);
        gapList.sort(Comparator.comparingLong(Gap::nanos).reversed());
        List<HostGcEvents.Event> host = hostGcs == null ? List.of() : hostGcs.events();
        return new Result(s, table.liveBytes(), table.rows(), table.steps(), buildNanos, runNanos,
                discardFrom + clockOffset, runStart, pauses,
                tricolor != null ? tricolor.cycles() : counter.byKind.get(PauseKind.FULL.ordinal()),
                tricolor != null ? tricolor.allocationStalls() : 0,
                tricolor != null ? tricolor.concurrentModeFailures() : 0,
                gaps, gapList, uptimeAtZero, host, recount, chunks, checksum, mutatorCpu, mutatorWait,
                Arrays.copyOf(batchWait, batch), collectorSched);
    }

    /** Nearest-rank percentile of durations (nanoseconds); 0 for none. */
    public static long percentile(List<PauseRecord> pauses, double percent) {
        if (pauses.isEmpty()) {
            return 0;
        }
        long[] d = pauses.stream().mapToLong(PauseRecord::durationNanos).toArray();
        Arrays.sort(d);
        int rank = (int) Math.ceil(percent / 100.0 * d.length);
        return d[Math.max(0, Math.min(d.length - 1, rank - 1))];
    }

    public static long max(List<PauseRecord> pauses) {
        return pauses.stream().mapToLong(PauseRecord::durationNanos).max().orElse(0);
    }

    public static long maxTtsp(List<PauseRecord> pauses) {
        return pauses.stream().mapToLong(PauseRecord::timeToSafepointNanos).max().orElse(0);
    }

    /** Count per kind, in the enum's order, of {@code pauses}. */
    public static Map<PauseKind, Integer> counts(List<PauseRecord> pauses) {
        Map<PauseKind, Integer> m = new EnumMap<>(PauseKind.class);
        for (PauseRecord p : pauses) {
            m.merge(p.kind(), 1, Integer::sum);
        }
        return m;
    }
}
