package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.io.timetable.UntisExports;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's term gets a school's class timetables from uploaded Untis or CSV files (issue 20), over real HTTP. */
class TimetableApiTest {

    private static final String BOUNDARY = "----timetable-test";

    @TempDir
    Path dataDirectory;
    private TestPlanner planner;

    @BeforeEach
    void start() {
        planner = TestPlanner.start(dataDirectory);
    }

    @AfterEach
    void stop() {
        planner.close();
    }

    private static byte[] multipart(Map<String, byte[]> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((field, bytes) -> {
            String fileName = field.equals("input") && files.containsKey("lessons") ? "GPU001.TXT" : field.equals("input") ? "input.csv" : field.equals("lessons") ? "GPU002.TXT" : field + ".csv";
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bytes);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private TestPlanner.Response upload(TestPlanner as, String planId, String query, Map<String, byte[]> files) {
        return as.send("POST", "/api/plans/" + planId + "/timetable?" + query, multipart(files),
                Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY));
    }

    @Test
    void untisFilesGiveTheTermWithTheSchoolsTimetables() {
        String planId = planner.submit(TestPlanner.json(UntisExports.term()));
        List<UntisExports.Line> lines = UntisExports.lines(UntisExports.S01_CLASSES, 1);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("input", UntisExports.gpu001(lines));
        files.put("lessons", UntisExports.gpu002(lines));

        TestPlanner.Response answer = upload(planner, planId, "school=s01&format=untis", files);

        assertEquals(200, answer.status(), answer.body());
        JsonNode body = answer.json();
        assertEquals(26, body.get("term").get("classes").get(0).get("lessons").size());
        assertEquals(1, body.get("classes").get(0).get("oneWeekOnly").asInt());
        assertEquals("windows-1252", body.get("encodings").get("GPU001.TXT").asText());
        assertEquals(201, planner.post("/api/plans", TestPlanner.json(body.get("term"))).status(),
                "the term goes in as a plan as it is");
    }

    @Test
    void problemsAreA400WithFileLineAndField() {
        String planId = planner.submit(TestPlanner.json(UntisExports.term()));
        byte[] csv = "Klasse;Ugedag;Lektion\n3.A;mandag;1\n9.Z;mandag;2\n".getBytes(StandardCharsets.UTF_8);

        TestPlanner.Response answer = upload(planner, planId, "school=s01&format=csv", Map.of("input", csv));

        assertEquals(400, answer.status(), answer.body());
        JsonNode error = answer.json().get("errors").get(0);
        assertEquals("input.csv", error.get("file").asText());
        assertEquals(3, error.get("line").asInt());
        assertEquals("Klasse", error.get("field").asText());
        assertEquals("input.csv, linje 3, 'Klasse': klassen \"9.Z\" findes ikke på Søndre Skole i terminen",
                error.get("messageDa").asText());
        assertFalse(answer.json().has("term"));
    }

    @Test
    void onlyThePlannerMayImportTimetables() {
        String planId = planner.submit(TestPlanner.json(UntisExports.term()));
        TestPlanner leader = planner.newUser("PPR-leder", UserRole.PPR_LEADER, null, null);

        assertEquals(403, upload(leader, planId, "school=s01&format=csv", Map.of("input", new byte[0])).status());
    }
}
