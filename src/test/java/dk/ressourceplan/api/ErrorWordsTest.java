package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every 400 a broken upload or body gets is in the user's words (issue 17, item 8; issue 15): no Java class, type or
 * parser setting in either language, and the Danish without the parser's English.
 */
class ErrorWordsTest {

    private static final Pattern JAVA_WORDS = Pattern.compile(
            "Exception|\\b(?:[a-z_]+\\.)+[A-Z]\\w*|java\\.|StreamReadFeature|\\[Source:|`");

    @TempDir
    static Path dataDirectory;
    private static TestPlanner planner;
    private static String planId;

    @BeforeAll
    static void start() {
        planner = TestPlanner.start(dataDirectory);
        planId = planner.submit(TestPlanner.smallTerm(2));
    }

    @AfterAll
    static void stop() {
        planner.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated-json", "wrong-type", "not-json", "truncated-xlsx", "zip-not-xlsx",
        "random-xlsx", "solve-body", "solve-body-type", "rerun-body"})
    void aBrokenRequestIsAnsweredInTheUsersWords(String kind) {
        byte[] term = TestPlanner.smallTerm(2);
        TestPlanner.Response answer = switch (kind) {
            case "truncated-json" -> planner.post("/api/plans", Arrays.copyOf(term, term.length / 2));
            case "wrong-type" -> planner.post("/api/plans", new String(term, StandardCharsets.UTF_8)
                    .replaceFirst("\"hoursPerWeek\"\\s*:\\s*[0-9.]+", "\"hoursPerWeek\": {\"a\": 1}")
                    .getBytes(StandardCharsets.UTF_8));
            case "not-json" -> planner.post("/api/plans", "hello".getBytes(StandardCharsets.UTF_8));
            case "truncated-xlsx" -> workbook(Arrays.copyOf(zip("xl/workbook.xml", "<workbook/>"), 40));
            case "zip-not-xlsx" -> workbook(zip("notes.txt", "hello"));
            case "random-xlsx" -> workbook(new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9, 9, 9});
            case "solve-body" -> planner.send("POST", "/api/plans/" + planId + "/solve", "{\"seconds\":".getBytes(
                    StandardCharsets.UTF_8), Map.of("Content-Type", "application/json"));
            case "solve-body-type" -> planner.send("POST", "/api/plans/" + planId + "/solve",
                    "{\"seconds\":\"soon\"}".getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/json"));
            case "rerun-body" -> planner.post("/api/plans/" + planId + "/changes", "{\"changes\":[".getBytes(
                    StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(kind);
        };
        assertTrue(answer.status() == 400 || answer.status() == 409, kind + ": " + answer.status() + " " + answer.body());
        for (JsonNode error : answer.json().get("errors")) {
            for (String field : new String[] {"message", "messageDa"}) {
                String text = error.get(field).asText();
                assertFalse(JAVA_WORDS.matcher(text).find(), kind + " " + field + ": " + text);
            }
            assertFalse(error.get("messageDa").asText().matches(".*(Unexpected|expected|token|end-of-input).*"),
                    kind + ": the Danish carries the parser's English: " + error.get("messageDa").asText());
        }
    }

    private static TestPlanner.Response workbook(byte[] body) {
        return planner.send("POST", "/api/plans", body, Map.of("Content-Type",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static byte[] zip(String name, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertEquals('P', bytes.toByteArray()[0]);
        return bytes.toByteArray();
    }
}
