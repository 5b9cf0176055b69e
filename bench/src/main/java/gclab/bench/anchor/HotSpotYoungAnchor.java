package gclab.bench.anchor;

import gclab.bench.jmh.CopyRateBenchmark;
import gclab.bench.jmh.YoungHeap;
import gclab.bench.jmh.YoungPauses;
import gclab.bench.synthetic.TreeGraph;
import gclab.heap.telemetry.WorkKind;
import java.io.File;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HotSpot anchor for minor collections: HotSpot Serial's young pause when nothing survives, and when the
 * one-million-object tree of {@link TreeGraph} survives (copied to a survivor space, or promoted), next to
 * gclab's {@code generational} on the same shapes, measured in this process.
 *
 * <p>HotSpot: forks the host {@code java -XX:+UseSerialGC -XX:+AlwaysPreTouch -Xlog:gc,gc+age=trace} on
 * {@link HotSpotYoungProgram} (with this JVM's large-page flags, if any: {@link #pageFlags()}), which announces the ids of the collections whose survivors it knows; the log gives
 * their pauses (and, from the age table, the bytes copied to the survivor space). The generations have gclab's
 * sizes: young 16 MiB (eden 12.8) and old 32 MiB when nothing survives; young 180 MiB with
 * {@code -XX:SurvivorRatio=1} (eden and each survivor 60 MiB) for the tree, plus
 * {@code -XX:MaxTenuringThreshold=0} to promote it. gclab: {@link YoungHeap} rounds, as in
 * {@code MinorGcBenchmark} and {@link CopyRateBenchmark}, after untimed warm-up rounds for the JIT; pauses from
 * the telemetry. Medians; no thresholds. A HotSpot run that fails is reported and skipped.
 *
 * <p>Run: {@code java -cp bench/target/gclab.jar gclab.bench.anchor.HotSpotYoungAnchor [emptyRounds [treeRounds]]}.
 */
public final class HotSpotYoungAnchor {
    private static final Pattern PAUSE =
            Pattern.compile("GC\\((\\d+)\\) Pause Young \\(Allocation Failure\\) .* ([0-9.]+)ms");
    private static final Pattern AGE_1 = Pattern.compile("GC\\((\\d+)\\)\\s+- age\\s+1:\\s+(\\d+) bytes");
    private static final Pattern ANNOUNCED = Pattern.compile("^(empty|tree)-gc (\\d+)$");
    /** Announced HotSpot collections skipped at the start (class loading, first touches, JIT). */
    static final int HOTSPOT_SKIPPED = 5;
    static final int TREE_DEPTH = TreeGraph.MILLION_DEPTH;

    private final int emptyRounds;
    private final int treeRounds;

    public HotSpotYoungAnchor(int emptyRounds, int treeRounds) {
        if (emptyRounds < 1 || treeRounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1");
        }
        this.emptyRounds = emptyRounds;
        this.treeRounds = treeRounds;
    }

    public HotSpotYoungAnchor() {
        this(200, 12);
    }

    public static void main(String[] args) throws InterruptedException {
        int empty = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int tree = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        new HotSpotYoungAnchor(empty, tree).run(new PrintWriter(System.out, true));
    }

    /** One line of the table: a median pause, and the objects and bytes it copied. */
    record Figures(int pauses, double pauseMillis, long objects, long bytes) {
        double objectsPerSecond() {
            return objects / pauseMillis * 1e3;
        }

        double bytesPerSecond() {
            return bytes / pauseMillis * 1e3;
        }
    }

    /** Measures HotSpot and gclab on the three shapes and prints the comparison. */
    public void run(PrintWriter out) throws InterruptedException {
        int nodes = TreeGraph.nodes(TREE_DEPTH);
        out.printf(Locale.ROOT, "%nMinor (young) collections: median pause over the announced collections after the"
                + " first %d (HotSpot,%nfrom its -Xlog:gc log) and over %d / %d rounds after warm-up (gclab, from its"
                + " telemetry).%n%n", HOTSPOT_SKIPPED, emptyRounds, treeRounds);
        out.printf(Locale.ROOT, "%-24s %-52s %6s %10s %12s %12s %8s%n", "case", "collector", "pauses", "pause ms",
                "copied", "Mobjects/s", "GB/s");
        out.flush();
        String hs = "HotSpot Serial ";
        print(out, "nothing survives", hs + "-Xmn16m -Xmx48m", hotspot(List.of("-Xms48m", "-Xmx48m", "-Xmn16m"),
                "empty", emptyRounds + HOTSPOT_SKIPPED, 0, 0));
        print(out, "nothing survives", "gclab generational young 16 MiB, old 32 MiB", gclabEmpty());
        List<String> treeHeap = List.of("-Xms540m", "-Xmx540m", "-Xmn180m", "-XX:SurvivorRatio=1");
        print(out, "1M tree -> survivor", hs + "-Xmn180m -XX:SurvivorRatio=1",
                hotspot(treeHeap, "tree", treeRounds + HOTSPOT_SKIPPED, nodes, HOTSPOT_NODE_BYTES));
        print(out, "1M tree -> survivor", "gclab generational survivor-ratio=1 (eden 60 MiB)",
                gclabTree(false));
        List<String> promoteHeap = new ArrayList<>(treeHeap);
        promoteHeap.add("-XX:MaxTenuringThreshold=0");
        print(out, "1M tree -> old", hs + "... -XX:MaxTenuringThreshold=0",
                hotspot(promoteHeap, "tree", treeRounds + HOTSPOT_SKIPPED, nodes, HOTSPOT_NODE_BYTES));
        print(out, "1M tree -> old", "gclab generational ... tenuring-threshold=0", gclabTree(true));
        out.printf(Locale.ROOT, "%nBytes copied: gclab's words copied x 8 (40-byte nodes); HotSpot's from its age table"
                + " (age 1) where it%nhas one (to a survivor), else nodes x %d bytes (compressed oops: 12-byte header,"
                + " two 4-byte references,%na long). HotSpot's pauses also copy the JDK's own young objects.%n"
                + "Host: %d cores, %s %s.%n", HOTSPOT_NODE_BYTES,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"));
        out.flush();
    }

    /** Bytes of one {@code Node} on a 64-bit HotSpot with compressed oops and class pointers. */
    static final int HOTSPOT_NODE_BYTES = 32;

    private static void print(PrintWriter out, String shape, String collector, Figures f) {
        if (f == null) {
            out.printf(Locale.ROOT, "%-24s %-52s (skipped)%n", shape, collector);
        } else {
            out.printf(Locale.ROOT, "%-24s %-52s %6d %10.3f %12s %12s %8s%n", shape, collector, f.pauses(),
                    f.pauseMillis(), String.format(Locale.ROOT, "%,d", f.objects()),
                    f.objects() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", f.objectsPerSecond() / 1e6),
                    f.objects() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", f.bytesPerSecond() / 1e9));
        }
        out.flush();
    }

    // ---------------------------------------------------------------- HotSpot

    /**
     * Runs {@link HotSpotYoungProgram} under Serial with {@code heapFlags}; null (after saying why) if the run
     * fails. {@code objects} and {@code objectBytes} are what each announced collection copies.
     */
    private Figures hotspot(List<String> heapFlags, String mode, int rounds, long objects, int objectBytes)
            throws InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-XX:+AlwaysPreTouch"));
        command.addAll(pageFlags());
        command.addAll(heapFlags);
        command.addAll(List.of("-Xlog:gc,gc+age=trace", "-cp", System.getProperty("java.class.path"),
                HotSpotYoungProgram.class.getName(), mode, Integer.toString(rounds), Integer.toString(TREE_DEPTH)));
        try {
            List<String> log = ChildJvm.outputLines(command);
            return parseHotSpotLog(log, objects, objectBytes);
        } catch (IllegalStateException e) {
            System.err.println("HotSpot " + mode + " run skipped: " + e.getMessage());
            return null;
        }
    }

    /**
     * This JVM's large-page flags ({@code -XX:+UseTransparentHugePages}, {@code -XX:+UseLargePages}), passed on
     * to HotSpot's run so that both sides of the comparison get the same kind of pages.
     */
    static List<String> pageFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.equals("-XX:+UseTransparentHugePages") || a.equals("-XX:+UseLargePages"))
                .toList();
    }

    /**
     * The median pause of the collections the program announced ({@code empty-gc N} or {@code tree-gc N}),
     * after the first {@link #HOTSPOT_SKIPPED}; each copied {@code objects} of {@code objectBytes}.
     */
    static Figures parseHotSpotLog(List<String> log, long objects, int objectBytes) {
        List<Integer> announced = new ArrayList<>();
        Map<Integer, Double> pauses = new HashMap<>();
        for (String line : log) {
            Matcher m = ANNOUNCED.matcher(line.strip());
            if (m.find()) {
                announced.add(Integer.parseInt(m.group(2)));
            }
            m = PAUSE.matcher(line);
            if (m.find()) {
                pauses.put(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)));
            }
        }
        Set<Integer> measured = new HashSet<>(announced.subList(Math.min(HOTSPOT_SKIPPED, announced.size()),
                announced.size()));
        Map<Integer, Long> ageOne = ageOneBytes(log);
        List<Double> millis = new ArrayList<>();
        List<Double> copied = new ArrayList<>();
        for (int id : measured) {
            Double pause = pauses.get(id);
            if (pause != null) {
                millis.add(pause);
                if (ageOne.containsKey(id)) {
                    copied.add((double) ageOne.get(id));
                }
            }
        }
        if (millis.isEmpty()) {
            throw new IllegalStateException("no announced young pauses after the first " + HOTSPOT_SKIPPED
                    + " in HotSpot's log");
        }
        long bytes = objects == 0 || copied.size() < millis.size() ? objects * objectBytes : (long) median(copied);
        return new Figures(millis.size(), median(millis), objects, bytes);
    }

    /** Bytes at age 1 in the age table of each collection: what it copied to the survivor space. */
    private static Map<Integer, Long> ageOneBytes(List<String> log) {
        Map<Integer, Long> bytes = new HashMap<>();
        for (String line : log) {
            Matcher m = AGE_1.matcher(line);
            if (m.find()) {
                bytes.put(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
            }
        }
        return bytes;
    }

    // ---------------------------------------------------------------- gclab

    Figures gclabEmpty() {
        YoungHeap heap = new YoungHeap(16 * YoungHeap.MIB, 32 * YoungHeap.MIB, Map.of());
        heap.fillOld(16 * YoungHeap.MIB);
        for (int i = 0; i < 2 * emptyRounds; i++) {
            heap.minorCollection(-1);
        }
        YoungPauses pauses = new YoungPauses();
        for (int i = 0; i < emptyRounds; i++) {
            pauses.add(heap.minorCollection(-1));
        }
        return figures(pauses);
    }

    Figures gclabTree(boolean promote) {
        YoungHeap heap = CopyRateBenchmark.heapFor(TREE_DEPTH, promote, "breadth-first");
        YoungPauses pauses = new YoungPauses();
        for (int i = 0; i < 2 * treeRounds; i++) {
            CopyRateBenchmark.prepareRound(heap, TREE_DEPTH);
            heap.trigger();
            var pause = heap.collected();
            if (i >= treeRounds) {
                pauses.add(pause);
            }
        }
        return figures(pauses);
    }

    private static Figures figures(YoungPauses pauses) {
        var work = pauses.workPerPause();
        if (work == null) {
            throw new IllegalStateException("gclab's minor collections did different work: " + pauses.summary());
        }
        return new Figures(pauses.count(), pauses.percentileNanos(50) / 1e6, work.get(WorkKind.OBJECTS_COPIED),
                work.get(WorkKind.WORDS_COPIED) * 8);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
