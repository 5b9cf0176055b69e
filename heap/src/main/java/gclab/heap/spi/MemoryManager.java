package gclab.heap.spi;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcListener;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.verify.HeapVerifier;
import java.util.Map;

/**
 * The facade the VM talks to: heap, collector, barriers and telemetry wired together. The interpreter calls
 * only this class, never a collector, and never asks which collector runs; what differs between collectors is
 * data ({@link CollectorTraits}) or lives behind {@link Collector}.
 *
 * <p>One memory manager per VM instance: no state is static, so two VMs with different collectors can run
 * side by side in one JVM.
 */
public final class MemoryManager {
    private final Heap heap;
    private final Collector collector;
    private final GcTelemetry telemetry;
    private final CollectorTraits traits;
    private final String collectorName;
    private final boolean readBarrier;
    private final boolean writeBarrier;
    private boolean stress;
    private GcListener verification;
    private boolean shutDown;

    private MemoryManager(String collectorName, Heap heap, Collector collector, GcTelemetry telemetry) {
        this.collectorName = collectorName;
        this.heap = heap;
        this.collector = collector;
        this.telemetry = telemetry;
        this.traits = collector.traits();
        this.readBarrier = traits.readBarrier();
        this.writeBarrier = traits.writeBarrier();
    }

    /**
     * Creates a heap of {@code heapBytes} managed by the collector {@code factory} makes with {@code options}
     * (validated: an unknown key or bad value is an {@link InvalidOptionException} listing what is valid).
     */
    public static MemoryManager create(CollectorFactory factory, Map<String, String> options, long heapBytes,
                                       RootSet roots) {
        CollectorOptions parsed = CollectorOptions.parse(factory.name(), factory.options(), options);
        Heap heap = new Heap(heapBytes);
        GcTelemetry telemetry = new GcTelemetry(heap);
        Collector collector = factory.create(new CollectorContext(heap, roots, telemetry, parsed));
        return new MemoryManager(factory.name(), heap, collector, telemetry);
    }

    /** As {@link #create(CollectorFactory, Map, long, RootSet)}, with the collector looked up by name. */
    public static MemoryManager create(CollectorRegistry registry, String collector, Map<String, String> options,
                                       long heapBytes, RootSet roots) {
        return create(registry.factory(collector), options, heapBytes, roots);
    }

    public Heap heap() {
        return heap;
    }

    public GcTelemetry telemetry() {
        return telemetry;
    }

    public CollectorTraits traits() {
        return traits;
    }

    public String collectorName() {
        return collectorName;
    }

    /** The collector itself, for tests and tools; the VM must not call it directly. */
    public Collector collector() {
        return collector;
    }

    // ---------------------------------------------------------------- the mutator's operations

    /**
     * A new zeroed object of {@code layout} ({@code length} elements if it is an array, else 0). May collect.
     * Throws {@link gclab.heap.IllegalAllocationException} for a negative length and
     * {@link gclab.heap.HeapExhaustedException} when the heap is full; the heap stays parsable either way.
     */
    public int allocate(Layout layout, int length) {
        int sizeWords = Heap.requiredWords(layout, length);
        if (stress) {
            collector.collect(GcCause.STRESS);
        }
        int address = collector.allocate(layout, length, sizeWords);
        telemetry.allocated(sizeWords);
        return address;
    }

    /** The reference in slot {@code slotAddress} of {@code object}, through the read barrier if there is one. */
    public int loadReference(int object, int slotAddress) {
        return readBarrier ? collector.loadReference(object, slotAddress) : heap.reference(slotAddress);
    }

    /** Stores a reference into slot {@code slotAddress} of {@code object}, through the write barrier if any. */
    public void storeReference(int object, int slotAddress, int value) {
        if (writeBarrier) {
            collector.storeReference(object, slotAddress, value);
        } else {
            heap.setReference(slotAddress, value);
        }
    }

    /** A primitive field or element word: no barrier. */
    public long loadWord(int address) {
        return heap.word(address);
    }

    public void storeWord(int address, long value) {
        heap.setWord(address, value);
    }

    /** The mutator is at a safepoint: a collector that asked for one may now stop it. */
    public void safepointPoll() {
        collector.safepointPoll();
    }

    /** {@code System.gc()}. */
    public void systemGc() {
        collector.collect(GcCause.SYSTEM_GC);
    }

    /** The program has ended: the collector stops its threads and closes its statistics. Idempotent. */
    public void shutdown() {
        if (!shutDown) {
            shutDown = true;
            collector.shutdown();
        }
    }

    // ---------------------------------------------------------------- debugging switches (clox's two)

    /** Stress mode: a full collection before every allocation, to shake out missing roots. */
    public void setStress(boolean stress) {
        this.stress = stress;
    }

    public boolean stress() {
        return stress;
    }

    /**
     * Runs the {@link HeapVerifier} at the end of every pause, while the mutator is still stopped; a
     * violation is thrown as {@link gclab.heap.verify.HeapCorruptionException} out of the collection.
     * {@code roots} are the roots to check from (the same ones the collector was given).
     */
    public void enableVerification(RootSet roots) {
        if (verification != null) {
            return;
        }
        HeapVerifier verifier = new HeapVerifier(heap, roots);
        verification = pause -> verifier.verify();
        telemetry.addListener(verification);
    }
}
