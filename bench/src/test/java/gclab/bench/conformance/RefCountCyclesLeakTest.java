package gclab.bench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.collectors.refcount.RefCountFactory;
import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.gc.Worklist;
import gclab.heap.space.Space;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSet;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.PauseRecord;
import gclab.heap.telemetry.WorkKind;
import gclab.vm.Vm;
import gclab.vm.VmExit;
import gclab.vm.VmOptions;
import gclab.workloads.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The {@code cycles} workload under refcount, in a heap large enough that nothing runs out (so the backup trace
 * never runs): with {@code cycles=off} a heap walk after the program and a final {@code System.gc()} finds
 * exactly the workload's garbage cycles (every vertex of every ring and clique, and each clique vertex's edge
 * array), and nothing else; with {@code cycles=on}, nothing unreachable at all.
 */
class RefCountCyclesLeakTest {
    private static final long HEAP = 64L << 20;

    @Test
    void withoutCycleCollectionExactlyTheGarbageCyclesLeak() {
        Catalog.Workload w = Catalog.byName("cycles");
        int structures = Integer.parseInt(w.smallArgs().get(0));
        long vertices = 0;
        long edgeArrays = 0;
        // The workload's shapes (CyclicGarbage.main): every structure is dropped by the end, the kept ones too
        // once main's local array of them dies.
        for (int i = 0; i < structures; i++) {
            if (i % 3 == 2) {
                int n = 3 + i % 5;
                vertices += n;
                edgeArrays += n; // v.edges = vs.clone() for each vertex; vs itself is acyclic and freed
            } else {
                vertices += 2 + i % 11;
            }
        }
        Run run = run(w, "off");
        assertEquals(Map.of("vertex", vertices, "vertex[]", edgeArrays), run.unreachable,
                "the unreachable objects left are the garbage cycles, all of them");
        assertEquals(0, run.cycleFrees);
    }

    @Test
    void withCycleCollectionNothingUnreachableRemains() {
        Run run = run(Catalog.byName("cycles"), "on");
        assertEquals(Map.of(), run.unreachable);
        assertTrue(run.cycleFrees > 1000, "collect-white freed the cycles: " + run.cycleFrees);
    }

    private record Run(Map<String, Long> unreachable, long cycleFrees) {
    }

    private static Run run(Catalog.Workload w, String cycles) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VmOptions options = new VmOptions(new RefCountFactory())
                .heapBytes(HEAP)
                .collectorOptions(Map.of("cycles", cycles))
                .classPath(workloadClasses())
                .verify(true)
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(out, true, StandardCharsets.UTF_8));
        try (Vm vm = new Vm(options)) {
            VmExit exit = vm.run(w.className(), w.smallArgs().toArray(new String[0]));
            assertEquals(0, exit.status(), out.toString(StandardCharsets.UTF_8));
            MemoryManager mm = vm.memoryManager();
            mm.systemGc();
            long cycleFrees = 0;
            for (PauseRecord p : mm.telemetry().pauses()) {
                assertTrue(p.kind() != PauseKind.FULL, "no backup trace ran: " + p);
                cycleFrees += p.phases().stream().filter(ph -> ph.name().equals("collect-white"))
                        .mapToLong(ph -> ph.work().get(WorkKind.OBJECTS_FREED)).sum();
            }
            return new Run(unreachableByType(mm.heap(), mm.collector().context().roots()), cycleFrees);
        }
    }

    /** A heap walk: the objects no root reaches, counted by type ("vertex", "vertex[]" or the layout's name). */
    private static Map<String, Long> unreachableByType(Heap heap, RootSet roots) {
        BitSet reached = new BitSet(heap.capacityWords());
        Worklist gray = new Worklist();
        roots.visitRoots(ref -> {
            if (!reached.get(ref)) {
                reached.set(ref);
                gray.push(ref);
            }
            return ref;
        });
        while (!gray.isEmpty()) {
            heap.forEachReferenceSlot(gray.pop(), slot -> {
                int t = heap.reference(slot);
                if (t != Heap.NULL && !reached.get(t)) {
                    reached.set(t);
                    gray.push(t);
                }
            });
        }
        Map<String, Long> byType = new TreeMap<>();
        for (Space s : heap.spaces()) {
            s.walk((address, size, free) -> {
                if (!free && !reached.get(address)) {
                    Layout l = heap.layoutOf(address);
                    String name = !l.name().contains("Vertex") ? l.name() : l.isArray() ? "vertex[]" : "vertex";
                    byType.merge(name, 1L, Long::sum);
                }
            });
        }
        return byType;
    }

    private static Path workloadClasses() {
        try {
            return Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
