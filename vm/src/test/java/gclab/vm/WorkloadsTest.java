package gclab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gclab.heap.spi.CollectorFactory;
import gclab.vm.testing.BumpCollector;
import gclab.vm.testing.CompactingCollector;
import gclab.vm.testing.Programs;
import gclab.workloads.Catalog;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first oracle: every bundled workload prints, inside gclab, exactly what it prints on the host JVM; under
 * a collector that never collects, and under one that collects and compacts before every allocation with the
 * heap verifier on (which proves the VM's roots precise and updated).
 */
class WorkloadsTest {
    static Stream<Arguments> workloadsAndCollectors() {
        List<Arguments> cases = new ArrayList<>();
        for (Catalog.Workload w : Catalog.all()) {
            cases.add(Arguments.of(w.name(), "bump"));
            cases.add(Arguments.of(w.name(), "stress-compact"));
        }
        return cases.stream();
    }

    static Path workloadClasses() {
        try {
            return Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("workloadsAndCollectors")
    void printsWhatTheHostPrints(String name, String mode) {
        Catalog.Workload w = Catalog.byName(name);
        String[] args = w.smallArgs().toArray(new String[0]);
        Path classes = workloadClasses();
        Programs.Run host = Programs.runOnHost(classes, w.className(), args);
        boolean stress = mode.startsWith("stress");
        CollectorFactory factory = stress ? CompactingCollector.factory() : BumpCollector.factory();
        VmOptions options = Programs.options(factory, classes, stress ? 1L << 20 : 64L << 20)
                .stress(stress).verify(stress);
        Programs.Run gclab = Programs.runInGclab(options, w.className(), args);
        assertEquals(host.out(), gclab.out(), gclab.err());
        assertEquals(0, gclab.status(), gclab.err());
    }
}
