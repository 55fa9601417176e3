package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dk.ressourceplan.domain.Change;
import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.plans.PlanDiff;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A rerun of a term with dated work: a psychologist leaves in the middle of a programme. */
class DatedRerunTest {

    @Test
    void aLeaverMidProgrammeHandsTheProgrammeOverFromTheEffectiveDateAndTheDiffSaysSo() throws Exception {
        PlanDocument published = SolvedDatedTerms.sixSchoolsEightWeeks();
        assertTrue(published.kpis().feasible(), published.score());
        // A programme with a person that runs over several weeks: its person leaves on a Monday in its middle.
        LocalDate firstDate = published.term().firstDate();
        PlanSession programme = published.sessions().stream()
                .filter(s -> s.type() == DemandType.PROGRAMME && s.staffId() != null && s.to() != null)
                .filter(s -> (s.from() == null ? firstDate : s.from()).plusWeeks(3).isBefore(s.to()))
                .min(Comparator.comparing(PlanSession::id)).orElseThrow();
        LocalDate effective = (programme.from() == null ? firstDate : programme.from()).plusWeeks(2).with(DayOfWeek.MONDAY);
        String leaver = programme.staffId();
        ChangeSet leaves = new ChangeSet(effective, List.of(new Change(Change.STAFF_UNAVAILABLE, leaver, effective, null,
                null, null, null, null)), null);

        PlanDocument rerun = Rerun.rerun(published, leaves, MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 3_000),
                best -> { });

        assertTrue(rerun.kpis().feasible(), rerun.score());
        List<PlanSession> rows = rerun.sessions().stream().filter(s -> s.id().equals(programme.id()))
                .sorted(Comparator.comparing(PlanSession::from, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        PlanSession before = rows.stream().filter(s -> s.holdsOn(effective.minusDays(3))).findFirst().orElseThrow();
        PlanSession after = rows.stream().filter(s -> s.holdsOn(effective)).findFirst().orElseThrow();
        assertEquals(leaver, before.staffId(), "the leaver ran it until the date");
        assertEquals(effective.minusDays(1), before.to(), "their part ends the day before");
        assertNotNull(after.staffId(), "someone takes the programme over: " + rerun.uncovered());
        assertNotEquals(leaver, after.staffId());
        assertEquals(effective, after.from());
        assertEquals(programme.to(), rows.get(rows.size() - 1).to(), "the programme still ends when it was to end");
        assertFalse(rerun.sessions().stream().anyMatch(s -> leaver.equals(s.staffId()) && s.holdsOn(effective)),
                "the leaver has no work from the date");

        PlanDiff.Entry handover = PlanDiff.between(published, rerun).entries().stream()
                .filter(entry -> entry.sessionId().equals(programme.id())).findFirst().orElseThrow();
        School school = published.schools().stream().filter(s -> s.id().equals(programme.schoolId())).findFirst().orElseThrow();
        String leaverName = name(published, leaver);
        String takerName = name(published, after.staffId());
        assertTrue(handover.message().startsWith("Fra " + effective.getDayOfMonth() + ". "), handover.message());
        assertTrue(handover.message().contains("forløbet på " + school.name() + " går fra " + leaverName), handover.message());
        assertTrue(handover.message().contains("til " + takerName), handover.message());
        assertTrue(handover.messageEn().contains("the programme at " + school.name() + " moves from " + leaverName),
                handover.messageEn());

        TermChecks checks = new TermChecks(rerun);
        assertEquals(List.of(), checks.clashesAndDrives());
        assertEquals(List.of(), checks.weeksTooLong(effective));
        assertEquals(List.of(), checks.tooManyProgrammesInAWeek());
    }

    /**
     * A term with two days away in one week, rerun from before that week after another person leaves: the rerun
     * replans that week too, and gives the person nothing on the days away, however free their fortnight looks.
     */
    @Test
    void aRerunKeepsTheDaysAwayOfTheTerm() {
        PlanDocument term = SolvedDatedTerms.sixSchoolsEightWeeksProblem();
        // The PPR person with the most sessions in the plan of the term without days away.
        Map<String, Long> sessions = SolvedDatedTerms.sixSchoolsEightWeeks().sessions().stream()
                .filter(s -> s.staffId() != null).collect(Collectors.groupingBy(PlanSession::staffId, Collectors.counting()));
        Staff busiest = term.staff().stream().filter(person -> person.role().isPpr())
                .max(Comparator.comparing((Staff person) -> sessions.getOrDefault(person.id(), 0L)).thenComparing(Staff::id))
                .orElseThrow();
        LocalDate wednesday = LocalDate.of(2027, 1, 20);
        Staff away = busiest.withAbsence(new dk.ressourceplan.domain.Absence(wednesday, wednesday.plusDays(1)));
        List<Staff> staff = term.staff().stream().map(person -> person.id().equals(away.id()) ? away : person).toList();
        PlanDocument withDaysAway = new PlanDocument(term.term(), term.schools(), term.classes(), staff, term.demands(),
                term.travel(), term.weights(), term.rules(), null, null, null, null);
        PlanDocument published = TermPlanner.solve(withDaysAway, MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 1_000));
        assertEquals(List.of(), new TermChecks(published).workWhileAway());
        String leaver = published.sessions().stream().map(PlanSession::staffId)
                .filter(id -> id != null && !id.equals(away.id()) && id.startsWith("ppr-")).sorted().findFirst().orElseThrow();
        LocalDate effective = LocalDate.of(2027, 1, 11);

        PlanDocument rerun = Rerun.rerun(published, new ChangeSet(effective, List.of(new Change(Change.STAFF_UNAVAILABLE,
                leaver, effective, null, null, null, null, null)), null),
                MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 2_000), best -> { });

        TermChecks checks = new TermChecks(rerun);
        assertEquals(List.of(), checks.workWhileAway(), "nothing on the days away");
        assertEquals(List.of(), checks.clashesAndDrives());
        assertEquals(List.of(), checks.weeksTooLong(effective));
        dk.ressourceplan.domain.TermCalendar calendar = new dk.ressourceplan.domain.TermCalendar(rerun.term());
        assertTrue(List.of(wednesday.minusDays(2), wednesday.minusDays(1), wednesday.plusDays(2)).stream()
                .anyMatch(date -> rerun.sessions().stream().anyMatch(s -> away.id().equals(s.staffId()) && s.holdsOn(date)
                        && s.day() == date.getDayOfWeek() && s.week().intersects(calendar.weekOf(date)))),
                "works the other days of that week");
    }

    private static String name(PlanDocument plan, String staffId) {
        return plan.staff().stream().filter(s -> s.id().equals(staffId)).map(Staff::name).findFirst().orElseThrow();
    }
}
