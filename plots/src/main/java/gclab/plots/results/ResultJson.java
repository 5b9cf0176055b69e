package gclab.plots.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes and reads {@code result.json} ({@link RunResult}) with Jackson. Reading is strict, as a schema check:
 * an unknown field, a missing field, a null where a number belongs, or a {@code schemaVersion} other than one
 * this code knows is a {@link ResultFormatException} naming the field. Older files are still read: version 1
 * (without {@code counts.fragmentationMisses}) with the misses as unknown, versions 1 and 2 (without
 * {@code pauseEvents[].tenuring}) with no tenuring distributions.
 */
public final class ResultJson {
    // ObjectReader and ObjectWriter are immutable and thread-safe: shared constants, not state.
    private static final ObjectWriter WRITER = mapper().writerFor(RunResult.class);
    private static final ObjectReader READER = mapper().readerFor(RunResult.class);
    private static final ObjectReader TREE = mapper().reader();

    private ResultJson() {
    }

    public static String toJson(RunResult result) {
        try {
            return WRITER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write result as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(RunResult result, Path file) throws IOException {
        Files.writeString(file, toJson(result) + "\n");
    }

    /** Parses a result, checking its schema version first. */
    public static RunResult fromJson(String json) {
        JsonNode tree;
        try {
            tree = TREE.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ResultFormatException("not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode version = tree == null ? null : tree.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ResultFormatException("not a gclab result: no schemaVersion field");
        }
        int v = version.intValue();
        if (v < RunResult.OLDEST_READABLE_VERSION || v > RunResult.SCHEMA_VERSION) {
            throw new ResultFormatException("result has schema version " + v + "; this gclab reads versions "
                    + RunResult.OLDEST_READABLE_VERSION + " to " + RunResult.SCHEMA_VERSION);
        }
        if (v == 1) {
            upgradeFromVersion1(tree);
        }
        if (v <= 2) {
            upgradeFromVersion2(tree);
        }
        try {
            return READER.readValue(tree);
        } catch (IOException e) {
            throw new ResultFormatException("result does not match schema version " + RunResult.SCHEMA_VERSION
                    + ": " + describe(e), e);
        }
    }

    /**
     * Version 1 is version 2 without {@code counts.fragmentationMisses}: the field is added as
     * {@link RunResult.Counts#MISSES_UNKNOWN} (if {@code counts} is there at all; else the strict read names it).
     */
    private static void upgradeFromVersion1(JsonNode tree) {
        JsonNode counts = tree.get("counts");
        if (counts instanceof ObjectNode c && !c.has("fragmentationMisses")) {
            c.put("fragmentationMisses", RunResult.Counts.MISSES_UNKNOWN);
        }
    }

    /** Version 2 is version 3 without {@code pauseEvents[].tenuring}: each pause gets a null one. */
    private static void upgradeFromVersion2(JsonNode tree) {
        JsonNode pauses = tree.get("pauseEvents");
        if (pauses != null) {
            for (JsonNode pause : pauses) {
                if (pause instanceof ObjectNode p && !p.has("tenuring")) {
                    p.putNull("tenuring");
                }
            }
        }
    }

    /** "at counts.pauses: Cannot map `null` into type `int`": where, and what, without Jackson's advice. */
    static String describe(IOException e) {
        if (!(e instanceof JsonMappingException)) {
            return e.getMessage();
        }
        JsonMappingException m = (JsonMappingException) e;
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        String message = m.getOriginalMessage();
        int advice = message.indexOf(" (set ");
        if (advice > 0) {
            message = message.substring(0, advice);
        }
        return path.length() == 0 ? message : "at " + path + ": " + message;
    }

    public static RunResult read(Path file) throws IOException {
        try {
            return fromJson(Files.readString(file));
        } catch (ResultFormatException e) {
            throw new ResultFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /** A new mapper configured as result files are read and written (also for the package's other JSON). */
    static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** An unreadable result file: one line saying why. */
    public static final class ResultFormatException extends RuntimeException {
        public ResultFormatException(String message) {
            super(message);
        }

        public ResultFormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
