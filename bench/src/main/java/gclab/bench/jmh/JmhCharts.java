package gclab.bench.jmh;

import gclab.plots.charts.BarCharts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bar charts of JMH scores ({@code gclab plot --jmh}): for each benchmark and each chosen metric, grouped bars
 * with a bar per collector (the {@code collector} parameter; the benchmark's name where it has none) in a group
 * per combination of its other parameters that vary (workload, heap, ...), each with an error bar of the
 * 99.9% confidence interval.
 */
public final class JmhCharts {
    /** The primary score's name among the metrics. */
    public static final String PRIMARY = "primary";
    /** The metrics drawn when none are named: the primary score, and total and longest pause where measured. */
    public static final List<String> DEFAULT_METRICS = List.of(PRIMARY, "pauseTotalMs", "pauseMaxMs");

    private JmhCharts() {
    }

    /** The bars of {@code metric} of {@code scores} (one benchmark's); scores without that metric are left out. */
    public static List<BarCharts.Bar> bars(List<JmhScores.Score> scores, String metric) {
        List<String> varying = groupedBy(scores);
        List<BarCharts.Bar> bars = new ArrayList<>();
        for (JmhScores.Score s : scores) {
            JmhScores.Metric m = s.metric(metric);
            if (m == null || Double.isNaN(m.score())) {
                continue;
            }
            String series = s.params().getOrDefault("collector", s.shortName());
            List<String> parts = new ArrayList<>();
            for (String key : varying) {
                parts.add(s.params().getOrDefault(key, "-"));
            }
            bars.add(new BarCharts.Bar(series, parts.isEmpty() ? "all" : String.join(" ", parts), m.score(),
                    m.errorOrZero()));
        }
        return bars;
    }

    /** The names of the parameters that vary among {@code scores}, other than collector: the groups' legend. */
    static List<String> groupedBy(List<JmhScores.Score> scores) {
        List<String> keys = new ArrayList<>();
        for (JmhScores.Score s : scores) {
            for (String key : s.params().keySet()) {
                if (!key.equals("collector") && !keys.contains(key)
                        && scores.stream().map(o -> o.params().get(key)).distinct().count() > 1) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** The scores by benchmark ({@link JmhScores.Score#shortName()}), in order. */
    public static Map<String, List<JmhScores.Score>> byBenchmark(List<JmhScores.Score> scores) {
        Map<String, List<JmhScores.Score>> by = new LinkedHashMap<>();
        scores.forEach(s -> by.computeIfAbsent(s.shortName(), k -> new ArrayList<>()).add(s));
        return by;
    }

    /**
     * Writes a chart per benchmark and metric of {@code metrics} that it has into {@code dir}:
     * {@code jmh-<Benchmark>.<method>-<metric>.png}; returns the files.
     */
    public static List<Path> write(Path dir, List<JmhScores.Score> scores, List<String> metrics) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, List<JmhScores.Score>> e : byBenchmark(scores).entrySet()) {
            for (String metric : metrics) {
                List<BarCharts.Bar> bars = bars(e.getValue(), metric);
                if (bars.isEmpty()) {
                    continue;
                }
                JmhScores.Metric first = e.getValue().stream().map(s -> s.metric(metric))
                        .filter(m -> m != null).findFirst().orElseThrow();
                String unit = first.unit().equals(JmhScores.EVENTS_UNIT) ? "mean per operation" : first.unit();
                String name = metric.equals(PRIMARY) ? "score" : metric;
                List<String> groups = groupedBy(e.getValue());
                String title = e.getKey() + ": " + name + (metric.equals(PRIMARY) ? " (" + first.unit() + ")" : "");
                String subtitle = "JMH, mean ± 99.9% confidence interval over " + first.samples()
                        + " measurement iterations; bars: "
                        + (e.getValue().get(0).params().containsKey("collector") ? "collector" : "benchmark")
                        + (groups.isEmpty() ? "" : "; groups: " + String.join(" ", groups));
                Path file = dir.resolve(("jmh-" + e.getKey() + "-" + name + ".png").replaceAll("[^A-Za-z0-9._-]",
                        "_"));
                files.add(BarCharts.writeGroupedBars(file, title, subtitle, groups.isEmpty() ? ""
                        : String.join(" ", groups), name + " (" + unit + ")", bars));
            }
        }
        return files;
    }
}
