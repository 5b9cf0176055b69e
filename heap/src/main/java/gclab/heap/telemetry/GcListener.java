package gclab.heap.telemetry;

/** Told about pauses as they end, while the mutator is still stopped (the verifier and GC logs listen). */
@FunctionalInterface
public interface GcListener {
    void pauseEnded(PauseRecord pause);
}
