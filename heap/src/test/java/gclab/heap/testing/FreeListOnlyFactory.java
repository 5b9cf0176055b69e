package gclab.heap.testing;

import gclab.heap.Heap;
import gclab.heap.Layout;
import gclab.heap.space.FitPolicy;
import gclab.heap.space.FreeListSpace;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.spi.OptionSpec;
import gclab.heap.telemetry.GcCause;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixture collector for the heap module's own tests (the real collectors live downstream): one free-list
 * space over the whole heap, allocation under the option {@code policy}, and no collection at all. When the
 * space has no room it raises the telemetry's out-of-memory error, as every collector does.
 */
public final class FreeListOnlyFactory implements CollectorFactory {
    static final CollectorTraits TRAITS = new CollectorTraits(false, false, false, false, false, false, false);

    @Override
    public String name() {
        return "freelist-only";
    }

    @Override
    public String description() {
        return "test fixture: one free-list space, never collects";
    }

    @Override
    public CollectorTraits traits() {
        return TRAITS;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.choice("policy", FitPolicy.FIRST_FIT.optionName(),
                Arrays.stream(FitPolicy.values()).map(FitPolicy::optionName).toList(), "free-list policy"));
    }

    @Override
    public Collector create(CollectorContext context) {
        return new FreeListOnly(context);
    }

    /** The collector: allocate from the free lists, never collect. */
    public static final class FreeListOnly implements Collector {
        private final CollectorContext context;
        private final FreeListSpace space;
        private final List<GcCause> collections = new ArrayList<>();
        private int shutdowns;

        FreeListOnly(CollectorContext context) {
            this.context = context;
            Heap heap = context.heap();
            FitPolicy policy = FitPolicy.fromOptionName(context.options().choice("policy"));
            this.space = new FreeListSpace(heap, "heap", heap.unreservedWords(), policy);
        }

        public FreeListSpace space() {
            return space;
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

        /** Every collection asked for, with its cause (none is done). */
        public List<GcCause> collections() {
            return List.copyOf(collections);
        }

        public int shutdowns() {
            return shutdowns;
        }

        @Override
        public void collect(GcCause cause) {
            // Never collects: this fixture only records the request, to test the memory manager's wiring.
            collections.add(cause);
        }

        @Override
        public void shutdown() {
            shutdowns++;
        }

        @Override
        public CollectorContext context() {
            return context;
        }
    }
}
