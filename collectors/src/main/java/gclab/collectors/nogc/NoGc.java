package gclab.collectors.nogc;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.space.BumpSpace;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.telemetry.GcCause;

/**
 * Allocation only. Every other hook is a no-op, and says why.
 *
 * <pre>
 *   | heap: objects in allocation order ... | top | free ... |
 * </pre>
 */
public final class NoGc implements Collector {
    static final CollectorTraits TRAITS = new CollectorTraits(false, false, false, false, false, false, false);

    private final CollectorContext context;
    private final Heap heap;
    private final BumpSpace space;

    NoGc(CollectorContext context) {
        this.context = context;
        this.heap = context.heap();
        this.space = new BumpSpace(heap, "heap", heap.unreservedWords());
    }

    @Override
    public CollectorTraits traits() {
        return TRAITS;
    }

    @Override
    public CollectorContext context() {
        return context;
    }

    @Override
    public int allocate(Layout layout, int length, int sizeWords) {
        int address = space.allocate(sizeWords);
        if (address == Heap.NULL) {
            // There is no collection to try: the heap is simply full.
            throw context.telemetry().outOfMemory(layout.describe(length),
                    sizeWords, space.fragmentation());
        }
        heap.formatObject(address, layout, length, sizeWords, 0L);
        return address;
    }

    @Override
    public void collect(GcCause cause) {
        // nogc never collects: System.gc() and stress requests are ignored, as Epsilon ignores them.
    }
}
