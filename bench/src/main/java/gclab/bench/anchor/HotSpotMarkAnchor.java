package gclab.bench.anchor;

import gclab.bench.synthetic.TreeGraph;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSlots;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.PhaseRecord;
import gclab.heap.telemetry.WorkKind;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HotSpot anchor: how fast HotSpot's Serial collector marks the one-million-object tree of
 * {@link TreeGraph}, next to how fast gclab's marksweep marks the same tree in its simulated heap.
 *
 * <p>HotSpot: forks the host {@code java} with {@code -XX:+UseSerialGC -Xlog:gc,gc+phases} on
 * {@link HotSpotTreeProgram}, which builds the tree and calls {@code System.gc()} a few times; the log gives
 * each full collection's pause and its "Phase 1: Mark live objects" time. gclab: in this process, marksweep
 * ({@code compact=never}) on a 64 MiB heap holding the same tree, {@code System.gc()} repeated; the telemetry
 * gives each pause and its "mark" phase. Both report the median over the collections after the first (and,
 * for gclab, after a JIT warm-up). No thresholds: figures only.
 *
 * <p>Run: {@code java -cp bench/target/gclab.jar gclab.bench.anchor.HotSpotMarkAnchor [depth] [collections]}.
 */
public final class HotSpotMarkAnchor {
    private static final Pattern PAUSE =
            Pattern.compile("GC\\((\\d+)\\) Pause Full \\(System\\.gc\\(\\)\\) .* ([0-9.]+)ms");
    private static final Pattern MARK = Pattern.compile("GC\\((\\d+)\\) Phase 1: Mark live objects ([0-9.]+)ms");

    private final int depth;
    private final int collections;

    public HotSpotMarkAnchor(int depth, int collections) {
        if (depth < 1 || depth > 22 || collections < 2) {
            throw new IllegalArgumentException("depth must be 1..22 and collections at least 2");
        }
        this.depth = depth;
        this.collections = collections;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int depth = args.length > 0 ? Integer.parseInt(args[0]) : TreeGraph.MILLION_DEPTH;
        int collections = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        PrintWriter out = new PrintWriter(System.out, true);
        new HotSpotMarkAnchor(depth, collections).run(out);
    }

    /** Measures both, in both allocation orders, and prints the comparison. */
    public void run(PrintWriter out) throws IOException, InterruptedException {
        int nodes = TreeGraph.nodes(depth);
        out.printf(Locale.ROOT, "Mark rate on a complete binary tree of depth %d (%,d nodes {Node left, right; long"
                + " item}),%nmedian over %d collections after the first; HotSpot from its -Xlog:gc,gc+phases log"
                + " (Phase 1 = mark),%ngclab from its telemetry (phase \"mark\"), measured in this process.%n%n",
                depth, nodes, collections - 1);
        out.printf(Locale.ROOT, "%-10s %-40s %12s %9s %9s %12s %12s%n", "order", "collector", "objects", "mark ms",
                "pause ms", "mark Mobj/s", "pause Mobj/s");
        out.flush();
        for (TreeGraph.Order order : TreeGraph.Order.values()) {
            Figures hotspot = measureHotSpot(order);
            Figures gclab = measureGclab(order);
            String o = order.name().toLowerCase(Locale.ROOT);
            print(out, o, "HotSpot Serial (-XX:+UseSerialGC)", nodes, hotspot, "+");
            print(out, o, "gclab marksweep compact=never (64 MiB)", nodes, gclab, "");
            out.printf(Locale.ROOT, "%-10s gclab marks at %.2fx HotSpot Serial's rate%n", o,
                    hotspot.markMillis / gclab.markMillis);
            out.flush();
        }
        out.printf(Locale.ROOT, "%n(+) HotSpot also marks the JDK's own objects, and its Phase 1 also scans the"
                + " JVM's roots and%nprocesses references; gclab's mark is the shared Tracer over a long[] heap. The"
                + " pauses differ in kind:%nSerial's full collection compacts (phases 2-4), gclab's marksweep"
                + " compact=never sweeps.%n");
        out.printf(Locale.ROOT, "Host: %d cores, %s %s.%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
        out.flush();
    }

    private static void print(PrintWriter out, String order, String name, int nodes, Figures f, String note) {
        out.printf(Locale.ROOT, "%-10s %-40s %12s %9.2f %9.2f %12.1f %12.1f%n", order, name,
                String.format(Locale.ROOT, "%,d%s", nodes, note), f.markMillis, f.pauseMillis,
                nodes / f.markMillis / 1e3, nodes / f.pauseMillis / 1e3);
    }

    /** Median mark-phase and pause times of one collector, in milliseconds. */
    record Figures(double markMillis, double pauseMillis) {
    }

    Figures measureHotSpot(TreeGraph.Order order) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = List.of(java, "-XX:+UseSerialGC", "-Xms512m", "-Xmx512m", "-Xlog:gc,gc+phases",
                "-cp", System.getProperty("java.class.path"), HotSpotTreeProgram.class.getName(),
                Integer.toString(depth), Integer.toString(collections), order.name().toLowerCase(Locale.ROOT));
        List<String> log = ChildJvm.outputLines(command);
        return parseHotSpotLog(log);
    }

    /** The medians of the full-GC pauses and Phase 1 times in a Serial {@code -Xlog:gc,gc+phases} log. */
    static Figures parseHotSpotLog(List<String> log) {
        List<Double> pauses = new ArrayList<>();
        List<Double> marks = new ArrayList<>();
        for (String line : log) {
            Matcher m = PAUSE.matcher(line);
            if (m.find() && Integer.parseInt(m.group(1)) > 0) {
                pauses.add(Double.parseDouble(m.group(2)));
            }
            m = MARK.matcher(line);
            if (m.find() && Integer.parseInt(m.group(1)) > 0) {
                marks.add(Double.parseDouble(m.group(2)));
            }
        }
        if (pauses.isEmpty() || marks.isEmpty()) {
            throw new IllegalStateException("no full-GC pauses or mark phases after GC(0) in HotSpot's log");
        }
        return new Figures(median(marks), median(pauses));
    }

    Figures measureGclab(TreeGraph.Order order) {
        RootSlots roots = new RootSlots();
        MemoryManager mm = MemoryManager.create(new CollectorRegistry(), "marksweep", Map.of("compact", "never"),
                64L << 20, roots);
        roots.add(new TreeGraph(mm).build(depth, order));
        int warmup = 20;
        for (int i = 0; i < warmup + collections; i++) {
            mm.systemGc();
        }
        List<Double> pauses = new ArrayList<>();
        List<Double> marks = new ArrayList<>();
        List<PauseRecord> records = mm.telemetry().pauses();
        for (PauseRecord pause : records.subList(warmup + 1, records.size())) {
            pauses.add(pause.durationNanos() / 1e6);
            for (PhaseRecord phase : pause.phases()) {
                if (phase.name().equals("mark")) {
                    if (phase.work().get(WorkKind.OBJECTS_MARKED) != TreeGraph.nodes(depth)) {
                        throw new IllegalStateException("gclab marked " + phase.work().get(WorkKind.OBJECTS_MARKED)
                                + " objects, not the tree's " + TreeGraph.nodes(depth));
                    }
                    marks.add(phase.durationNanos() / 1e6);
                }
            }
        }
        return new Figures(median(marks), median(pauses));
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
