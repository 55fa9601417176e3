package dk.ressourceplan.api;

import dk.ressourceplan.plans.Tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.solver.MoveBudget;
import dk.ressourceplan.solver.PlanBuilder;
import dk.ressourceplan.solver.PlanResult;
import dk.ressourceplan.store.RevisionContent;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionState;
import dk.ressourceplan.store.SqlitePlanStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each role sees of a plan of two schools, s01 and s02. The school leader here leads s02 ("school A"); s01
 * is the other school ("school B"), and a third plan has only s01. Route by route: the school leader gets the own
 * school's part of the published revision, 403 for anything of school B, and 403 for the plan without school A.
 */
class RoleViewsTest {

    private static final String OWN = "s02";
    private static final String OTHER = "s01";

    @TempDir
    static Path dataDirectory;
    static TestPlanner planner;
    static TestPlanner schoolLeader;
    static TestPlanner pprLeader;
    static PlanDocument solved;
    static PlanDocument moved;
    /** Solved, published as revision 2 and then revision 3, a rerun that moves a session at each school. */
    static String published;
    /** Solved, never published. */
    static String draft;
    /** School B only. */
    static String otherSchoolOnly;

    @BeforeAll
    static void storeThePlansAndStart() throws Exception {
        PlanDocument problem = SyntheticMunicipality.generate(2, 3);
        StaffPlan plan = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 20_000))
                .buildSolver().solve(PlanBuilder.build(problem));
        solved = PlanResult.toDocument(problem, plan);
        moved = solved.withSolution(solved.score(), solved.kpis(), solved.uncovered(), moveOneSessionAtEachSchool(solved));
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            published = store.createPlan("Published", "Test Planner", Json.mapper().writeValueAsString(problem)).id();
            store.addRevision(published, RevisionKind.SOLUTION, RevisionState.COMPLETE, "Test Planner", 1, content(solved));
            store.addRevision(published, RevisionKind.RERUN, RevisionState.COMPLETE, "Test Planner", 2, content(moved));
            store.publish(published, 2, "Test Planner");
            store.publish(published, 3, "Test Planner");
            draft = store.createPlan("Draft", "Test Planner", Json.mapper().writeValueAsString(problem)).id();
            store.addRevision(draft, RevisionKind.SOLUTION, RevisionState.COMPLETE, "Test Planner", 1, content(solved));
            otherSchoolOnly = store.createPlan("Other school", "Test Planner",
                    Json.mapper().writeValueAsString(SyntheticMunicipality.generate(1, 7))).id();
        }
        planner = TestPlanner.start(dataDirectory);
        schoolLeader = planner.newUser("Sofie Skole", UserRole.SCHOOL_LEADER, OWN, null);
        pprLeader = planner.newUser("Pia PPR", UserRole.PPR_LEADER, null, null);
    }

    @AfterAll
    static void stop() {
        planner.close();
    }

    @Test
    void aSchoolLeaderListsThePlansWithTheirSchoolWithoutTheWholePlansFigures() {
        JsonNode plans = schoolLeader.get("/api/plans").json();

        List<String> ids = new ArrayList<>();
        plans.forEach(plan -> {
            ids.add(plan.get("id").asText());
            assertTrue(plan.get("score").isNull());
            assertTrue(plan.get("kpis").isNull());
        });
        assertTrue(ids.contains(published) && ids.contains(draft), ids.toString());
        assertFalse(ids.contains(otherSchoolOnly));
    }

    @Test
    void aSchoolLeadersPlanListNamesOnlyPublishedRevisions() {
        Map<String, JsonNode> listed = new HashMap<>();
        schoolLeader.get("/api/plans").json().forEach(plan -> listed.put(plan.get("id").asText(), plan));

        assertEquals(3, listed.get(published).get("latestRevision").asInt(), "the revision in force");
        assertTrue(listed.get(draft).get("latestRevision").isNull(), "a draft's revisions are not shown");
        planner.get("/api/plans").json().forEach(plan -> {
            if (plan.get("id").asText().equals(draft)) {
                assertEquals(2, plan.get("latestRevision").asInt(), "the planner sees the draft");
            }
        });
    }

    @Test
    void aSchoolLeaderReadsOnlyTheOwnSchoolOfThePublishedRevision() {
        JsonNode plan = schoolLeader.get("/api/plans/" + published).json();

        assertEquals(3, plan.get("revision").asInt(), "the revision in force");
        assertTrue(plan.get("score").isNull());
        JsonNode solution = plan.get("solution");
        for (JsonNode document : List.of(solution, plan.get("problem"))) {
            assertEquals(1, document.get("schools").size());
            assertEquals(OWN, document.get("schools").get(0).get("id").asText());
            document.get("classes").forEach(c -> assertEquals(OWN, c.get("schoolId").asText()));
            assertFalse(document.has("travel"));
            assertFalse(document.has("weights"));
            assertFalse(document.has("score"));
        }
        assertFalse(solution.get("sessions").isEmpty());
        Set<String> serving = new HashSet<>();
        solution.get("sessions").forEach(session -> {
            assertEquals(OWN, session.get("schoolId").asText());
            if (session.hasNonNull("staffId")) {
                serving.add(session.get("staffId").asText());
            }
        });
        Set<String> shownStaff = new HashSet<>();
        solution.get("staff").forEach(person -> {
            shownStaff.add(person.get("id").asText());
            assertFalse(person.has("hoursPerWeek") || person.has("base") || person.has("unavailable")
                    || person.has("preferredSchools"), "only name, role and competences: " + person);
        });
        assertEquals(serving, shownStaff, "staff of other schools appear only as far as they serve this school");
        Set<String> classes = new HashSet<>();
        solution.get("classes").forEach(c -> classes.add(c.get("id").asText()));
        solution.get("demands").forEach(demand -> assertTrue(OWN.equals(demand.path("schoolId").asText(null))
                || classes.contains(demand.path("classId").asText(null)), demand.toString()));
        solution.get("uncovered").forEach(u -> assertTrue(OWN.equals(u.path("schoolId").asText(null))
                || classes.contains(u.path("classId").asText(null)), u.toString()));
        JsonNode kpis = plan.get("kpis");
        assertTrue(kpis.get("coveragePercent").asDouble() > 0 && kpis.get("coveragePercent").asDouble() <= 100);
        assertTrue(kpis.has("uncoveredByPriority") && kpis.has("coTeachingContinuityPercent"));
        assertFalse(kpis.has("travelMinutesPerFortnight") || kpis.has("feasible"), "the whole plan's figures");
        plan.get("revisions").forEach(revision -> {
            assertTrue(Set.of(2, 3).contains(revision.get("number").asInt()), "published revisions only");
            assertTrue(revision.get("score").isNull());
        });
    }

    @Test
    void aSchoolLeaderSeesNothingOfAPlanBeforeItIsPublished() {
        JsonNode plan = schoolLeader.get("/api/plans/" + draft).json();

        assertTrue(plan.get("solution").isNull());
        assertTrue(plan.get("kpis").isNull());
        assertEquals(1, plan.get("problem").get("schools").size(), "the school's own part of the term");
        for (String route : List.of("/export.ics", "/export.csv", "/analysis", "/diff")) {
            assertEquals(409, schoolLeader.get("/api/plans/" + draft + route).status(), route);
        }
        assertEquals(200, planner.get("/api/plans/" + draft + "/export.csv").status(), "the planner sees the draft");
    }

    @Test
    void aPlanWithoutTheSchoolIsForbiddenOnEveryRoute() {
        String plan = "/api/plans/" + otherSchoolOnly;
        for (String route : List.of("", "/status", "/events", "/analysis", "/export.ics", "/export.csv",
                "/export.xlsx", "/diff")) {
            TestPlanner.Response refused = schoolLeader.send("GET", plan + route, null,
                    Map.of("Accept", "text/event-stream"));

            assertEquals(403, refused.status(), route + ": " + refused.body());
            assertEquals("id", refused.json().get("errors").get(0).get("path").asText());
        }
    }

    @Test
    void aSchoolLeaderDownloadsTheOwnSchoolAndNeitherTheOtherNorAStaffMember() {
        String exports = "/api/plans/" + published + "/export";
        TestPlanner.Response own = schoolLeader.get(exports + ".ics");
        TestPlanner.Response asked = schoolLeader.get(exports + ".ics?school=" + OWN);
        TestPlanner.Response plannersView = planner.get(exports + ".ics?school=" + OWN);

        assertEquals(200, own.status(), own.body());
        assertEquals(events(plannersView.body()), events(own.body()), "forced to the own school");
        assertEquals(events(own.body()), events(asked.body()));
        assertTrue(events(planner.get(exports + ".ics").body()) > events(own.body()));
        TestPlanner.Response other = schoolLeader.get(exports + ".csv?school=" + OTHER);
        assertEquals(403, other.status());
        assertEquals("school", other.json().get("errors").get(0).get("path").asText());
        String someone = solved.sessions().stream().filter(s -> s.staffId() != null).findFirst().orElseThrow().staffId();
        TestPlanner.Response person = schoolLeader.get(exports + ".xlsx?staff=" + someone);
        assertEquals(403, person.status());
        assertEquals("staff", person.json().get("errors").get(0).get("path").asText());
        String csv = schoolLeader.get(exports + ".csv").body();
        assertFalse(csv.contains("Transporttid"), "the whole plan's KPIs are not in a school's download");
        assertTrue(planner.get(exports + ".csv").body().contains("Transporttid"));
    }

    @Test
    void aSchoolLeaderGetsTheAnalysisOfTheOwnSchoolOnly() {
        JsonNode whole = planner.get("/api/plans/" + published + "/analysis").json();
        JsonNode own = schoolLeader.get("/api/plans/" + published + "/analysis").json();

        assertTrue(own.get("score").isNull());
        int matches = 0;
        for (JsonNode constraint : own.get("constraints")) {
            assertEquals(constraint.get("matches").size(), constraint.get("matchCount").asInt());
            for (JsonNode match : constraint.get("matches")) {
                List<String> schools = new ArrayList<>();
                match.get("schoolIds").forEach(id -> schools.add(id.asText()));
                assertTrue(schools.contains(OWN), match.toString());
                matches++;
            }
        }
        assertTrue(matches > 0, "the school has something to explain");
        boolean otherSchoolExplained = false;
        for (JsonNode constraint : whole.get("constraints")) {
            for (JsonNode match : constraint.get("matches")) {
                List<String> schools = new ArrayList<>();
                match.get("schoolIds").forEach(id -> schools.add(id.asText()));
                otherSchoolExplained |= !schools.contains(OWN);
            }
        }
        assertTrue(otherSchoolExplained, "the planner's analysis has matches of school B that the leader does not get");
    }

    @Test
    void aSchoolLeadersDiffComparesPublishedRevisionsAtTheOwnSchool() {
        JsonNode whole = planner.get("/api/plans/" + published + "/diff?from=2&to=3").json();
        JsonNode own = schoolLeader.get("/api/plans/" + published + "/diff").json();

        assertTrue(whole.get("bySchool").has(OTHER) && whole.get("bySchool").has(OWN), whole.toString());
        assertEquals(whole.get("bySchool").get(OWN), own.get("entries"), "from 2 to 3, the own school's entries");
        assertFalse(own.get("bySchool").has(OTHER));
        own.get("byStaff").forEach(entries -> entries.forEach(entry -> assertEquals(OWN, entry.get("schoolId").asText())));
        TestPlanner.Response unpublished = schoolLeader.get("/api/plans/" + published + "/diff?from=1&to=3");
        assertEquals(403, unpublished.status());
        assertEquals("from", unpublished.json().get("errors").get(0).get("path").asText());
    }

    @Test
    void aSchoolLeaderFollowsSolvingWithoutTheWholePlansFigures() {
        Iterator<TestPlanner.Event> leaders = schoolLeader.events(published);
        Iterator<TestPlanner.Event> planners = planner.events(published);

        List<TestPlanner.Event> seen = new ArrayList<>();
        leaders.forEachRemaining(seen::add);
        TestPlanner.Event done = seen.get(seen.size() - 1);
        assertEquals("done", done.name());
        assertTrue(done.data().get("score").isNull() && done.data().get("kpis").isNull(), done.data().toString());
        TestPlanner.Event plannersDone = null;
        while (planners.hasNext()) {
            plannersDone = planners.next();
        }
        assertFalse(plannersDone.data().get("score").isNull(), "the planner gets them");
        JsonNode status = schoolLeader.get("/api/plans/" + published + "/status").json();
        assertEquals("idle", status.get("status").asText());
        assertTrue(status.get("score").isNull() && status.get("kpis").isNull());
    }

    @Test
    void thePprLeaderPublishesAndRerunsAndTheTrailSaysWhoDidWhat() {
        String planId = planner.submit(TestPlanner.smallTerm(11));
        assertEquals(403, pprLeader.post("/api/plans/" + planId + "/solve?seconds=1").status());
        assertEquals(202, planner.post("/api/plans/" + planId + "/solve?seconds=5").status());
        planner.await("/api/plans/" + planId + "/status", status -> status.get("status").asText().equals("idle")
                && status.get("revision").isInt());
        TestPlanner.Response publication = pprLeader.post("/api/plans/" + planId + "/publish");
        assertEquals(200, publication.status(), publication.body());
        assertEquals("Pia PPR", publication.json().get("by").asText());
        String leaver = busiestPprPerson(planner.get("/api/plans/" + planId).json().get("solution"));
        TestPlanner.Response rerun = pprLeader.post("/api/plans/" + planId + "/changes?seconds=1",
                ("{\"effectiveDate\":\"2027-03-01\",\"changes\":[{\"type\":\"staffUnavailable\",\"staffId\":\"" + leaver
                        + "\"}]}").getBytes(StandardCharsets.UTF_8));
        assertEquals(202, rerun.status(), rerun.body());
        planner.await("/api/plans/" + planId + "/status", status -> status.get("status").asText().equals("idle"));
        assertEquals(204, planner.delete("/api/plans/" + planId).status());

        JsonNode trail = pprLeader.get("/api/plans/" + planId + "/revisions").json();

        List<String> authors = new ArrayList<>();
        trail.get("revisions").forEach(r -> authors.add(r.get("kind").asText() + " " + r.get("author").asText()));
        assertEquals(List.of("PROBLEM Test Planner", "SOLUTION Test Planner", "RERUN Pia PPR"), authors);
        trail.get("revisions").forEach(r -> assertTrue(r.get("createdAt").isTextual()));
        assertEquals("Pia PPR", trail.get("publications").get(0).get("by").asText());
        assertTrue(trail.get("publications").get(0).get("at").isTextual());
        assertEquals(TestPlanner.PLANNER_NAME, trail.get("deleted").get("by").asText(), "a deleted plan's trail stays");
        assertEquals(404, planner.get("/api/plans/" + planId).status());
        assertEquals(403, schoolLeader.get("/api/plans/" + published + "/revisions").status());
        assertTrue(planner.get("/api/plans/" + published + "/revisions").json().get("deleted").isNull());
    }

    @Test
    void aStaffMemberGetsTheOwnCalendarByTheLinkAndNothingElse() {
        String someone = moved.sessions().stream().filter(s -> s.staffId() != null).findFirst().orElseThrow().staffId();
        String token = TestPlanner.addUser(dataDirectory, "Anne Holm", UserRole.STAFF, null, someone);
        TestPlanner staff = planner.as(token);
        TestPlanner nobody = planner.anonymous();

        TestPlanner.Response feed = nobody.get("/feed/" + token + ".ics");

        assertEquals(200, feed.status(), feed.body());
        assertTrue(feed.header("Content-Type").startsWith("text/calendar"), feed.header("Content-Type"));
        int expected = events(planner.get("/api/plans/" + published + "/export.ics?staff=" + someone).body());
        assertEquals(expected, events(feed.body()), "the staff member's sessions of the published revision");
        assertTrue(expected > 0);
        assertEquals(403, staff.get("/api/plans").status());
        assertEquals(403, staff.get("/api/plans/" + published + "/export.ics?staff=" + someone).status());
        assertEquals(401, nobody.get("/feed/" + Tokens.newToken() + ".ics").status());
        assertEquals(403, nobody.get("/feed/" + planner.token() + ".ics").status(), "a planner's token is no feed");
        String stranger = TestPlanner.addUser(dataDirectory, "Ny Medarbejder", UserRole.STAFF, null, "ct-999");
        assertEquals(404, nobody.get("/feed/" + stranger + ".ics").status(), "in no published plan yet");
    }

    private static List<PlanSession> moveOneSessionAtEachSchool(PlanDocument plan) {
        List<PlanSession> sessions = new ArrayList<>(plan.sessions());
        for (String school : List.of(OWN, OTHER)) {
            for (int i = 0; i < sessions.size(); i++) {
                PlanSession s = sessions.get(i);
                if (s.schoolId().equals(school) && s.staffId() != null) {
                    DayOfWeek day = s.day() == DayOfWeek.MONDAY ? DayOfWeek.TUESDAY : DayOfWeek.MONDAY;
                    sessions.set(i, new PlanSession(s.id(), s.demandId(), s.type(), s.schoolId(), s.classId(),
                            s.staffId(), s.seat(), s.week(), day, s.start(), s.end()));
                    break;
                }
            }
        }
        assertNotEquals(plan.sessions(), sessions);
        return sessions;
    }

    private static RevisionContent content(PlanDocument document) throws Exception {
        return new RevisionContent(Json.mapper().writeValueAsString(document), document.score(),
                Json.mapper().writeValueAsString(document.kpis()));
    }

    private static int events(String ics) {
        return ics.split("BEGIN:VEVENT", -1).length - 1;
    }

    /** The PPR person with the most sessions in a solved plan. */
    private static String busiestPprPerson(JsonNode solution) {
        Map<String, Integer> counts = new HashMap<>();
        solution.get("sessions").forEach(s -> {
            if (s.hasNonNull("staffId") && s.get("staffId").asText().startsWith("ppr-")) {
                counts.merge(s.get("staffId").asText(), 1, Integer::sum);
            }
        });
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
