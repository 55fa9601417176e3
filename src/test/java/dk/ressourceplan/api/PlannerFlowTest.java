package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A planner's day over real HTTP: submit a term, solve it, watch it improve, read it, explain it, publish it. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PlannerFlowTest {

    @TempDir
    Path dataDirectory;

    @Test
    void submitSolveWatchExplainPublish() {
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            assertEquals("ok", planner.get("/health").json().get("status").asText());

            TestPlanner.Response created = planner.post("/api/plans?name=Vejle%20for%C3%A5r", TestPlanner.smallTerm(1));
            assertEquals(201, created.status(), created.body());
            assertEquals(1, created.json().get("revision").asInt());
            String planId = created.json().get("id").asText();

            JsonNode listed = planner.get("/api/plans").json().get(0);
            assertEquals(planId, listed.get("id").asText());
            assertEquals("Vejle forår", listed.get("name").asText());
            assertEquals("idle", listed.get("status").asText());
            assertTrue(listed.get("published").isNull());

            // Long enough never to end by itself: the planner stops it once it has shown progress.
            TestPlanner.Response started = planner.post("/api/plans/" + planId + "/solve?seconds=600");
            assertEquals(202, started.status(), started.body());
            assertEquals("solving", started.json().get("status").asText());
            assertEquals(409, planner.post("/api/plans/" + planId + "/solve").status(), "one solve per plan at a time");

            List<TestPlanner.Event> events = new ArrayList<>();
            Iterator<TestPlanner.Event> stream = planner.events(planId);
            while (stream.hasNext()) {
                TestPlanner.Event event = stream.next();
                events.add(event);
                if (event.name().equals("best") && events.stream().filter(e -> e.name().equals("best")).count() == 1) {
                    TestPlanner.Response stopped = planner.delete("/api/plans/" + planId + "/solve");
                    assertEquals(200, stopped.status(), stopped.body());
                    assertEquals("idle", stopped.json().get("status").asText());
                }
            }
            assertEquals("status", events.get(0).name());
            assertEquals("solving", events.get(0).data().get("status").asText());
            TestPlanner.Event best = events.stream().filter(e -> e.name().equals("best")).findFirst().orElseThrow();
            assertNotNull(best.data().get("score").textValue());
            assertTrue(best.data().get("kpis").has("coveragePercent"));
            assertTrue(best.data().get("secondsSpent").isNumber());
            TestPlanner.Event done = events.get(events.size() - 1);
            assertEquals("done", done.name(), "the stream ends with done");
            assertEquals("idle", done.data().get("status").asText());
            assertEquals(2, done.data().get("revision").asInt());

            JsonNode plan = planner.get("/api/plans/" + planId).json();
            assertEquals("idle", plan.get("status").asText());
            assertEquals(2, plan.get("revision").asInt());
            assertEquals(done.data().get("score"), plan.get("score"));
            assertEquals(plan.get("score"), plan.get("solution").get("score"));
            assertTrue(plan.get("solution").has("sessions"));
            assertFalse(plan.get("problem").has("sessions"), "the problem is kept as submitted, without a solution");
            JsonNode solution = plan.get("revisions").get(1);
            assertEquals("SOLUTION", solution.get("kind").asText());
            assertEquals("COMPLETE", solution.get("state").asText());
            assertEquals(TestPlanner.PLANNER_NAME, solution.get("author").asText(), "the user who started the solve");
            assertFalse(solution.get("interrupted").asBoolean());

            JsonNode status = planner.get("/api/plans/" + planId + "/status").json();
            assertEquals("idle", status.get("status").asText());
            assertEquals(2, status.get("revision").asInt());

            JsonNode analysis = planner.get("/api/plans/" + planId + "/analysis").json();
            assertNotNull(analysis.get("score").textValue());
            List<String> levels = new ArrayList<>();
            for (JsonNode constraint : analysis.get("constraints")) {
                levels.add(constraint.get("level").asText());
                assertFalse(constraint.get("score").asText().matches("0hard/0medium/0soft"), "broken rules only");
                assertEquals(constraint.get("matchCount").asInt(), constraint.get("matches").size());
                JsonNode match = constraint.get("matches").get(0);
                assertFalse(match.get("text").asText().isBlank());
                assertFalse(match.get("textEn").asText().isBlank());
                assertTrue(match.get("staffIds").isArray());
            }
            assertFalse(levels.isEmpty(), "a small term always leaves something to prefer, such as travel");
            assertEquals(levels.stream().sorted(PlannerFlowTest::bySeverity).toList(), levels, "hard rules first");

            TestPlanner.Response published = planner.post("/api/plans/" + planId + "/publish");
            assertEquals(200, published.status(), published.body());
            assertEquals(2, published.json().get("revision").asInt());
            assertEquals(TestPlanner.PLANNER_NAME, published.json().get("by").asText(), "the user who published it");
            assertEquals(published.json(), planner.get("/api/plans/" + planId).json().get("published"));
            assertEquals(published.json(), planner.get("/api/plans").json().get(0).get("published"));
        }
    }

    @Test
    void anIdlePlansEventsSayDoneAtOnce() {
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            String planId = planner.submit(TestPlanner.smallTerm(2));

            List<String> names = new ArrayList<>();
            planner.events(planId).forEachRemaining(event -> names.add(event.name()));

            assertEquals(List.of("status", "done"), names);
        }
    }

    @Test
    void nothingSolvedCannotBePublishedOrExplained() {
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            String planId = planner.submit(TestPlanner.smallTerm(3));

            assertEquals(409, planner.post("/api/plans/" + planId + "/publish").status());
            assertEquals(409, planner.get("/api/plans/" + planId + "/analysis").status());
        }
    }

    @Test
    void aDeletedPlanIsGoneAndItsSolveStopped() {
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            String planId = planner.submit(TestPlanner.smallTerm(4));
            assertEquals(202, planner.post("/api/plans/" + planId + "/solve?seconds=600").status());

            assertEquals(204, planner.delete("/api/plans/" + planId).status());

            assertEquals(404, planner.get("/api/plans/" + planId).status());
            assertEquals(0, planner.get("/api/plans").json().size());
        }
    }

    private static int bySeverity(String level, String other) {
        List<String> order = List.of("hard", "medium", "soft");
        return Integer.compare(order.indexOf(level), order.indexOf(other));
    }
}
