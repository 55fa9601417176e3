package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * With two solvers, two plans solve at once and further plans wait their turn, first come first served. The first
 * two solve until stopped, so that which plan waits never depends on how fast the machine is.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SolveQueueTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aThirdPlanWaitsForOneOfTwoSolversAndThenFinishes() {
        try (TestPlanner planner = TestPlanner.start(TestPlanner.settings(dataDirectory).withMaxConcurrentSolves(2))) {
            String first = planner.submit(TestPlanner.smallTerm(1));
            String second = planner.submit(TestPlanner.smallTerm(2));
            String third = planner.submit(TestPlanner.smallTerm(3));
            String fourth = planner.submit(TestPlanner.smallTerm(4));

            assertEquals("solving", solve(planner, first, 600).get("status").asText());
            assertEquals("solving", solve(planner, second, 600).get("status").asText());
            JsonNode queued = solve(planner, third, 2);
            assertEquals("queued", queued.get("status").asText());
            assertEquals(1, queued.get("queuePosition").asInt());
            assertEquals(2, solve(planner, fourth, 600).get("queuePosition").asInt());
            assertEquals("queued", status(planner, third).get("status").asText());
            Map<String, String> listed = new HashMap<>();
            planner.get("/api/plans").json().forEach(plan -> listed.put(plan.get("id").asText(), plan.get("status").asText()));
            assertEquals(Map.of(first, "solving", second, "solving", third, "queued", fourth, "queued"), listed);

            // A queued solve that is stopped is dropped, and those behind it move up.
            assertEquals("idle", planner.delete("/api/plans/" + fourth + "/solve").json().get("status").asText());
            assertEquals(1, planner.get("/api/plans/" + fourth).json().get("revisions").size());

            Iterator<TestPlanner.Event> thirdsEvents = planner.events(third);
            assertEquals(new TestPlanner.Event("status", status("queued", 1)), thirdsEvents.next());

            planner.delete("/api/plans/" + first + "/solve");
            List<TestPlanner.Event> events = new ArrayList<>();
            thirdsEvents.forEachRemaining(events::add);

            assertEquals(new TestPlanner.Event("status", status("solving", null)), events.get(0),
                    "the third plan starts when the first frees its solver");
            assertEquals("done", events.get(events.size() - 1).name(), "and finishes within its own time limit");
            assertEquals("solving", status(planner, second).get("status").asText(), "while the second still solves");
            planner.delete("/api/plans/" + second + "/solve");

            for (String plan : List.of(first, second, third)) {
                JsonNode solution = planner.get("/api/plans/" + plan).json().get("revisions").get(1);
                assertEquals("COMPLETE", solution.get("state").asText());
                assertTrue(solution.get("score").isTextual());
            }
        }
    }

    private static JsonNode solve(TestPlanner planner, String planId, int seconds) {
        TestPlanner.Response started = planner.post("/api/plans/" + planId + "/solve", TestPlanner.json(
                new SolveController.SolveRequest(seconds)));
        assertEquals(202, started.status(), started.body());
        return started.json();
    }

    private static JsonNode status(TestPlanner planner, String planId) {
        return planner.get("/api/plans/" + planId + "/status").json();
    }

    private static JsonNode status(String status, Integer queuePosition) {
        return new TestPlanner.Response(200, "{\"status\":\"" + status + "\",\"queuePosition\":" + queuePosition + "}")
                .json();
    }
}
