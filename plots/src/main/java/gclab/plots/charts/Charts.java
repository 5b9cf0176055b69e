package gclab.plots.charts;

import gclab.heap.telemetry.HeapSnapshot;
import gclab.plots.results.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * The charts, as JFreeChart objects and as PNG files of {@value #WIDTH}x{@value #HEIGHT}. Every chart has a title,
 * axis labels with units, and a legend. Charts read results ({@link RunResult}, {@link HeapSnapshot}), never the
 * VM. Rendering needs no display: run with {@code -Djava.awt.headless=true} where there is none.
 */
public final class Charts {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;

    public static final String PAUSE_TIMELINE_PNG = "pause-timeline.png";
    public static final String PAUSE_PERCENTILES_PNG = "pause-percentiles.png";
    public static final String MMU_PNG = "mmu.png";
    public static final String OCCUPANCY_PNG = "occupancy.png";
    public static final String FRAGMENTATION_PNG = "fragmentation.png";
    public static final String HEAP_MAP_PNG = "heap-map.png";
    public static final String SWEEP_PAUSES_PNG = "sweep-pauses.png";
    public static final String SWEEP_THROUGHPUT_PNG = "sweep-throughput.png";

    private Charts() {
    }

    /** 1. Pause duration against run time, a series per run, log-scale duration. */
    public static JFreeChart pauseTimeline(List<RunResult> runs) {
        return PauseCharts.timeline(runs);
    }

    /** 2. Pause percentile distribution, HdrHistogram style: 50%, 90%, 99%, 99.9%, 99.99% on a log axis. */
    public static JFreeChart pausePercentiles(List<RunResult> runs) {
        return PauseCharts.percentiles(runs);
    }

    /** 3. MMU curves: window on a log axis, a series per run. */
    public static JFreeChart mmu(List<RunResult> runs) {
        return PauseCharts.mmu(runs);
    }

    /** 4. Heap occupancy over time per space (stacked), metaspace and capacity as lines, pauses marked. */
    public static JFreeChart occupancy(RunResult run) {
        return RunCharts.occupancy(run);
    }

    /** 5. External fragmentation and largest free chunk over time, per space. */
    public static JFreeChart fragmentation(RunResult run) {
        return RunCharts.fragmentation(run);
    }

    /** 6. The heap map of {@code snapshot}, titled after the run it was taken in. */
    public static JFreeChart heapMap(HeapSnapshot snapshot, RunResult run) {
        String after = snapshot.pauseId() >= 0 ? " after GC(" + snapshot.pauseId() + ")" : "";
        return HeapMapChart.create(snapshot, RunCharts.title("Heap map" + after, run));
    }

    /** 6. The heap map of {@code snapshot} with the given title. */
    public static JFreeChart heapMap(HeapSnapshot snapshot, String title) {
        return HeapMapChart.create(snapshot, title);
    }

    /** For a sweep: the 99th-percentile and longest pause against heap size, a line per collector. */
    public static JFreeChart sweepPauses(List<RunResult> runs) {
        return SweepCharts.pauses(runs);
    }

    /** For a sweep: the GC share of run time against heap size, a line per collector. */
    public static JFreeChart sweepThroughput(List<RunResult> runs) {
        return SweepCharts.throughput(runs);
    }

    /** Writes {@code chart} as a {@value #WIDTH}x{@value #HEIGHT} PNG. */
    public static void writePng(JFreeChart chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        }
    }

    /**
     * Writes the comparison charts of {@code runs} (pause timeline, pause percentiles, MMU) into {@code dir},
     * created if need be, and returns their paths.
     */
    public static List<Path> writeComparison(Path dir, List<RunResult> runs) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        files.add(write(pauseTimeline(runs), dir.resolve(PAUSE_TIMELINE_PNG)));
        files.add(write(pausePercentiles(runs), dir.resolve(PAUSE_PERCENTILES_PNG)));
        files.add(write(mmu(runs), dir.resolve(MMU_PNG)));
        return files;
    }

    /**
     * Writes the sweep charts of {@code runs} (pauses and throughput against heap size) into {@code dir},
     * created if need be, and returns their paths.
     */
    public static List<Path> writeSweep(Path dir, List<RunResult> runs) throws IOException {
        Files.createDirectories(dir);
        return List.of(write(sweepPauses(runs), dir.resolve(SWEEP_PAUSES_PNG)),
                write(sweepThroughput(runs), dir.resolve(SWEEP_THROUGHPUT_PNG)));
    }

    /**
     * Writes one run's charts (occupancy, fragmentation, and the heap map if {@code snapshot} is not null) into
     * {@code dir}, created if need be, and returns their paths.
     */
    public static List<Path> writeRun(Path dir, RunResult run, HeapSnapshot snapshot) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        files.add(write(occupancy(run), dir.resolve(OCCUPANCY_PNG)));
        files.add(write(fragmentation(run), dir.resolve(FRAGMENTATION_PNG)));
        if (snapshot != null) {
            files.add(write(heapMap(snapshot, run), dir.resolve(HEAP_MAP_PNG)));
        }
        return files;
    }

    private static Path write(JFreeChart chart, Path file) throws IOException {
        writePng(chart, file);
        return file;
    }
}
