package gclab.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.ListStatistics;

/**
 * JMH results as gclab reads them: one {@link Score} per benchmark and parameter combination, from JMH's JSON
 * ({@code -rf json}) or from the results of a run in this process. Secondary results whose unit is {@code #}
 * (JMH's {@code @AuxCounters(EVENTS)}, such as {@link GcCounters}) are recomputed from the iterations' values as
 * their mean and 99.9% confidence interval, because JMH aggregates such counters over iterations by summing
 * them (see {@link GcCounters}); every other score is taken as JMH computed it.
 */
public final class JmhScores {
    /** The unit JMH gives {@code @AuxCounters(EVENTS)} counters. */
    public static final String EVENTS_UNIT = "#";
    /** The confidence level of JMH's score errors. */
    static final double CONFIDENCE = 0.999;

    private JmhScores() {
    }

    /**
     * One metric's figure.
     *
     * @param score   the mean (or JMH's score)
     * @param error   the half-width of its 99.9% confidence interval; NaN when it cannot be computed (one sample)
     * @param unit    as JMH names it ({@code ms/op}, {@code ops/s}, {@code #})
     * @param samples the iterations it is computed from (all forks)
     */
    public record Metric(double score, double error, String unit, long samples) {
        /** The mean and confidence interval of {@code values}, as JMH computes them for a primary score. */
        static Metric ofSamples(List<Double> values, String unit) {
            ListStatistics s = new ListStatistics();
            values.forEach(s::addValue);
            return new Metric(s.getN() == 0 ? Double.NaN : s.getMean(),
                    s.getN() < 2 ? Double.NaN : s.getMeanErrorAt(CONFIDENCE), unit, s.getN());
        }

        /** The error as an error bar: 0 when unknown. */
        public double errorOrZero() {
            return Double.isNaN(error) || Double.isInfinite(error) ? 0 : error;
        }

        /** {@code 12.345 ± 0.678 ms/op}. */
        public String format() {
            return number(score) + (Double.isNaN(error) ? "" : " ± " + number(error)) + " " + unit;
        }
    }

    /**
     * One benchmark with one combination of parameters.
     *
     * @param benchmark the benchmark's full name ({@code gclab.bench.jmh.WorkloadBenchmark.run})
     * @param mode      JMH's mode short name ({@code avgt}, {@code thrpt})
     * @param params    its parameters, in JMH's order
     * @param primary   the primary score
     * @param secondary the secondary results by label, in JMH's order
     */
    public record Score(String benchmark, String mode, Map<String, String> params, Metric primary,
                        Map<String, Metric> secondary) {
        /** {@code WorkloadBenchmark.run}: the class's simple name and the method. */
        public String shortName() {
            String[] parts = benchmark.split("\\.");
            return parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
        }

        /** The metric called {@code name}: {@code primary} or a secondary label; null if there is none. */
        public Metric metric(String name) {
            return name.equals("primary") ? primary : secondary.get(name);
        }
    }

    /** The scores in JMH's JSON result file {@code file}. */
    public static List<Score> readJson(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read " + file + " as JMH's JSON (-rf json): " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not JMH's JSON result (-rf json): it must be an array of benchmarks");
        }
        List<Score> scores = new ArrayList<>();
        for (JsonNode b : root) {
            String benchmark = text(b, "benchmark", file);
            Map<String, String> params = new LinkedHashMap<>();
            JsonNode p = b.get("params");
            if (p != null) {
                p.fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            }
            JsonNode primary = b.get("primaryMetric");
            if (primary == null) {
                throw new IOException(file + ": benchmark " + benchmark + " has no primaryMetric");
            }
            Map<String, Metric> secondary = new LinkedHashMap<>();
            JsonNode sec = b.get("secondaryMetrics");
            if (sec != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = sec.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    secondary.put(e.getKey(), metric(e.getValue()));
                }
            }
            scores.add(new Score(benchmark, b.path("mode").asText(""), params, metric(primary), secondary));
        }
        return scores;
    }

    private static String text(JsonNode node, String field, Path file) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IOException(file + ": a benchmark without '" + field + "': not JMH's JSON result (-rf json)");
        }
        return v.asText();
    }

    /** A metric of the JSON: JMH's score and error, or for an EVENTS counter the mean of its raw data. */
    private static Metric metric(JsonNode m) {
        String unit = m.path("scoreUnit").asText("");
        if (unit.equals(EVENTS_UNIT) && m.has("rawData")) {
            List<Double> values = new ArrayList<>();
            for (JsonNode fork : m.get("rawData")) {
                for (JsonNode v : fork) {
                    values.add(v.asDouble());
                }
            }
            return Metric.ofSamples(values, unit);
        }
        long samples = 0;
        for (JsonNode fork : m.path("rawData")) {
            samples += fork.size();
        }
        return new Metric(number(m.get("score")), number(m.get("scoreError")), unit, samples);
    }

    /** JMH writes "NaN" as a string where a number is not known. */
    private static double number(JsonNode n) {
        if (n == null || n.isNull()) {
            return Double.NaN;
        }
        return n.isNumber() ? n.asDouble() : parseOrNaN(n.asText());
    }

    private static double parseOrNaN(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The scores of a run in this process, as {@link #readJson} would read them from its JSON. */
    public static List<Score> of(Collection<RunResult> results) {
        List<Score> scores = new ArrayList<>();
        for (RunResult r : results) {
            BenchmarkParams bp = r.getParams();
            Map<String, String> params = new LinkedHashMap<>();
            for (String key : bp.getParamsKeys()) {
                params.put(key, bp.getParam(key));
            }
            Result primary = r.getPrimaryResult();
            Map<String, Metric> secondary = new LinkedHashMap<>();
            for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
                Result s = e.getValue();
                if (EVENTS_UNIT.equals(s.getScoreUnit())) {
                    List<Double> values = new ArrayList<>();
                    for (BenchmarkResult fork : r.getBenchmarkResults()) {
                        for (IterationResult it : fork.getIterationResults()) {
                            Result v = it.getSecondaryResults().get(e.getKey());
                            if (v != null) {
                                values.add(v.getScore());
                            }
                        }
                    }
                    secondary.put(e.getKey(), Metric.ofSamples(values, s.getScoreUnit()));
                } else {
                    secondary.put(e.getKey(), new Metric(s.getScore(), s.getScoreError(), s.getScoreUnit(),
                            s.getSampleCount()));
                }
            }
            scores.add(new Score(bp.getBenchmark(), bp.getMode().shortLabel(), params,
                    new Metric(primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                            primary.getSampleCount()), secondary));
        }
        return scores;
    }

    /**
     * A table of the scores that carry {@link GcCounters}: the parameters, the primary score, and each counter's
     * mean per run with its 99.9% confidence interval. Empty if none does.
     */
    public static String countersTable(List<Score> scores) {
        List<Score> withCounters = scores.stream().filter(s -> s.secondary().containsKey("pauses")).toList();
        if (withCounters.isEmpty()) {
            return "";
        }
        List<String> counters = new ArrayList<>();
        for (Score s : withCounters) {
            s.secondary().forEach((k, v) -> {
                if (v.unit().equals(EVENTS_UNIT) && !counters.contains(k)) {
                    counters.add(k);
                }
            });
        }
        List<String> paramKeys = new ArrayList<>();
        withCounters.forEach(s -> s.params().keySet().forEach(k -> {
            if (!paramKeys.contains(k)) {
                paramKeys.add(k);
            }
        }));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("benchmark"));
        header.addAll(paramKeys);
        header.add("score");
        header.addAll(counters);
        rows.add(header);
        for (Score s : withCounters) {
            List<String> row = new ArrayList<>(List.of(s.shortName()));
            paramKeys.forEach(k -> row.add(s.params().getOrDefault(k, "")));
            row.add(s.primary().format());
            for (String c : counters) {
                Metric m = s.secondary().get(c);
                row.add(m == null ? "" : number(m.score()) + (Double.isNaN(m.error()) ? "" : " ± "
                        + number(m.error())));
            }
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                boolean left = i <= paramKeys.size();
                b.append(i == 0 ? "" : "  ").append(left ? String.format("%-" + widths[i] + "s", cell)
                        : String.format("%" + widths[i] + "s", cell));
            }
            b.append(System.lineSeparator());
        }
        return b.toString();
    }

    /** Three significant figures, at least, in a plain decimal form. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        String f = a >= 1000 ? "%.0f" : a >= 100 ? "%.1f" : a >= 10 ? "%.2f" : a >= 1 ? "%.3f" : "%.4f";
        return String.format(Locale.ROOT, f, v);
    }
}
