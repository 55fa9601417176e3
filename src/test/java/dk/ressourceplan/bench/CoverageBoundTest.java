package dk.ressourceplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dk.ressourceplan.TestTerms;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.solver.PlanBuilder;
import dk.ressourceplan.solver.SolverSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CoverageBoundTest {

    /**
     * One co-teacher with 3 hours a week (360 minutes a fortnight) for reading demands of 180 and 360 minutes a
     * fortnight; a maths demand (180) nobody can take; a psychologist with 1 hour a week (120 a fortnight) for 2
     * hours of weekly presence (240). The most any plan can cover: 360 + 0 + 120 = 480 of 960 minutes.
     */
    @Test
    void boundOfATinyTermIsWhatTheHoursAllow() {
        PlanDocument term = TestTerms.term()
                .school("s1", 55.40, 10.38)
                .schoolClass("c1", "s1", NeedLevel.RED).schoolClass("c2", "s1", NeedLevel.YELLOW)
                .schoolClass("c3", "s1", NeedLevel.GREEN)
                .person("ct1", Role.CO_TEACHER, 3, 55.40, 10.38, Competence.READING)
                .person("psy", Role.PSYCHOLOGIST, 1, 55.40, 10.38, Competence.WELLBEING)
                .coTeaching("d1", "c1", Competence.READING, 2)
                .coTeaching("d2", "c2", Competence.READING, 4)
                .coTeaching("d3", "c3", Competence.MATHS, 2)
                .presence("p1", "s1", 2)
                .build();
        StaffPlan plan = PlanBuilder.build(term);

        assertEquals(960, CoverageBound.demandedMinutes(plan));
        assertEquals(480, CoverageBound.minutes(plan));
    }

    @Test
    void boundLiesBetweenWhatASolvedPlanCoversAndWhatIsDemanded() {
        PlanDocument term = SyntheticMunicipality.generate(3, 7);
        StaffPlan problem = PlanBuilder.build(term);
        long bound = CoverageBound.minutes(problem);

        StaffPlan solved = SolverFactory.<StaffPlan>create(stepLimited(300)).buildSolver().solve(problem);

        assertTrue(CoverageBound.coveredMinutes(solved) <= bound,
                CoverageBound.coveredMinutes(solved) + " covered, bound " + bound);
        assertTrue(bound <= CoverageBound.demandedMinutes(solved));
        assertTrue(bound > 0);
    }

    /** A step budget instead of a time limit, so that the test does the same work on any machine. */
    private static SolverConfig stepLimited(int localSearchSteps) {
        SolverConfig config = SolverSettings.config(Duration.ofMinutes(10)).withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withTerminationConfig(new TerminationConfig());
        config.getPhaseConfigList().get(config.getPhaseConfigList().size() - 1)
                .setTerminationConfig(new TerminationConfig().withStepCountLimit(localSearchSteps));
        return config;
    }
}
