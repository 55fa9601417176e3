package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.Absence;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TermCalendar;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads (issue 5) and reruns with their diff (issue 6) over real HTTP, on a plan solved before the service starts. */
class ExportAndRerunApiTest {

    @TempDir
    static Path dataDirectory;
    static TestPlanner planner;
    static PlanDocument solved;
    static String planId;

    @BeforeAll
    static void storeASolvedPlanAndStart() throws Exception {
        PlanDocument problem = SyntheticMunicipality.generate(2, 3);
        StaffPlan plan = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 30_000))
                .buildSolver().solve(PlanBuilder.build(problem));
        solved = PlanResult.toDocument(problem, plan);
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            planId = store.createPlan("Test", "test", Json.mapper().writeValueAsString(problem)).id();
            store.addRevision(planId, RevisionKind.SOLUTION, RevisionState.COMPLETE, "test", 1, new RevisionContent(
                    Json.mapper().writeValueAsString(solved), solved.score(), Json.mapper().writeValueAsString(solved.kpis())));
        }
        planner = TestPlanner.start(dataDirectory);
    }

    @AfterAll
    static void stop() {
        planner.close();
    }

    @Test
    void aSchoolsCalendarHasOneRepeatingEventPerSessionOfTheFortnight() {
        TestPlanner.Response ics = planner.get("/api/plans/" + planId + "/export.ics?school=s01");

        assertEquals(200, ics.status(), ics.body());
        TermCalendar calendar = new TermCalendar(solved.term());
        long expected = solved.sessions().stream().filter(s -> s.schoolId().equals("s01"))
                .filter(s -> !calendar.datesOf(s.week(), s.day()).isEmpty())
                .map(PlanSession::sessionId).distinct().count();
        assertEquals(expected, ics.body().split("BEGIN:VEVENT", -1).length - 1, "a meeting's seats are one event");
        assertTrue(ics.body().contains("RRULE:FREQ=WEEKLY"));
        assertTrue(ics.body().contains("BEGIN:VTIMEZONE"));
    }

    @Test
    void spreadsheetsComeAsAttachmentsForOneStaffMember() {
        PlanSession first = solved.sessions().stream().filter(s -> s.staffId() != null).findFirst().orElseThrow();
        String name = solved.staff().stream().filter(s -> s.id().equals(first.staffId())).findFirst().orElseThrow().name();

        TestPlanner.Response csv = planner.get("/api/plans/" + planId + "/export.csv?staff=" + first.staffId());
        TestPlanner.Response xlsx = planner.get("/api/plans/" + planId + "/export.xlsx");

        assertEquals(200, csv.status());
        assertTrue(csv.body().contains(name), csv.body());
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.body().startsWith("PK"), "an xlsx is a zip file");
    }

    @Test
    void anUnknownSchoolOrPlanIsRefusedWithItsName() {
        TestPlanner.Response unknownSchool = planner.get("/api/plans/" + planId + "/export.ics?school=nowhere");
        assertEquals(400, unknownSchool.status());
        assertEquals("school", unknownSchool.json().get("errors").get(0).get("path").asText());
        assertEquals(404, planner.get("/api/plans/no-such-plan/export.csv").status());
        assertEquals(404, planner.post("/api/plans/no-such-plan/changes", "{}".getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void aRerunAfterALeaveIsStoredWithWhatChangedInWords() {
        assertEquals(200, planner.post("/api/plans/" + planId + "/publish").status());
        String leaver = solved.sessions().stream().filter(s -> s.staffId() != null && s.staffId().startsWith("ppr-"))
                .collect(Collectors.groupingBy(PlanSession::staffId, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String changes = "{\"effectiveDate\":\"2027-03-01\",\"changes\":[{\"type\":\"staffUnavailable\",\"staffId\":\""
                + leaver + "\"}]}";

        // The rerun would run ten minutes; stopped at its first plan, it ends while the test follows it.
        TestPlanner.Response rerun = planner.post("/api/plans/" + planId + "/changes?seconds=600",
                changes.getBytes(StandardCharsets.UTF_8));

        assertEquals(202, rerun.status(), rerun.body());
        assertEquals(3, rerun.json().get("revision").asInt());
        Iterator<TestPlanner.Event> events = planner.events(planId);
        TestPlanner.Event event = events.next();
        boolean stopped = false;
        while (!event.name().equals("done")) {
            if (event.name().equals("best") && !stopped) {
                assertEquals(200, planner.delete("/api/plans/" + planId + "/solve").status());
                stopped = true;
            }
            event = events.next();
        }
        JsonNode answer = event.data();
        assertEquals(3, answer.get("revision").asInt());
        assertFalse(answer.get("changes").isEmpty(), "the leaver's sessions changed");
        assertTrue(answer.get("changes").get(0).get("message").asText().startsWith("Fra 1. marts: "));
        JsonNode diff = planner.get("/api/plans/" + planId + "/diff").json();
        assertEquals(answer.get("changes").size(), diff.get("entries").size());
        assertTrue(diff.get("byStaff").has(leaver));
        assertEquals(400, planner.get("/api/plans/" + planId + "/diff?from=x").status());
    }

    /** A dated absence is the record of a leave a rerun planned; a term to solve from scratch cannot honour one. */
    @Test
    void aTermWithADatedAbsenceIsTakenAndOneOutsideTheTermIsRefusedAtTheAbsence() throws Exception {
        PlanDocument problem = solved.problem();
        LocalDate monday = problem.term().firstDate().plusWeeks(4);
        LocalDate afterTheTerm = problem.term().lastDate().plusWeeks(1);

        TestPlanner.Response taken = planner.post("/api/plans", Json.mapper().writeValueAsBytes(
                withAbsence(problem, new Absence(monday, monday.plusDays(4)))));
        TestPlanner.Response refused = planner.post("/api/plans", Json.mapper().writeValueAsBytes(
                withAbsence(problem, new Absence(afterTheTerm, afterTheTerm.plusDays(4)))));

        assertEquals(201, taken.status(), "a week away is planned stretch by stretch: " + taken.body());
        assertEquals(400, refused.status(), refused.body());
        assertEquals("staff[1].absences[0]", refused.json().get("errors").get(0).get("path").asText().substring(0, 20));
    }

    private static PlanDocument withAbsence(PlanDocument problem, Absence absence) {
        List<Staff> staff = new ArrayList<>(problem.staff());
        staff.set(1, staff.get(1).withAbsence(absence));
        return new PlanDocument(problem.term(), problem.schools(), problem.classes(), staff,
                problem.demands(), problem.travel(), problem.weights(), problem.rules(), null, null, null, null);
    }

    @Test
    void aFirstSolutionHasNothingToCompareWith() {
        TestPlanner.Response refused = planner.get("/api/plans/" + planId + "/diff?to=2");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("from", refused.json().get("errors").get(0).get("path").asText());
    }

    @Test
    void changesNamingUnknownStaffAreRefusedFieldByField() {
        TestPlanner.Response refused = planner.post("/api/plans/" + planId + "/changes",
                "{\"effectiveDate\":\"2027-03-01\",\"changes\":[{\"type\":\"staffUnavailable\",\"staffId\":\"ghost\"}]}"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status());
        assertEquals("changes[0].staffId", refused.json().get("errors").get(0).get("path").asText());
    }
}
