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
import dk.ressourceplan.TestTerms;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.Week;
import java.lang.reflect.Proxy;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GatherVisitsMoveFactoryTest {

    /**
     * One co-teacher who drives to a school on two days: Monday for classes a and c (lessons 1 and 2), Wednesday
     * for class b (lesson 1). Every class has six lessons every weekday.
     */
    static StaffPlan twoVisitDays() {
        StaffPlan plan = PlanBuilder.build(TestTerms.term()
                .school("far", 55.50, 10.50)
                .schoolClass("a", "far", NeedLevel.RED).schoolClass("b", "far", NeedLevel.RED)
                .schoolClass("c", "far", NeedLevel.RED)
                .person("ct", Role.CO_TEACHER, 20, 55.40, 10.38, Competence.READING)
                .coTeaching("da", "a", Competence.READING, 1)
                .coTeaching("db", "b", Competence.READING, 1)
                .coTeaching("dc", "c", Competence.READING, 1)
                .build());
        plan.getAssignments().forEach(assignment -> assignment.setStaff(plan.getStaff().get(0)));
        place(plan, "da", DayOfWeek.MONDAY, 0);
        place(plan, "dc", DayOfWeek.MONDAY, 1);
        place(plan, "db", DayOfWeek.WEDNESDAY, 0);
        return plan;
    }

    private static void place(StaffPlan plan, String demandId, DayOfWeek day, int lesson) {
        Session session = plan.getSessions().stream().filter(s -> s.getDemand().id().equals(demandId)).findFirst()
                .orElseThrow();
        session.setSlot(session.getCandidateSlots().stream().filter(slot -> slot.day() == day).sorted(
                Comparator.comparingInt(TimeSlot::start)).toList().get(lesson));
    }

    /** Just enough of a score director for the factory to read the plan and a move to change it. */
    @SuppressWarnings("unchecked")
    static ScoreDirector<StaffPlan> director(StaffPlan plan) {
        return (ScoreDirector<StaffPlan>) Proxy.newProxyInstance(GatherVisitsMoveFactoryTest.class.getClassLoader(),
                new Class<?>[] {ScoreDirector.class},
                (proxy, method, args) -> method.getName().equals("getWorkingSolution") ? plan : null);
    }

    private static List<RetimeMove> proposals(StaffPlan plan, ScoreDirector<StaffPlan> director, int count) {
        GatherVisitsMoveFactory factory = new GatherVisitsMoveFactory();
        factory.phaseStarted(director);
        Iterator<RetimeMove> moves = factory.createRandomMoveIterator(director, new Random(7));
        List<RetimeMove> doable = new ArrayList<>();
        for (int i = 0; i < count && moves.hasNext(); i++) {
            RetimeMove move = moves.next();
            if (move.isMoveDoable(director)) {
                doable.add(move);
            }
        }
        return doable;
    }

    private static Set<DayOfWeek> days(List<?> slots) {
        return slots.stream().map(slot -> ((TimeSlot) slot).day()).collect(Collectors.toSet());
    }

    @Test
    void movesAWholeDaysVisitTogetherToOneFreeDay() {
        StaffPlan plan = twoVisitDays();
        ScoreDirector<StaffPlan> director = director(plan);

        List<RetimeMove> moves = proposals(plan, director, 300);

        assertFalse(moves.isEmpty());
        for (RetimeMove move : moves) {
            List<Object> sessions = move.getPlanningEntities();
            Set<DayOfWeek> from = sessions.stream().map(s -> ((Session) s).getSlot().day()).collect(Collectors.toSet());
            assertEquals(1, from.size(), "one day's visit at a time: " + move);
            // Monday's visit is two sessions and always moves whole; Wednesday's is one.
            assertEquals(from.contains(DayOfWeek.MONDAY) ? 2 : 1, sessions.size(), move.toString());
            assertEquals(1, days(move.getPlanningValues()).size(), "to one day: " + move);
            for (int i = 0; i < sessions.size(); i++) {
                Session session = (Session) sessions.get(i);
                TimeSlot slot = (TimeSlot) move.getPlanningValues().get(i);
                assertTrue(session.getCandidateSlots().contains(slot));
                for (Session other : plan.getSessions()) {
                    assertTrue(sessions.contains(other) || !other.getSlot().overlaps(slot), "no clash: " + move);
                }
            }
        }
    }

    @Test
    void oneOfTheMovesPutsTheWholeWeekOnOneDay() {
        StaffPlan plan = twoVisitDays();
        ScoreDirector<StaffPlan> director = director(plan);

        RetimeMove gathering = proposals(plan, director, 300).stream()
                .filter(move -> move.getPlanningEntities().size() == 1
                        && days(move.getPlanningValues()).equals(Set.of(DayOfWeek.MONDAY)))
                .findFirst().orElseThrow(() -> new AssertionError("no move of Wednesday's lesson to Monday"));
        gathering.doMoveOnGenuineVariables(director);

        assertEquals(Set.of(DayOfWeek.MONDAY), plan.getSessions().stream().map(s -> s.getSlot().day())
                .collect(Collectors.toSet()));
        assertEquals(3, plan.getSessions().stream().map(Session::getSlot).distinct().count(), "three different lessons");
        assertTrue(plan.getSessions().stream().allMatch(s -> s.getSlot().week() == Week.AB));
    }

    @Test
    void gatheringAloneUnderFullAssertPutsTheVisitsOnOneDayWithoutCorruptingTheScore() {
        SolverConfig config = MoveBudget.config(EnvironmentMode.FULL_ASSERT, 400);
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) phases.get(phases.size() - 1);
        phases.set(phases.size() - 1, search.withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(GatherVisitsMoveFactory.class)));
        StaffPlan start = twoVisitDays();

        StaffPlan solved = SolverFactory.<StaffPlan>create(config.withPhaseList(phases)).buildSolver().solve(start);

        assertTrue(solved.getScore().isFeasible(), solved.getScore().toString());
        assertEquals(1, solved.getSessions().stream().map(s -> s.getSlot().day()).distinct().count(),
                "one drive a week instead of two");
    }

    @Test
    void aPinnedVisitIsNeverMoved() {
        StaffPlan plan = twoVisitDays();
        plan.getSessions().forEach(session -> session.setPinned(true));

        assertTrue(proposals(plan, director(plan), 300).isEmpty());
    }
}
