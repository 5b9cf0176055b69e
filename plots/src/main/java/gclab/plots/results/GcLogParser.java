package gclab.plots.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GC log in the JDK's unified logging format: gclab's own ({@link GcLogWriter}) and HotSpot's
 * {@code -Xlog:gc*} logs (Serial, Parallel, G1), for side-by-side comparison. Decorations may be any of
 * HotSpot's, in any order, padded or not; the uptime ({@code 0.123s}, {@code 123ms} or {@code 123ns}), level
 * and tags are picked out of them. Lines it does not understand are kept as {@link GcLog.Line}s and otherwise
 * ignored, so a log with more tags than {@code gc*} parses too.
 */
public final class GcLogParser {
    private static final Set<String> LEVELS = Set.of("trace", "debug", "info", "warning", "error", "off");
    private static final Pattern UPTIME = Pattern.compile("(\\d+(?:[.,]\\d+)?)(s|ms|ns)");
    private static final Pattern TAGS = Pattern.compile("[a-z][a-z0-9_]*(,[a-z][a-z0-9_]*)*");
    private static final Pattern GC_ID = Pattern.compile("GC\\((\\d+)\\) (.*)");
    private static final Pattern SUMMARY = Pattern.compile(
            "(.*?)(?: (\\d+)M->(\\d+)M\\((\\d+)M\\))? (\\d+(?:[.,]\\d+)?)ms");
    private static final Pattern AREA = Pattern.compile("(\\S+): (\\d+)K\\((\\d+)K\\)->(\\d+)K\\((\\d+)K\\)");
    private static final Pattern NUMBERED_PHASE = Pattern.compile("Phase (\\d+): (.*)");
    private static final Pattern TIMED = Pattern.compile("(.*?):? (\\d+(?:[.,]\\d+)?)ms");
    private static final Pattern SIZE = Pattern.compile("(\\d+)([BKMGT])");

    private GcLogParser() {
    }

    public static GcLog parse(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in);
        }
    }

    public static GcLog parse(String text) {
        try {
            return parse(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GcLog parse(Reader reader) throws IOException {
        State state = new State();
        BufferedReader in = new BufferedReader(reader);
        for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
            GcLog.Line line = decorated(raw);
            if (line == null) {
                if (!raw.isEmpty()) {
                    state.unparsed.add(raw);
                }
                continue;
            }
            state.lines.add(line);
            state.interpret(line);
        }
        return new GcLog(List.copyOf(state.lines), List.copyOf(state.unparsed), state.collector,
                state.heapMaxCapacity, List.copyOf(state.pauses), List.copyOf(state.concurrent));
    }

    /** The line's decorations and message, or null if it has no uptime and tags. */
    static GcLog.Line decorated(String raw) {
        int pos = 0;
        double uptime = Double.NaN;
        String level = null;
        String tags = null;
        while (pos < raw.length() && raw.charAt(pos) == '[') {
            int close = raw.indexOf(']', pos);
            if (close < 0) {
                return null;
            }
            String value = raw.substring(pos + 1, close).trim();
            Matcher m = UPTIME.matcher(value);
            if (LEVELS.contains(value)) {
                level = value;
            } else if (Double.isNaN(uptime) && m.matches()) {
                double v = Double.parseDouble(m.group(1).replace(',', '.'));
                uptime = switch (m.group(2)) {
                    case "s" -> v;
                    case "ms" -> v / 1e3;
                    default -> v / 1e9;
                };
            } else if (TAGS.matcher(value).matches()) {
                tags = value;
            }
            pos = close + 1;
        }
        if (pos == 0 || tags == null) {
            return null;
        }
        String message = pos < raw.length() && raw.charAt(pos) == ' ' ? raw.substring(pos + 1) : raw.substring(pos);
        return new GcLog.Line(uptime, level, List.of(tags.split(",")), message);
    }

    /** "Young (Allocation Failure)" as the kind and the balanced parenthesised groups after it. */
    static List<String> qualifiers(String afterKind) {
        List<String> groups = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < afterKind.length(); i++) {
            char c = afterKind.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    start = i + 1;
                }
            } else if (c == ')' && depth > 0 && --depth == 0) {
                groups.add(afterKind.substring(start, i));
            }
        }
        return groups;
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }

    /** The lines of one pause, gathered until its summary line. */
    private static final class PauseBuilder {
        final int id;
        double start = Double.NaN;
        final List<GcLog.Area> heap = new ArrayList<>();
        GcLog.Area metaspace;
        final List<GcLog.Phase> phases = new ArrayList<>();
        final Map<String, Double> phaseStarts = new HashMap<>();

        PauseBuilder(int id) {
            this.id = id;
        }
    }

    private static final class State {
        final List<GcLog.Line> lines = new ArrayList<>();
        final List<String> unparsed = new ArrayList<>();
        final List<GcLog.Pause> pauses = new ArrayList<>();
        final List<GcLog.ConcurrentPhase> concurrent = new ArrayList<>();
        final Map<Integer, PauseBuilder> open = new HashMap<>();
        String collector;
        long heapMaxCapacity = -1;

        PauseBuilder builder(int id) {
            return open.computeIfAbsent(id, PauseBuilder::new);
        }

        void interpret(GcLog.Line line) {
            String tags = line.tagSet();
            String message = line.message();
            Matcher id = GC_ID.matcher(message);
            if (!id.matches()) {
                if (tags.equals("gc") && message.startsWith("Using ")) {
                    collector = message.substring("Using ".length()).trim();
                } else if (tags.equals("gc,init") && message.startsWith("Heap Max Capacity: ")) {
                    Matcher m = SIZE.matcher(message.substring("Heap Max Capacity: ".length()).trim());
                    if (m.matches()) {
                        heapMaxCapacity = Long.parseLong(m.group(1)) << (10 * "BKMGT".indexOf(m.group(2)));
                    }
                }
                return;
            }
            int gc = Integer.parseInt(id.group(1));
            String rest = id.group(2);
            switch (tags) {
                case "gc,start" -> {
                    if (rest.startsWith("Pause ")) {
                        builder(gc).start = line.uptimeSeconds();
                    }
                }
                case "gc,heap" -> {
                    Matcher m = AREA.matcher(rest);
                    while (m.find()) {
                        builder(gc).heap.add(area(m));
                    }
                }
                case "gc,metaspace" -> {
                    Matcher m = AREA.matcher(rest);
                    if (m.find() && m.group(1).equals("Metaspace")) {
                        builder(gc).metaspace = area(m);
                    }
                }
                case "gc,phases,start" -> builder(gc).phaseStarts.put(rest.strip(), line.uptimeSeconds());
                case "gc,phases" -> phase(gc, rest.strip(), line);
                case "gc" -> summary(gc, rest, line);
                default -> {
                    // other tags (gc,cpu, gc,task, gc,marking, ...) are kept as lines only
                }
            }
        }

        private void phase(int gc, String text, GcLog.Line line) {
            Matcher t = TIMED.matcher(text);
            if (!t.matches()) {
                return;
            }
            String name = t.group(1);
            double ms = number(t.group(2));
            if (name.startsWith("Concurrent ")) {
                concurrent.add(new GcLog.ConcurrentPhase(gc, name.substring("Concurrent ".length()),
                        line.uptimeSeconds(), ms));
                return;
            }
            PauseBuilder b = builder(gc);
            Double start = b.phaseStarts.remove(name);
            Matcher numbered = NUMBERED_PHASE.matcher(name);
            int number = numbered.matches() ? Integer.parseInt(numbered.group(1)) : 0;
            b.phases.add(new GcLog.Phase(number, numbered.matches() ? numbered.group(2) : name,
                    start == null ? Double.NaN : start, line.uptimeSeconds(), ms));
        }

        private void summary(int gc, String text, GcLog.Line line) {
            Matcher s = SUMMARY.matcher(text);
            if (!s.matches()) {
                return;
            }
            String title = s.group(1);
            double ms = number(s.group(5));
            if (!title.startsWith("Pause ")) {
                // G1's "Concurrent Mark Cycle 12.3ms", Shenandoah's "Concurrent marking 1.2ms"
                String name = title.startsWith("Concurrent ") ? title.substring("Concurrent ".length()) : title;
                concurrent.add(new GcLog.ConcurrentPhase(gc, name, line.uptimeSeconds(), ms));
                return;
            }
            String afterPause = title.substring("Pause ".length());
            int paren = afterPause.indexOf(" (");
            String kind = paren < 0 ? afterPause : afterPause.substring(0, paren);
            List<String> qualifiers = paren < 0 ? List.of() : qualifiers(afterPause.substring(paren));
            PauseBuilder b = open.remove(gc);
            if (b == null) {
                b = new PauseBuilder(gc);
            }
            boolean sized = s.group(2) != null;
            pauses.add(new GcLog.Pause(gc, b.start, line.uptimeSeconds(), kind, List.copyOf(qualifiers),
                    sized ? Long.parseLong(s.group(2)) : -1, sized ? Long.parseLong(s.group(3)) : -1,
                    sized ? Long.parseLong(s.group(4)) : -1, ms, List.copyOf(b.heap), b.metaspace,
                    List.copyOf(b.phases)));
        }

        private static GcLog.Area area(Matcher m) {
            return new GcLog.Area(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4)), Long.parseLong(m.group(5)));
        }
    }
}
