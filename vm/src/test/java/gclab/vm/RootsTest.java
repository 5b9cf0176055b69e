package gclab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.heap.verify.HeapCorruptionException;
import gclab.vm.testing.BumpCollector;
import gclab.vm.testing.CompactingCollector;
import gclab.vm.testing.Programs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VM's roots are precise and updated; the checks that say so can fail; VMs share nothing. */
class RootsTest {
    private static final String PROGRAM = """
            public class Churn {
                static final class Node {
                    final Node next;
                    final int value;
                    Node(Node next, int value) { this.next = next; this.value = value; }
                }
                static int sum(Node n) { int s = 0; for (; n != null; n = n.next) s += n.value; return s; }
                public static void main(String[] args) {
                    Node keep = null;
                    long total = 0;
                    for (int i = 0; i < 400; i++) {
                        Node tmp = new Node(null, i);
                        keep = new Node(keep, i);
                        String s = "v" + i;
                        total += sum(keep) + tmp.value + s.length();
                    }
                    System.out.println(total);
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void stressModeCollectsAndMovesObjectsBeforeEveryAllocation() {
        Path classes = Programs.compile(dir, Map.of("Churn", PROGRAM));
        VmOptions options = Programs.options(CompactingCollector.factory(), classes, 1L << 20).stress(true).verify(true);
        options.out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (Vm vm = new Vm(options)) {
            vm.run("Churn");
            long allocations = vm.telemetry().allocatedObjects();
            assertTrue(allocations > 1200, "allocations: " + allocations);
            assertEquals(allocations, vm.telemetry().pauses().size(), "one collection per allocation");
        }
        assertEquals(Programs.runOnHost(classes, "Churn").out(),
                Programs.runInGclab(Programs.options(CompactingCollector.factory(), classes, 1L << 20)
                        .stress(true).verify(true), "Churn").out());
    }

    @Test
    void aVmThatForgetsToUpdateFrameRootsIsCaughtByTheVerifier() {
        Path classes = Programs.compile(dir, Map.of("Churn", PROGRAM));
        VmOptions options = Programs.options(CompactingCollector.factory(), classes, 1L << 20).stress(true).verify(true);
        options.brokenFrameRootUpdates = true;
        HeapCorruptionException e = assertThrows(HeapCorruptionException.class, () -> Programs.runInGclab(options, "Churn"));
        assertTrue(e.getMessage().contains("frame"), e.getMessage());
    }

    @Test
    void twoVmsWithDifferentCollectorsRunSideBySide() throws Exception {
        Path classes = Programs.compile(dir, Map.of("Churn", PROGRAM));
        String expected = Programs.runOnHost(classes, "Churn").out();
        Programs.Run[] runs = new Programs.Run[2];
        Thread a = new Thread(() -> runs[0] = Programs.runInGclab(
                Programs.options(BumpCollector.factory(), classes, 16L << 20), "Churn"));
        Thread b = new Thread(() -> runs[1] = Programs.runInGclab(
                Programs.options(CompactingCollector.factory(), classes, 1L << 20).stress(true).verify(true), "Churn"));
        a.start();
        b.start();
        a.join();
        b.join();
        assertEquals(expected, runs[0].out());
        assertEquals(expected, runs[1].out());
        assertNotEquals("", expected);
    }
}
