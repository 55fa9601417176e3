package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dk.ressourceplan.TestTerms;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.Uncovered;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanSolverTest {

    private static StaffPlan solve(PlanDocument document, EnvironmentMode mode, long moves) {
        return SolverFactory.<StaffPlan>create(MoveBudget.config(mode, moves)).buildSolver()
                .solve(PlanBuilder.build(document));
    }

    private static PlanDocument twoSchools() {
        return TestTerms.term()
                .school("s1", 55.40, 10.38).school("s2", 55.42, 10.42)
                .schoolClass("s1-3a", "s1", NeedLevel.RED).schoolClass("s2-5b", "s2", NeedLevel.YELLOW)
                .person("ct1", Role.CO_TEACHER, 20, 55.40, 10.38, Competence.READING)
                .person("ct2", Role.CO_TEACHER, 20, 55.42, 10.42, Competence.MATHS, Competence.READING)
                .person("psy", Role.PSYCHOLOGIST, 12, 55.41, 10.40, Competence.WELLBEING)
                .person("akt", Role.AKT_SUPERVISOR, 20, 55.41, 10.40, Competence.BEHAVIOUR)
                .coTeaching("d1", "s1-3a", Competence.READING, 4)
                .coTeaching("d2", "s2-5b", Competence.MATHS, 3)
                .meeting("m1", "s1", List.of(List.of(Role.PSYCHOLOGIST), List.of(Role.AKT_SUPERVISOR)))
                .meeting("m2", "s2", List.of(List.of(Role.PSYCHOLOGIST), List.of(Role.AKT_SUPERVISOR)))
                .presence("p1", "s1", 2)
                .build();
    }

    @Test
    void smallTermSolvedUnderFullAssertIsFeasibleAndCovered() {
        StaffPlan solved = solve(twoSchools(), EnvironmentMode.FULL_ASSERT, 3_000);

        assertTrue(solved.getScore().isFeasible(), "score " + solved.getScore());
        assertEquals(0, solved.getScore().mediumScore(), "every demand covered");
        PlanDocument document = PlanResult.toDocument(twoSchools(), solved);
        assertEquals(100.0, document.kpis().coveragePercent());
        assertEquals(100.0, document.kpis().pprContinuityPercent(), "one psychologist at s1's meeting and presence");
        // 4 + 3 lessons, two meetings with two seats each, two presence blocks of 60 minutes
        assertEquals(4 + 3 + 2 * 2 + 2, document.sessions().size());
        assertTrue(document.sessions().stream().allMatch(s -> s.staffId() != null));
    }

    @Test
    void whenStaffHoursRunShortOnlyTheLowestPriorityDemandIsLeftUncovered() {
        // One co-teacher with 3 hours a week at the school itself: room for the red and the yellow class's
        // two lessons each (180 minutes), not for the green class's two lessons as well.
        PlanDocument overloaded = TestTerms.term()
                .school("s1", 55.40, 10.38)
                .schoolClass("red", "s1", NeedLevel.RED).schoolClass("yellow", "s1", NeedLevel.YELLOW)
                .schoolClass("green", "s1", NeedLevel.GREEN)
                .person("ct1", Role.CO_TEACHER, 3, 55.40, 10.38, Competence.READING)
                .coTeaching("d-green", "green", Competence.READING, 2)
                .coTeaching("d-red", "red", Competence.READING, 2)
                .coTeaching("d-yellow", "yellow", Competence.READING, 2)
                .build();

        StaffPlan solved = solve(overloaded, EnvironmentMode.REPRODUCIBLE, 5_000);
        PlanDocument document = PlanResult.toDocument(overloaded, solved);

        assertTrue(document.kpis().feasible());
        List<Uncovered> uncovered = document.uncovered();
        assertEquals(List.of("d-green"), uncovered.stream().map(Uncovered::demandId).toList());
        assertEquals(NeedLevel.GREEN, uncovered.get(0).priority());
        assertEquals(180, uncovered.get(0).minutesPerFortnight());
        assertTrue(uncovered.get(0).reason().contains("højere prioritet"));
        assertEquals(180, document.kpis().uncoveredByPriority().get(NeedLevel.GREEN));
        assertEquals(0, document.kpis().uncoveredByPriority().get(NeedLevel.RED));
        Set<String> covered = document.sessions().stream().filter(s -> s.staffId() != null)
                .map(PlanSession::demandId).collect(Collectors.toSet());
        assertEquals(Set.of("d-red", "d-yellow"), covered);
        assertTrue(document.sessions().stream().filter(s -> s.demandId().equals("d-green"))
                .allMatch(s -> s.staffId() == null), "uncovered sessions are listed with no staff, never dropped");
    }
}
