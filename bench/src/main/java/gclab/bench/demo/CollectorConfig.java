package gclab.bench.demo;

import gclab.heap.spi.CollectorFactory;
import gclab.heap.spi.CollectorOptions;
import gclab.heap.spi.CollectorRegistry;
import gclab.heap.spi.InvalidOptionException;
import gclab.heap.spi.OptionSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One collector with its options: a row of a comparison. {@code options} holds only what differs from the
 * collector's defaults, so the label says what is special about the row.
 */
public record CollectorConfig(String collector, Map<String, String> options) {
    public CollectorConfig {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /**
     * Exactly the configuration {@code spec} names: {@code marksweep} is marksweep with its defaults,
     * {@code marksweep:compact=never:policy=best-fit} that configuration. Throws
     * {@link gclab.heap.spi.UnknownCollectorException} or {@link InvalidOptionException}, whose messages list
     * what is valid.
     */
    public static CollectorConfig parseExact(CollectorRegistry registry, String spec) {
        String[] parts = spec.trim().split(":");
        if (parts.length == 1) {
            return new CollectorConfig(registry.factory(parts[0].trim()).name(), Map.of());
        }
        return parse(registry, spec).get(0);
    }

    /**
     * The configurations of a comma-separated list of {@link #parseExact} specs, or every registered collector
     * with its defaults for {@code all}. Duplicates and empty entries are {@link IllegalArgumentException}s.
     */
    public static List<CollectorConfig> parseList(CollectorRegistry registry, String list) {
        if (list.trim().equals("all")) {
            return registry.names().stream().map(n -> new CollectorConfig(n, Map.of())).toList();
        }
        List<CollectorConfig> configs = new ArrayList<>();
        for (String spec : list.split(",", -1)) {
            if (spec.isBlank()) {
                throw new IllegalArgumentException("empty collector in '" + list + "'; known collectors: "
                        + String.join(", ", registry.names()));
            }
            CollectorConfig c = parseExact(registry, spec);
            if (configs.contains(c)) {
                throw new IllegalArgumentException("collector configuration '" + spec.trim() + "' is given twice");
            }
            configs.add(c);
        }
        return configs;
    }

    /** {@code marksweep policy=first-fit}; a collector with its defaults is labelled by its name alone. */
    public String label() {
        if (options.isEmpty()) {
            return collector;
        }
        return collector + " " + options.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /**
     * The configurations that {@code spec} names. A bare collector name ({@code marksweep}) gives the
     * configurations worth comparing: its defaults, then each other value of each choice option on its own
     * (for marksweep: each free-list policy, and each compaction mode). A name with options
     * ({@code marksweep:policy=best-fit:compact=never}) gives exactly that one configuration.
     * Throws {@link gclab.heap.spi.UnknownCollectorException} or {@link InvalidOptionException}, whose
     * messages list what is valid.
     */
    public static List<CollectorConfig> parse(CollectorRegistry registry, String spec) {
        String[] parts = spec.trim().split(":");
        CollectorFactory factory = registry.factory(parts[0].trim());
        if (parts.length == 1) {
            return worthComparing(factory);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                throw new InvalidOptionException("bad option '" + parts[i] + "' in '" + spec
                        + "': write collector:key=value[:key=value...]");
            }
            options.put(parts[i].substring(0, eq).trim(), parts[i].substring(eq + 1).trim());
        }
        CollectorOptions.parse(factory.name(), factory.options(), options); // validates, or throws
        return List.of(new CollectorConfig(factory.name(), options));
    }

    /** The defaults of {@code factory}, then each non-default value of each of its choice options. */
    public static List<CollectorConfig> worthComparing(CollectorFactory factory) {
        List<CollectorConfig> configs = new ArrayList<>();
        configs.add(new CollectorConfig(factory.name(), Map.of()));
        for (OptionSpec option : factory.options()) {
            if (option.type() != OptionSpec.Type.CHOICE) {
                continue;
            }
            for (String value : option.choices()) {
                if (!value.equals(option.defaultValue())) {
                    configs.add(new CollectorConfig(factory.name(), Map.of(option.key(), value)));
                }
            }
        }
        return configs;
    }

    /** {@code policy=segregated, compact=when-fragmented, ...}: the defaults a bare label stands for. */
    public static String describeDefaults(CollectorFactory factory) {
        return factory.options().stream().map(o -> o.key() + "=" + o.defaultValue())
                .collect(Collectors.joining(", "));
    }
}
