package gclab.heap.spi;

import gclab.heap.Heap;
import gclab.heap.telemetry.GcTelemetry;

/** What a collector is created with: the heap to manage, the VM's roots, the recorder and its options. */
public record CollectorContext(Heap heap, RootSet roots, GcTelemetry telemetry, CollectorOptions options) {
}
