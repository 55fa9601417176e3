package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.SyntheticMunicipality;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A solved document, read back, is the same plan: same placements, same score. */
class PlanRestoreTest {

    private static PlanDocument solved;

    @BeforeAll
    static void solveASmallTerm() {
        // Long enough for the construction heuristic to place every session, so that the document is complete.
        solved = PlanSolver.solve(SyntheticMunicipality.generate(1, 1), Duration.ofSeconds(4));
    }

    @Test
    void aRestoredPlanScoresAsItDidWhenSolved() {
        StaffPlan restored = PlanRestore.restore(solved);
        SolutionManager<StaffPlan, HardMediumSoftLongScore> scorer =
                SolutionManager.create(SolverSettings.factory(Duration.ofSeconds(1)));

        assertEquals(solved.score(), scorer.update(restored).toString());
        assertEquals(solved.sessions(), PlanResult.toDocument(solved, restored).sessions());
    }

    @Test
    void aSessionTheProblemLacksIsRefused() {
        PlanSession first = solved.sessions().get(0);
        PlanSession stranger = new PlanSession("no-such-session", first.demandId(), first.type(), first.schoolId(),
                first.classId(), first.staffId(), null, first.week(), first.day(), first.start(), first.end());
        PlanDocument tampered = solved.withSolution(solved.score(), solved.kpis(), solved.uncovered(), List.of(stranger));

        assertThrows(IllegalArgumentException.class, () -> PlanRestore.restore(tampered));
    }
}
