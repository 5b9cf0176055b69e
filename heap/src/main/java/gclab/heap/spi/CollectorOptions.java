package gclab.heap.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A collector's options after validation: every declared option has a value (the user's or its default).
 * Built by {@link #parse}, which rejects unknown keys and bad values with the list of what is valid.
 */
public final class CollectorOptions {
    private final String collector;
    private final Map<String, Object> values;
    private final Map<String, String> texts;

    private CollectorOptions(String collector, Map<String, Object> values, Map<String, String> texts) {
        this.collector = collector;
        this.values = values;
        this.texts = texts;
    }

    /** Validates {@code given} against {@code specs}; defaults fill the rest. */
    public static CollectorOptions parse(String collector, List<OptionSpec> specs, Map<String, String> given) {
        Map<String, OptionSpec> byKey = new LinkedHashMap<>();
        for (OptionSpec s : specs) {
            byKey.put(s.key(), s);
        }
        for (String key : given.keySet()) {
            if (!byKey.containsKey(key)) {
                String valid = specs.isEmpty() ? "it takes no options"
                        : "valid options: " + specs.stream().map(s -> s.key() + " (" + s.allowed() + ")")
                                .collect(Collectors.joining("; "));
                throw new InvalidOptionException("unknown option '" + key + "' for collector " + collector + "; "
                        + valid);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (OptionSpec s : specs) {
            String text = given.getOrDefault(s.key(), s.defaultValue());
            Object v = s.parse(collector, text);
            values.put(s.key(), v);
            texts.put(s.key(), v.toString());
        }
        return new CollectorOptions(collector, values, texts);
    }

    /** No options at all. */
    public static CollectorOptions none(String collector) {
        return new CollectorOptions(collector, Map.of(), Map.of());
    }

    private Object get(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("collector " + collector + " has no option " + key);
        }
        return v;
    }

    public String choice(String key) {
        return (String) get(key);
    }

    public long integer(String key) {
        return (Long) get(key);
    }

    public double decimal(String key) {
        return (Double) get(key);
    }

    public boolean bool(String key) {
        return (Boolean) get(key);
    }

    /** A size option in bytes. */
    public long size(String key) {
        return (Long) get(key);
    }

    /** Every option with its value, as text, in declaration order (for result files). */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(texts);
    }

    @Override
    public String toString() {
        return texts.toString();
    }
}
