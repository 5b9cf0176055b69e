package gclab.heap.spi;

import java.util.List;

/**
 * Creates one kind of collector. Factories are found with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/gclab.heap.spi.CollectorFactory}, and chosen by {@link #name()}: adding a collector
 * is adding one package and one service line.
 */
public interface CollectorFactory {
    /** The short name users type ({@code marksweep}). */
    String name();

    /** One line on what the collector is. */
    String description();

    CollectorTraits traits();

    /** The options this collector accepts, with their defaults. */
    List<OptionSpec> options();

    /** Creates a collector; the options in the context have been validated against {@link #options()}. */
    Collector create(CollectorContext context);
}
