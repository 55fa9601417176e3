package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.SyntheticMunicipality;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The faster scoring of issue 18 gives exactly the score the rules gave before ({@link ReferenceConstraints}), rule
 * by rule, on the benchmark's municipalities (32 and 70 schools, seeds 2027 and 7, and a short-staffed one): on the
 * hand-made plan, on the solver's start, after a short search, and on a plan shaken at random into clashes, tight
 * drives, long days and uncovered seats, so that every rule has something to count.
 */
class ScoreUnchangedTest {

    private static final SolutionManager<StaffPlan, HardMediumSoftLongScore> NOW = manager(PlanConstraints.class);
    private static final SolutionManager<StaffPlan, HardMediumSoftLongScore> BEFORE = manager(ReferenceConstraints.class);

    static Stream<Arguments> municipalities() {
        return Stream.of(Arguments.of(32, 2027L, null), Arguments.of(70, 2027L, null), Arguments.of(32, 7L, null),
                Arguments.of(70, 7L, null), Arguments.of(32, 2027L, 70));
    }

    @ParameterizedTest(name = "{0} schools, seed {1}, staffing {2}")
    @MethodSource("municipalities")
    void everyRuleScoresAsBefore(int schools, long seed, Integer staffing) {
        PlanDocument problem = SyntheticMunicipality.generate(schools, seed, staffing);

        assertSameScore(GreedyPlanner.plan(problem), "the hand-made plan");

        StaffPlan start = PlanSolver.startingPlan(problem);
        assertSameScore(start, "the solver's start");

        StaffPlan searched = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.NO_ASSERT, 3_000))
                .buildSolver().solve(start);
        assertSameScore(searched, "after 3,000 moves");

        shake(searched, new Random(seed));
        HardMediumSoftLongScore shaken = assertSameScore(searched, "shaken at random");
        assertTrue(shaken.hardScore() < 0, "the shaken plan breaks hard rules, so they are compared too: " + shaken);
    }

    /** Gives a fifth of the sessions a random time and a fifth of the seats a random person or nobody. */
    private static void shake(StaffPlan plan, Random random) {
        for (Session session : plan.getSessions()) {
            if (random.nextInt(5) == 0 && !session.getCandidateSlots().isEmpty()) {
                session.setSlot(session.getCandidateSlots().get(random.nextInt(session.getCandidateSlots().size())));
            }
        }
        for (Assignment assignment : plan.getAssignments()) {
            if (random.nextInt(5) == 0) {
                List<Staff> eligible = assignment.getEligibleStaff();
                int pick = random.nextInt(eligible.size() + 1);
                assignment.setStaff(pick == eligible.size() ? null : eligible.get(pick));
            }
        }
    }

    private static HardMediumSoftLongScore assertSameScore(StaffPlan plan, String which) {
        ScoreAnalysis<HardMediumSoftLongScore> before = BEFORE.analyze(plan, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        ScoreAnalysis<HardMediumSoftLongScore> now = NOW.analyze(plan, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        before.constraintMap().forEach((ref, analysis) -> assertEquals(analysis.score(),
                now.getConstraintAnalysis(ref.constraintName()).score(), which + ": " + ref.constraintName()));
        assertEquals(before.score(), now.score(), which);
        return now.score();
    }

    private static SolutionManager<StaffPlan, HardMediumSoftLongScore> manager(Class<? extends
            ai.timefold.solver.core.api.score.stream.ConstraintProvider> constraints) {
        SolverConfig config = new SolverConfig().withSolutionClass(StaffPlan.class)
                .withEntityClasses(Assignment.class, Session.class).withConstraintProviderClass(constraints);
        return SolutionManager.create(SolverFactory.create(config));
    }
}
