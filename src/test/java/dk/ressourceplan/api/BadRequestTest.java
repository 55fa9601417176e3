package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.store.RevisionContent;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionState;
import dk.ressourceplan.store.SqlitePlanStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of wrong request gets a 4xx that says what is wrong and where, in the one error shape. */
class BadRequestTest {

    private static final long MAX_BODY_BYTES = 256 * 1024;

    @TempDir
    static Path dataDirectory;
    private static TestPlanner planner;

    @BeforeAll
    static void start() {
        planner = TestPlanner.start(TestPlanner.settings(dataDirectory).withMaxBodyBytes(MAX_BODY_BYTES));
    }

    @AfterAll
    static void stop() {
        planner.close();
    }

    static Stream<Arguments> invalidTerms() {
        return Stream.of(
                invalid("a required field is missing", "schools[0].name", term -> school(term).remove("name")),
                invalid("a number is text", "staff[0].hoursPerWeek", term -> staff(term, 0).put("hoursPerWeek", "many")),
                invalid("a number is negative", "staff[0].hoursPerWeek", term -> staff(term, 0).put("hoursPerWeek", -5)),
                invalid("a reference names nothing", "demands[0].classId",
                        term -> ((ObjectNode) term.get("demands").get(0)).put("classId", "no-such-class")),
                invalid("an id is used twice", "staff[1].id",
                        term -> staff(term, 1).put("id", staff(term, 0).get("id").asText())),
                invalid("a time ends before it starts", "schools[0].schoolDay[0]",
                        term -> ((ObjectNode) school(term).get("schoolDay").get(0)).put("end", "07:00")),
                invalid("a code is unknown", "staff[0].role", term -> staff(term, 0).put("role", "wizard")),
                invalid("a list is an object", "staff", term -> term.putObject("staff")),
                invalid("an id is too long", "staff[0].id", term -> staff(term, 0).put("id", "x".repeat(101))),
                invalid("a name is too long", "schools[0].name", term -> school(term).put("name", "x".repeat(201))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTerms")
    void anInvalidTermIsRefusedNamingTheField(String kind, String path, byte[] term) {
        TestPlanner.Response refused = planner.post("/api/plans", term);

        assertEquals(400, refused.status(), refused.body());
        List<String> paths = paths(refused);
        assertTrue(paths.stream().anyMatch(reported -> reported.startsWith(path)), kind + ": " + refused.body());
        for (JsonNode error : refused.json().get("errors")) {
            assertFalse(error.get("message").asText().isBlank());
            assertFalse(error.get("messageDa").asText().isBlank());
        }
    }

    @Test
    void everyProblemInATermIsReportedAtOnce() {
        byte[] term = mutated(document -> {
            staff(document, 0).put("hoursPerWeek", -5);
            ((ObjectNode) document.get("demands").get(0)).put("classId", "no-such-class");
        });

        List<String> paths = paths(planner.post("/api/plans", term));

        assertTrue(paths.contains("staff[0].hoursPerWeek"), paths.toString());
        assertTrue(paths.contains("demands[0].classId"), paths.toString());
    }

    @Test
    void aPlanNameAskedForIsCheckedAsTheTermsName() {
        for (String name : List.of("x".repeat(5_000), "Forår\u0000", "\u202Eevil")) {
            TestPlanner.Response refused = planner.post("/api/plans?name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8), TestPlanner.smallTerm(3));

            assertEquals(400, refused.status(), refused.body());
            assertEquals(List.of("name"), paths(refused));
        }
        String planId = planner.submit(TestPlanner.smallTerm(3));
        assertFalse(planner.get("/api/plans/" + planId).json().get("name").asText().isBlank());
    }

    @Test
    void malformedJsonNamesTheDocumentAndWhereItBreaks() {
        TestPlanner.Response refused = planner.post("/api/plans", "{\n  \"term\": {\n    \"name\": \"x\",,\n".getBytes(
                StandardCharsets.UTF_8));

        assertEquals(400, refused.status());
        JsonNode error = refused.json().get("errors").get(0);
        assertEquals("$", error.get("path").asText());
        assertTrue(error.get("message").asText().contains("line 3, column"), error.toString());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        byte[] huge = new byte[(int) MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');

        TestPlanner.Response refused = planner.post("/api/plans", huge);

        assertEquals(413, refused.status());
        assertEquals("$", refused.json().get("errors").get(0).get("path").asText());
    }

    @Test
    void everyPlanRouteAnswers404ForAnUnknownPlan() {
        String plan = "/api/plans/no-such-plan";
        List<TestPlanner.Response> answers = List.of(planner.get(plan), planner.delete(plan),
                planner.post(plan + "/solve"), planner.delete(plan + "/solve"), planner.get(plan + "/status"),
                planner.get(plan + "/events"), planner.get(plan + "/analysis"), planner.post(plan + "/publish"));

        for (TestPlanner.Response answer : answers) {
            assertEquals(404, answer.status(), answer.body());
            assertEquals("id", answer.json().get("errors").get(0).get("path").asText());
        }
    }

    @Test
    void anUnknownRouteAnswers404InTheErrorShape() {
        TestPlanner.Response answer = planner.get("/api/nothing-here");

        assertEquals(404, answer.status());
        assertEquals("$", answer.json().get("errors").get(0).get("path").asText());
    }

    @Test
    void aSolveTimeOutOfRangeOrNotANumberNamesSeconds() {
        String planId = planner.submit(TestPlanner.smallTerm(1));

        for (String query : List.of("?seconds=0", "?seconds=100000", "?seconds=soon")) {
            TestPlanner.Response refused = planner.post("/api/plans/" + planId + "/solve" + query);
            assertEquals(400, refused.status(), query);
            assertEquals(List.of("seconds"), paths(refused));
        }
        TestPlanner.Response wrongType = planner.post("/api/plans/" + planId + "/solve",
                "{\"seconds\": \"soon\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, wrongType.status());
        assertEquals(List.of("seconds"), paths(wrongType));
        TestPlanner.Response malformed = planner.post("/api/plans/" + planId + "/solve",
                "{\"seconds\": ".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, malformed.status());
        assertEquals(List.of("$"), paths(malformed));
        assertEquals("idle", planner.get("/api/plans/" + planId + "/status").json().get("status").asText());
    }

    @Test
    void eventsAreOnlyForClientsThatAskForAStream() {
        String planId = planner.submit(TestPlanner.smallTerm(2));

        assertEquals(406, planner.get("/api/plans/" + planId + "/events").status());
    }

    @Test
    void anUnexpectedFailureIsA500WithoutAStackTrace(@TempDir Path otherDirectory) {
        String planId;
        try (SqlitePlanStore store = SqlitePlanStore.open(otherDirectory)) {
            planId = store.createPlan("Broken", "planner", "{}").id();
            store.addRevision(planId, RevisionKind.SOLUTION, RevisionState.COMPLETE, "planner", 1,
                    new RevisionContent("{\"sessions\": \"not a list\"}", "0hard/0medium/0soft", "{}"));
        }
        try (TestPlanner broken = TestPlanner.start(otherDirectory)) {
            TestPlanner.Response failed = broken.get("/api/plans/" + planId + "/analysis");

            assertEquals(500, failed.status());
            JsonNode error = failed.json().get("errors").get(0);
            assertEquals("$", error.get("path").asText());
            assertFalse(failed.body().contains("Exception"), failed.body());
            assertFalse(failed.body().contains("at dk.ressourceplan"), failed.body());
        }
    }

    private static Arguments invalid(String kind, String path, Consumer<ObjectNode> breakIt) {
        return Arguments.of(kind, path, mutated(breakIt));
    }

    private static byte[] mutated(Consumer<ObjectNode> breakIt) {
        ObjectNode term = Json.mapper().valueToTree(SyntheticMunicipality.generate(1, 1));
        breakIt.accept(term);
        return TestPlanner.json(term);
    }

    private static ObjectNode school(ObjectNode term) {
        return (ObjectNode) term.get("schools").get(0);
    }

    private static ObjectNode staff(ObjectNode term, int index) {
        return (ObjectNode) ((ArrayNode) term.get("staff")).get(index);
    }

    private static List<String> paths(TestPlanner.Response refused) {
        List<String> paths = new ArrayList<>();
        refused.json().get("errors").forEach(error -> paths.add(error.get("path").asText()));
        return paths;
    }
}
