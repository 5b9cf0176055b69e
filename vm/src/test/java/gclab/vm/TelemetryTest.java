package gclab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.Occupancy;
import gclab.vm.testing.CompactingCollector;
import gclab.vm.testing.Programs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run leaves in telemetry: metaspace beside the heap, pauses, allocation counts, instructions. */
class TelemetryTest {
    @TempDir
    Path dir;

    private static long metaspace(Vm vm) {
        for (Occupancy o : vm.telemetry().occupancy()) {
            if (o.area().equals(GcTelemetry.METASPACE)) {
                return o.usedBytes();
            }
        }
        throw new AssertionError("no metaspace area in " + vm.telemetry().occupancy());
    }

    private Vm run(Path classes, String main, int[] status) {
        VmOptions options = Programs.options(CompactingCollector.factory(), classes, 1L << 20)
                .out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .err(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Vm vm = new Vm(options);
        status[0] = vm.run(main).status();
        vm.close();
        return vm;
    }

    @Test
    void metaspaceIsReportedBesideTheHeapAndGrowsWithTheClassesLoaded() {
        Path small = Programs.compile(dir, Map.of("Small", """
                public class Small { public static void main(String[] a) { System.out.println(1); } }
                """));
        Path large = Programs.compile(dir, Map.of("Large", """
                public class Large {
                    static class A { int f() { return 1; } }
                    static class B extends A { int f() { return 2; } }
                    static class C extends B { int f() { return 3; } }
                    public static void main(String[] a) {
                        A[] xs = {new A(), new B(), new C()};
                        long s = 0;
                        for (A x : xs) s += x.f();
                        System.out.println("sum " + s + " " + Long.toString(s, 2) + " " + Math.sqrt(s));
                    }
                }
                """));
        int[] status = new int[1];
        long smallBytes = metaspace(run(small, "Small", status));
        long largeBytes = metaspace(run(large, "Large", status));
        assertTrue(smallBytes > 10_000, "metaspace " + smallBytes);
        assertTrue(largeBytes > smallBytes, largeBytes + " <= " + smallBytes);
    }

    @Test
    void telemetryIsKeptAfterAnUncaughtException() {
        Path classes = Programs.compile(dir, Map.of("Dies", """
                public class Dies {
                    public static void main(String[] a) {
                        Object[] keep = new Object[10];
                        for (int i = 0; i < 20000; i++) keep[i % 10] = new long[8];
                        System.gc();
                        throw new IllegalStateException("late failure");
                    }
                }
                """));
        int[] status = new int[1];
        Vm vm = run(classes, "Dies", status);
        assertEquals(1, status[0]);
        assertTrue(vm.telemetry().pauses().size() >= 2, "pauses: " + vm.telemetry().pauses().size());
        assertTrue(vm.telemetry().allocatedObjects() > 20000);
    }
}
