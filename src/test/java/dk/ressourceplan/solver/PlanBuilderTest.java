package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.TestTerms;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
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
    void aSchoolsPprMeetingSeatAndPresenceAreFilledOnTheirOwn() {
        StaffPlan plan = PlanBuilder.build(oneSchool()
                .meeting("m1", "s1", List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT),
                        List.of(Role.AKT_SUPERVISOR)))
                .presence("p1", "s1", 2).build());

        Session meeting = plan.getSessions().stream().filter(s -> s.getId().equals("m1/1")).findFirst().orElseThrow();
        Session presence = plan.getSessions().stream().filter(s -> s.getId().equals("p1/1")).findFirst().orElseThrow();
        assertNotEquals(meeting.seat(0), presence.seat(0), "under scarcity the meeting may keep its seat alone");
        assertNotEquals(meeting.seat(0), meeting.seat(1));
        Assignment meetingSeat = plan.getAssignments().stream().filter(a -> a == meeting.seat(0))
                .findFirst().orElseThrow();
        Assignment atPresence = plan.getAssignments().stream().filter(a -> a.getId().equals("p1")).findFirst().orElseThrow();
        assertEquals(90, meetingSeat.getMinutesPerFortnight(), "one meeting a fortnight");
        assertEquals(2 * 120, atPresence.getMinutesPerFortnight(), "2 hours every week");
        assertEquals(meetingSeat.getPprFunction(), atPresence.getPprFunction(), "one contact for both");
    }

    @Test
    void aCompetenceOnAPresenceOrMeetingIsHonoured() {
        StaffPlan plan = PlanBuilder.build(oneSchool()
                .person("psy-autism", Role.PSYCHOLOGIST, 20, 55.40, 10.38, Competence.AUTISM)
                .demand(new Demand("p-autism", DemandType.PRESENCE, null, null, "s1", null, Competence.AUTISM, null, null,
                        null, 2.0, null, 60, List.of(Role.PSYCHOLOGIST), null))
                .demand(new Demand("m-autism", DemandType.COLLABORATION_MEETING, null, null, "s1", null, Competence.AUTISM,
                        null, 90, List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT)), null, null, null, null,
                        null))
                .build());

        for (String id : List.of("p-autism", "m-autism")) {
            Assignment assignment = plan.getAssignments().stream().filter(a -> a.getId().equals(id)).findFirst()
                    .orElseThrow();
            assertEquals(List.of("psy-autism"), assignment.getEligibleStaff().stream().map(Staff::id).toList(),
                    id + ": only the psychologist with autism competence, not the one with wellbeing");
            assignment.setStaff(plan.getStaff().stream().filter(p -> p.id().equals("psy")).findFirst().orElseThrow());
            assertFalse(assignment.staffQualifies(), "a person without the competence breaks the rule");
        }
    }

    @Test
    void twoSeatsOfOneMeetingAreTwoPeopleEvenWithTheSameRoles() {
        StaffPlan plan = PlanBuilder.build(oneSchool()
                .meeting("m1", "s1", List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT),
                        List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT)))
                .build());

        Session meeting = plan.getSessions().get(0);
        assertNotEquals(meeting.seat(0), meeting.seat(1));
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
