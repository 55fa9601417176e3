package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dk.ressourceplan.domain.Change;
import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TermCalendar;
import dk.ressourceplan.io.ChangeReader;
import dk.ressourceplan.io.InvalidInputException;
import dk.ressourceplan.io.PlanReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reruns of the small demo after staff changes (issue 6), solved with step budgets so they repeat exactly. */
class RerunTest {

    private static final LocalDate FIRST_OF_MARCH = LocalDate.of(2027, 3, 1);
    private static PlanDocument published;

    @BeforeAll
    static void solveTheSmallDemo() throws Exception {
        PlanDocument problem = PlanReader.read(Path.of("data/demo-small.json"));
        StaffPlan solved = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 150_000))
                .buildSolver().solve(PlanBuilder.build(problem));
        published = PlanResult.toDocument(problem, solved);
        assertTrue(published.kpis().feasible(), "the published plan must be usable: " + published.score());
    }

    private static PlanDocument rerun(ChangeSet changes) {
        return Rerun.rerun(published, changes, MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 20_000), plan -> { });
    }

    private static String busiestPsychologist() {
        return published.sessions().stream().filter(s -> s.staffId() != null && s.staffId().startsWith("ppr-"))
                .collect(Collectors.groupingBy(PlanSession::staffId, TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static ChangeSet leave(String staffId) {
        return new ChangeSet(FIRST_OF_MARCH, List.of(new Change(Change.STAFF_UNAVAILABLE, staffId, FIRST_OF_MARCH,
                null, null, null, null, null)), null);
    }

    /** What a school or person sees on a date: each session holding then, as who, week, day and time. */
    private static Map<String, String> fortnightOn(PlanDocument plan, LocalDate date, Set<String> schools) {
        return plan.sessions().stream().filter(s -> s.holdsOn(date)).filter(s -> schools.contains(s.schoolId()))
                .collect(Collectors.toMap(PlanSession::id,
                        s -> s.staffId() + " " + s.week() + " " + s.day() + " " + s.start() + "-" + s.end(),
                        (a, b) -> a + " & " + b, TreeMap::new));
    }

    private static Set<String> allSchools() {
        return published.schools().stream().map(s -> s.id()).collect(Collectors.toSet());
    }

    @Test
    void aPsychologistLeavingChangesOnlyTheirSessionsAndAsManyOthersAtMost() {
        String leaver = busiestPsychologist();
        List<PlanSession> leaversSessions = published.sessions().stream().filter(s -> leaver.equals(s.staffId())).toList();
        Set<String> leaversSchools = leaversSessions.stream().map(PlanSession::schoolId).collect(Collectors.toSet());

        PlanDocument rerun = rerun(leave(leaver));

        assertTrue(rerun.kpis().feasible(), rerun.score());
        assertEquals(100.0, rerun.kpis().coveragePercent(), "the leaver's work is covered by others");
        LocalDate later = LocalDate.of(2027, 3, 2);
        assertTrue(rerun.sessions().stream().filter(s -> s.holdsOn(later)).noneMatch(s -> leaver.equals(s.staffId())),
                "the leaver has nothing after the date");
        int changed = rerun.kpis().changedSessions();
        assertTrue(changed >= leaversSessions.size() && changed <= 2 * leaversSessions.size(),
                changed + " changed sessions for a leaver with " + leaversSessions.size());
        Set<String> untouched = allSchools().stream().filter(id -> !leaversSchools.contains(id)).collect(Collectors.toSet());
        assertFalse(untouched.isEmpty());
        assertEquals(fortnightOn(published, later, untouched), fortnightOn(rerun, later, untouched),
                "every school the leaver did not serve keeps exactly its published fortnight");
    }

    @Test
    void nothingBeforeTheEffectiveDateChanges() {
        PlanDocument rerun = rerun(leave(busiestPsychologist()));
        TermCalendar calendar = new TermCalendar(published.term());
        for (LocalDate date = published.term().firstDate(); date.isBefore(FIRST_OF_MARCH); date = date.plusDays(1)) {
            if (calendar.isTeachingDay(date)) {
                assertEquals(fortnightOn(published, date, allSchools()), fortnightOn(rerun, date, allSchools()),
                        "the plan on " + date);
            }
        }
    }

    @Test
    void aRerunWithNoChangesChangesNothing() {
        PlanDocument rerun = rerun(new ChangeSet(FIRST_OF_MARCH, List.of(), null));

        assertEquals(0, rerun.kpis().changedSessions());
        assertEquals(0, rerun.kpis().changedSchools());
        Comparator<PlanSession> byId = Comparator.comparing(PlanSession::id);
        assertEquals(published.sessions().stream().sorted(byId).toList(), rerun.sessions().stream().sorted(byId).toList());
        assertTrue(PlanDiff.between(published, rerun).entries().isEmpty());
    }

    @Test
    void aTemporaryLeaveEndsAndThePublishedPlanComesBack() {
        String leaver = busiestPsychologist();
        LocalDate back = LocalDate.of(2027, 3, 19);
        ChangeSet changes = new ChangeSet(FIRST_OF_MARCH, List.of(new Change(Change.STAFF_UNAVAILABLE, leaver,
                FIRST_OF_MARCH, back, null, null, null, null)), null);

        PlanDocument rerun = rerun(changes);

        LocalDate during = LocalDate.of(2027, 3, 10);
        LocalDate after = LocalDate.of(2027, 3, 24);
        assertTrue(rerun.sessions().stream().filter(s -> s.holdsOn(during)).noneMatch(s -> leaver.equals(s.staffId())));
        assertEquals(fortnightOn(published, after, allSchools()), fortnightOn(rerun, after, allSchools()),
                "after the leave the published plan holds again");
    }

    @Test
    void theDiffReadsAsAMessageForTheStaffConcerned() {
        String leaver = busiestPsychologist();
        String leaverName = published.staff().stream().filter(s -> s.id().equals(leaver)).findFirst().orElseThrow().name();
        PlanDocument rerun = rerun(leave(leaver));

        PlanDiff.Result diff = PlanDiff.between(published, rerun);

        assertEquals(rerun.kpis().changedSessions(), diff.entries().size());
        PlanDiff.Entry first = diff.entries().get(0);
        assertTrue(first.message().startsWith("Fra 1. marts: "), first.message());
        assertTrue(first.message().contains(leaverName), first.message());
        assertTrue(first.messageEn().startsWith("From 1 March: "), first.messageEn());
        assertTrue(diff.byStaff().containsKey(leaver));
        assertEquals(diff.entries().stream().map(PlanDiff.Entry::schoolId).collect(Collectors.toSet()),
                diff.bySchool().keySet());
    }

    @Test
    void changesAreCheckedAgainstThePlanWithEveryProblemNamed() {
        String json = """
                {"effectiveDate": "2028-01-01", "changes": [
                  {"type": "staffUnavailable", "staffId": "nobody"},
                  {"type": "staffHoursChanged", "staffId": "ppr-01", "hoursPerWeek": -2},
                  {"type": "demandRemoved", "demandId": "no-such-demand"},
                  {"type": "teleport"}]}""";

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> ChangeReader.read(json, published));

        Set<String> paths = error.errors().stream().map(e -> e.path()).collect(Collectors.toSet());
        assertEquals(Set.of("effectiveDate", "changes[0].staffId", "changes[1].hoursPerWeek", "changes[2].demandId",
                "changes[3].type"), paths);
    }
}
