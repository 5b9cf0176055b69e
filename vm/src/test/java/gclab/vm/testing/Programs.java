package gclab.vm.testing;

import gclab.heap.spi.CollectorFactory;
import gclab.vm.Vm;
import gclab.vm.VmExit;
import gclab.vm.VmOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Runs the same Java program two ways: compiled by javac at test time (or taken from a directory of class
 * files) and run on the host JVM with its System.out captured, and run inside gclab. The outputs are compared
 * by the tests.
 */
public final class Programs {
    private static final Object HOST_OUTPUT_LOCK = new Object();

    private Programs() {
    }

    /** What a run printed and how it ended. */
    public record Run(String out, String err, int status) {
    }

    /** Compiles {@code sources} (class name to source text) into a fresh directory under {@code dir}. */
    public static Path compile(Path dir, Map<String, String> sources, String... javacOptions) {
        try {
            Path src = Files.createTempDirectory(dir, "src");
            Path out = Files.createTempDirectory(dir, "classes");
            List<String> args = new ArrayList<>(List.of("--release", "17", "-g", "-d", out.toString()));
            args.addAll(List.of(javacOptions));
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            int rc = javac.run(null, diagnostics, diagnostics, args.toArray(new String[0]));
            if (rc != 0) {
                throw new IllegalStateException("javac failed:\n" + diagnostics.toString(StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code mainClass} from {@code classes} on the host JVM; System.out and System.err are captured. */
    public static Run runOnHost(Path classes, String mainClass, String... args) {
        synchronized (HOST_OUTPUT_LOCK) {
            PrintStream oldOut = System.out;
            PrintStream oldErr = System.err;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = 0;
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    Programs.class.getClassLoader())) {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                Method main = loader.loadClass(mainClass).getMethod("main", String[].class);
                try {
                    main.invoke(null, (Object) args);
                } catch (InvocationTargetException e) {
                    status = 1;
                    System.err.print("Exception in thread \"main\" ");
                    e.getCause().printStackTrace();
                }
            } catch (IOException | ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            } finally {
                System.out.flush();
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
            return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
        }
    }

    /** Runs {@code mainClass} from {@code classPath} in gclab. */
    public static Run runInGclab(VmOptions options, String mainClass, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        options.out(new PrintStream(out, true, StandardCharsets.UTF_8));
        options.err(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (Vm vm = new Vm(options)) {
            VmExit exit = vm.run(mainClass, args);
            return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit.status());
        }
    }

    /** Options for {@code factory} with {@code classPath} and a heap of {@code heapBytes}. */
    public static VmOptions options(CollectorFactory factory, Path classPath, long heapBytes) {
        return new VmOptions(factory).classPath(classPath).heapBytes(heapBytes);
    }
}
