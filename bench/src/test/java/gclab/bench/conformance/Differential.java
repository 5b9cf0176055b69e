package gclab.bench.conformance;

import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.OptionSpec;
import gclab.vm.Vm;
import gclab.vm.VmExit;
import gclab.vm.VmOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the differential tests share: the collector configurations to run (every registered collector with
 * its defaults, and once more for each other value of each of its choice options, one option changed at a
 * time), a run inside gclab with the verifier on, and a run on the host JVM, in this JVM, with System.out
 * captured — the oracle.
 */
final class Differential {
    private Differential() {
    }

    /** One collector configuration: a factory and the options that differ from its defaults. */
    record Config(CollectorFactory factory, Map<String, String> options) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(factory.name());
            options.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
            return b.toString();
        }
    }

    /** What a run inside gclab printed, how it ended, and how many pauses it had. */
    record Result(VmExit exit, String out, String err, int pauses) {
    }

    /**
     * Every registered collector's configurations: its defaults, and each other value of each choice option alone
     * (collectors added later join automatically); besides, tricolor's dijkstra with white allocation.
     */
    static List<Config> configs() {
        List<Config> configs = new ArrayList<>();
        for (CollectorFactory f : new CollectorRegistry().factories()) {
            configs.add(new Config(f, Map.of()));
            for (OptionSpec o : f.options()) {
                if (o.type() != OptionSpec.Type.CHOICE) {
                    continue;
                }
                for (String value : o.choices()) {
                    if (!value.equals(o.defaultValue())) {
                        configs.add(new Config(f, Map.of(o.key(), value)));
                    }
                }
            }
            if (f.name().equals("tricolor")) {
                // A boolean that changes the algorithm, and only with a barrier other than the default.
                configs.add(new Config(f, Map.of("barrier", "dijkstra", "white-allocation", "true")));
            }
        }
        return configs;
    }

    /** Runs {@code mainClass} from {@code classPath} in gclab under {@code config}, the verifier on. */
    static Result runInGclab(Path classPath, String mainClass, List<String> args, Config config, long heapBytes,
            boolean stress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        VmOptions options = new VmOptions(config.factory())
                .heapBytes(heapBytes)
                .collectorOptions(new LinkedHashMap<>(config.options()))
                .classPath(classPath)
                .verify(true)
                .stress(stress)
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (Vm vm = new Vm(options)) {
            VmExit exit = vm.run(mainClass, args.toArray(new String[0]));
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    vm.telemetry().pauses().size());
        }
    }

    /** What {@code main} prints on the host JVM, run in this JVM with System.out captured (one at a time). */
    static String hostOutput(Method main, List<String> args) {
        synchronized (Differential.class) {
            PrintStream saved = System.out;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                main.invoke(null, (Object) args.toArray(new String[0]));
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(main.getDeclaringClass().getName() + " failed on the host JVM",
                        e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            } finally {
                System.out.flush();
                System.setOut(saved);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
