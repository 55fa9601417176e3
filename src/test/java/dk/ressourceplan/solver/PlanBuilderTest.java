package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.TestTerms;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.Week;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {

    private static TestTerms oneSchool() {
        return TestTerms.term().school("s1", 55.40, 10.38).schoolClass("c1", "s1", NeedLevel.RED)
                .person("psy", Role.PSYCHOLOGIST, 20, 55.40, 10.38, Competence.WELLBEING)
                .person("ped", Role.PEDAGOGICAL_CONSULTANT, 20, 55.40, 10.38)
                .person("akt", Role.AKT_SUPERVISOR, 20, 55.40, 10.38, Competence.BEHAVIOUR);
    }

    @Test
    void aSchoolsPprMeetingSeatAndPresenceShareOneContact() {
        StaffPlan plan = PlanBuilder.build(oneSchool()
                .meeting("m1", "s1", List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT),
                        List.of(Role.AKT_SUPERVISOR)))
                .presence("p1", "s1", 2).build());

        Session meeting = plan.getSessions().stream().filter(s -> s.getId().equals("m1/1")).findFirst().orElseThrow();
        Session presence = plan.getSessions().stream().filter(s -> s.getId().equals("p1/1")).findFirst().orElseThrow();
        assertEquals(meeting.seatKey(0), presence.seatKey(0), "the meeting's PPR seat and the presence share a person");
        assertNotEquals(meeting.seatKey(0), meeting.seatKey(1));
        Assignment contact = plan.getAssignments().stream().filter(a -> a.getId().equals(meeting.seatKey(0)))
                .findFirst().orElseThrow();
        assertEquals(2, contact.getSeats().size());
        assertEquals(90 + 2 * 120, contact.getMinutesPerFortnight(), "one meeting a fortnight, 2 hours every week");
    }

    @Test
    void twoSeatsOfOneMeetingAreTwoPeopleEvenWithTheSameRoles() {
        StaffPlan plan = PlanBuilder.build(oneSchool()
                .meeting("m1", "s1", List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT),
                        List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT)))
                .build());

        Session meeting = plan.getSessions().get(0);
        assertNotEquals(meeting.seatKey(0), meeting.seatKey(1));
        assertEquals(2, plan.getAssignments().size());
    }

    @Test
    void coTeachingLessonsLieInTheClassesOwnLessonsEveryWeekAndMeetingsInWeekAOrB() {
        StaffPlan plan = PlanBuilder.build(oneSchool()
                .person("ct", Role.CO_TEACHER, 20, 55.40, 10.38, Competence.READING)
                .coTeaching("d1", "c1", Competence.READING, 3)
                .meeting("m1", "s1", List.of(List.of(Role.PSYCHOLOGIST)))
                .build());

        List<Session> lessons = plan.getSessions().stream().filter(s -> s.getId().startsWith("d1/")).toList();
        assertEquals(3, lessons.size());
        assertEquals(30, lessons.get(0).getCandidateSlots().size(), "six lessons a day, five days");
        assertTrue(lessons.get(0).getCandidateSlots().stream().allMatch(slot -> slot.week() == Week.AB));
        Session meeting = plan.getSessions().stream().filter(s -> s.getId().equals("m1/1")).findFirst().orElseThrow();
        // Tuesday 12:00-15:00, 90 minutes, starts every quarter: 12:00 ... 13:30 = 7 starts, in week A and in week B
        assertEquals(14, meeting.getCandidateSlots().size());
        assertTrue(meeting.getCandidateSlots().stream().noneMatch(slot -> slot.week() == Week.AB));
        Assignment coTeaching = plan.getAssignments().stream().filter(a -> a.getId().equals("d1")).findFirst().orElseThrow();
        assertEquals(List.of("ct"), coTeaching.getEligibleStaff().stream().map(s -> s.id()).toList(),
                "only a co-teacher with the competence is ever tried");
    }
}
