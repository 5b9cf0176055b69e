package gclab.bench;

import gclab.bench.demo.CollectorConfig;
import gclab.bench.experiment.Cell;
import gclab.bench.experiment.Measurement;
import gclab.bench.experiment.Program;
import gclab.bench.experiment.Report;
import gclab.bench.experiment.RunFiles;
import gclab.bench.experiment.Runner;
import gclab.bench.experiment.Sizes;
import gclab.heap.spi.CollectorRegistry;
import gclab.plots.results.ResultFiles;
import gclab.plots.results.RunResult;
import gclab.plots.results.SummaryCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gclab sweep}: the grid of workloads x heap sizes x collectors, or one shard of it. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Runs a grid of heap sizes x collectors (x workloads), or one shard of it.",
        customSynopsis = "gclab sweep [-w W[,W...] | --class-path PATH MAIN] [-c all | a,b,c] [--heaps SIZE,SIZE...]"
                + " [--shard i/n] [--warmup N] [--out DIR] [-- ARGS...]",
        description = {"Every cell (one program, one heap size, one collector configuration) is an independent run;"
                + " cells are numbered workload by workload, heap by heap, collector by collector. --shard i/n runs"
                + " only every n-th cell starting at cell i, so that n machines can share a grid; 'gclab merge'"
                + " joins their directories afterwards.",
                "Progress goes to stderr: a bar when stderr is a terminal, else one line per cell. Each cell's"
                + " files go to DIR/<workload>/<heap>/<collector>/; summary.csv and the sweep charts (pauses and GC"
                + " share against heap size) to DIR. Exit status: 0, 1 for an output mismatch or a VM failure, 2"
                + " for a mistake in the arguments."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    ProgramOptions program;

    @Option(names = {"-c", "--collectors"}, paramLabel = "LIST", defaultValue = "all",
            description = "'all', or a comma-separated list of configurations name[:key=value...] (default:"
                    + " ${DEFAULT-VALUE})")
    String collectors;

    @Option(names = "--heaps", paramLabel = "SIZES", defaultValue = "8m,16m,32m",
            description = "comma-separated heap sizes, each bytes with an optional k, m or g suffix (default:"
                    + " ${DEFAULT-VALUE})")
    String heaps;

    @Option(names = "--shard", paramLabel = "i/n", defaultValue = "0/1",
            description = "run cells i, i+n, i+2n, ... of the grid, 0 <= i < n (default: ${DEFAULT-VALUE}, all)")
    String shard;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "untimed runs of each configuration (first program, first heap size) before the grid,"
                    + " to warm up the host JIT (default: ${DEFAULT-VALUE})")
    int warmup;

    @Mixin
    RunSwitches switches;

    @Option(names = "--out", paramLabel = "DIR", description = "directory for the results (default:"
            + " gclab-out/<timestamp>/ in the working directory)")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        switches.check();
        int[] sh = parseShard(shard);
        if (warmup < 0 || warmup > 1000) {
            throw new UsageException("--warmup must be from 0 to 1000, got " + warmup);
        }
        List<Long> heapSizes = parseHeaps(heaps);
        CollectorRegistry registry = new CollectorRegistry();
        List<Program> programs = program.resolve(true);
        List<CollectorConfig> configs = Commands.configs(registry, collectors);
        Path root = OutputDirs.prepare(out != null ? out : main.defaultOutput());

        List<Cell> grid = new ArrayList<>();
        for (Program p : programs) {
            for (long heap : heapSizes) {
                for (CollectorConfig c : configs) {
                    grid.add(switches.cell(p, c, heap));
                }
            }
        }
        List<Cell> mine = new ArrayList<>();
        for (int i = sh[0]; i < grid.size(); i += sh[1]) {
            mine.add(grid.get(i));
        }
        stdout.printf("gclab sweep: %d program(s) x %d heap size(s) x %d collector configuration(s) = %d cells%s%n",
                programs.size(), heapSizes.size(), configs.size(), grid.size(),
                sh[1] == 1 ? "" : "; shard " + sh[0] + "/" + sh[1] + " runs " + mine.size() + " of them");
        stdout.flush();

        Runner runner = new Runner(registry);
        if (!mine.isEmpty()) {
            for (int w = 0; w < warmup; w++) {
                for (CollectorConfig c : configs) {
                    runner.run(switches.cell(programs.get(0), c, heapSizes.get(0)), null, null);
                }
            }
        }
        Progress progress = new Progress(stderr, main.stderrIsTerminal(), true, mine.size());
        List<Measurement> runs = new ArrayList<>();
        for (Cell cell : mine) {
            progress.starting(cell.describe());
            Measurement m = runner.run(cell, null, null);
            progress.finished(m);
            Commands.writeRun(cellDirectory(root, cell), m, !switches.noCharts);
            runs.add(m);
        }
        if (!runs.isEmpty()) {
            stdout.println();
            stdout.print(Report.table(runs, true));
            stdout.println();
            stdout.println(Report.legend());
            stdout.println();
        }
        int status = Commands.check(main, runs, null, stdout, stderr);
        List<RunResult> results = runs.stream().map(Measurement::result).toList();
        ResultFiles.writeSummary(root, results.stream().map(SummaryCsv.Row::single).toList()); // one run a cell
        if (!switches.noCharts) {
            Commands.writeCharts(root, results);
        }
        stdout.println("Wrote " + runs.size() + " run directories" + (switches.noCharts ? " and summary.csv"
                : ", summary.csv and the sweep charts") + " to " + root);
        stdout.flush();
        return status;
    }

    /** {@code DIR/<workload>/<heap>/<collector>/}. */
    static Path cellDirectory(Path root, Cell cell) {
        return root.resolve(RunFiles.directoryName(cell.program())).resolve(Sizes.format(cell.heapBytes()))
                .resolve(RunFiles.directoryName(cell.config()));
    }

    /** {@code i/n} as {i, n}, with 0 <= i < n. */
    static int[] parseShard(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length == 2) {
            try {
                int i = Integer.parseInt(parts[0].trim());
                int n = Integer.parseInt(parts[1].trim());
                if (n >= 1 && i >= 0 && i < n) {
                    return new int[] {i, n};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new UsageException("bad --shard '" + text + "': write i/n with 0 <= i < n, e.g. 0/4 for the first of"
                + " four shards");
    }

    /** {@code 8m,16m} as bytes, each checked as --heap is. */
    static List<Long> parseHeaps(String text) {
        List<Long> sizes = new ArrayList<>();
        HeapSizeConverter converter = new HeapSizeConverter();
        for (String part : text.split(",", -1)) {
            if (part.isBlank()) {
                throw new UsageException("empty heap size in --heaps '" + text + "'");
            }
            long bytes;
            try {
                bytes = converter.convert(part.trim());
            } catch (picocli.CommandLine.TypeConversionException e) {
                throw new UsageException(e.getMessage());
            }
            if (sizes.contains(bytes)) {
                throw new UsageException("heap size " + part.trim() + " is given twice in --heaps");
            }
            sizes.add(bytes);
        }
        return sizes;
    }
}
