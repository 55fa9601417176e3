package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planning by hand over HTTP (issue 19): who can take a seat, when else a session can lie, a change previewed and
 * then saved as a new EDIT revision with its author, a stale save refused, a lock saved, solving continued from the
 * plan as it stands and solving the term from scratch both with the lock kept, and the routes closed to school
 * leaders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HandPlanningApiTest {

    private TestPlanner planner;
    private String planId;
    private PlanSession session;

    @BeforeAll
    void publishASolvedPlan(@TempDir Path data) {
        PlanDocument solved = TestPlanner.solvedTerm(2, 5);
        planId = TestPlanner.storePublished(data, solved);
        session = solved.sessions().stream().filter(s -> s.staffId() != null && s.seat() == null).findFirst().orElseThrow();
        planner = TestPlanner.start(data);
    }

    @AfterAll
    void stop() {
        planner.close();
    }

    private String plan(String rest) {
        return "/api/plans/" + planId + rest;
    }

    @Test
    @Order(1)
    void whoCanTakeASeatListsQualifiedPeopleBestFirstWithWords() {
        TestPlanner.Response answer = planner.get(plan("/recommendations?sessionId=" + session.id()));
        assertEquals(200, answer.status(), answer.body());
        JsonNode body = answer.json();
        assertEquals(2, body.get("revision").asInt());
        assertEquals(session.staffId(), body.get("currentStaffId").asText());
        JsonNode candidates = body.get("candidates");
        assertTrue(candidates.size() > 0);
        for (JsonNode candidate : candidates) {
            assertFalse(candidate.get("effects").isEmpty(), "each option says what it does");
            assertEquals("person", candidate.get("edit").get("type").asText());
        }
        assertTrue(StreamSupport.stream(candidates.spliterator(), false)
                .anyMatch(c -> c.get("staffId").asText().equals(session.staffId())), "the person who has it now too");
    }

    @Test
    @Order(2)
    void theTimesOfASessionAreAnsweredForItsIdEncodedAsOnePathSegment() {
        TestPlanner.Response answer = planner.get(times(session.id()));
        assertEquals(200, answer.status(), answer.body());
        JsonNode times = answer.json().get("times");
        assertTrue(times.size() > 1);
        assertTrue(StreamSupport.stream(times.spliterator(), false).anyMatch(t -> t.get("effects").toString()
                .contains("Sådan er det i planen nu")), "the time it has now is among them, and says so");
    }

    @Test
    @Order(3)
    void aChangeIsPreviewedThenSavedAsANewRevisionAndAStaleSaveIsRefused() {
        JsonNode times = planner.get(times(session.id())).json().get("times");
        JsonNode other = StreamSupport.stream(times.spliterator(), false)
                .filter(t -> !t.get("start").asText().equals(session.start().toString().substring(0, 5))
                        || !t.get("day").asText().equals(session.day().name()))
                .findFirst().orElseThrow();
        byte[] request = ("{\"revision\":2,\"edits\":[" + other.get("edit") + "]}").getBytes(StandardCharsets.UTF_8);
        TestPlanner.Response preview = planner.post(plan("/edits/preview"), request);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(other.get("score").asText(), preview.json().get("score").asText(),
                "the preview's score is the one the option predicted");
        assertFalse(preview.json().get("changes").isEmpty(), "the move in words");

        TestPlanner.Response saved = planner.post(plan("/edits"), request);
        assertEquals(201, saved.status(), saved.body());
        assertEquals(3, saved.json().get("savedRevision").asInt());
        JsonNode detail = planner.get(plan("")).json();
        assertEquals(3, detail.get("revision").asInt(), "the plan shows the saved revision");
        JsonNode third = StreamSupport.stream(detail.get("revisions").spliterator(), false)
                .filter(r -> r.get("number").asInt() == 3).findFirst().orElseThrow();
        assertEquals("EDIT", third.get("kind").asText());
        assertEquals(TestPlanner.PLANNER_NAME, third.get("author").asText());
        assertEquals(2, third.get("parentNumber").asInt());

        TestPlanner.Response stale = planner.post(plan("/edits"), request);
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.body().contains("revision 3"), stale.body());
    }

    @Test
    @Order(4)
    void aChangeThatCannotBeMadeIsNamedByItsField() {
        TestPlanner.Response refused = planner.post(plan("/edits/preview"), ("{\"revision\":3,\"edits\":[{\"type\":"
                + "\"person\",\"sessionId\":\"" + session.id() + "\",\"staffId\":\"nobody\"}]}")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("edits[0].staffId"), refused.body());
        TestPlanner.Response onTheTerm = planner.post(plan("/edits/preview"), ("{\"revision\":1,\"edits\":[{\"type\":"
                + "\"lock\",\"sessionId\":\"" + session.id() + "\",\"lock\":\"session\"}]}").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, onTheTerm.status(), "the submitted term holds no plan to change: " + onTheTerm.body());
        assertTrue(onTheTerm.json().get("errors").get(0).get("messageDa").asText().contains("ingen plan"));
    }

    @Test
    @Order(5)
    void aLockedSessionStaysWhenSolvingContinues() {
        byte[] lock = ("{\"revision\":3,\"edits\":[{\"type\":\"lock\",\"sessionId\":\"" + session.id()
                + "\",\"lock\":\"session\"}]}").getBytes(StandardCharsets.UTF_8);
        assertEquals(201, planner.post(plan("/edits"), lock).status());
        JsonNode detail = planner.get(plan("")).json();
        assertEquals(4, detail.get("revision").asInt());
        JsonNode lockedRow = row(detail, session.id());
        assertEquals("session", lockedRow.get("locked").asText());

        TestPlanner.Response started = planner.post(plan("/continue?seconds=2"));
        assertEquals(202, started.status(), started.body());
        planner.await(plan("/status"), status -> "IDLE".equalsIgnoreCase(status.get("status").asText())
                && status.get("revision") != null && status.get("revision").asInt() == 5);
        JsonNode continued = planner.get(plan("")).json();
        assertEquals(5, continued.get("revision").asInt());
        JsonNode after = row(continued, session.id());
        for (String field : new String[] {"staffId", "week", "day", "start", "end", "locked"}) {
            assertEquals(lockedRow.get(field), after.get(field), field);
        }
    }

    @Test
    @Order(6)
    void aSolveFromScratchKeepsTheLatestPlansLocks() {
        JsonNode before = row(planner.get(plan("")).json(), session.id());
        TestPlanner.Response started = planner.post(plan("/solve?seconds=2"));
        assertEquals(202, started.status(), started.body());
        planner.await(plan("/status"), status -> "IDLE".equalsIgnoreCase(status.get("status").asText())
                && status.get("revision") != null && status.get("revision").asInt() == 6);
        JsonNode after = row(planner.get(plan("")).json(), session.id());
        for (String field : new String[] {"staffId", "week", "day", "start", "end", "locked"}) {
            assertEquals(before.get(field), after.get(field), field);
        }
    }

    @Test
    @Order(7)
    void schoolLeadersMayNotPlanByHand() {
        String school = session.schoolId();
        TestPlanner leader = planner.newUser("Skoleleder", UserRole.SCHOOL_LEADER, school, null);
        assertEquals(403, leader.get(plan("/recommendations?sessionId=" + session.id())).status());
        assertEquals(403, leader.get(times(session.id())).status());
        assertEquals(403, leader.post(plan("/edits/preview"), "{}".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(403, leader.post(plan("/edits"), "{}".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(403, leader.post(plan("/continue")).status());
    }

    /** A session's id holds slashes: the page sends it as one segment, encoded. */
    private String times(String sessionId) {
        return plan("/sessions/" + URLEncoder.encode(sessionId, StandardCharsets.UTF_8) + "/times");
    }

    private static JsonNode row(JsonNode plan, String id) {
        return StreamSupport.stream(plan.get("solution").get("sessions").spliterator(), false)
                .filter(s -> s.get("id").asText().equals(id)).findFirst().orElseThrow();
    }
}
