package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.store.SqlitePlanStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A solve that fails tells the planner so (issue 17, item 4): the event stream's {@code done} and the status carry
 * the failure in their words, with no class name, until the next solve starts. The failing term is put straight
 * into the store (a weight for a rule that does not exist, which the submit route refuses today), as a term stored
 * by an older version would be.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class FailedSolveTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aFailedSolveEndsWithItsReasonOnTheStreamAndInTheStatus() throws Exception {
        ObjectNode term = (ObjectNode) Json.mapper().readTree(TestPlanner.smallTerm(2));
        term.putObject("weights").put("No such rule", 1);
        String planId;
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            planId = store.createPlan("Broken weights", "planner", Json.mapper().writeValueAsString(term)).id();
        }
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            assertEquals(202, planner.post("/api/plans/" + planId + "/solve?seconds=5").status());
            Iterator<TestPlanner.Event> events = planner.events(planId);
            List<TestPlanner.Event> seen = new ArrayList<>();
            events.forEachRemaining(seen::add);

            TestPlanner.Event done = seen.get(seen.size() - 1);
            assertEquals("done", done.name());
            assertEquals("idle", done.data().get("status").asText());
            JsonNode error = done.data().get("error");
            assertTrue(error.get("messageDa").asText().startsWith("Beregningen stoppede med en fejl"), error.toString());
            assertFalse(error.toString().contains("Exception"), error.toString());
            JsonNode status = planner.get("/api/plans/" + planId + "/status").json();
            assertEquals(error, status.get("error"), "the status says so too, until the next solve");

            // A school leader is told as well: the failure names no figures.
            assertEquals(error, planner.newUser("Skolelederen", UserRole.SCHOOL_LEADER, "s01", null)
                    .get("/api/plans/" + planId + "/status").json().get("error"));
        }
    }

    @Test
    void aSolveThatWorksReportsNoError() {
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            String planId = planner.submit(TestPlanner.smallTerm(2));
            assertEquals(202, planner.post("/api/plans/" + planId + "/solve?seconds=1").status());
            JsonNode status = planner.await("/api/plans/" + planId + "/status",
                    answer -> "idle".equals(answer.get("status").asText()) && answer.get("revision").isInt());
            assertTrue(status.get("error").isNull(), status.toString());
        }
    }
}
