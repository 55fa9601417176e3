package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dk.ressourceplan.TestTerms;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.ClassLesson;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.Uncovered;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When staff are short: the lowest priority is left out first, and every minute is counted as it is. */
class ScarcityTest {

    private static Assignment assignment(StaffPlan plan, String id) {
        return plan.getAssignments().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Staff person(StaffPlan plan, String id) {
        return plan.getStaff().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static void place(StaffPlan plan, String sessionId, DayOfWeek day, int period) {
        Session session = plan.getSessions().stream().filter(s -> s.getId().equals(sessionId)).findFirst().orElseThrow();
        TimeSlot slot = session.getCandidateSlots().stream()
                .filter(candidate -> candidate.day() == day && candidate.start() == startOf(period)).findFirst().orElseThrow();
        session.setSlot(slot);
    }

    private static int startOf(int period) {
        return List.of(480, 525, 600, 645, 720, 765).get(period - 1);
    }

    /**
     * One co-teacher with hours for one class's two weekly lessons; a green class has them, a yellow class has
     * nobody. Every session has a time, so only the choice of class is left.
     */
    private static StaffPlan greenHoldsTheOnlyCoTeacher() {
        PlanDocument term = TestTerms.term().school("s1", 55.40, 10.38)
                .schoolClass("green", "s1", NeedLevel.GREEN).schoolClass("yellow", "s1", NeedLevel.YELLOW)
                .person("ct", Role.CO_TEACHER, 2, 55.40, 10.38, Competence.READING)
                .coTeaching("d-green", "green", Competence.READING, 2)
                .coTeaching("d-yellow", "yellow", Competence.READING, 2)
                .build();
        StaffPlan plan = PlanBuilder.build(term);
        place(plan, "d-green/1", DayOfWeek.MONDAY, 1);
        place(plan, "d-green/2", DayOfWeek.MONDAY, 2);
        place(plan, "d-yellow/1", DayOfWeek.TUESDAY, 1);
        place(plan, "d-yellow/2", DayOfWeek.TUESDAY, 2);
        assignment(plan, "d-green").setStaff(person(plan, "ct"));
        return plan;
    }

    @Test
    void aYellowDemandLeftOutWhileAGreenOneHoldsThePersonIsAPriorityInversion() {
        StaffPlan plan = greenHoldsTheOnlyCoTeacher();

        List<PriorityExchange.Inversion> inversions = PriorityExchange.inversions(plan);

        assertEquals(1, inversions.size(), inversions::toString);
        assertEquals("d-yellow", inversions.get(0).uncovered().getId());
        assertEquals("d-green", inversions.get(0).covered().getId());
        Uncovered yellow = PlanResult.uncovered(plan).get(0);
        assertTrue(yellow.reasonEn().contains("could take it instead of"), yellow.reasonEn());
        assertTrue(yellow.reason().contains("kunne tage behovet i stedet for"), yellow.reason());
    }

    @Test
    void theSolverGivesThePersonToTheYellowDemandAndLeavesTheGreenOut() {
        StaffPlan solved = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.FULL_ASSERT, 2_000))
                .buildSolver().solve(greenHoldsTheOnlyCoTeacher());

        assertTrue(solved.getScore().isFeasible(), "score " + solved.getScore());
        assertNotNull(assignment(solved, "d-yellow").getStaff(), "yellow covered");
        assertNull(assignment(solved, "d-green").getStaff(), "green left out: the lowest priority first");
        Kpis kpis = KpiCalculator.calculate(solved);
        assertEquals(0, kpis.priorityInversions().intValue());
        assertEquals(180, kpis.uncoveredByPriority().get(NeedLevel.GREEN));
        assertEquals(0, kpis.uncoveredByPriority().get(NeedLevel.YELLOW));
        Uncovered green = PlanResult.uncovered(solved).get(0);
        assertTrue(green.reasonEn().contains("same or higher priority"), green.reasonEn());
    }

    @Test
    void theExchangeMoveAloneFindsTheSwap() {
        StaffPlan plan = greenHoldsTheOnlyCoTeacher();
        PersonWeeks weeks = new PersonWeeks(plan);
        PriorityExchange exchange = new PriorityExchange(weeks);
        Assignment yellow = assignment(plan, "d-yellow");
        Staff ct = person(plan, "ct");

        List<Assignment> lower = exchange.lowerPriorityOf(ct, yellow);
        List<Session> moving = exchange.movableSessions(yellow);
        List<TimeSlot> slots = exchange.placement(yellow, ct, lower.get(0), moving, 0);

        assertEquals(List.of("d-green"), lower.stream().map(Assignment::getId).toList());
        assertNotNull(slots, "the yellow lessons fit once the green ones are given up");
        assertTrue(exchange.keepsHours(yellow, ct, lower.get(0), moving, slots));
        assertEquals(false, exchange.keepsHours(yellow, ct, null, moving, slots), "both classes need more than 2 hours");
    }

    @Test
    void mixedLessonLengthsGiveTheRightMinutes() {
        // Period 1 is a 25-minute reading band; the class has it on Monday and a 45-minute lesson on Tuesday.
        PlanDocument term = TestTerms.term().school("s1", 55.40, 10.38, TestTerms.period(1, "08:00", "08:25"))
                .schoolClass("c1", "s1", NeedLevel.YELLOW, new ClassLesson(DayOfWeek.MONDAY, 1),
                        new ClassLesson(DayOfWeek.TUESDAY, 2))
                .person("ct", Role.CO_TEACHER, 20, 55.40, 10.38, Competence.READING)
                .coTeaching("d1", "c1", Competence.READING, 2)
                .build();
        StaffPlan plan = PlanBuilder.build(term);
        Session first = plan.getSessions().get(0);
        Session second = plan.getSessions().get(1);
        first.setSlot(first.getCandidateSlots().get(0));
        second.setSlot(second.getCandidateSlots().get(1));

        assertEquals(2 * (25 + 45), assignment(plan, "d1").getMinutesPerFortnight(), "the mean lesson, twice a week");
        Uncovered uncovered = PlanResult.uncovered(plan).get(0);
        assertEquals(2 * 25 + 2 * 45, uncovered.minutesPerFortnight(), "each lesson at its own length");
        assertEquals(140, KpiCalculator.calculate(plan).uncoveredByPriority().get(NeedLevel.YELLOW));

        assignment(plan, "d1").setStaff(person(plan, "ct"));
        assertEquals(100.0, KpiCalculator.calculate(plan).coveragePercent());
    }

    @Test
    void whenHoursRunShortTheSchoolKeepsItsMeetingAndLosesThePresence() {
        // Two hours a week: the fortnightly meeting (90 minutes) fits, the 3 hours a week of presence do not. Were
        // meeting seat and presence one assignment, the school would lose both.
        PlanDocument term = TestTerms.term().school("s1", 55.40, 10.38)
                .person("psy", Role.PSYCHOLOGIST, 2, 55.40, 10.38)
                .meeting("m1", "s1", List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT)))
                .presence("p1", "s1", 3)
                .build();

        StaffPlan solved = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.FULL_ASSERT, 2_000))
                .buildSolver().solve(PlanBuilder.build(term));

        assertTrue(solved.getScore().isFeasible(), "score " + solved.getScore());
        assertNotNull(assignment(solved, "m1").getStaff(), "the collaboration meeting is kept");
        assertNull(assignment(solved, "p1").getStaff(), "the presence is left out");
        Uncovered presence = PlanResult.uncovered(solved).get(0);
        assertEquals("p1", presence.demandId());
        assertTrue(presence.reasonEn().startsWith("The one qualified staff member cannot take it: 1 lacks the hours"),
                presence.reasonEn());
    }
}
