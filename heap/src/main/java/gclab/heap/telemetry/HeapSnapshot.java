package gclab.heap.telemetry;

import gclab.heap.Heap;
import gclab.heap.space.Space;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the simulated heap holds at one moment, for a heap map: every space as a sequence of <em>runs</em>,
 * maximal stretches of adjacent chunks of one {@link Kind} found by {@link Space#walk}. Adjacent objects make
 * one run (with their count), adjacent free chunks one run, so a compacted heap is a handful of runs however
 * many objects it holds, and a fragmented one shows each hole.
 *
 * <p>Take it while the mutator is stopped: after a pause, from a {@link Recorder} listening to the telemetry.
 * Words of the heap outside every space (address 0, unreserved words at the top) belong to no run.
 */
public final class HeapSnapshot {
    /** What a run holds. */
    public enum Kind {
        /** Live or not-yet-collected objects. */
        OBJECTS,
        /** Free chunks of at least two words (on a free list, or past a bump space's top). */
        FREE,
        /** One-word free holes: too small for any object, on no free list ("dark matter"). */
        HOLE
    }

    private final int pauseId;
    private final long atNanos;
    private final int heapWords;
    private final List<SpaceMap> spaces;

    private HeapSnapshot(int pauseId, long atNanos, int heapWords, List<SpaceMap> spaces) {
        this.pauseId = pauseId;
        this.atNanos = atNanos;
        this.heapWords = heapWords;
        this.spaces = List.copyOf(spaces);
    }

    /** A snapshot made of parts (read back from a file). */
    public static HeapSnapshot of(int pauseId, long atNanos, int heapWords, List<SpaceMap> spaces) {
        for (SpaceMap s : spaces) {
            if (s.start() < 0 || s.end() > heapWords) {
                throw new IllegalArgumentException("space " + s.name() + " lies outside a heap of " + heapWords
                        + " words");
            }
        }
        return new HeapSnapshot(pauseId, atNanos, heapWords, spaces);
    }

    /**
     * Walks every space of {@code heap} now. After this, the snapshot holds, per space, runs that cover the
     * space exactly, in address order.
     *
     * @param pauseId the pause after which it is taken (-1 if none)
     * @param atNanos when, on the telemetry's clock
     */
    public static HeapSnapshot capture(Heap heap, int pauseId, long atNanos) {
        List<SpaceMap> maps = new ArrayList<>();
        for (Space space : heap.spaces()) {
            RunBuilder runs = new RunBuilder();
            space.walk((address, sizeWords, free) -> runs.add(
                    !free ? Kind.OBJECTS : sizeWords == 1 ? Kind.HOLE : Kind.FREE, sizeWords));
            maps.add(runs.build(space.name(), space.start(), space.end()));
        }
        return new HeapSnapshot(pauseId, atNanos, heap.capacityWords(), maps);
    }

    public int pauseId() {
        return pauseId;
    }

    public long atNanos() {
        return atNanos;
    }

    /** Size of the whole heap in words, address 0 included. */
    public int heapWords() {
        return heapWords;
    }

    public List<SpaceMap> spaces() {
        return spaces;
    }

    /** Words of kind {@code kind} across all spaces. */
    public long words(Kind kind) {
        long total = 0;
        for (SpaceMap s : spaces) {
            total += s.words(kind);
        }
        return total;
    }

    /** Number of runs across all spaces. */
    public int runCount() {
        int n = 0;
        for (SpaceMap s : spaces) {
            n += s.runCount();
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeapSnapshot && ((HeapSnapshot) o).pauseId == pauseId
                && ((HeapSnapshot) o).atNanos == atNanos && ((HeapSnapshot) o).heapWords == heapWords
                && ((HeapSnapshot) o).spaces.equals(spaces);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pauseId, atNanos, heapWords, spaces);
    }

    @Override
    public String toString() {
        return "HeapSnapshot[after pause " + pauseId + ", " + heapWords + " words, " + runCount() + " runs]";
    }

    /**
     * One space of a snapshot: {@code [start, end)} as runs in address order; run {@code i} starts at
     * {@link #runStart(int)}, is {@link #runWords(int)} words of {@link #kind(int)}, and holds
     * {@link #runObjects(int)} objects (0 for free runs, the number of chunks for holes).
     */
    public static final class SpaceMap {
        private final String name;
        private final int start;
        private final int end;
        private final Kind[] kinds;
        private final int[] words;
        private final int[] objects;
        private final int[] starts;

        private SpaceMap(String name, int start, int end, Kind[] kinds, int[] words, int[] objects) {
            this.name = name;
            this.start = start;
            this.end = end;
            this.kinds = kinds;
            this.words = words;
            this.objects = objects;
            this.starts = new int[kinds.length];
            long address = start;
            for (int i = 0; i < kinds.length; i++) {
                if (words[i] <= 0) {
                    throw new IllegalArgumentException("run " + i + " of space " + name + " has " + words[i]
                            + " words");
                }
                starts[i] = (int) address;
                address += words[i];
            }
            if (address != end) {
                throw new IllegalArgumentException("the runs of space " + name + " cover " + (address - start)
                        + " words, but the space has " + (end - start));
            }
        }

        /** A space map made of parts; the runs must cover {@code [start, end)} exactly. */
        public static SpaceMap of(String name, int start, int end, List<Kind> kinds, int[] words, int[] objects) {
            if (kinds.size() != words.length || words.length != objects.length) {
                throw new IllegalArgumentException("kinds, words and objects differ in length");
            }
            return new SpaceMap(name, start, end, kinds.toArray(new Kind[0]), words.clone(), objects.clone());
        }

        public String name() {
            return name;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        public int runCount() {
            return kinds.length;
        }

        public Kind kind(int run) {
            return kinds[run];
        }

        public int runStart(int run) {
            return starts[run];
        }

        public int runWords(int run) {
            return words[run];
        }

        public int runObjects(int run) {
            return objects[run];
        }

        /** The kinds of all runs, in address order. */
        public List<Kind> kinds() {
            return List.of(kinds);
        }

        /** The lengths of all runs in words (a copy). */
        public int[] words() {
            return words.clone();
        }

        /** The object (or hole) count of all runs (a copy). */
        public int[] objects() {
            return objects.clone();
        }

        /** Words of kind {@code kind} in this space. */
        public long words(Kind kind) {
            long total = 0;
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] == kind) {
                    total += words[i];
                }
            }
            return total;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof SpaceMap)) {
                return false;
            }
            SpaceMap s = (SpaceMap) o;
            return name.equals(s.name) && start == s.start && end == s.end && Arrays.equals(kinds, s.kinds)
                    && Arrays.equals(words, s.words) && Arrays.equals(objects, s.objects);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, start, end, Arrays.hashCode(words));
        }

        @Override
        public String toString() {
            return "SpaceMap[" + name + " " + start + ".." + end + ", " + kinds.length + " runs]";
        }
    }

    /** Merges adjacent chunks of one kind into runs. */
    private static final class RunBuilder {
        private final List<Kind> kinds = new ArrayList<>();
        private int[] words = new int[16];
        private int[] objects = new int[16];

        void add(Kind kind, int sizeWords) {
            int n = kinds.size();
            if (n > 0 && kinds.get(n - 1) == kind) {
                words[n - 1] += sizeWords;
                objects[n - 1] += kind == Kind.FREE ? 0 : 1;
                return;
            }
            if (n == words.length) {
                words = Arrays.copyOf(words, n * 2);
                objects = Arrays.copyOf(objects, n * 2);
            }
            kinds.add(kind);
            words[n] = sizeWords;
            objects[n] = kind == Kind.FREE ? 0 : 1;
        }

        SpaceMap build(String name, int start, int end) {
            int n = kinds.size();
            return new SpaceMap(name, start, end, kinds.toArray(new Kind[0]), Arrays.copyOf(words, n),
                    Arrays.copyOf(objects, n));
        }
    }

    /**
     * A {@link GcListener} that captures the heap at the end of every pause {@code choose} accepts, while the
     * mutator is still stopped, and keeps the latest capture.
     */
    public static final class Recorder implements GcListener {
        private final Heap heap;
        private final Predicate<PauseRecord> choose;
        private volatile HeapSnapshot latest;

        public Recorder(Heap heap, Predicate<PauseRecord> choose) {
            this.heap = heap;
            this.choose = choose;
        }

        /** Captures after the pause numbered {@code pauseId} only. */
        public static Recorder afterPause(Heap heap, int pauseId) {
            return new Recorder(heap, p -> p.id() == pauseId);
        }

        /** Captures after every pause, keeping the last: the heap after the run's last collection. */
        public static Recorder afterEveryPause(Heap heap) {
            return new Recorder(heap, p -> true);
        }

        @Override
        public void pauseEnded(PauseRecord pause) {
            if (choose.test(pause)) {
                latest = capture(heap, pause.id(), pause.endNanos());
            }
        }

        /** The latest capture, or null if no chosen pause has ended yet. */
        public HeapSnapshot latest() {
            return latest;
        }
    }
}
