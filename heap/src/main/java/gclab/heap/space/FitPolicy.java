package gclab.heap.space;

import java.util.Locale;

/** How a {@link FreeListSpace} chooses the free chunk for a request (Wilson et al., 1995, "Dynamic Storage Allocation"). */
public enum FitPolicy {
    /** The lowest-addressed chunk large enough, from an address-ordered tree. Splinters the low end. */
    FIRST_FIT("first-fit"),
    /** The smallest chunk large enough, from a size-ordered tree. Leaves the largest chunks whole. */
    BEST_FIT("best-fit"),
    /** One exact-size list per small size class (LIFO), large chunks apart in best-fit order. */
    SEGREGATED("segregated");

    private final String optionName;

    FitPolicy(String optionName) {
        this.optionName = optionName;
    }

    /** The name used in collector options ({@code policy=first-fit}). */
    public String optionName() {
        return optionName;
    }

    /** The policy with this option name, or null. */
    public static FitPolicy fromOptionName(String name) {
        for (FitPolicy p : values()) {
            if (p.optionName.equals(name.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}
