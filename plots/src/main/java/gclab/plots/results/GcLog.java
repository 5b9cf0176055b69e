package gclab.plots.results;

import java.util.List;

/**
 * A GC log in the JDK's unified logging format as {@link GcLogParser} reads it: every decorated line, and the
 * pauses and concurrent phases assembled from them. Times are the uptime decoration in seconds; sizes are in
 * the units the log prints (K for space lines, M for the summary line), as the field names say.
 *
 * @param lines                every line that had decorations, in order
 * @param unparsed             lines without decorations (continuations, other output), in order
 * @param collector            the name on the {@code Using <name>} line, or null
 * @param heapMaxCapacityBytes the {@code Heap Max Capacity} of the {@code gc,init} lines, or -1
 * @param pauses               the pauses that have a summary line ({@code [gc] GC(n) Pause ... ms}), in order
 * @param concurrentPhases     concurrent phases and cycles, in order
 */
public record GcLog(List<Line> lines, List<String> unparsed, String collector, long heapMaxCapacityBytes,
                    List<Pause> pauses, List<ConcurrentPhase> concurrentPhases) {

    /** One decorated line: {@code [uptime][level][tags] message}. */
    public record Line(double uptimeSeconds, String level, List<String> tags, String message) {
        /** The tag set as written: {@code gc,phases,start}. */
        public String tagSet() {
            return String.join(",", tags);
        }
    }

    /**
     * A space's occupancy before and after a pause, from a {@code gc,heap} or {@code gc,metaspace} line:
     * {@code name: before(capacity)->after(capacity)}, in K (1024 bytes, truncated).
     */
    public record Area(String name, long beforeK, long beforeCapacityK, long afterK, long afterCapacityK) {
    }

    /**
     * A timed phase of a pause: {@code Phase 2: sweep 0.403ms} (number 2, name {@code sweep}) or G1's
     * {@code   Evacuate Collection Set: 1.1ms} (number 0).
     *
     * @param startSeconds from the matching {@code gc,phases,start} line, or NaN if there is none
     */
    public record Phase(int number, String name, double startSeconds, double endSeconds, double durationMs) {
    }

    /**
     * One stop-the-world pause.
     *
     * @param startSeconds  the uptime of its {@code gc,start} line, or NaN if there is none
     * @param endSeconds    the uptime of its summary line
     * @param kind          what follows "Pause": {@code Young}, {@code Full}, {@code Remark}, ...
     * @param qualifiers    the parenthesised words after the kind, in order: {@code [Allocation Failure]},
     *                      or G1's {@code [Normal, G1 Evacuation Pause]}
     * @param heapBeforeM   heap used before, in M, from the summary line, or -1 if it has none
     * @param heapAfterM    heap used after, in M, or -1
     * @param heapCapacityM heap capacity after, in M, or -1
     * @param durationMs    the pause time on the summary line
     * @param heap          the spaces of its {@code gc,heap} lines, in order
     * @param metaspace     its {@code gc,metaspace} line's {@code Metaspace} figures, or null
     * @param phases        its {@code gc,phases} lines, in order
     */
    public record Pause(int id, double startSeconds, double endSeconds, String kind, List<String> qualifiers,
                        long heapBeforeM, long heapAfterM, long heapCapacityM, double durationMs, List<Area> heap,
                        Area metaspace, List<Phase> phases) {
        /** The cause: the last qualifier ({@code System.gc()}, {@code G1 Evacuation Pause}), or "". */
        public String cause() {
            return qualifiers.isEmpty() ? "" : qualifiers.get(qualifiers.size() - 1);
        }

        /** The pause's title as logged: {@code Pause Young (Allocation Failure)}. */
        public String title() {
            StringBuilder b = new StringBuilder("Pause ").append(kind);
            qualifiers.forEach(q -> b.append(" (").append(q).append(')'));
            return b.toString();
        }

        /** The space named {@code name} in its {@code gc,heap} lines, or null. */
        public Area space(String name) {
            return heap.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
        }
    }

    /** Work beside the mutator: {@code GC(3) Concurrent mark 12.345ms} (name {@code mark}). */
    public record ConcurrentPhase(int id, String name, double endSeconds, double durationMs) {
    }
}
