package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.PlanDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun after staff changes is a job like a solve (issue 14): the request answers 202 with the new revision's
 * number, the rerun waits for a solver in the same queue and under the same cap as solves, and its plan and what it
 * changed arrive on the plan's event stream. The solve ahead of it runs until stopped, so that the rerun waits
 * however fast the machine is.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RerunJobTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aRerunWaitsBehindARunningSolveAndItsResultArrivesOnTheEventStream() {
        PlanDocument solved = TestPlanner.solvedTerm(2, 3);
        String published = TestPlanner.storePublished(dataDirectory, solved);
        try (TestPlanner planner = TestPlanner.start(TestPlanner.settings(dataDirectory).withMaxConcurrentSolves(1))) {
            String solving = planner.submit(TestPlanner.smallTerm(1));
            assertEquals(202, planner.post("/api/plans/" + solving + "/solve?seconds=600").status());
            String download = planner.get("/api/plans/" + published + "/export.csv").body();

            TestPlanner.Response rerun = planner.post("/api/plans/" + published + "/changes?seconds=2",
                    TestPlanner.leaveFromMarch(solved));

            assertEquals(202, rerun.status(), rerun.body());
            assertEquals("queued", rerun.json().get("status").asText(), "the solve holds the one solver");
            assertEquals(1, rerun.json().get("queuePosition").asInt());
            int revision = rerun.json().get("revision").asInt();
            assertEquals(3, revision);
            JsonNode status = planner.get("/api/plans/" + published + "/status").json();
            assertEquals("queued", status.get("status").asText());
            assertEquals(revision, status.get("revision").asInt());
            JsonNode waiting = planner.get("/api/plans/" + published).json();
            JsonNode rerunRevision = waiting.get("revisions").get(2);
            assertEquals("RERUN", rerunRevision.get("kind").asText());
            assertEquals("IN_PROGRESS", rerunRevision.get("state").asText());
            assertTrue(rerunRevision.get("score").isNull(), "no plan before the rerun has run");
            assertEquals(2, waiting.get("revision").asInt(), "the plan shown is still the published one");
            assertEquals(409, planner.post("/api/plans/" + published + "/solve?seconds=1").status(), "one job per plan");
            TestPlanner.Response again = planner.post("/api/plans/" + published + "/changes",
                    TestPlanner.leaveFromMarch(solved));
            assertEquals(409, again.status(), again.body());
            assertTrue(again.json().get("errors").get(0).get("messageDa").asText().contains("genplanlagt"));

            Iterator<TestPlanner.Event> events = planner.events(published);
            assertEquals(new TestPlanner.Event("status", status("queued", 1)), events.next());
            assertEquals("solving", planner.get("/api/plans/" + solving + "/status").json().get("status").asText());

            planner.delete("/api/plans/" + solving + "/solve");
            assertEquals(new TestPlanner.Event("status", status("solving", null)), events.next(),
                    "the rerun starts when the solve frees the solver");
            assertEquals("idle", planner.get("/api/plans/" + solving + "/status").json().get("status").asText(),
                    "and not before the solve has ended");
            List<TestPlanner.Event> rest = new ArrayList<>();
            events.forEachRemaining(rest::add);

            assertTrue(rest.stream().anyMatch(event -> event.name().equals("best")), "progress while it runs");
            TestPlanner.Event done = rest.get(rest.size() - 1);
            assertEquals("done", done.name());
            assertEquals(revision, done.data().get("revision").asInt());
            assertTrue(done.data().get("score").isTextual());
            assertTrue(done.data().get("kpis").get("changedSessions").asInt() > 0, done.data().toString());
            JsonNode changes = done.data().get("changes");
            assertFalse(changes.isEmpty(), "the leaver's sessions changed");
            assertTrue(changes.get(0).get("message").asText().startsWith("Fra 1. marts: "));
            assertEquals(planner.get("/api/plans/" + published + "/diff").json().get("entries"), changes,
                    "the changes read as the diff against the published plan");

            JsonNode plan = planner.get("/api/plans/" + published).json();
            assertEquals("idle", plan.get("status").asText());
            assertEquals(revision, plan.get("revision").asInt(), "the rerun is the plan's latest solution");
            assertEquals(done.data().get("score"), plan.get("score"));
            JsonNode stored = plan.get("revisions").get(2);
            assertEquals("COMPLETE", stored.get("state").asText());
            assertFalse(stored.get("interrupted").asBoolean());
            assertEquals(2, stored.get("parentNumber").asInt());
            assertEquals(TestPlanner.PLANNER_NAME, stored.get("author").asText());
            assertEquals(2, plan.get("published").get("revision").asInt(), "published only when someone publishes it");
            assertEquals(download, planner.get("/api/plans/" + published + "/export.csv").body(),
                    "the downloads keep the published plan");
            assertEquals(revision, planner.get("/api/plans/" + published + "/status").json().get("revision").asInt());
        }
    }

    @Test
    void aQueuedRerunThatIsStoppedKeepsItsRevisionWithoutAPlan() {
        PlanDocument solved = TestPlanner.solvedTerm(2, 3);
        String published = TestPlanner.storePublished(dataDirectory, solved);
        try (TestPlanner planner = TestPlanner.start(TestPlanner.settings(dataDirectory).withMaxConcurrentSolves(1))) {
            String solving = planner.submit(TestPlanner.smallTerm(1));
            assertEquals(202, planner.post("/api/plans/" + solving + "/solve?seconds=600").status());
            TestPlanner.Response rerun = planner.post("/api/plans/" + published + "/changes?seconds=600",
                    TestPlanner.leaveFromMarch(solved));
            assertEquals("queued", rerun.json().get("status").asText());

            assertEquals("idle", planner.delete("/api/plans/" + published + "/solve").json().get("status").asText());

            JsonNode plan = planner.get("/api/plans/" + published).json();
            JsonNode dropped = plan.get("revisions").get(2);
            assertEquals("COMPLETE", dropped.get("state").asText());
            assertTrue(dropped.get("score").isNull(), "a rerun that never ran has no plan");
            assertEquals(2, plan.get("revision").asInt(), "the plan shown is the published one");
            assertEquals(2, planner.post("/api/plans/" + published + "/publish").json().get("revision").asInt(),
                    "publishing takes the latest plan");
            TestPlanner.Response diff = planner.get("/api/plans/" + published + "/diff?from=2&to=3");
            assertEquals(400, diff.status(), diff.body());
            assertEquals("to", diff.json().get("errors").get(0).get("path").asText());
            assertEquals("solving", planner.get("/api/plans/" + solving + "/status").json().get("status").asText(),
                    "the solve ahead of it went on");
            planner.delete("/api/plans/" + solving + "/solve");
        }
    }

    private static JsonNode status(String status, Integer queuePosition) {
        return new TestPlanner.Response(200, "{\"status\":\"" + status + "\",\"queuePosition\":" + queuePosition + "}")
                .json();
    }
}
