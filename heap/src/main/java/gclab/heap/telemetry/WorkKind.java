package gclab.heap.telemetry;

/**
 * Deterministic units of collector work. The same program, collector, heap and options always give the same
 * counts, so tests assert on them where benchmarks would measure time.
 */
public enum WorkKind {
    ROOTS_SCANNED("roots scanned"),
    OBJECTS_MARKED("objects marked"),
    SLOTS_SCANNED("slots scanned"),
    WORDS_SWEPT("words swept"),
    OBJECTS_FREED("objects freed"),
    WORDS_FREED("words freed"),
    OBJECTS_COPIED("objects copied"),
    WORDS_COPIED("words copied"),
    OBJECTS_MOVED("objects moved"),
    WORDS_MOVED("words moved"),
    REFERENCES_UPDATED("references updated"),
    OBJECTS_PROMOTED("objects promoted"),
    WORDS_PROMOTED("words promoted"),
    /** Objects promoted before reaching the tenuring threshold, because to-space was full. */
    PREMATURE_PROMOTIONS("objects promoted early"),
    /** Objects a minor collection could neither copy nor promote, left in place (promotion failed). */
    PROMOTION_FAILURES("promotion failures"),
    CARDS_SCANNED("cards scanned"),
    BARRIER_SHADES("barrier shades"),
    COUNTS_INCREMENTED("counts incremented"),
    COUNTS_DECREMENTED("counts decremented"),
    CANDIDATES_SCANNED("candidates scanned"),
    /** Reference counting: zero-count-table entries examined at reconciliations (the cost of deferral). */
    ZCT_ENTRIES("zero-count entries"),
    /**
     * Reference processing: Reference objects whose referent slot the marker left untraced (weak ones, and
     * soft ones in a last-resort collection), to be cleared if their referent is found unreachable.
     */
    REFERENCES_DISCOVERED("references discovered"),
    /** Reference processing: discovered references whose referent was unreachable, so their slot was cleared. */
    REFERENCES_CLEARED("references cleared");

    private final String label;

    WorkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key used in result files: the enum name in lower case with dashes ({@code objects-marked}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
