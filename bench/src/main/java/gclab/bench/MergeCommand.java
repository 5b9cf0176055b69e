package gclab.bench;

import gclab.bench.experiment.Measurement;
import gclab.bench.experiment.Report;
import gclab.bench.experiment.RunFiles;
import gclab.plots.results.ResultFiles;
import gclab.plots.results.ResultJson;
import gclab.plots.results.RunResult;
import gclab.plots.results.SummaryCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gclab merge}: result directories (shards of a sweep, several comparisons) joined into one. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Joins result directories (e.g. the shards of a sweep) into one.",
        customSynopsis = "gclab merge DIR... --out DIR [--no-charts]",
        description = "Finds every run directory (one holding result.json) under each DIR, copies it into --out at"
                + " the same relative path, re-reads every result.json, prints the comparison table of all the"
                + " runs, and writes summary.csv and the charts (against heap size if the runs have several, else"
                + " side by side). Runs of the same program that completed must have printed the same"
                + " (stdout.txt); a difference is reported with exit status 1. Exit status 2 for a mistake in the"
                + " arguments, such as two runs landing on the same path.")
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "result directories to join")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the directory to join them into")
    Path out;

    @Option(names = "--no-charts", description = "write summary.csv but no charts")
    boolean noCharts;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Map<Path, Path> copies = new LinkedHashMap<>(); // target -> source
        for (Path input : inputs) {
            for (Path runDir : runDirectories(input)) {
                Path target = out.resolve(input.relativize(runDir));
                Path earlier = copies.putIfAbsent(target.normalize(), runDir);
                if (earlier != null) {
                    throw new UsageException("two runs would be merged into " + target + ": " + earlier + " and "
                            + runDir);
                }
            }
        }
        Path root = OutputDirs.prepare(out);
        List<RunResult> results = new ArrayList<>();
        List<SummaryCsv.Row> rows = new ArrayList<>();
        Map<String, String[]> outputs = new LinkedHashMap<>(); // program -> {first output, its directory}
        int mismatches = 0;
        for (Map.Entry<Path, Path> e : copies.entrySet()) {
            Path target = e.getKey();
            Path source = e.getValue();
            RunResult r = read(source);
            if (!Files.exists(target.resolve(ResultFiles.RESULT_JSON)) || !Files.isSameFile(source, target)) {
                copyFiles(source, target);
            }
            results.add(r);
            rows.add(new SummaryCsv.Row(r, runNumber(source), SummaryCsv.Row.FORK_UNKNOWN));
            String stdoutText = RunFiles.readStdout(source);
            boolean vmFailure = Measurement.vmFailed(r);
            if (stdoutText != null && !vmFailure && !Measurement.ranOutOfMemory(r)) {
                String key = r.inputs().mainClass() + " " + String.join(" ", r.inputs().arguments());
                String[] first = outputs.putIfAbsent(key, new String[] {stdoutText,
                    Integer.toString(r.outcome().exitStatus()), source.toString()});
                String difference = first == null ? null : Report.difference(first[0], Integer.parseInt(first[1]),
                        stdoutText, r.outcome().exitStatus());
                if (difference != null) {
                    if (mismatches++ == 0) {
                        stderr.println("gclab: OUTPUT MISMATCH: runs of the same program printed different things"
                                + " or ended differently:");
                    }
                    stderr.println("gclab:   " + source + " against " + first[2] + ": " + difference);
                }
            }
        }
        List<Path> files = new ArrayList<>(List.of(ResultFiles.writeSummary(root, rows)));
        if (!noCharts) {
            files.addAll(Commands.writeCharts(root, results));
        }
        printTable(stdout, results);
        stdout.println("Merged " + results.size() + " runs from " + inputs.size() + " director"
                + (inputs.size() == 1 ? "y" : "ies") + " into " + root + "; wrote " + String.join(", ",
                files.stream().map(f -> f.getFileName().toString()).toList()));
        stdout.flush();
        stderr.flush();
        return mismatches == 0 ? 0 : 1;
    }

    /**
     * The comparison table of {@code results}, as {@code gclab compare} or {@code gclab sweep} printed it (with
     * the program and heap of each row if the runs have more than one), and its legend.
     */
    static void printTable(PrintWriter stdout, List<RunResult> results) {
        boolean cells = results.stream().map(r -> Report.describeProgram(r) + " " + r.inputs().heapBytes())
                .distinct().count() > 1;
        stdout.println();
        stdout.print(Report.tableOf(results, cells));
        stdout.println();
        stdout.println(Report.legend());
        stdout.println();
    }

    /**
     * The number of the run in directory {@code dir} among its configuration's runs, as {@code gclab compare}
     * numbers them: {@code <config>/<n>/} is run n; any other run directory is a configuration's only run, 1. (Which
     * child JVM of {@code --fork} made it, a run directory does not record.)
     */
    static int runNumber(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName(); // null for a file system's root
        return name != null && name.toString().matches("[1-9][0-9]{0,8}") ? Integer.parseInt(name.toString()) : 1;
    }

    /** The run directories under {@code dir}; a usage error if it is not a directory or holds none. */
    static List<Path> runDirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("'" + dir + "' is not a directory");
        }
        List<Path> runs = ResultFiles.findRunDirectories(dir);
        if (runs.isEmpty()) {
            throw new UsageException("no run directory (with " + ResultFiles.RESULT_JSON + ") under '" + dir + "'");
        }
        return runs;
    }

    /** The result in run directory {@code dir}; a malformed file is a usage error naming it. */
    static RunResult read(Path dir) throws IOException {
        try {
            return ResultFiles.readRun(dir);
        } catch (ResultJson.ResultFormatException e) {
            throw new UsageException("cannot read " + dir.resolve(ResultFiles.RESULT_JSON) + ": " + e.getMessage());
        }
    }

    /** Copies the files (not the subdirectories) of {@code from} into {@code to}. */
    private static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
