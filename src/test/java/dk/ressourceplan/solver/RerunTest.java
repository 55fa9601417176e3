package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dk.ressourceplan.domain.Absence;
import dk.ressourceplan.domain.Change;
import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TermCalendar;
import dk.ressourceplan.domain.Uncovered;
import dk.ressourceplan.io.ChangeReader;
import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.io.PlanReader;
import dk.ressourceplan.io.workbook.TermWorkbook;
import dk.ressourceplan.plans.PlanDiff;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reruns of the small demo after staff changes (issue 6) and leaves with an end date (issue 13), solved with move
 * budgets so they repeat exactly.
 */
class RerunTest {

    private static final LocalDate FIRST_OF_MARCH = LocalDate.of(2027, 3, 1);
    /** The last day of the temporary leave, a Friday; the week after is the winter holiday (2027-W12). */
    private static final LocalDate BACK = LocalDate.of(2027, 3, 19);
    private static PlanDocument published;
    private static PlanDocument temporaryLeave;

    @BeforeAll
    static void solveTheSmallDemo() throws Exception {
        PlanDocument problem = PlanReader.read(Path.of("data/demo-small.json"));
        StaffPlan solved = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 150_000))
                .buildSolver().solve(PlanBuilder.build(problem));
        published = PlanResult.toDocument(problem, solved);
        assertTrue(published.kpis().feasible(), "the published plan must be usable: " + published.score());
    }

    private static PlanDocument rerun(ChangeSet changes) {
        return rerun(published, changes);
    }

    private static PlanDocument rerun(PlanDocument plan, ChangeSet changes) {
        return Rerun.rerun(plan, changes, MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 20_000), best -> { });
    }

    /** The busiest psychologist away from 1 March to 19 March: solved once, read by several tests. */
    private static synchronized PlanDocument temporaryLeave() {
        if (temporaryLeave == null) {
            temporaryLeave = rerun(leave(FIRST_OF_MARCH, BACK, busiestPsychologist()));
        }
        return temporaryLeave;
    }

    /** The other psychologist than the busiest one. */
    private static String otherPsychologist() {
        return published.staff().stream().filter(s -> s.role() == Role.PSYCHOLOGIST).map(Staff::id)
                .filter(id -> !id.equals(busiestPsychologist())).findFirst().orElseThrow();
    }

    private static String busiestPsychologist() {
        return published.sessions().stream().filter(s -> s.staffId() != null && s.staffId().startsWith("ppr-"))
                .collect(Collectors.groupingBy(PlanSession::staffId, TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static ChangeSet leave(String staffId) {
        return leave(FIRST_OF_MARCH, null, staffId);
    }

    /** From the effective date {@code from} until {@code to} (null: the rest of the term). */
    private static ChangeSet leave(LocalDate from, LocalDate to, String... staffIds) {
        return new ChangeSet(from, Arrays.stream(staffIds).map(id -> new Change(Change.STAFF_UNAVAILABLE, id, from, to,
                null, null, null, null)).toList(), null);
    }

    private static Staff member(PlanDocument plan, String staffId) {
        return plan.staff().stream().filter(s -> s.id().equals(staffId)).findFirst().orElseThrow();
    }

    private static boolean works(PlanDocument plan, String staffId, LocalDate date) {
        return plan.sessions().stream().filter(s -> s.holdsOn(date)).anyMatch(s -> staffId.equals(s.staffId()));
    }

    private static int teachingDays(LocalDate first, LocalDate last) {
        TermCalendar calendar = new TermCalendar(published.term());
        return (int) first.datesUntil(last.plusDays(1)).filter(calendar::isTeachingDay).count();
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

        PlanDocument rerun = temporaryLeave();

        LocalDate during = LocalDate.of(2027, 3, 10);
        LocalDate after = LocalDate.of(2027, 3, 24);
        assertFalse(works(rerun, leaver, during));
        assertEquals(fortnightOn(published, after, allSchools()), fortnightOn(rerun, after, allSchools()),
                "after the leave the published plan holds again");
    }

    @Test
    void theStoredTermKeepsTheLeaversHoursAndRecordsTheLeaveWithItsDates() {
        String leaver = busiestPsychologist();

        Staff stored = member(temporaryLeave(), leaver);

        assertEquals(member(published, leaver).hoursPerWeek(), stored.hoursPerWeek());
        assertEquals(List.of(new Absence(FIRST_OF_MARCH, BACK)), stored.absences());
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        assertDoesNotThrow(() -> TermWorkbook.write(temporaryLeave(), workbook));
        assertEquals(List.of(new Absence(FIRST_OF_MARCH, BACK)),
                member(TermWorkbook.read(workbook.toByteArray()), leaver).absences(),
                "the workbook keeps the leave on its sheet of absences, as a term to solve stretch by stretch");
    }

    @Test
    void leaveThenALaterRerunKeepsThePersonAfterTheLeave() {
        String leaver = busiestPsychologist();
        LocalDate fifthOfApril = LocalDate.of(2027, 4, 5);

        PlanDocument later = rerun(temporaryLeave(), leave(fifthOfApril, null, otherPsychologist()));

        assertEquals(member(published, leaver).hoursPerWeek(), member(later, leaver).hoursPerWeek());
        assertTrue(works(later, leaver, LocalDate.of(2027, 4, 6)), "back from the leave, the person works again");
        assertFalse(works(later, leaver, LocalDate.of(2027, 3, 10)), "the leave itself is history and stays");
        assertFalse(works(later, otherPsychologist(), LocalDate.of(2027, 4, 6)));
        assertTrue(later.kpis().feasible(), later.score());
    }

    @Test
    void aRerunDuringTheLeaveKeepsThePersonAwayUntilItsEndAndBackAfterIt() {
        String leaver = busiestPsychologist();
        LocalDate eighthOfMarch = LocalDate.of(2027, 3, 8);

        PlanDocument during = rerun(temporaryLeave(), leave(eighthOfMarch, null, otherPsychologist()));

        assertFalse(works(during, leaver, LocalDate.of(2027, 3, 10)), "still on leave");
        assertFalse(works(during, leaver, BACK), "on leave to its last day");
        assertTrue(works(during, leaver, LocalDate.of(2027, 3, 30)), "back after the leave");
        assertFalse(works(during, otherPsychologist(), LocalDate.of(2027, 3, 10)));
        assertFalse(works(during, otherPsychologist(), LocalDate.of(2027, 3, 30)));
        assertEquals(member(published, leaver).hoursPerWeek(), member(during, leaver).hoursPerWeek());
        assertEquals(List.of(new Absence(FIRST_OF_MARCH, BACK)), member(during, leaver).absences());
        assertEquals(0.0, member(during, otherPsychologist()).hoursPerWeek(), "a leave to the end of term is 0 hours");
    }

    @Test
    void seatsUncoveredDuringALeaveCarryItsDatesAndTheKpisWeighItByItsDays() {
        assertTrue(published.uncovered().isEmpty(), "the published plan covers everything");
        String[] ppr = published.staff().stream().filter(s -> s.role().isPpr()).map(Staff::id).toArray(String[]::new);

        PlanDocument rerun = rerun(leave(FIRST_OF_MARCH, BACK, ppr));

        assertFalse(rerun.uncovered().isEmpty(), "nobody is left to fill the PPR seats during the leave");
        for (Uncovered seat : rerun.uncovered()) {
            assertEquals(FIRST_OF_MARCH, seat.from(), seat.toString());
            assertEquals(BACK, seat.to(), seat.toString());
        }
        double share = (double) teachingDays(FIRST_OF_MARCH, BACK)
                / teachingDays(FIRST_OF_MARCH, published.term().lastDate());
        for (NeedLevel level : NeedLevel.values()) {
            int duringTheLeave = rerun.uncovered().stream().filter(seat -> seat.priority() == level)
                    .mapToInt(Uncovered::minutesPerFortnight).sum();
            assertEquals(Math.round(duringTheLeave * share), rerun.kpis().uncoveredByPriority().get(level).longValue(),
                    "uncovered " + level + " minutes per fortnight, on average over the rest of the term");
        }
        assertTrue(rerun.kpis().coveragePercent() < 100.0);
        assertTrue(rerun.kpis().coveragePercent() > 100.0 - 100.0 * share, "the leave is " + share + " of the term");
        assertEquals(List.of(), rerun.staff().stream().filter(s -> s.hoursPerWeek() != member(published, s.id())
                .hoursPerWeek()).toList(), "nobody's hours change");
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

    @Test
    void onlyALeaveHasAnEndDateAndItMayNotEndBeforeTheEffectiveDate() {
        String json = """
                {"effectiveDate": "2027-03-01", "changes": [
                  {"type": "staffUnavailable", "staffId": "ppr-01", "from": "2027-02-01", "to": "2027-02-26"},
                  {"type": "staffHoursChanged", "staffId": "ppr-02", "hoursPerWeek": 10, "to": "2027-04-01"},
                  {"type": "staffUnavailable", "staffId": "ppr-03", "to": "2027-03-01"}]}""";

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> ChangeReader.read(json, published));

        assertEquals(Set.of("changes[0].to", "changes[1].to"),
                error.errors().stream().map(e -> e.path()).collect(Collectors.toSet()));
    }
}
