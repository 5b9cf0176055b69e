package gclab.plots.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gclab.heap.telemetry.HeapSnapshot;
import gclab.heap.telemetry.HeapSnapshot.Kind;
import gclab.plots.results.ResultJson.ResultFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads {@code heap-snapshot.json}, a {@link HeapSnapshot} for the heap map: per space its runs as
 * three parallel arrays, the kinds as one letter a run ({@code o} objects, {@code f} free, {@code h} hole).
 * Compact, one line; documented in {@code docs/RESULTS.md}.
 */
public final class HeapSnapshotJson {
    /** The version of this file's schema. */
    public static final int SCHEMA_VERSION = 1;

    private HeapSnapshotJson() {
    }

    /** The file's top level. */
    public record File(int schemaVersion, int pauseId, long atNanos, int heapWords, List<Space> spaces) {
    }

    /** One space: {@code kinds.charAt(i)}, {@code words[i]} and {@code objects[i]} describe run {@code i}. */
    public record Space(String name, int start, int end, String kinds, int[] words, int[] objects) {
    }

    public static String toJson(HeapSnapshot snapshot) {
        List<Space> spaces = new ArrayList<>();
        for (HeapSnapshot.SpaceMap s : snapshot.spaces()) {
            StringBuilder kinds = new StringBuilder(s.runCount());
            for (Kind k : s.kinds()) {
                kinds.append(letter(k));
            }
            spaces.add(new Space(s.name(), s.start(), s.end(), kinds.toString(), s.words(), s.objects()));
        }
        try {
            return mapper().writeValueAsString(new File(SCHEMA_VERSION, snapshot.pauseId(), snapshot.atNanos(),
                    snapshot.heapWords(), spaces));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write heap snapshot: " + e.getOriginalMessage(), e);
        }
    }

    public static HeapSnapshot fromJson(String json) {
        File f;
        try {
            f = mapper().readValue(json, File.class);
        } catch (JsonProcessingException e) {
            throw new ResultFormatException("not a heap snapshot: " + e.getOriginalMessage(), e);
        }
        if (f.schemaVersion() != SCHEMA_VERSION) {
            throw new ResultFormatException("heap snapshot has schema version " + f.schemaVersion()
                    + "; this gclab reads version " + SCHEMA_VERSION);
        }
        List<HeapSnapshot.SpaceMap> maps = new ArrayList<>();
        try {
            for (Space s : f.spaces()) {
                List<Kind> kinds = new ArrayList<>(s.kinds().length());
                for (int i = 0; i < s.kinds().length(); i++) {
                    kinds.add(kind(s.kinds().charAt(i)));
                }
                maps.add(HeapSnapshot.SpaceMap.of(s.name(), s.start(), s.end(), kinds, s.words(), s.objects()));
            }
            return HeapSnapshot.of(f.pauseId(), f.atNanos(), f.heapWords(), maps);
        } catch (IllegalArgumentException e) {
            throw new ResultFormatException("inconsistent heap snapshot: " + e.getMessage(), e);
        }
    }

    public static void write(HeapSnapshot snapshot, Path file) throws IOException {
        Files.writeString(file, toJson(snapshot) + "\n");
    }

    public static HeapSnapshot read(Path file) throws IOException {
        try {
            return fromJson(Files.readString(file));
        } catch (ResultFormatException e) {
            throw new ResultFormatException(file + ": " + e.getMessage(), e);
        }
    }

    private static ObjectMapper mapper() {
        return ResultJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);
    }

    private static char letter(Kind k) {
        return switch (k) {
            case OBJECTS -> 'o';
            case FREE -> 'f';
            case HOLE -> 'h';
        };
    }

    private static Kind kind(char c) {
        return switch (c) {
            case 'o' -> Kind.OBJECTS;
            case 'f' -> Kind.FREE;
            case 'h' -> Kind.HOLE;
            default -> throw new IllegalArgumentException("unknown run kind '" + c + "'");
        };
    }
}
