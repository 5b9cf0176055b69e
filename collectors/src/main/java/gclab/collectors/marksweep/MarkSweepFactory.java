package gclab.collectors.marksweep;

import gclab.heap.space.FitPolicy;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorOptions;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.spi.OptionSpec;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Registers {@link MarkSweep} as {@code marksweep}, with its options. */
public final class MarkSweepFactory implements CollectorFactory {
    @Override
    public String name() {
        return "marksweep";
    }

    @Override
    public String description() {
        return "stop-the-world mark-sweep over free lists, with optional Lisp-2 sliding compaction";
    }

    @Override
    public CollectorTraits traits() {
        return MarkSweep.COMPACTING_TRAITS;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice("policy", FitPolicy.SEGREGATED.optionName(),
                        Arrays.stream(FitPolicy.values()).map(FitPolicy::optionName).collect(Collectors.toList()),
                        "how the free lists choose a chunk for an allocation"),
                OptionSpec.choice("compact", "when-fragmented", List.of("never", "always", "when-fragmented"),
                        "slide live objects together instead of sweeping: never, at every collection, or when an "
                                + "allocation failed for lack of a large enough chunk or the last sweep left the "
                                + "heap fragmented beyond compact-threshold"),
                OptionSpec.decimal("compact-threshold", 0.5, 0.0, 1.0,
                        "external fragmentation after a sweep above which the next collection compacts "
                                + "(compact=when-fragmented)"),
                OptionSpec.decimal("trigger-occupancy", 0.0, 0.0, 1.0,
                        "also collect when an allocation would push occupancy above this fraction of the heap "
                                + "(0 = only on allocation failure)"));
    }

    @Override
    public Collector create(CollectorContext context) {
        CollectorOptions o = context.options();
        MarkSweep.Compaction compaction =
                MarkSweep.Compaction.valueOf(o.choice("compact").toUpperCase().replace('-', '_'));
        return new MarkSweep(context, FitPolicy.fromOptionName(o.choice("policy")), compaction,
                o.decimal("compact-threshold"), o.decimal("trigger-occupancy"));
    }
}
