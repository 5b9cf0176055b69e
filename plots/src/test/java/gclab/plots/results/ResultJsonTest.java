package gclab.plots.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gclab.plots.SampleRun;
import gclab.plots.results.ResultJson.ResultFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** result.json round-trips, is read strictly against its schema, and every field of it is documented. */
class ResultJsonTest {
    private final RunResult sample = SampleRun.sample();

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("result.json");
        ResultJson.write(sample, file);
        RunResult back = ResultJson.read(file);
        assertEquals(sample, back);
        assertEquals(ResultJson.toJson(sample), ResultJson.toJson(back), "and writes the same text again");
    }

    @Test
    void anErrorAndAClassPathRoundTrip() {
        RunResult.Inputs inputs = new RunResult.Inputs(null, "demo.Main", "/tmp/classes", java.util.List.of(),
                "nogc", Map.of(), 1 << 20, true, true);
        RunResult failed = RunResult.of(inputs, SampleRun.ENVIRONMENT,
                new RunResult.Outcome(SampleRun.STARTED.toString(), 1234, 1,
                        "OutOfMemoryError: heap exhausted, \"quoted\""),
                new SampleRun().telemetry, null);
        assertEquals(failed, ResultJson.fromJson(ResultJson.toJson(failed)));
        assertEquals("demo.Main", failed.programName());
    }

    @Test
    void theVersionIsCheckedFirst() {
        String json = ResultJson.toJson(sample);
        String newer = json.replaceFirst("\"schemaVersion\" : 3", "\"schemaVersion\" : 4");
        ResultFormatException e = assertThrows(ResultFormatException.class, () -> ResultJson.fromJson(newer));
        assertEquals("result has schema version 4; this gclab reads versions 1 to 3", e.getMessage());
        String ancient = json.replaceFirst("\"schemaVersion\" : 3", "\"schemaVersion\" : 0");
        e = assertThrows(ResultFormatException.class, () -> ResultJson.fromJson(ancient));
        assertEquals("result has schema version 0; this gclab reads versions 1 to 3", e.getMessage());
        e = assertThrows(ResultFormatException.class, () -> ResultJson.fromJson("{\"a\": 1}"));
        assertEquals("not a gclab result: no schemaVersion field", e.getMessage());
        e = assertThrows(ResultFormatException.class, () -> ResultJson.fromJson("{ nope"));
        assertTrue(e.getMessage().startsWith("not JSON"), e.getMessage());
    }

    @Test
    void fragmentationMissesRoundTripAndAVersion1FileReadsThemAsUnknown() throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode tree = (ObjectNode) m.readTree(ResultJson.toJson(sample));
        assertEquals(1, tree.get("counts").get("fragmentationMisses").longValue());
        assertEquals(1, ResultJson.fromJson(tree.toString()).counts().fragmentationMisses());

        tree.put("schemaVersion", 1);
        ((ObjectNode) tree.get("counts")).remove("fragmentationMisses");
        RunResult old = ResultJson.fromJson(tree.toString());
        assertEquals(RunResult.Counts.MISSES_UNKNOWN, old.counts().fragmentationMisses());
        assertEquals("?", old.counts().fragmentationMissesText());
        assertEquals(1, old.schemaVersion());
        assertEquals(sample.counts().fragmentationFailures(), old.counts().fragmentationFailures());

        ObjectNode withoutMisses = (ObjectNode) m.readTree(ResultJson.toJson(sample));
        ((ObjectNode) withoutMisses.get("counts")).remove("fragmentationMisses");
        ResultFormatException e = assertThrows(ResultFormatException.class,
                () -> ResultJson.fromJson(withoutMisses.toString()));
        assertTrue(e.getMessage().contains("fragmentationMisses"), "version 2 requires them: " + e.getMessage());
    }

    @Test
    void aVersion2FileReadsWithoutTenuringDistributions() throws IOException {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(ResultJson.toJson(sample));
        tree.put("schemaVersion", 2);
        for (JsonNode pause : tree.get("pauseEvents")) {
            ((ObjectNode) pause).remove("tenuring");
        }
        RunResult old = ResultJson.fromJson(tree.toString());
        assertTrue(old.pauseEvents().stream().allMatch(p -> p.tenuring() == null));
        assertEquals(sample.pauseEvents().size(), old.pauseEvents().size());

        ObjectNode current = (ObjectNode) new ObjectMapper().readTree(ResultJson.toJson(sample));
        ((ObjectNode) current.get("pauseEvents").get(0)).remove("tenuring");
        ResultFormatException e = assertThrows(ResultFormatException.class,
                () -> ResultJson.fromJson(current.toString()));
        assertTrue(e.getMessage().contains("tenuring"), "version 3 requires the field: " + e.getMessage());
    }

    @Test
    void unknownMissingAndNullFieldsAreRefusedByName() throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode tree = (ObjectNode) m.readTree(ResultJson.toJson(sample));
        ((ObjectNode) tree.get("pauses")).put("p42Nanos", 1);
        ResultFormatException e = assertThrows(ResultFormatException.class,
                () -> ResultJson.fromJson(tree.toString()));
        assertTrue(e.getMessage().contains("p42Nanos"), e.getMessage());

        ObjectNode missing = (ObjectNode) m.readTree(ResultJson.toJson(sample));
        ((ObjectNode) missing.get("outcome")).remove("runNanos");
        e = assertThrows(ResultFormatException.class, () -> ResultJson.fromJson(missing.toString()));
        assertTrue(e.getMessage().contains("runNanos"), e.getMessage());

        ObjectNode nulled = (ObjectNode) m.readTree(ResultJson.toJson(sample));
        ((ObjectNode) nulled.get("counts")).putNull("pauses");
        e = assertThrows(ResultFormatException.class, () -> ResultJson.fromJson(nulled.toString()));
        assertTrue(e.getMessage().contains("pauses"), e.getMessage());
    }

    @Test
    void usesTheDocumentedNamesAndUnits() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(ResultJson.toJson(sample));
        assertEquals(3, tree.get("schemaVersion").intValue());
        JsonNode tenuring = tree.get("pauseEvents").get(0).get("tenuring");
        assertEquals(3, tenuring.get("newThreshold").intValue());
        assertEquals(49_248, tenuring.get("bytesByAge").get(3).longValue());
        assertTrue(tree.get("pauseEvents").get(1).get("tenuring").isNull(), "a full pause has none");
        assertEquals("YOUNG", tree.get("pauseEvents").get(0).get("kind").textValue());
        assertEquals("ALLOCATION_FAILURE", tree.get("pauseEvents").get(0).get("cause").textValue());
        assertEquals("before", tree.get("occupancy").get(0).get("moment").textValue());
        assertEquals(9_000_000, tree.get("pauses").get("maxNanos").longValue());
        assertEquals(10, tree.get("work").get("objects-copied").longValue());
        assertEquals(1, tree.get("counts").get("pausesByKind").get("FULL").intValue());
        assertTrue(tree.get("outcome").get("error").isNull());
    }

    /** Every field name of result.json appears in docs/RESULTS.md as {@code `name`}. */
    @Test
    void everyFieldIsDocumented() throws IOException {
        Path doc = Path.of("..", "docs", "RESULTS.md");
        assertTrue(Files.exists(doc), "docs/RESULTS.md");
        String text = Files.readString(doc);
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("`([A-Za-z0-9]+)`").matcher(text);
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> fields = new TreeSet<>();
        collectFields(new ObjectMapper().readTree(ResultJson.toJson(sample)), fields);
        fields.removeAll(documented);
        assertEquals(Set.of(), fields, "fields of result.json that docs/RESULTS.md does not name");
    }

    /** Field names of objects; the keys of maps (options, work, pausesByKind, chunkSizeHistogram) are data. */
    private static void collectFields(JsonNode node, Set<String> fields) {
        if (node.isArray()) {
            node.forEach(n -> collectFields(n, fields));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                fields.add(e.getKey());
                if (!Set.of("options", "work", "pausesByKind", "chunkSizeHistogram").contains(e.getKey())) {
                    collectFields(e.getValue(), fields);
                }
            }
        }
    }
}
