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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Co-teaching demands here are 45-minute lessons: 2 lessons a week are 180 minutes a fortnight. */
class CoverageBoundTest {

    /**
     * One co-teacher with 3 hours a week (360 minutes a fortnight) for reading demands of 180 (red) and 360 (yellow)
     * minutes a fortnight; a maths demand (green, 180) nobody can take; a psychologist with 1 hour a week (120 a
     * fortnight) for 2 hours of weekly presence (yellow, 240). The most any plan can cover: 360 + 0 + 120 = 480 of
     * 960 minutes. The cheapest way to leave the rest: the red demand whole and half of the yellow one (180 x 10),
     * the maths (180 x 1) and half of the presence (120 x 10) = 3180. A real plan cannot split the yellow reading
     * demand or the presence, so it leaves 360 x 10 + 180 + 240 x 10 = 6180 at best: the bound is below it.
     */
    @Test
    void boundsOfATinyTermAreWhatTheHoursAllow() {
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
        assertEquals(180 * 10 + 180 + 120 * 10, CoverageBound.uncoveredPenalty(plan));
    }

    /** Hours for one of two equal demands: the green one is left, whichever comes first. */
    @Test
    void shortHoursLeaveTheGreenDemandRatherThanTheYellow() {
        PlanDocument term = TestTerms.term()
                .school("s1", 55.40, 10.38)
                .schoolClass("green", "s1", NeedLevel.GREEN).schoolClass("yellow", "s1", NeedLevel.YELLOW)
                .person("ct1", Role.CO_TEACHER, 3, 55.40, 10.38, Competence.READING)
                .coTeaching("d1", "green", Competence.READING, 4)
                .coTeaching("d2", "yellow", Competence.READING, 4)
                .build();
        StaffPlan plan = PlanBuilder.build(term);

        assertEquals(360, CoverageBound.minutes(plan));
        assertEquals(360 * NeedLevel.GREEN.weightPerMinute(), CoverageBound.uncoveredPenalty(plan));
    }

    @Test
    void withNobodyEligibleEveryMinuteCostsItsPriority() {
        PlanDocument term = TestTerms.term()
                .school("s1", 55.40, 10.38)
                .schoolClass("c1", "s1", NeedLevel.RED).schoolClass("c2", "s1", NeedLevel.YELLOW)
                .schoolClass("c3", "s1", NeedLevel.GREEN)
                .person("maths", Role.CO_TEACHER, 30, 55.40, 10.38, Competence.MATHS)
                .coTeaching("d1", "c1", Competence.READING, 2)
                .coTeaching("d2", "c2", Competence.READING, 4)
                .coTeaching("d3", "c3", Competence.READING, 2)
                .build();
        StaffPlan plan = PlanBuilder.build(term);

        assertEquals(0, CoverageBound.minutes(plan));
        assertEquals(180 * 100 + 360 * 10 + 180, CoverageBound.uncoveredPenalty(plan));
    }

    /**
     * Reading (red) may go to either co-teacher, maths (green) only to the one who has both. Both are covered only if
     * the flow gives reading to the other one, even when the one with both comes first.
     */
    @Test
    void boundsMoveADemandToItsOtherPersonToMakeRoom() {
        PlanDocument term = TestTerms.term()
                .school("s1", 55.40, 10.38)
                .schoolClass("c1", "s1", NeedLevel.RED).schoolClass("c2", "s1", NeedLevel.GREEN)
                .person("both", Role.CO_TEACHER, 1.5, 55.40, 10.38, Competence.READING, Competence.MATHS)
                .person("reader", Role.CO_TEACHER, 1.5, 55.40, 10.38, Competence.READING)
                .coTeaching("d1", "c1", Competence.READING, 2)
                .coTeaching("d2", "c2", Competence.MATHS, 2)
                .build();
        StaffPlan plan = PlanBuilder.build(term);

        assertEquals(360, CoverageBound.minutes(plan));
        assertEquals(0, CoverageBound.uncoveredPenalty(plan));
    }

    /** With one weight for every demand, the penalty bound is the minutes the max flow cannot place, times it. */
    @Test
    void withEqualPrioritiesThePenaltyBoundIsWhatTheMaxFlowLeaves() {
        PlanDocument term = TestTerms.term()
                .school("s1", 55.40, 10.38)
                .schoolClass("c1", "s1", NeedLevel.GREEN).schoolClass("c2", "s1", NeedLevel.GREEN)
                .schoolClass("c3", "s1", NeedLevel.GREEN)
                .person("reader", Role.CO_TEACHER, 2, 55.40, 10.38, Competence.READING)
                .person("both", Role.CO_TEACHER, 1, 55.40, 10.38, Competence.READING, Competence.MATHS)
                .coTeaching("d1", "c1", Competence.READING, 4)
                .coTeaching("d2", "c2", Competence.MATHS, 2)
                .coTeaching("d3", "c3", Competence.READING, 2)
                .build();
        StaffPlan plan = PlanBuilder.build(term);

        assertEquals(720, CoverageBound.demandedMinutes(plan));
        assertEquals(360, CoverageBound.minutes(plan));
        assertEquals((CoverageBound.demandedMinutes(plan) - CoverageBound.minutes(plan)) * NeedLevel.GREEN.weightPerMinute(),
                CoverageBound.uncoveredPenalty(plan));
    }

    /** Half the generated staff, so that neither bound is trivial: a solved plan stays on its side of both. */
    @Test
    void aSolvedShortStaffedPlanStaysWithinBothBounds() {
        PlanDocument full = SyntheticMunicipality.generate(3, 7);
        PlanDocument term = new PlanDocument(full.term(), full.schools(), full.classes(),
                IntStream.range(0, full.staff().size()).filter(i -> i % 2 == 0).mapToObj(full.staff()::get).toList(),
                full.demands(), full.travel(), full.weights(), full.rules(), null, null, null, null);
        StaffPlan problem = PlanBuilder.build(term);
        long bound = CoverageBound.minutes(problem);
        long penaltyBound = CoverageBound.uncoveredPenalty(problem);

        StaffPlan solved = SolverFactory.<StaffPlan>create(stepLimited(300)).buildSolver().solve(problem);

        assertTrue(CoverageBound.coveredMinutes(solved) <= bound,
                CoverageBound.coveredMinutes(solved) + " covered, bound " + bound);
        assertTrue(bound < CoverageBound.demandedMinutes(solved), "short-staffed: " + bound);
        assertTrue(penaltyBound > 0);
        assertTrue(-solved.getScore().mediumScore() >= penaltyBound,
                solved.getScore() + " against a penalty bound of " + penaltyBound);
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
