package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers cost little (issue 17, item 2): a plan's detail carries an entity tag, a client that holds the current one
 * gets 304 without the document, the tag changes when the plan does and differs between what a planner and a school
 * leader see, and the class list comes once, in the solution.
 */
class PlanDetailCacheTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aReaderHoldingTheCurrentDetailGets304UntilThePlanChanges() {
        String planId = TestPlanner.storePublished(dataDirectory, TestPlanner.solvedTerm(2, 3));
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            TestPlanner.Response first = planner.get("/api/plans/" + planId);
            String etag = first.header("ETag");
            assertNotNull(etag);
            assertEquals(etag, planner.get("/api/plans/" + planId).header("ETag"), "the same plan, the same tag");

            TestPlanner.Response again = planner.send("GET", "/api/plans/" + planId, null, Map.of("If-None-Match", etag));
            assertEquals(304, again.status());
            assertEquals("", again.body());

            TestPlanner schoolLeader = planner.newUser("Sofie Skole", UserRole.SCHOOL_LEADER, "s01", null);
            String schoolTag = schoolLeader.get("/api/plans/" + planId).header("ETag");
            assertNotEquals(etag, schoolTag, "a school leader sees another part of the plan");
            assertEquals(200, schoolLeader.send("GET", "/api/plans/" + planId, null, Map.of("If-None-Match", etag))
                    .status(), "and never gets a 304 for the planner's whole plan");

            assertEquals(200, planner.post("/api/plans/" + planId + "/publish").status());
            TestPlanner.Response changed = planner.send("GET", "/api/plans/" + planId, null,
                    Map.of("If-None-Match", etag));
            assertEquals(200, changed.status(), "a new publication is a new plan detail");
            assertNotEquals(etag, changed.header("ETag"));
        }
    }

    @Test
    void theClassListComesOnceInTheSolution() {
        String planId = TestPlanner.storePublished(dataDirectory, TestPlanner.solvedTerm(2, 3));
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            JsonNode detail = planner.get("/api/plans/" + planId).json();

            assertTrue(detail.get("solution").get("classes").size() > 0);
            assertFalse(detail.get("problem").has("classes"), "the term's classes are the solution's");
            assertTrue(detail.get("problem").get("staff").size() > 0, "the rest of the term is there");

            String unsolved = planner.submit(TestPlanner.smallTerm(2));
            assertTrue(planner.get("/api/plans/" + unsolved).json().get("problem").get("classes").size() > 0,
                    "without a solution the term keeps its classes");
        }
    }
}
