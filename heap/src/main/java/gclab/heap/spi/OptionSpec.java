package gclab.heap.spi;

import java.util.List;
import java.util.Locale;

/**
 * One {@code key=value} option a collector accepts: its type, default, allowed values and meaning.
 * {@link #parse} turns a user's text into a value or throws {@link InvalidOptionException} saying what is allowed.
 */
public final class OptionSpec {
    /** The kinds of value an option may take. */
    public enum Type { CHOICE, INTEGER, DECIMAL, BOOLEAN, SIZE }

    private final String key;
    private final Type type;
    private final String defaultValue;
    private final List<String> choices;
    private final double min;
    private final double max;
    private final String description;

    private OptionSpec(String key, Type type, String defaultValue, List<String> choices, double min, double max,
                       String description) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.choices = choices;
        this.min = min;
        this.max = max;
        this.description = description;
    }

    /** An option whose value is one of {@code choices}. */
    public static OptionSpec choice(String key, String defaultValue, List<String> choices, String description) {
        return new OptionSpec(key, Type.CHOICE, defaultValue, List.copyOf(choices), 0, 0, description);
    }

    /** An integer option in {@code [min, max]}. */
    public static OptionSpec integer(String key, long defaultValue, long min, long max, String description) {
        return new OptionSpec(key, Type.INTEGER, Long.toString(defaultValue), List.of(), min, max, description);
    }

    /** A decimal option in {@code [min, max]}. */
    public static OptionSpec decimal(String key, double defaultValue, double min, double max, String description) {
        return new OptionSpec(key, Type.DECIMAL, Double.toString(defaultValue), List.of(), min, max, description);
    }

    /** A boolean option ({@code true}/{@code false}, also {@code on}/{@code off}). */
    public static OptionSpec bool(String key, boolean defaultValue, String description) {
        return new OptionSpec(key, Type.BOOLEAN, Boolean.toString(defaultValue), List.of(), 0, 0, description);
    }

    /** A size in bytes, written with an optional suffix k, m or g ({@code 512}, {@code 64k}, {@code 8m}). */
    public static OptionSpec size(String key, String defaultValue, long min, long max, String description) {
        return new OptionSpec(key, Type.SIZE, defaultValue, List.of(), min, max, description);
    }

    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public List<String> choices() {
        return choices;
    }

    public String description() {
        return description;
    }

    /** What values are allowed, for help and error messages ("one of first-fit, best-fit, segregated"). */
    public String allowed() {
        switch (type) {
            case CHOICE: return "one of " + String.join(", ", choices);
            case INTEGER: return "an integer from " + (long) min + " to " + (long) max;
            case DECIMAL: return "a number from " + min + " to " + max;
            case BOOLEAN: return "true or false";
            default: return "a size from " + (long) min + " to " + (long) max + " bytes (suffix k, m or g allowed)";
        }
    }

    /** The value of {@code text} for this option, as a String, Long, Double or Boolean. */
    public Object parse(String collector, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (type) {
            case CHOICE:
                if (choices.contains(t)) {
                    return t;
                }
                break;
            case INTEGER:
                try {
                    long v = Long.parseLong(t);
                    if (v >= min && v <= max) {
                        return v;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                break;
            case DECIMAL:
                try {
                    double v = Double.parseDouble(t);
                    if (v >= min && v <= max) {
                        return v;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                break;
            case BOOLEAN:
                if (t.equals("true") || t.equals("on") || t.equals("yes")) {
                    return Boolean.TRUE;
                }
                if (t.equals("false") || t.equals("off") || t.equals("no")) {
                    return Boolean.FALSE;
                }
                break;
            default:
                long v = parseSize(t);
                if (v >= min && v <= max) {
                    return v;
                }
                break;
        }
        throw new InvalidOptionException("bad value '" + text + "' for option " + key + " of collector " + collector
                + ": expected " + allowed());
    }

    /** Bytes in a size such as {@code 4096}, {@code 64k}, {@code 8m}, {@code 2g}; -1 if malformed. */
    public static long parseSize(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("b")) {
            t = t.substring(0, t.length() - 1);
        }
        long unit = 1;
        if (t.endsWith("k")) {
            unit = 1L << 10;
        } else if (t.endsWith("m")) {
            unit = 1L << 20;
        } else if (t.endsWith("g")) {
            unit = 1L << 30;
        }
        if (unit != 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            long v = Long.parseLong(t);
            if (v < 0 || v > Long.MAX_VALUE / unit) {
                return -1;
            }
            return v * unit;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return key + "=" + defaultValue + " (" + allowed() + "): " + description;
    }
}
