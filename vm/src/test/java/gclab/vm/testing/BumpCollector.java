package gclab.vm.testing;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.space.BumpSpace;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.spi.OptionSpec;
import gclab.heap.telemetry.GcCause;
import java.util.List;

/** Test-only: bump allocation, never collects (the VM's tests may not depend on the collectors module). */
public final class BumpCollector implements Collector {
    private static final CollectorTraits TRAITS = new CollectorTraits(false, false, false, false, false, false, false);

    private final CollectorContext context;
    private final BumpSpace space;

    private BumpCollector(CollectorContext context) {
        this.context = context;
        this.space = new BumpSpace(context.heap(), "heap", context.heap().unreservedWords());
    }

    public static CollectorFactory factory() {
        return new CollectorFactory() {
            @Override
            public String name() {
                return "test-bump";
            }

            @Override
            public String description() {
                return "bump allocation, no collection";
            }

            @Override
            public CollectorTraits traits() {
                return TRAITS;
            }

            @Override
            public List<OptionSpec> options() {
                return List.of();
            }

            @Override
            public Collector create(CollectorContext context) {
                return new BumpCollector(context);
            }
        };
    }

    @Override
    public CollectorTraits traits() {
        return TRAITS;
    }

    @Override
    public int allocate(Layout layout, int length, int sizeWords) {
        int address = space.allocate(sizeWords);
        if (address == Heap.NULL) {
            throw context.telemetry().outOfMemory(layout.name(), sizeWords, space.fragmentation());
        }
        context.heap().formatObject(address, layout, length, sizeWords, 0L);
        return address;
    }

    @Override
    public void collect(GcCause cause) {
        // Never collects.
    }

    @Override
    public CollectorContext context() {
        return context;
    }
}
