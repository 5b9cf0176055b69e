package gclab.collectors.nogc;

import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.spi.OptionSpec;
import java.util.List;

/** Registers {@link NoGc} as {@code nogc}. */
public final class NoGcFactory implements CollectorFactory {
    @Override
    public String name() {
        return "nogc";
    }

    @Override
    public String description() {
        return "no collection at all (like HotSpot's Epsilon): bump allocation until the heap is full";
    }

    @Override
    public CollectorTraits traits() {
        return NoGc.TRAITS;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of();
    }

    @Override
    public Collector create(CollectorContext context) {
        return new NoGc(context);
    }
}
