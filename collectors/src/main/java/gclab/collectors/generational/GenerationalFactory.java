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
        return "eden and two survivors copied by Cheney's algorithm, an old generation of free lists collected by "
                + "mark-sweep, a card-marking write barrier";
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
                OptionSpec.integer("tenuring-threshold", 15, 0, Generational.MAX_AGE,
                        "minor collections an object survives in the survivors before it is promoted "
                                + "(HotSpot's MaxTenuringThreshold)"),
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
        return new Generational(context, (int) o.integer("new-ratio"), (int) o.integer("survivor-ratio"),
                (int) o.integer("tenuring-threshold"), o.size("card-size"), o.bool("barrier"),
                FitPolicy.fromOptionName(o.choice("policy")));
    }
}
