package gclab.collectors.refcount;

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

/** Registers {@link RefCount} as {@code refcount}, with its options. */
public final class RefCountFactory implements CollectorFactory {
    @Override
    public String name() {
        return "refcount";
    }

    @Override
    public String description() {
        return "deferred reference counting with Bacon-Rajan synchronous cycle collection and a backup trace";
    }

    @Override
    public CollectorTraits traits() {
        return RefCount.TRAITS;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice("cycles", "on", List.of("on", "off"),
                        "collect garbage cycles by trial deletion (off: cycles leak until the backup trace, "
                                + "if any, runs on allocation failure)"),
                OptionSpec.choice("freeing", "eager", List.of("eager", "lazy"),
                        "eager: a reconciliation frees every dead object; lazy: at most free-budget objects per "
                                + "reconciliation, the rest at the next ones (bounded cascade pauses)"),
                OptionSpec.integer("free-budget", 10_000, 1, Integer.MAX_VALUE,
                        "objects freed per reconciliation with freeing=lazy"),
                OptionSpec.choice("policy", FitPolicy.SEGREGATED.optionName(),
                        Arrays.stream(FitPolicy.values()).map(FitPolicy::optionName).collect(Collectors.toList()),
                        "how the free lists choose a chunk for an allocation"),
                OptionSpec.integer("count-bits", 8, 2, 32,
                        "bits of the reference count; a count that reaches 2^bits - 1 is stuck (sticky) until "
                                + "a backup trace recounts it"),
                OptionSpec.integer("zct-size", 4096, 1, Integer.MAX_VALUE,
                        "reconcile (scan the roots, free the dead) when the zero-count table holds this many entries"),
                OptionSpec.integer("cycle-buffer", 4096, 1, Integer.MAX_VALUE,
                        "collect cycles when the candidate buffer holds this many possible roots (at least: the "
                                + "trigger grows with what the last cycle collection traced, see cycle-growth)"),
                OptionSpec.integer("cycle-growth", 100, 1, 10_000,
                        "percent of the objects the last cycle collection traced that the next one waits for, in "
                                + "candidates (if more than cycle-buffer): keeps trial deletion's tracing of live "
                                + "structures proportional to the candidates"),
                OptionSpec.bool("backup-trace", true,
                        "when reconciliation and cycle collection leave an allocation unsatisfied, mark-sweep "
                                + "the heap and recount (frees stuck and, with cycles=off, cyclic garbage)"),
                OptionSpec.bool("skip-increment", false,
                        "test only: the write barrier forgets to increment the new target (a broken barrier "
                                + "that the count check and the verifier must catch)"));
    }

    @Override
    public Collector create(CollectorContext context) {
        CollectorOptions o = context.options();
        boolean lazy = o.choice("freeing").equals("lazy");
        return new RefCount(context, FitPolicy.fromOptionName(o.choice("policy")), o.choice("cycles").equals("on"),
                (int) o.integer("count-bits"), (int) o.integer("zct-size"), (int) o.integer("cycle-buffer"),
                (int) o.integer("cycle-growth"),
                lazy ? o.integer("free-budget") : RefCount.UNBOUNDED, o.bool("backup-trace"),
                o.bool("skip-increment"));
    }
}
