package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.ressourceplan.TestTerms;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A person's seats are kept from one step of the search to the next, and looked for again when one changes hands. */
class PersonWeeksTest {

    private final StaffPlan plan = twoClassesTwoCoTeachers();
    private final Assignment first = seat("d-first");
    private final Assignment second = seat("d-second");
    private final Staff anna = person("anna");
    private final Staff bo = person("bo");

    private static StaffPlan twoClassesTwoCoTeachers() {
        PlanDocument term = TestTerms.term().school("s1", 55.40, 10.38)
                .schoolClass("c1", "s1", NeedLevel.YELLOW).schoolClass("c2", "s1", NeedLevel.YELLOW)
                .person("anna", Role.CO_TEACHER, 20, 55.40, 10.38, Competence.READING)
                .person("bo", Role.CO_TEACHER, 20, 55.40, 10.38, Competence.READING)
                .coTeaching("d-first", "c1", Competence.READING, 2)
                .coTeaching("d-second", "c2", Competence.READING, 1)
                .build();
        StaffPlan plan = PlanBuilder.build(term);
        plan.getSessions().forEach(session -> session.setSlot(session.getCandidateSlots().get(0)));
        return plan;
    }

    @Test
    void theSeatsAPersonHoldsFollowThePlanFromStepToStep() {
        first.setStaff(anna);
        PersonWeeks weeks = new PersonWeeks(plan);
        weeks.newStep();
        assertEquals(List.of(first), weeks.heldBy(anna));
        assertEquals(List.of(), weeks.heldBy(bo));

        first.setStaff(bo);
        second.setStaff(bo);
        weeks.newStep();

        assertEquals(List.of(), weeks.heldBy(anna));
        assertEquals(List.of(first, second), weeks.heldBy(bo), "in the plan's order");
        assertEquals(Set.copyOf(plan.getSessions()), Set.copyOf(weeks.busyOf(bo, null, Set.of())));
        assertEquals(weeks.sessionsOf(second), weeks.busyOf(bo, first, Set.of()));
        assertEquals(List.of(), weeks.busyOf(anna, null, Set.of()));
    }

    @Test
    void aSeatThatChangesHandsWithinAStepIsCaughtWhenAssertionsAreOn() {
        assumeTrue(PersonWeeks.class.desiredAssertionStatus(), "the check runs with assertions on, as in the tests");
        first.setStaff(anna);
        PersonWeeks weeks = new PersonWeeks(plan);
        weeks.newStep();
        weeks.heldBy(anna);

        first.setStaff(bo);

        AssertionError error = assertThrows(AssertionError.class, () -> weeks.heldBy(anna));
        assertEquals("anna's seats changed hands unnoticed", error.getMessage());
    }

    @Test
    void beforeTheFirstStepEveryAnswerIsReadFromThePlan() {
        PersonWeeks weeks = new PersonWeeks(plan);
        first.setStaff(anna);
        assertEquals(List.of(first), weeks.heldBy(anna));
        first.setStaff(bo);
        assertEquals(List.of(), weeks.heldBy(anna));
        assertEquals(List.of(first), weeks.heldBy(bo));
    }

    private Assignment seat(String id) {
        return plan.getAssignments().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    private Staff person(String id) {
        return plan.getStaff().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
