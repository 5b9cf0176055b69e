package gclab.bench.experiment;

import gclab.heap.spi.OptionSpec;
import java.util.Locale;

/** Sizes as the command line writes them: {@code 16m}, {@code 512k}, {@code 1g}, or bytes. */
public final class Sizes {
    private Sizes() {
    }

    /**
     * Bytes in {@code text} ({@code 16m}, {@code 512k}, {@code 1g}, or bytes), read by the collectors' own
     * {@link OptionSpec#parseSize}; a malformed size is an {@link IllegalArgumentException} naming it.
     */
    public static long parse(String text) {
        long bytes = OptionSpec.parseSize(text);
        if (bytes < 0) {
            throw new IllegalArgumentException("bad size '" + text + "': write bytes with an optional suffix k, m"
                    + " or g, e.g. 64m");
        }
        return bytes;
    }

    /** The shortest exact form: {@code 16m}, {@code 1536k}, {@code 100}. */
    public static String format(long bytes) {
        if (bytes != 0 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + "g";
        }
        if (bytes != 0 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + "m";
        }
        if (bytes != 0 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + "k";
        }
        return Long.toString(bytes);
    }

    /** A human figure with one decimal: {@code 12.3 MiB}. */
    public static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / (double) (1L << 10));
        }
        return bytes + " B";
    }
}
