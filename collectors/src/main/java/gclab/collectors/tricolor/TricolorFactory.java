package gclab.collectors.tricolor;

import gclab.heap.space.FitPolicy;
import gclab.heap.spi.Collector;
import gclab.heap.spi.CollectorContext;
import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorOptions;
import gclab.heap.spi.CollectorTraits;
import gclab.heap.spi.OptionSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Registers {@link Tricolor} as {@code tricolor}, with its options. */
public final class TricolorFactory implements CollectorFactory {
    @Override
    public String name() {
        return "tricolor";
    }

    @Override
    public String description() {
        return "tricolour marking beside the mutator (a collector thread, or incremental steps) with a Dijkstra, "
                + "Yuasa (SATB) or hybrid write barrier, and a lazy sweep over free lists";
    }

    @Override
    public CollectorTraits traits() {
        return Tricolor.CONCURRENT_TRAITS;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice("mode", "concurrent", List.of("concurrent", "incremental"),
                        "concurrent: a collector thread marks while the program runs; incremental: bounded mark "
                                + "steps on the program's thread at allocations and safepoint polls (deterministic)"),
                OptionSpec.choice("barrier", "satb", List.of("dijkstra", "satb", "hybrid"),
                        "the write barrier while marking: dijkstra (insertion: shade the new target; roots rescanned "
                                + "at remark), satb (Yuasa deletion: shade the overwritten target; roots snapshot at "
                                + "initial mark), hybrid (Go's: shade the old target, and the new one while the stack "
                                + "is unscanned; no rescan)"),
                OptionSpec.bool("white-allocation", false,
                        "barrier=dijkstra: objects allocated while marking are white, as in the textbook, not black: "
                                + "a new object that dies during the cycle is freed by it, but the barrier shades every "
                                + "new object stored into another; satb and hybrid always allocate black"),
                OptionSpec.choice("trigger", "occupancy", List.of("occupancy", "growth"),
                        "when a cycle starts: occupancy above trigger-occupancy, or the heap grown by gogc percent "
                                + "over the live data the last marking found (never later than trigger-occupancy)"),
                OptionSpec.decimal("trigger-occupancy", 0.6, 0.0, 1.0,
                        "fraction of the heap in use at which a cycle starts (1.0: only allocation failure collects)"),
                OptionSpec.integer("gogc", 100, 1, 10_000,
                        "trigger=growth: start a cycle when the heap has grown by this percentage of the live data"),
                OptionSpec.choice("overrun", "stall", List.of("stall", "full"),
                        "when an allocation fails while marking: stall (wait for, or in incremental mode finish, the "
                                + "marking, then sweep) or full (abandon the cycle: Pause Full (Concurrent Mode "
                                + "Failure))"),
                OptionSpec.integer("step-budget", 64, 1, Integer.MAX_VALUE,
                        "mode=incremental: scan units per mark step (a unit: one gray object blackened, or 256 words of a "
                                + "large reference array)"),
                OptionSpec.integer("step-every", 1, 1, Integer.MAX_VALUE,
                        "mode=incremental: a mark step at every this many allocations (and this many times 1024 "
                                + "safepoint polls); above 1, marking runs longer beside the program (to measure the "
                                + "barrier while marking), and may be overrun"),
                OptionSpec.integer("safepoint-spin", 500, 0, 1_000_000,
                        "mode=concurrent: microseconds the collector thread and the mutator spin on the safepoint "
                                + "flags before they block (0: block at once; spinning saves a thread wake-up, tens "
                                + "of microseconds, in every pause)"),
                OptionSpec.choice("policy", FitPolicy.SEGREGATED.optionName(),
                        Arrays.stream(FitPolicy.values()).map(FitPolicy::optionName).collect(Collectors.toList()),
                        "how the free lists choose a chunk for an allocation"),
                OptionSpec.bool("verify-tricolour", false,
                        "check at the end of every marking that no object is gray, no black object refers to a "
                                + "white one and every reachable object is black (a heap walk; always on when Java "
                                + "assertions are enabled, as in tests)"),
                OptionSpec.bool("unsafe-no-barrier", false,
                        "tests only: the barrier stores without shading (the lost-object race is then possible, and "
                                + "the verifier must catch it); a boolean, so the conformance matrix never runs it"));
    }

    @Override
    public Collector create(CollectorContext context) {
        CollectorOptions o = context.options();
        return new Tricolor(context,
                Tricolor.Mode.valueOf(upper(o.choice("mode"))),
                Tricolor.Barrier.valueOf(upper(o.choice("barrier"))),
                !o.bool("unsafe-no-barrier"),
                o.bool("white-allocation"),
                Tricolor.Trigger.valueOf(upper(o.choice("trigger"))),
                o.decimal("trigger-occupancy"),
                o.integer("gogc"),
                Tricolor.Overrun.valueOf(upper(o.choice("overrun"))),
                o.integer("step-budget"),
                o.integer("step-every"),
                FitPolicy.fromOptionName(o.choice("policy")),
                o.bool("verify-tricolour") || Tricolor.class.desiredAssertionStatus(),
                o.integer("safepoint-spin") * 1000L);
    }

    private static String upper(String choice) {
        return choice.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
