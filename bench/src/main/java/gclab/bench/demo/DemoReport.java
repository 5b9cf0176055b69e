package gclab.bench.demo;

import java.util.List;
import java.util.Locale;

/** Turns the results of a comparison into the table the demo prints. */
public final class DemoReport {
    private DemoReport() {
    }

    /** One row per result, one column per figure; a run that stopped shows why in the checksum column. */
    public static String table(List<DemoResult> results) {
        TextTable t = new TextTable("collector", "pauses", "pause ms", "p50 ms", "p99 ms", "max ms", "GC %",
                "marked", "swept MW", "moved", "copied", "ext.frag", "frag.miss", "run ms", "checksum");
        for (DemoResult r : results) {
            t.add(r.config().label(), Integer.toString(r.pauses()), millis(r.totalPauseNanos()),
                    millis(r.p50PauseNanos()), millis(r.p99PauseNanos()), millis(r.maxPauseNanos()),
                    String.format(Locale.ROOT, "%.1f", 100 * r.gcShare()), count(r.objectsMarked()),
                    String.format(Locale.ROOT, "%.1f", r.wordsSwept() / 1e6), count(r.objectsMoved()), count(r.objectsCopied()),
                    String.format(Locale.ROOT, "%.3f", r.externalFragmentation()),
                    count(r.fragmentationMisses()), millis(r.runNanos()),
                    r.completed() ? checksum(r.checksum()) : r.failure());
        }
        return t.render();
    }

    /** What each column means. */
    public static String legend() {
        return String.join(System.lineSeparator(),
                "pauses: stop-the-world pauses; pause ms: their total; p50/p99/max: pause percentiles (HdrHistogram);",
                "GC %: total pause / run time; marked: objects marked; swept MW: millions of words swept;",
                "moved: objects moved by compaction; copied: objects copied by evacuation (a minor collection);",
                "ext.frag: 1 - largest free chunk / free bytes when the run ended;",
                "frag.miss: allocations refused although enough bytes were free in total (each triggers a collection);",
                "run ms: wall time of the whole run, mutator and collector.");
    }

    /** The checksum as 16 hex digits. */
    public static String checksum(long checksum) {
        return String.format(Locale.ROOT, "%016x", checksum);
    }

    private static String millis(long nanos) {
        double ms = nanos / 1e6;
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : "%.2f", ms);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
