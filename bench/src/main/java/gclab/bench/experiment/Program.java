package gclab.bench.experiment;

import gclab.bench.UsageException;
import gclab.workloads.Catalog;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * A program to run inside the VM: a bundled workload (whose classes are in the gclab-workloads jar, or in the
 * gclab jar that shades it), or a main class on a class path of the user's.
 *
 * @param workload  the bundled workload's name, or null for a program given by class path
 * @param mainClass the main class's binary name
 * @param classPath the directories and jars to load the program from
 * @param userClassPath the class path as the user wrote it, or null for a bundled workload
 * @param arguments the program's arguments
 */
public record Program(String workload, String mainClass, List<Path> classPath, String userClassPath,
                      List<String> arguments) {
    public Program {
        classPath = List.copyOf(classPath);
        arguments = List.copyOf(arguments);
    }

    /** The workload {@code name} with {@code arguments}, or its catalog defaults if {@code arguments} is empty. */
    public static Program bundled(String name, List<String> arguments) {
        Catalog.Workload w;
        try {
            w = Catalog.byName(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return new Program(w.name(), w.className(), List.of(workloadClasses()), null,
                arguments.isEmpty() ? w.defaultArgs() : arguments);
    }

    /**
     * {@code mainClass} on {@code classPath} (entries separated by the platform's path separator). Checks that
     * every entry is a readable directory or jar and that the main class's file is on it, so that a typing
     * mistake is a usage error before anything runs.
     */
    public static Program onClassPath(String classPath, String mainClass, List<String> arguments) {
        if (classPath.isBlank()) {
            throw new UsageException("--class-path is empty");
        }
        if (mainClass == null || mainClass.isBlank()) {
            throw new UsageException("--class-path needs a MAIN class after it, e.g. gclab run --class-path "
                    + "classes com.example.Main");
        }
        List<Path> entries = new java.util.ArrayList<>();
        for (String part : classPath.split(java.io.File.pathSeparator)) {
            if (part.isEmpty()) {
                continue;
            }
            Path p = Path.of(part);
            if (!Files.exists(p)) {
                throw new UsageException("class path entry '" + part + "' does not exist");
            }
            if (!Files.isReadable(p)) {
                throw new UsageException("class path entry '" + part + "' cannot be read");
            }
            if (Files.isRegularFile(p) && !isJar(p)) {
                throw new UsageException("class path entry '" + part + "' is neither a directory nor a jar");
            }
            entries.add(p);
        }
        String file = mainClass.replace('.', '/') + ".class";
        boolean found = false;
        for (Path p : entries) {
            if (Files.isDirectory(p) ? Files.isRegularFile(p.resolve(file)) : jarHas(p, file)) {
                found = true;
                break;
            }
        }
        if (!found) {
            throw new UsageException("main class " + mainClass + " not found on class path '" + classPath
                    + "' (looked for " + file + ")");
        }
        return new Program(null, mainClass, entries, classPath, arguments);
    }

    private static boolean isJar(Path file) {
        try (ZipFile z = new ZipFile(file.toFile())) {
            return z.size() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean jarHas(Path jar, String file) {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            return z.getEntry(file) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The directory or jar holding the bundled workloads' classes. */
    public static Path workloadClasses() {
        try {
            return Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the workloads' classes", e);
        }
    }

    /** The program's short name: the workload's, or the main class's simple name. */
    public String name() {
        if (workload != null) {
            return workload;
        }
        return mainClass.substring(mainClass.lastIndexOf('.') + 1);
    }

    /** {@code binarytrees 14}: the name and the arguments. */
    public String describe() {
        return arguments.isEmpty() ? name() : name() + " " + String.join(" ", arguments);
    }
}
