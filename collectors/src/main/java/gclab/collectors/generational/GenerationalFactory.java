package gclab.collectors.generational;

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

/** Registers {@link Generational} as {@code generational}, with its options (HotSpot's defaults). */
public final class GenerationalFactory implements CollectorFactory {
    @Override
    public String name() {
        return "generational";
    }

    @Override
    public String description() {
        return "eden and two survivors collected by copying, an old generation collected by mark-sweep or "
                + "mark-compact, a card-marking write barrier, adaptive tenuring";
    }

    @Override
    public CollectorTraits traits() {
        return Generational.TRAITS;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.integer("new-ratio", 2, 1, 1000,
                        "old generation size / young generation size (HotSpot's NewRatio)"),
                OptionSpec.integer("survivor-ratio", 8, 1, 1000,
                        "eden size / one survivor space's size (HotSpot's SurvivorRatio)"),
                OptionSpec.integer("tenuring-threshold", 15, 0, GcWord.MAX_AGE,
                        "the age at which a survivor is promoted, or the most the adaptive threshold may reach "
                                + "(HotSpot's MaxTenuringThreshold); 0 promotes at the first minor collection"),
                OptionSpec.choice("tenuring", "adaptive", List.of("adaptive", "fixed"),
                        "adaptive: after each minor collection, lower the threshold to the age at which the "
                                + "survivors would fill more than target-survivor-ratio of a survivor space "
                                + "(HotSpot's default); fixed: always tenuring-threshold"),
                OptionSpec.integer("target-survivor-ratio", 50, 1, 100,
                        "percent of a survivor space the adaptive threshold aims to fill (HotSpot's "
                                + "TargetSurvivorRatio)"),
                OptionSpec.choice("copy-order", Scavenger.CopyOrder.BREADTH_FIRST.optionName,
                        Arrays.stream(Scavenger.CopyOrder.values()).map(o -> o.optionName)
                                .collect(Collectors.toList()),
                        "the order a minor collection copies in: breadth-first is Cheney's scan of to-space; "
                                + "depth-first keeps a stack, placing a parent next to its first child"),
                OptionSpec.choice("old", "marksweep", List.of("marksweep", "markcompact"),
                        "how a full collection collects the old generation: mark-sweep into free lists, or "
                                + "mark-compact (sliding, as HotSpot's Serial), which leaves old unfragmented"),
                OptionSpec.integer("full-trigger-occupancy", 100, 1, 100,
                        "percent of old in use after a minor collection that triggers a full collection "
                                + "(100: only when promotion fails or old cannot take an allocation, as Serial)"),
                OptionSpec.size("card-size", "512", 8, 1L << 20, "bytes of old generation per card"),
                OptionSpec.bool("barrier", true,
                        "card marking on every reference store into old; off is for tests only: old-to-young "
                                + "references are then lost, and the verifier must catch it"),
                OptionSpec.choice("policy", FitPolicy.FIRST_FIT.optionName(),
                        Arrays.stream(FitPolicy.values()).map(FitPolicy::optionName).collect(Collectors.toList()),
                        "how the old generation's free lists choose a chunk"));
    }

    @Override
    public Collector create(CollectorContext context) {
        CollectorOptions o = context.options();
        return new Generational(context, new Generational.Settings((int) o.integer("new-ratio"),
                (int) o.integer("survivor-ratio"), (int) o.integer("tenuring-threshold"),
                o.choice("tenuring").equals("adaptive"), (int) o.integer("target-survivor-ratio"),
                Scavenger.CopyOrder.fromOptionName(o.choice("copy-order")), o.choice("old").equals("markcompact"),
                (int) o.integer("full-trigger-occupancy"), o.size("card-size"), o.bool("barrier"),
                FitPolicy.fromOptionName(o.choice("policy"))));
    }
}
