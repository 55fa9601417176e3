package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The move that swaps two of a person's days (issue 18). */
class SwapDaysMoveFactoryTest {

    /** One co-teacher at one school: Monday for classes a and c (lessons 1 and 2), Wednesday for class b (lesson 1). */
    private static StaffPlan twoDays() {
        return GatherVisitsMoveFactoryTest.twoVisitDays();
    }

    private static ScoreDirector<StaffPlan> director(StaffPlan plan) {
        return GatherVisitsMoveFactoryTest.director(plan);
    }

    @Test
    void eachProposalSwapsTheWholeOfTwoDays() {
        StaffPlan plan = twoDays();
        ScoreDirector<StaffPlan> director = director(plan);
        SwapDaysMoveFactory factory = new SwapDaysMoveFactory();
        factory.phaseStarted(director);
        Iterator<RetimeMove> moves = factory.createRandomMoveIterator(director, new Random(7));

        List<RetimeMove> doable = new ArrayList<>();
        for (int i = 0; i < 200 && moves.hasNext(); i++) {
            RetimeMove move = moves.next();
            if (move.isMoveDoable(director)) {
                doable.add(move);
            }
        }

        assertFalse(doable.isEmpty());
        for (RetimeMove move : doable) {
            List<Object> sessions = move.getPlanningEntities();
            assertEquals(3, sessions.size(), "both days whole: " + move);
            for (int i = 0; i < sessions.size(); i++) {
                Session session = (Session) sessions.get(i);
                TimeSlot slot = (TimeSlot) move.getPlanningValues().get(i);
                assertEquals(session.getSlot().day() == DayOfWeek.MONDAY ? DayOfWeek.WEDNESDAY : DayOfWeek.MONDAY,
                        slot.day(), move.toString());
                assertTrue(session.getCandidateSlots().contains(slot));
                for (int j = 0; j < i; j++) {
                    assertFalse(slot.overlaps((TimeSlot) move.getPlanningValues().get(j)), "no clash: " + move);
                }
            }
        }
    }

    @Test
    void swappingUnderFullAssertKeepsTheScoreRight() {
        SolverConfig config = MoveBudget.config(EnvironmentMode.FULL_ASSERT, 400);
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) phases.get(phases.size() - 1);
        phases.set(phases.size() - 1, search.withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SwapDaysMoveFactory.class),
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Session.class)))));

        StaffPlan solved = SolverFactory.<StaffPlan>create(config.withPhaseList(phases)).buildSolver().solve(twoDays());

        assertTrue(solved.getScore().isFeasible(), solved.getScore().toString());
    }
}
