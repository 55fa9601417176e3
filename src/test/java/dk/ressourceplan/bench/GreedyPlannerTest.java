package dk.ressourceplan.bench;

import dk.ressourceplan.solver.GreedyPlanner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.TestTerms;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.Place;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeWindow;
import dk.ressourceplan.domain.Week;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.solver.KpiCalculator;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GreedyPlannerTest {

    @Test
    void planOfAGeneratedMunicipalityIsFeasibleAndComplete() {
        StaffPlan plan = GreedyPlanner.plan(SyntheticMunicipality.generate(5, 11));
        Scoring.score(plan);

        assertEquals(0, plan.getScore().hardScore(), "no hard rule broken: " + plan.getScore());
        assertTrue(plan.getSessions().stream().allMatch(s -> s.getSlot() != null), "every session has a time");
        Kpis kpis = KpiCalculator.calculate(plan);
        assertTrue(kpis.feasible());
        assertTrue(kpis.coveragePercent() > 0, "it covers something: " + kpis);
        assertTrue(kpis.travelMinutesPerFortnight() > 0);
        assertNotNull(kpis.uncoveredByPriority());
    }

    /** One co-teacher between two schools, two lessons a week in a class at each. */
    private static PlanDocument oneCoTeacherTwoSchools() {
        return TestTerms.term()
                .school("x", 55.40, 10.38).school("y", 55.41, 10.40)
                .schoolClass("x1", "x", NeedLevel.RED).schoolClass("y1", "y", NeedLevel.RED)
                .person("ct", Role.CO_TEACHER, 20, 55.40, 10.38, Competence.READING)
                .coTeaching("dx", "x1", Competence.READING, 2)
                .coTeaching("dy", "y1", Competence.READING, 2)
                .build();
    }

    private static Map<DayOfWeek, Long> schoolsPerDay(StaffPlan plan) {
        return plan.getSessions().stream().collect(Collectors.groupingBy(s -> s.getSlot().day(),
                Collectors.collectingAndThen(Collectors.mapping(Session::getSchool, Collectors.toSet()), set -> (long) set.size())));
    }

    @Test
    void theHandMadePlanTakesTheFirstFreeSlotEvenOnADayAtAnotherSchool() {
        StaffPlan plan = GreedyPlanner.plan(oneCoTeacherTwoSchools());
        Scoring.score(plan);

        assertEquals(Map.of(DayOfWeek.MONDAY, 2L), schoolsPerDay(plan), "both schools on Monday, one after the other");
        assertEquals(0, plan.getScore().hardScore(), plan.getScore().toString());
    }

    @Test
    void theSolversStartKeepsEachDayAtOneSchool() {
        StaffPlan plan = GreedyPlanner.plan(oneCoTeacherTwoSchools(), GreedyPlanner.SlotChoice.SAME_DAY_FIRST);
        Scoring.score(plan);
        StaffPlan handMade = GreedyPlanner.plan(oneCoTeacherTwoSchools());
        Scoring.score(handMade);

        assertEquals(2, schoolsPerDay(plan).size(), "two days: " + schoolsPerDay(plan));
        assertTrue(schoolsPerDay(plan).values().stream().allMatch(n -> n == 1), "one school a day: " + schoolsPerDay(plan));
        assertEquals(0, plan.getScore().hardScore(), plan.getScore().toString());
        assertTrue(plan.getScore().compareTo(handMade.getScore()) > 0, plan.getScore() + " vs " + handMade.getScore());
    }

    @Test
    void whenHoursRunShortTheRedClassIsServedFirst() {
        // 3 hours a week at the school: the red and the yellow class's two lessons (180 minutes), not the green one.
        PlanDocument term = TestTerms.term()
                .school("s1", 55.40, 10.38)
                .schoolClass("green", "s1", NeedLevel.GREEN).schoolClass("red", "s1", NeedLevel.RED)
                .schoolClass("yellow", "s1", NeedLevel.YELLOW)
                .person("ct1", Role.CO_TEACHER, 3, 55.40, 10.38, Competence.READING)
                .coTeaching("d-green", "green", Competence.READING, 2)
                .coTeaching("d-red", "red", Competence.READING, 2)
                .coTeaching("d-yellow", "yellow", Competence.READING, 2)
                .build();

        StaffPlan plan = GreedyPlanner.plan(term);
        Scoring.score(plan);

        Map<String, Assignment> byId = plan.getAssignments().stream()
                .collect(Collectors.toMap(Assignment::getId, Function.identity()));
        assertEquals("ct1", byId.get("d-red").getStaff().id());
        assertEquals("ct1", byId.get("d-yellow").getStaff().id());
        assertNull(byId.get("d-green").getStaff());
        assertEquals(0, plan.getScore().hardScore(), plan.getScore().toString());
    }

    @Test
    void theNearestQualifiedPersonGetsTheDemand() {
        PlanDocument term = TestTerms.term()
                .school("s1", 55.40, 10.38)
                .schoolClass("c1", "s1", NeedLevel.RED)
                .person("far", Role.CO_TEACHER, 20, 55.60, 10.60, Competence.READING)
                .person("near", Role.CO_TEACHER, 20, 55.401, 10.381, Competence.READING)
                .person("nearest-but-maths", Role.CO_TEACHER, 20, 55.40, 10.38, Competence.MATHS)
                .coTeaching("d1", "c1", Competence.READING, 3)
                .build();

        StaffPlan plan = GreedyPlanner.plan(term);

        assertEquals("near", plan.getAssignments().get(0).getStaff().id());
    }

    @Test
    void aMeetingWaitsUntilEverySeatIsFree() {
        // Meetings are Tuesday 12:00-15:00; the AKT supervisor is busy until 13:30, so 13:30-15:00 is the only time.
        PlanDocument base = TestTerms.term()
                .school("s1", 55.40, 10.38)
                .person("psy", Role.PSYCHOLOGIST, 10, 55.40, 10.38, Competence.WELLBEING)
                .meeting("m1", "s1", List.of(List.of(Role.PSYCHOLOGIST), List.of(Role.AKT_SUPERVISOR)))
                .build();
        List<Staff> staff = new ArrayList<>(base.staff());
        staff.add(new Staff("akt", "AKT", Role.AKT_SUPERVISOR, List.of(Competence.BEHAVIOUR), 37.0, 10, 7.5,
                new Place("base", 55.40, 10.38), List.of(new TimeWindow(Week.AB, DayOfWeek.TUESDAY, LocalTime.of(12, 0),
                        LocalTime.of(13, 30))), List.of(), List.of(), null));
        PlanDocument term = new PlanDocument(base.term(), base.schools(), base.classes(), staff, base.demands(),
                null, null, null, null, null, null, null);

        StaffPlan plan = GreedyPlanner.plan(term);
        Scoring.score(plan);

        Session meeting = plan.getSessions().get(0);
        assertEquals(13 * 60 + 30, meeting.getSlot().start(), meeting.toString());
        assertTrue(plan.getAssignments().stream().allMatch(a -> a.getStaff() != null), "both seats covered");
        assertEquals(0, plan.getScore().hardScore(), plan.getScore().toString());
    }
}
