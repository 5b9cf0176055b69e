package gclab.heap.spi;

import gclab.heap.Layout;
import gclab.heap.telemetry.GcCause;

/**
 * The collector contract: everything the VM asks of a collector, and nothing else. The VM calls it only
 * through {@link MemoryManager}, and never knows which collector runs.
 *
 * <p>A collector owns the GC word of every object, decides where objects go and when to collect, and reports
 * every pause, phase and unit of work to the {@link gclab.heap.telemetry.GcTelemetry} of its context.
 */
public interface Collector {
    CollectorTraits traits();

    /**
     * Returns the address of a new, formatted object of {@code layout} ({@code length} elements for an array,
     * 0 otherwise) taking {@code sizeWords} words, with a zeroed body. May collect first. Throws
     * {@link gclab.heap.HeapExhaustedException} (from {@code telemetry.outOfMemory}) if even its last-resort
     * collection leaves no room. Any heap address the caller holds across this call must be in a root.
     */
    int allocate(Layout layout, int length, int sizeWords);

    /** Loads the reference in slot {@code slotAddress} of {@code object}: the read barrier's place. */
    default int loadReference(int object, int slotAddress) {
        return context().heap().reference(slotAddress);
    }

    /** Stores {@code value} into slot {@code slotAddress} of {@code object}: the write barrier's place. */
    default void storeReference(int object, int slotAddress, int value) {
        context().heap().setReference(slotAddress, value);
    }

    /** The mutator is at a safepoint (a backward branch, a call, an allocation slow path). */
    default void safepointPoll() {
        // A stop-the-world collector collects only inside allocate() and collect(): nothing to do here.
    }

    /** Collects now: {@code System.gc()}, stress mode, or a test's request. */
    void collect(GcCause cause);

    /** The program has ended: stop background threads and close final statistics. */
    default void shutdown() {
        // A collector without threads or buffered statistics has nothing to close.
    }

    /** The heap, roots, telemetry and options this collector was created with. */
    CollectorContext context();
}
