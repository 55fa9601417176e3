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

    private static String name(PlanDocument plan, String staffId) {
        return plan.staff().stream().filter(s -> s.id().equals(staffId)).map(Staff::name).findFirst().orElseThrow();
    }
}
