package gclab.bench;

import gclab.bench.experiment.Program;
import gclab.workloads.Catalog;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The program to run: {@code -w WORKLOAD} or {@code --class-path PATH MAIN}, then its arguments. */
final class ProgramOptions {
    /** The workload of {@code gclab compare} and {@code gclab sweep} without -w. */
    static final String DEFAULT_WORKLOAD = "binarytrees";
    /** Its arguments: a tree of depth 14 runs in about a second per collector (the catalog's 16 takes longer). */
    static final List<String> DEFAULT_ARGUMENTS = List.of("14");

    @Option(names = {"-w", "--workload"}, paramLabel = "WORKLOAD",
            description = "a bundled workload (see gclab list)")
    String workload;

    @Option(names = "--class-path", paramLabel = "PATH",
            description = "directories and jars (separated by '${sys:path.separator}') of your own program; the"
                    + " first parameter is then its MAIN class")
    String classPath;

    @Option(names = "--small", description = "run the workload with its small arguments (the catalog's, about a"
            + " second inside gclab) instead of its defaults")
    boolean small;

    @Parameters(paramLabel = "ARGS", description = "with --class-path: MAIN, then the program's arguments; with -w:"
            + " the workload's arguments (default: the catalog's). Put them after '--' if they start with '-'.")
    List<String> parameters = new ArrayList<>();

    /** True if neither -w nor --class-path was given. */
    boolean absent() {
        return workload == null && classPath == null;
    }

    /** The programs named: one, or with {@code allowList} one per comma-separated workload. */
    List<Program> resolve(boolean allowList) {
        if (workload != null && classPath != null) {
            throw new UsageException("give either -w WORKLOAD or --class-path PATH MAIN, not both");
        }
        if (classPath != null) {
            if (small) {
                throw new UsageException("--small applies to bundled workloads (-w), not to --class-path");
            }
            String main = parameters.isEmpty() ? null : parameters.get(0);
            List<String> args = parameters.isEmpty() ? List.of() : parameters.subList(1, parameters.size());
            return List.of(Program.onClassPath(classPath, main, args));
        }
        if (workload == null) {
            return List.of(Program.bundled(DEFAULT_WORKLOAD, parameters.isEmpty() && !small ? DEFAULT_ARGUMENTS
                    : arguments(DEFAULT_WORKLOAD)));
        }
        String[] names = workload.split(",", -1);
        if (names.length > 1 && !allowList) {
            throw new UsageException("-w takes one workload here, got '" + workload + "'");
        }
        if (names.length > 1 && !parameters.isEmpty()) {
            throw new UsageException("program arguments apply to one workload; with several, each runs with its"
                    + " defaults (or --small)");
        }
        List<Program> programs = new ArrayList<>();
        for (String name : names) {
            if (name.isBlank()) {
                throw new UsageException("empty workload name in '" + workload + "'");
            }
            Program p = Program.bundled(name.trim(), List.of()); // checks the name
            Program withArgs = Program.bundled(p.workload(), arguments(p.workload()));
            if (programs.contains(withArgs)) {
                throw new UsageException("workload '" + name.trim() + "' is given twice");
            }
            programs.add(withArgs);
        }
        return programs;
    }

    private List<String> arguments(String name) {
        if (!parameters.isEmpty()) {
            return parameters;
        }
        return small ? Catalog.byName(name).smallArgs() : List.of();
    }
}
