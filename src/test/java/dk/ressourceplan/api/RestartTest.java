package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.store.SqlitePlanStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service stops in the middle of a solve or a rerun, cleanly or killed, and starts again on the same data
 * directory.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aServiceKilledWhileSolvingComesBackWithTheLastSavedSolution() throws Exception {
        String planId;
        JsonNode saved;
        Process server = serveInAnotherProcess();
        try {
            TestPlanner client = firstPlanner(server);
            planId = client.submit(TestPlanner.smallTerm(1));
            assertEquals(202, client.post("/api/plans/" + planId + "/solve?seconds=600").status());
            saved = client.await("/api/plans/" + planId, plan -> plan.get("revisions").size() == 2
                    && plan.get("revisions").get(1).get("score").isTextual());
            assertEquals("IN_PROGRESS", saved.get("revisions").get(1).get("state").asText());
        } finally {
            server.destroyForcibly(); // SIGKILL: nothing of the solve is shut down cleanly
            server.waitFor();
        }

        try (TestPlanner restarted = TestPlanner.start(dataDirectory)) {
            JsonNode plan = restarted.get("/api/plans/" + planId).json();

            assertEquals("idle", plan.get("status").asText());
            JsonNode revision = plan.get("revisions").get(1);
            assertEquals("SOLUTION", revision.get("kind").asText());
            assertEquals("COMPLETE", revision.get("state").asText());
            assertTrue(revision.get("interrupted").asBoolean());
            assertEquals(2, plan.get("revision").asInt());
            assertNotNull(plan.get("score").textValue());
            assertTrue(plan.get("solution").has("sessions"), "the solution saved before the kill is kept");
            assertEquals(200, restarted.post("/api/plans/" + planId + "/publish").status());
            assertEquals(202, restarted.post("/api/plans/" + planId + "/solve?seconds=1").status(),
                    "and the plan can be solved again");
        }
    }

    @Test
    void aServiceStoppedWhileSolvingSavesTheBestSolutionFirst() {
        String planId;
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            planId = planner.submit(TestPlanner.smallTerm(2));
            assertEquals(202, planner.post("/api/plans/" + planId + "/solve?seconds=600").status());
            planner.await("/api/plans/" + planId + "/status", status -> status.get("score").isTextual());
        }

        try (TestPlanner restarted = TestPlanner.start(dataDirectory)) {
            JsonNode revision = restarted.get("/api/plans/" + planId).json().get("revisions").get(1);

            assertEquals("COMPLETE", revision.get("state").asText());
            assertFalse(revision.get("interrupted").asBoolean(), "a clean stop completes the solve");
            assertNotNull(revision.get("score").textValue());
        }
    }

    @Test
    void aServiceKilledWhileRerunningKeepsThePublishedPlanAndTheRerunsLastSavedPlan() throws Exception {
        PlanDocument solved = TestPlanner.solvedTerm(2, 3);
        String planId = TestPlanner.storePublished(dataDirectory, solved);
        String published = storedDocument(planId, 2);
        Process server = serveInAnotherProcess();
        try {
            TestPlanner client = firstPlanner(server);
            TestPlanner.Response rerun = client.post("/api/plans/" + planId + "/changes?seconds=600",
                    TestPlanner.leaveFromMarch(solved));
            assertEquals(202, rerun.status(), rerun.body());
            assertEquals(3, rerun.json().get("revision").asInt());
            JsonNode saved = client.await("/api/plans/" + planId,
                    plan -> plan.get("revisions").get(2).get("score").isTextual());
            assertEquals("IN_PROGRESS", saved.get("revisions").get(2).get("state").asText());
        } finally {
            server.destroyForcibly(); // SIGKILL: nothing of the rerun is shut down cleanly
            server.waitFor();
        }
        assertEquals(published, storedDocument(planId, 2), "the published plan is never written by a rerun");

        try (TestPlanner restarted = TestPlanner.start(dataDirectory)) {
            JsonNode plan = restarted.get("/api/plans/" + planId).json();

            assertEquals("idle", plan.get("status").asText());
            JsonNode revision = plan.get("revisions").get(2);
            assertEquals("RERUN", revision.get("kind").asText());
            assertEquals("COMPLETE", revision.get("state").asText());
            assertTrue(revision.get("interrupted").asBoolean());
            assertNotNull(revision.get("score").textValue(), "the plan saved before the kill is kept");
            assertEquals(3, plan.get("revision").asInt());
            assertTrue(plan.get("solution").has("sessions"));
            assertEquals(2, plan.get("published").get("revision").asInt(), "still published: the plan from before");
            assertFalse(restarted.get("/api/plans/" + planId + "/diff").json().get("entries").isEmpty(),
                    "the recovered rerun reads as changes to the published plan");
            assertEquals(202, restarted.post("/api/plans/" + planId + "/changes?seconds=1",
                    TestPlanner.leaveFromMarch(solved)).status(), "and the plan can be rerun again");
        }
    }

    @Test
    void aRerunKilledBeforeItSavedAPlanIsRecoveredWithoutOne() throws Exception {
        PlanDocument solved = TestPlanner.solvedTerm(2, 3);
        String planId = TestPlanner.storePublished(dataDirectory, solved);
        Process server = serveInAnotherProcess("--max-concurrent-solves", "1");
        try {
            TestPlanner client = firstPlanner(server);
            String other = client.submit(TestPlanner.smallTerm(1));
            assertEquals(202, client.post("/api/plans/" + other + "/solve?seconds=600").status());
            TestPlanner.Response rerun = client.post("/api/plans/" + planId + "/changes?seconds=600",
                    TestPlanner.leaveFromMarch(solved));
            assertEquals(202, rerun.status(), rerun.body());
            assertEquals("queued", rerun.json().get("status").asText(), "behind the solve, with nothing saved");
        } finally {
            server.destroyForcibly();
            server.waitFor();
        }

        try (TestPlanner restarted = TestPlanner.start(dataDirectory)) {
            JsonNode plan = restarted.get("/api/plans/" + planId).json();

            JsonNode revision = plan.get("revisions").get(2);
            assertEquals("RERUN", revision.get("kind").asText());
            assertEquals("COMPLETE", revision.get("state").asText());
            assertTrue(revision.get("interrupted").asBoolean());
            assertTrue(revision.get("score").isNull(), "marked as a rerun that found no plan");
            assertEquals(2, plan.get("revision").asInt(), "the plan shown is the published one");
            assertEquals(2, restarted.post("/api/plans/" + planId + "/publish").json().get("revision").asInt(),
                    "the rerun without a plan cannot be published");
            assertEquals(400, restarted.get("/api/plans/" + planId + "/diff?from=2&to=3").status());
        }
    }

    private String storedDocument(String planId, int revision) {
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            return store.revision(planId, revision).orElseThrow().documentJson();
        }
    }

    private Process serveInAnotherProcess(String... options) throws IOException {
        return ServeProcess.start(dataDirectory, List.of(), options);
    }

    private static TestPlanner firstPlanner(Process server) throws IOException {
        return ServeProcess.firstPlanner(server);
    }
}
