package dk.ressourceplan.solver;

import static dk.ressourceplan.domain.Competence.MATHS;
import static dk.ressourceplan.domain.Competence.READING;
import static dk.ressourceplan.domain.Week.A;
import static dk.ressourceplan.domain.Week.AB;
import static dk.ressourceplan.domain.Week.B;
import static dk.ressourceplan.solver.PlanFixtures.programme;
import static dk.ressourceplan.solver.PlanFixtures.coordinationMeeting;
import static dk.ressourceplan.solver.PlanFixtures.ALI;
import static dk.ressourceplan.solver.PlanFixtures.CLASS_3B;
import static dk.ressourceplan.solver.PlanFixtures.CLASS_4A;
import static dk.ressourceplan.solver.PlanFixtures.CLASS_5A;
import static dk.ressourceplan.solver.PlanFixtures.CLASS_7C;
import static dk.ressourceplan.solver.PlanFixtures.JONAS;
import static dk.ressourceplan.solver.PlanFixtures.LONE;
import static dk.ressourceplan.solver.PlanFixtures.METTE;
import static dk.ressourceplan.solver.PlanFixtures.NORDRE;
import static dk.ressourceplan.solver.PlanFixtures.PETER;
import static dk.ressourceplan.solver.PlanFixtures.SARA;
import static dk.ressourceplan.solver.PlanFixtures.SCHOOLS;
import static dk.ressourceplan.solver.PlanFixtures.SONDRE;
import static dk.ressourceplan.solver.PlanFixtures.TRAVEL;
import static dk.ressourceplan.solver.PlanFixtures.VESTRE;
import static dk.ressourceplan.solver.PlanFixtures.assign;
import static dk.ressourceplan.solver.PlanFixtures.assignSeat;
import static dk.ressourceplan.solver.PlanFixtures.at;
import static dk.ressourceplan.solver.PlanFixtures.coTeaching;
import static dk.ressourceplan.solver.PlanFixtures.lesson;
import static dk.ressourceplan.solver.PlanFixtures.like;
import static dk.ressourceplan.solver.PlanFixtures.meeting;
import static dk.ressourceplan.solver.PlanFixtures.meetingWithSeats;
import static dk.ressourceplan.solver.PlanFixtures.presence;
import static dk.ressourceplan.solver.PlanFixtures.presencePerFortnight;
import static dk.ressourceplan.solver.PlanFixtures.session;
import static dk.ressourceplan.solver.PlanFixtures.staff;
import static dk.ressourceplan.solver.PlanFixtures.withSchoolTotals;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.ConstraintNames;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Rules;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.TimeWindow;
import dk.ressourceplan.domain.Week;
import dk.ressourceplan.solver.Finding.DoubleBooked;
import dk.ressourceplan.solver.Finding.DriveDoesNotFit;
import dk.ressourceplan.solver.Finding.Named;
import dk.ressourceplan.solver.Finding.NonPreferredSchool;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One or more cases per rule in {@link PlanConstraints}: how a plan breaks it, by exactly how much, and a
 * realistic plan that keeps it. Penalties are match weights (minutes, people, schools) before the constraint's
 * weight. Travel minutes and the school day are in {@link PlanFixtures}.
 */
class PlanConstraintsTest {

    private final ConstraintVerifier<PlanConstraints, StaffPlan> constraintVerifier =
            ConstraintVerifier.build(new PlanConstraints(), StaffPlan.class, Assignment.class, Session.class);

    // Demands used throughout: 3.B (Søndre, red), 4.A (Søndre, yellow), 5.A (Nordre, yellow), 7.C (Vestre, green).
    private static final Demand READING_3B = coTeaching(CLASS_3B, READING, 2);
    private static final Demand READING_4A = coTeaching(CLASS_4A, READING, 2);
    private static final Demand READING_5A = coTeaching(CLASS_5A, READING, 2);
    private static final Demand MATHS_5A = coTeaching(CLASS_5A, MATHS, 2);
    private static final Demand READING_7C = coTeaching(CLASS_7C, READING, 2);
    private static final Demand MATHS_7C = coTeaching(CLASS_7C, MATHS, 2);
    private static final Demand MEETING_SONDRE = meeting(SONDRE);
    private static final Demand MEETING_NORDRE = meeting(NORDRE);
    private static final Demand MEETING_VESTRE = meeting(VESTRE);

    // ================================================================ hard

    @Nested
    class StaffMemberInTwoPlacesAtOnce {

        @Test
        void whenCoTeachingTwoClassesInTheSameLesson() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment in5a = assign(READING_5A, JONAS);
            // Monday lesson 3, every week: 45 minutes in week A and 45 in week B.
            constraintVerifier.verifyThat(PlanConstraints::staffMemberInTwoPlacesAtOnce)
                    .given(in3b, in5a, session(READING_3B, lesson(MONDAY, 3), in3b),
                            session(READING_5A, lesson(MONDAY, 3), in5a))
                    .penalizesBy(90);
        }

        @Test
        void whenAWeeklyPresenceOverlapsAWeekAMeeting() {
            Demand presence = presence(SONDRE, 2);
            Assignment atSondre = assign(presence, METTE);
            Assignment atNordre = assign(MEETING_NORDRE, METTE);
            // Presence Tuesday 12:00-14:00 every week; the Nordre meeting 13:00-14:30 in week A only: 60 minutes once.
            constraintVerifier.verifyThat(PlanConstraints::staffMemberInTwoPlacesAtOnce)
                    .given(atSondre, atNordre, session(presence, at(AB, TUESDAY, "12:00", "14:00"), atSondre),
                            session(MEETING_NORDRE, at(A, TUESDAY, "13:00", "14:30"), atNordre))
                    .penalizesBy(60);
        }

        @Test
        void whenThePprContactsMeetingAndPresenceOverlap() {
            Demand presence = presence(SONDRE, 2);
            Assignment meetingSeat = assign(MEETING_SONDRE, METTE);
            Assignment atPresence = assign(presence, METTE);
            // The school's contact at both: meeting 12:00-13:30 in week A, presence 13:00-15:00 weekly.
            constraintVerifier.verifyThat(PlanConstraints::staffMemberInTwoPlacesAtOnce)
                    .given(meetingSeat, atPresence, session(MEETING_SONDRE, at(A, TUESDAY, "12:00", "13:30"), meetingSeat),
                            session(presence, at(AB, TUESDAY, "13:00", "15:00"), atPresence))
                    .penalizesBy(30);
        }

        @Test
        void whenOnePersonFillsBothSeatsOfAMeeting() {
            Demand twoPprSeats = meetingWithSeats(SONDRE, List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT),
                    List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT));
            Assignment first = assignSeat(twoPprSeats, 0, METTE);
            Assignment second = assignSeat(twoPprSeats, 1, METTE);
            constraintVerifier.verifyThat(PlanConstraints::staffMemberInTwoPlacesAtOnce)
                    .given(first, second, session(twoPprSeats, at(A, TUESDAY, "12:00", "13:30"), first, second))
                    .penalizesBy(90);
        }

        @Test
        void whenTheAktSupervisorInAMeetingsSecondSeatIsDueElsewhere() {
            Demand pprAndAkt = meetingWithSeats(SONDRE, List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT),
                    List.of(Role.AKT_SUPERVISOR));
            Demand aktAtNordre = presence(NORDRE, 2, Role.AKT_SUPERVISOR);
            Assignment ppr = assignSeat(pprAndAkt, 0, METTE);
            Assignment akt = assignSeat(pprAndAkt, 1, ALI);
            Assignment atNordre = assign(aktAtNordre, ALI);
            // Ali: the Søndre meeting 12:00-13:30 in week A, and AKT hours at Nordre 12:00-14:00 every week.
            constraintVerifier.verifyThat(PlanConstraints::staffMemberInTwoPlacesAtOnce)
                    .given(ppr, akt, atNordre, session(pprAndAkt, at(A, TUESDAY, "12:00", "13:30"), ppr, akt),
                            session(aktAtNordre, at(AB, TUESDAY, "12:00", "14:00"), atNordre))
                    .penalizesBy(90);
        }

        @Test
        void alsoWhenTheSessionsArePinned() {
            Assignment in3b = PlanFixtures.pinned(assign(READING_3B, JONAS));
            Assignment in5a = PlanFixtures.pinned(assign(READING_5A, JONAS));
            constraintVerifier.verifyThat(PlanConstraints::staffMemberInTwoPlacesAtOnce)
                    .given(in3b, in5a, PlanFixtures.pinned(session(READING_3B, lesson(MONDAY, 3), in3b)),
                            PlanFixtures.pinned(session(READING_5A, lesson(MONDAY, 3), in5a)))
                    .penalizesBy(90);
        }

        @Test
        void notWhenOneMeetingIsInWeekAAndTheOtherInWeekB() {
            Assignment atSondre = assign(MEETING_SONDRE, METTE);
            Assignment atNordre = assign(MEETING_NORDRE, METTE);
            constraintVerifier.verifyThat(PlanConstraints::staffMemberInTwoPlacesAtOnce)
                    .given(atSondre, atNordre, session(MEETING_SONDRE, at(A, TUESDAY, "13:00", "14:30"), atSondre),
                            session(MEETING_NORDRE, at(B, TUESDAY, "13:00", "14:30"), atNordre))
                    .penalizesBy(0);
        }

        @Test
        void notWhenOneLessonEndsAsTheNextBegins() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment in4a = assign(READING_4A, JONAS);
            constraintVerifier.verifyThat(PlanConstraints::staffMemberInTwoPlacesAtOnce)
                    .given(in3b, in4a, session(READING_3B, lesson(MONDAY, 3), in3b),
                            session(READING_4A, lesson(MONDAY, 4), in4a))
                    .penalizesBy(0);
        }

        @Test
        void notWhenTheOtherLessonIsUncovered() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment nobodyIn5a = assign(READING_5A, null);
            constraintVerifier.verifyThat(PlanConstraints::staffMemberInTwoPlacesAtOnce)
                    .given(in3b, nobodyIn5a, session(READING_3B, lesson(MONDAY, 3), in3b),
                            session(READING_5A, lesson(MONDAY, 3), nobodyIn5a))
                    .penalizesBy(0);
        }
    }

    @Nested
    class TravelTimeDoesNotFitBetweenSessions {

        @Test
        void whenLessonsAtTwoSchoolsFollowBackToBack() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment in5a = assign(READING_5A, JONAS);
            // Søndre until 10:35, Nordre from 10:35: the 20-minute drive is missing, in week A and in week B.
            constraintVerifier.verifyThat(PlanConstraints::travelTimeDoesNotFitBetweenSessions)
                    .given(in3b, in5a, session(READING_3B, lesson(MONDAY, 3), in3b),
                            session(READING_5A, lesson(MONDAY, 4), in5a))
                    .penalizesBy(40);
        }

        @Test
        void whenTheBreakIsShorterThanTheEstimatedDrive() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment in7c = assign(READING_7C, JONAS);
            // Søndre until 09:30, Vestre from 09:50: 20 minutes for a 27-minute drive (estimated from coordinates).
            constraintVerifier.verifyThat(PlanConstraints::travelTimeDoesNotFitBetweenSessions)
                    .given(in3b, in7c, session(READING_3B, lesson(MONDAY, 2), in3b),
                            session(READING_7C, lesson(MONDAY, 3), in7c))
                    .penalizesBy(2 * 7);
        }

        @Test
        void whenTwoMeetingsInWeekAAreTooClose_namingTheStaffMemberAndTheSchools() {
            Assignment atSondre = assign(MEETING_SONDRE, METTE);
            Assignment atNordre = assign(MEETING_NORDRE, METTE);
            Session first = session(MEETING_SONDRE, at(A, TUESDAY, "12:00", "13:30"), atSondre);
            Session second = session(MEETING_NORDRE, at(A, TUESDAY, "13:45", "15:15"), atNordre);
            DriveDoesNotFit expected = new DriveDoesNotFit(new Named("mette", "Mette Holm"), A, TUESDAY,
                    new Named("sondre", "Søndre Skole"), first.getId(), 13 * 60 + 30,
                    new Named("nordre", "Nordre Skole"), second.getId(), 13 * 60 + 45, 20, 15);
            constraintVerifier.verifyThat(PlanConstraints::travelTimeDoesNotFitBetweenSessions)
                    .given(atSondre, atNordre, first, second)
                    .justifiesWith(expected)
                    .penalizesBy(5);
            assertEquals("Mette Holm kan ikke nå fra Søndre Skole til Nordre Skole tirsdag i uge A: turen tager 20 min.,"
                    + " men der er 15 min. mellem 13:30 og 13:45.", expected.text());
            assertEquals("Mette Holm cannot get from Søndre Skole to Nordre Skole on Tuesday in week A: the drive takes"
                    + " 20 min but there are 15 min between 13:30 and 13:45.", expected.textEn());
            assertEquals(List.of(first.getId(), second.getId()), expected.sessionIds());
            assertEquals(List.of("mette"), expected.staffIds());
            assertEquals(List.of("sondre", "nordre"), expected.schoolIds());
        }

        @Test
        void notWhenThereIsTimeToDrive() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment in5a = assign(READING_5A, JONAS);
            // Søndre until 09:30, Nordre from 09:50: the 20-minute drive just fits in the break.
            constraintVerifier.verifyThat(PlanConstraints::travelTimeDoesNotFitBetweenSessions)
                    .given(in3b, in5a, session(READING_3B, lesson(MONDAY, 2), in3b),
                            session(READING_5A, lesson(MONDAY, 3), in5a))
                    .penalizesBy(0);
        }

        @Test
        void notBetweenTwoClassesAtTheSameSchool() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment in4a = assign(READING_4A, JONAS);
            constraintVerifier.verifyThat(PlanConstraints::travelTimeDoesNotFitBetweenSessions)
                    .given(in3b, in4a, session(READING_3B, lesson(MONDAY, 3), in3b),
                            session(READING_4A, lesson(MONDAY, 4), in4a))
                    .penalizesBy(0);
        }

        @Test
        void notWhenOneMeetingIsInWeekAAndTheOtherInWeekB() {
            Assignment atSondre = assign(MEETING_SONDRE, METTE);
            Assignment atNordre = assign(MEETING_NORDRE, METTE);
            constraintVerifier.verifyThat(PlanConstraints::travelTimeDoesNotFitBetweenSessions)
                    .given(atSondre, atNordre, session(MEETING_SONDRE, at(A, TUESDAY, "12:00", "13:30"), atSondre),
                            session(MEETING_NORDRE, at(B, TUESDAY, "13:30", "15:00"), atNordre))
                    .penalizesBy(0);
        }

        @Test
        void notWhenTheOtherLessonIsUncovered() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment nobodyIn5a = assign(READING_5A, null);
            constraintVerifier.verifyThat(PlanConstraints::travelTimeDoesNotFitBetweenSessions)
                    .given(in3b, nobodyIn5a, session(READING_3B, lesson(MONDAY, 3), in3b),
                            session(READING_5A, lesson(MONDAY, 4), nobodyIn5a))
                    .penalizesBy(0);
        }
    }

    @Nested
    class SessionInStaffMembersUnavailableTime {

        private final Staff metteOfficeOnWednesdayAfternoon = like(METTE)
                .unavailable(TimeWindow.of(WEDNESDAY, "12:00", "16:00")).build();

        @Test
        void whenWeeklyPresenceFallsInAFixedOfficeAfternoon() {
            Demand presence = presence(SONDRE, 2);
            Assignment contact = assign(presence, metteOfficeOnWednesdayAfternoon);
            // 120 minutes in week A and 120 in week B.
            constraintVerifier.verifyThat(PlanConstraints::sessionInStaffMembersUnavailableTime)
                    .given(contact, session(presence, at(AB, WEDNESDAY, "12:00", "14:00"), contact))
                    .penalizesBy(240);
        }

        @Test
        void onlyInTheWeekTheStaffMemberIsAway() {
            Staff jonasAwayThursdaysInWeekB = like(JONAS).unavailable(new TimeWindow(B, THURSDAY, null, null)).build();
            Assignment in3b = assign(READING_3B, jonasAwayThursdaysInWeekB);
            constraintVerifier.verifyThat(PlanConstraints::sessionInStaffMembersUnavailableTime)
                    .given(in3b, session(READING_3B, lesson(THURSDAY, 3), in3b))
                    .penalizesBy(45);
        }

        @Test
        void notWhenPresenceEndsAsTheOfficeAfternoonBegins() {
            Demand presence = presence(SONDRE, 2);
            Assignment contact = assign(presence, metteOfficeOnWednesdayAfternoon);
            constraintVerifier.verifyThat(PlanConstraints::sessionInStaffMembersUnavailableTime)
                    .given(contact, session(presence, at(AB, WEDNESDAY, "10:00", "12:00"), contact))
                    .penalizesBy(0);
        }

        @Test
        void notWhenNobodyCoversTheSession() {
            Demand presence = presence(SONDRE, 2);
            Assignment nobody = assign(presence, null);
            constraintVerifier.verifyThat(PlanConstraints::sessionInStaffMembersUnavailableTime)
                    .given(nobody, session(presence, at(AB, WEDNESDAY, "12:00", "14:00"), nobody))
                    .penalizesBy(0);
        }
    }

    @Nested
    class SessionOutsideSchoolDay {

        @Test
        void whenPresenceRunsPastFridaysEarlyClose() {
            Demand presence = presence(SONDRE, 2);
            Assignment contact = assign(presence, METTE);
            // The school closes at 13:30 on Fridays; the whole 120-minute block counts.
            constraintVerifier.verifyThat(PlanConstraints::sessionOutsideSchoolDay)
                    .given(contact, session(presence, at(AB, FRIDAY, "12:30", "14:30"), contact))
                    .penalizesBy(120);
        }

        /** A school day that differs between the weeks (issue 16): a weekly block must fit the shorter one. */
        @Test
        void whenAWeeklyBlockFitsOnlyTheLongerOfTwoDifferentDays() {
            List<TimeWindow> days = new ArrayList<>(SONDRE.schoolDay().stream()
                    .filter(window -> window.day() != FRIDAY).toList());
            days.add(new TimeWindow(Week.A, FRIDAY, LocalTime.parse("08:00"), LocalTime.parse("13:30")));
            days.add(new TimeWindow(Week.B, FRIDAY, LocalTime.parse("08:00"), LocalTime.parse("15:30")));
            School differing = new School(SONDRE.id(), SONDRE.name(), null, SONDRE.lat(), SONDRE.lon(),
                    SONDRE.pupils(), days, SONDRE.meetingWindows(), SONDRE.lessonGrid());
            Demand presence = presence(differing, 2);
            Assignment contact = assign(presence, METTE);
            constraintVerifier.verifyThat(PlanConstraints::sessionOutsideSchoolDay)
                    .given(contact, sessionAt(differing, presence, at(B, FRIDAY, "13:30", "15:30"), contact))
                    .penalizesBy(0);
            constraintVerifier.verifyThat(PlanConstraints::sessionOutsideSchoolDay)
                    .given(contact, sessionAt(differing, presence, at(AB, FRIDAY, "13:30", "15:30"), contact))
                    .penalizesBy(120);
            assertTrue(PlanBuilder.daySlots(differing, 120, List.of(B)).contains(at(B, FRIDAY, "13:30", "15:30")));
            assertFalse(PlanBuilder.daySlots(differing, 120, List.of(AB)).contains(at(AB, FRIDAY, "13:30", "15:30")),
                    "a weekly block is offered only the hours the school has in both weeks");
        }

        private Session sessionAt(School school, Demand presence, TimeSlot slot, Assignment seat) {
            Session session = new Session(presence.id() + "/1", presence, 1, school, null, List.of(seat),
                    PlanBuilder.daySlots(school, slot.minutes(), slot.week().singleWeeks()), PlanFixtures.TRAVEL);
            session.setSlot(slot);
            return session;
        }

        @Test
        void notWhenPresenceEndsAtFridaysClose() {
            Demand presence = presence(SONDRE, 2);
            Assignment contact = assign(presence, METTE);
            constraintVerifier.verifyThat(PlanConstraints::sessionOutsideSchoolDay)
                    .given(contact, session(presence, at(AB, FRIDAY, "11:30", "13:30"), contact))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CoTeachingOutsideClassLessons {

        @Test
        void whenPlacedInALessonTheClassDoesNotHave() {
            Assignment in3b = assign(READING_3B, JONAS);
            // 3.B has lessons 1-4 on Fridays; lesson 5 is not in its timetable.
            constraintVerifier.verifyThat(PlanConstraints::coTeachingOutsideClassLessons)
                    .given(in3b, session(READING_3B, lesson(FRIDAY, 5), in3b))
                    .penalizesBy(45);
        }

        @Test
        void whenPlacedAcrossTheMorningBreak() {
            Assignment in3b = assign(READING_3B, JONAS);
            constraintVerifier.verifyThat(PlanConstraints::coTeachingOutsideClassLessons)
                    .given(in3b, session(READING_3B, at(AB, MONDAY, "09:30", "10:15"), in3b))
                    .penalizesBy(45);
        }

        @Test
        void notWhenInOneOfTheClassLessons() {
            Assignment in3b = assign(READING_3B, JONAS);
            constraintVerifier.verifyThat(PlanConstraints::coTeachingOutsideClassLessons)
                    .given(in3b, session(READING_3B, lesson(MONDAY, 3), in3b))
                    .penalizesBy(0);
        }

        @Test
        void notForPresence_whichNeedsNoLesson() {
            Demand presence = presence(SONDRE, 2);
            Assignment contact = assign(presence, METTE);
            constraintVerifier.verifyThat(PlanConstraints::coTeachingOutsideClassLessons)
                    .given(contact, session(presence, at(AB, MONDAY, "09:30", "11:30"), contact))
                    .penalizesBy(0);
        }
    }

    @Nested
    class MeetingOutsideMeetingWindows {

        @Test
        void whenTheMeetingRunsPastTheWindow() {
            Assignment contact = assign(MEETING_SONDRE, METTE);
            // Tuesday's window closes at 15:30.
            constraintVerifier.verifyThat(PlanConstraints::meetingOutsideMeetingWindows)
                    .given(contact, session(MEETING_SONDRE, at(A, TUESDAY, "15:00", "16:30"), contact))
                    .penalizesBy(90);
        }

        @Test
        void whenTheMeetingIsOnADayWithoutAWindow() {
            Assignment contact = assign(MEETING_SONDRE, METTE);
            constraintVerifier.verifyThat(PlanConstraints::meetingOutsideMeetingWindows)
                    .given(contact, session(MEETING_SONDRE, at(B, MONDAY, "12:00", "13:30"), contact))
                    .penalizesBy(90);
        }

        @Test
        void notWhenInsideThursdayMorningsWindow() {
            Assignment contact = assign(MEETING_SONDRE, METTE);
            constraintVerifier.verifyThat(PlanConstraints::meetingOutsideMeetingWindows)
                    .given(contact, session(MEETING_SONDRE, at(B, THURSDAY, "08:30", "10:00"), contact))
                    .penalizesBy(0);
        }
    }

    @Nested
    class StaffMemberLacksRoleOrCompetence {

        @Test
        void whenAReadingCoTeacherIsPutOnMaths() {
            // Two maths lessons a week: 180 minutes a fortnight.
            constraintVerifier.verifyThat(PlanConstraints::staffMemberLacksRoleOrCompetence)
                    .given(assign(MATHS_5A, JONAS))
                    .penalizesBy(180);
        }

        @Test
        void whenAnAktSupervisorTakesThePprSeatOfAMeeting() {
            constraintVerifier.verifyThat(PlanConstraints::staffMemberLacksRoleOrCompetence)
                    .given(assign(MEETING_SONDRE, ALI))
                    .penalizesBy(90);
        }

        @Test
        void notWhenTheCoTeacherHasTheCompetence() {
            constraintVerifier.verifyThat(PlanConstraints::staffMemberLacksRoleOrCompetence)
                    .given(assign(MATHS_5A, SARA), assign(READING_3B, JONAS), assign(MEETING_SONDRE, PETER))
                    .penalizesBy(0);
        }

        @Test
        void notWhenNobodyIsAssigned() {
            constraintVerifier.verifyThat(PlanConstraints::staffMemberLacksRoleOrCompetence)
                    .given(assign(MATHS_5A, null))
                    .penalizesBy(0);
        }
    }

    @Nested
    class TwoSessionsOfOneDemandAtOnce {

        @Test
        void whenBothLessonsOfAClassAreInTheSameLesson() {
            Assignment in3b = assign(READING_3B, JONAS);
            constraintVerifier.verifyThat(PlanConstraints::twoSessionsOfOneDemandAtOnce)
                    .given(in3b, session(READING_3B, lesson(MONDAY, 3), in3b), session(READING_3B, lesson(MONDAY, 3), in3b))
                    .penalizesBy(45);
        }

        @Test
        void notWhenTheLessonsFollowEachOther() {
            Assignment in3b = assign(READING_3B, JONAS);
            constraintVerifier.verifyThat(PlanConstraints::twoSessionsOfOneDemandAtOnce)
                    .given(in3b, session(READING_3B, lesson(MONDAY, 3), in3b), session(READING_3B, lesson(MONDAY, 4), in3b))
                    .penalizesBy(0);
        }

        @Test
        void notWhenFortnightlyPresenceBlocksAreInWeekAAndWeekB() {
            Demand presence = presencePerFortnight(SONDRE, 4);
            Assignment contact = assign(presence, METTE);
            constraintVerifier.verifyThat(PlanConstraints::twoSessionsOfOneDemandAtOnce)
                    .given(contact, session(presence, at(A, TUESDAY, "12:00", "14:00"), contact),
                            session(presence, at(B, TUESDAY, "12:00", "14:00"), contact))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WeeklyHoursIncludingTravelExceeded {

        @Test
        void whenTheDriveTipsTheWeekOverTheHoursAvailable() {
            Staff saraTwoHours = like(SARA).hoursPerWeek(2).build();
            Assignment in3b = assign(READING_3B, saraTwoHours);
            // Monday and Tuesday: 45 minutes in class + 10 there + 10 back = 65 each, 130 a week for 120 available.
            // The lessons alone (90) would fit.
            constraintVerifier.verifyThat(PlanConstraints::weeklyHoursIncludingTravelExceeded)
                    .given(in3b, session(READING_3B, lesson(MONDAY, 3), in3b), session(READING_3B, lesson(TUESDAY, 3), in3b))
                    .penalizesBy(2 * 10);
        }

        @Test
        void onlyInTheWeekWithTheFortnightlyMeeting() {
            Staff metteThreeHours = like(METTE).hoursPerWeek(3).build();
            Demand presence = presence(SONDRE, 2);
            Assignment atSondre = assign(presence, metteThreeHours);
            Assignment atNordre = assign(MEETING_NORDRE, metteThreeHours);
            // Every week: presence 120 + 20 travel = 140 of 180. Week A adds the Nordre meeting: 90 + 15 + 15 = 120.
            constraintVerifier.verifyThat(PlanConstraints::weeklyHoursIncludingTravelExceeded)
                    .given(atSondre, atNordre, session(presence, at(AB, MONDAY, "08:00", "10:00"), atSondre),
                            session(MEETING_NORDRE, at(A, THURSDAY, "08:30", "10:00"), atNordre))
                    .penalizesBy(140 + 120 - 180);
        }

        @Test
        void notWhenTheHoursCoverLessonsAndDriving() {
            Staff saraTwoAndAHalfHours = like(SARA).hoursPerWeek(2.5).build();
            Assignment in3b = assign(READING_3B, saraTwoAndAHalfHours);
            constraintVerifier.verifyThat(PlanConstraints::weeklyHoursIncludingTravelExceeded)
                    .given(in3b, session(READING_3B, lesson(MONDAY, 3), in3b), session(READING_3B, lesson(TUESDAY, 3), in3b))
                    .penalizesBy(0);
        }
    }

    @Nested
    class DailyMaximumExceeded {

        private final Staff jonasTwoHoursADay = like(JONAS).maxHoursPerDay(2).build();

        @Test
        void whenThreeLessonsAndTheDrivesExceedTwoHours() {
            Assignment in3b = assign(READING_3B, jonasTwoHoursADay);
            Assignment in5a = assign(coTeaching(CLASS_5A, READING, 1), jonasTwoHoursADay);
            // Base -> Søndre 10, lessons 1 and 2 there, Søndre -> Nordre 20, lesson 3, Nordre -> base 15:
            // 135 + 45 = 180 minutes, 60 over the 120, in week A and in week B.
            constraintVerifier.verifyThat(PlanConstraints::dailyMaximumExceeded)
                    .given(in3b, in5a, session(READING_3B, lesson(MONDAY, 1), in3b),
                            session(READING_3B, lesson(MONDAY, 2), in3b), session(in5a.getDemand(), lesson(MONDAY, 3), in5a))
                    .penalizesBy(2 * 60);
        }

        @Test
        void notWhenTwoLessonsAndTheDriveFitTheDay() {
            Assignment in3b = assign(READING_3B, jonasTwoHoursADay);
            // 90 in class + 10 + 10 = 110 of 120.
            constraintVerifier.verifyThat(PlanConstraints::dailyMaximumExceeded)
                    .given(in3b, session(READING_3B, lesson(MONDAY, 1), in3b), session(READING_3B, lesson(MONDAY, 2), in3b))
                    .penalizesBy(0);
        }
    }

    @Nested
    class TooManySchoolsForOneStaffMember {

        private final Staff jonasAtMostTwoSchools = like(JONAS).maxSchools(2).build();

        @Test
        void whenACoTeacherCapedAtTwoSchoolsServesThree() {
            constraintVerifier.verifyThat(PlanConstraints::tooManySchoolsForOneStaffMember)
                    .given(assign(READING_3B, jonasAtMostTwoSchools), assign(READING_5A, jonasAtMostTwoSchools),
                            assign(READING_7C, jonasAtMostTwoSchools))
                    .penalizesBy(1);
        }

        @Test
        void notWhenTwoOfTheClassesAreAtTheSameSchool() {
            constraintVerifier.verifyThat(PlanConstraints::tooManySchoolsForOneStaffMember)
                    .given(assign(READING_3B, jonasAtMostTwoSchools), assign(READING_4A, jonasAtMostTwoSchools),
                            assign(READING_5A, jonasAtMostTwoSchools))
                    .penalizesBy(0);
        }

        @Test
        void notWhenTheThirdSchoolIsLeftUncovered() {
            constraintVerifier.verifyThat(PlanConstraints::tooManySchoolsForOneStaffMember)
                    .given(assign(READING_3B, jonasAtMostTwoSchools), assign(READING_5A, jonasAtMostTwoSchools),
                            assign(READING_7C, null))
                    .penalizesBy(0);
        }

        @Test
        void notWhenTheStaffMemberHasNoCap() {
            constraintVerifier.verifyThat(PlanConstraints::tooManySchoolsForOneStaffMember)
                    .given(assign(READING_3B, JONAS), assign(READING_5A, JONAS), assign(READING_7C, JONAS))
                    .penalizesBy(0);
        }
    }

    @Nested
    class StaffMemberRunsMoreProgrammesAtOnceThanAllowed {

        @Test
        void whenAPsychologistRunsFourProgrammesAtOnce() {
            constraintVerifier.verifyThat(PlanConstraints::staffMemberRunsMoreProgrammesAtOnceThanAllowed)
                    .given(assign(programme(SONDRE, 1), METTE), assign(programme(SONDRE, 2), METTE),
                            assign(programme(NORDRE, 1), METTE), assign(programme(VESTRE, 1), METTE))
                    .penalizesBy(1);
        }

        @Test
        void notWithThreeProgrammesAtOnce() {
            constraintVerifier.verifyThat(PlanConstraints::staffMemberRunsMoreProgrammesAtOnceThanAllowed)
                    .given(assign(programme(SONDRE, 1), METTE), assign(programme(NORDRE, 1), METTE),
                            assign(programme(VESTRE, 1), METTE))
                    .penalizesBy(0);
        }

        @Test
        void whenAPersonsOwnLimitIsLower() {
            Staff metteAtMostOne = like(METTE).maxProgrammes(1).build();
            constraintVerifier.verifyThat(PlanConstraints::staffMemberRunsMoreProgrammesAtOnceThanAllowed)
                    .given(assign(programme(SONDRE, 1), metteAtMostOne), assign(programme(NORDRE, 1), metteAtMostOne),
                            assign(programme(VESTRE, 1), metteAtMostOne))
                    .penalizesBy(2);
        }

        @Test
        void notForAProgrammeLeftUncoveredNorForOtherWork() {
            constraintVerifier.verifyThat(PlanConstraints::staffMemberRunsMoreProgrammesAtOnceThanAllowed)
                    .given(assign(programme(SONDRE, 1), METTE), assign(programme(NORDRE, 1), METTE),
                            assign(programme(VESTRE, 1), METTE), assign(programme(VESTRE, 2), null),
                            assign(MEETING_SONDRE, METTE), assign(presence(NORDRE, 2), METTE))
                    .penalizesBy(0);
        }
    }

    @Nested
    class AssignedHoursExceedAvailableHours {

        @Test
        void whenTheFortnightsLessonsExceedTheFortnightsHours() {
            Staff saraTwoHours = like(SARA).hoursPerWeek(2).build();
            Demand maths5a = coTeaching(CLASS_5A, MATHS, 1);
            Assignment in3b = assign(READING_3B, saraTwoHours);
            Assignment in5a = assign(maths5a, saraTwoHours);
            // 180 + 90 minutes of lessons a fortnight for 240 available.
            constraintVerifier.verifyThat(PlanConstraints::assignedHoursExceedAvailableHours)
                    .given(in3b, in5a, session(READING_3B, lesson(MONDAY, 1), in3b),
                            session(READING_3B, lesson(TUESDAY, 1), in3b), session(maths5a, lesson(WEDNESDAY, 1), in5a))
                    .penalizesBy(30);
        }

        @Test
        void countsEachLessonAtItsOwnLength() {
            Staff saraThreeHalfHours = like(SARA).hoursPerWeek(1.5).build();
            Assignment in3b = assign(READING_3B, saraThreeHalfHours);
            // A 25-minute reading band and a 45-minute lesson every week: 140 a fortnight (not 2 x 90 = 180), and
            // maths 90: 230 for 180 available.
            TimeSlot readingBand = at(AB, MONDAY, "08:00", "08:25");
            Demand maths5a = coTeaching(CLASS_5A, MATHS, 1);
            Assignment in5a = assign(maths5a, saraThreeHalfHours);
            constraintVerifier.verifyThat(PlanConstraints::assignedHoursExceedAvailableHours)
                    .given(in3b, in5a, session(READING_3B, readingBand, in3b), session(READING_3B, lesson(TUESDAY, 1), in3b),
                            session(maths5a, lesson(WEDNESDAY, 1), in5a))
                    .penalizesBy(230 - 180);
        }

        @Test
        void countsMeetingsAndPresenceAtTheirOwnLength() {
            Staff metteTwoHours = like(METTE).hoursPerWeek(2).build();
            Demand presence = presence(SONDRE, 1);
            Assignment meetingSeat = assign(MEETING_SONDRE, metteTwoHours);
            Assignment atPresence = assign(presence, metteTwoHours);
            Assignment atNordre = assign(MEETING_NORDRE, metteTwoHours);
            // Søndre: meeting 90 + presence 60 every week = 120 a fortnight; the Nordre meeting 90; 240 available.
            constraintVerifier.verifyThat(PlanConstraints::assignedHoursExceedAvailableHours)
                    .given(meetingSeat, atPresence, atNordre,
                            session(MEETING_SONDRE, at(A, TUESDAY, "12:00", "13:30"), meetingSeat),
                            session(presence, at(AB, MONDAY, "08:00", "09:00"), atPresence),
                            session(MEETING_NORDRE, at(B, TUESDAY, "12:00", "13:30"), atNordre))
                    .penalizesBy(60);
        }

        @Test
        void notWhenTheLessonsFitTheHours() {
            Staff saraTwoHours = like(SARA).hoursPerWeek(2).build();
            Demand maths5a = coTeaching(CLASS_5A, MATHS, 1);
            Assignment in3b = assign(READING_3B, saraTwoHours);
            Assignment uncovered = assign(maths5a, null);
            constraintVerifier.verifyThat(PlanConstraints::assignedHoursExceedAvailableHours)
                    .given(in3b, uncovered, session(READING_3B, lesson(MONDAY, 1), in3b),
                            session(READING_3B, lesson(TUESDAY, 1), in3b), session(maths5a, lesson(WEDNESDAY, 1), uncovered))
                    .penalizesBy(0);
        }
    }

    // ================================================================ medium

    @Nested
    class DemandNotCovered {

        @Test
        void weighsEachUncoveredMinuteByPriority_red100_yellow10_green1() {
            // Two lessons a week are 180 minutes a fortnight.
            constraintVerifier.verifyThat(PlanConstraints::demandNotCovered)
                    .given(assign(READING_3B, null)).penalizesBy(180 * 100);
            constraintVerifier.verifyThat(PlanConstraints::demandNotCovered)
                    .given(assign(READING_5A, null)).penalizesBy(180 * 10);
            constraintVerifier.verifyThat(PlanConstraints::demandNotCovered)
                    .given(assign(READING_7C, null)).penalizesBy(180);
        }

        @Test
        void whenTheSchoolHasNoPprContact_countingMeetingAndPresence() {
            Demand presence = presence(SONDRE, 1);
            // Yellow: (90 meeting + 120 presence) minutes a fortnight x 10.
            constraintVerifier.verifyThat(PlanConstraints::demandNotCovered)
                    .given(assign(MEETING_SONDRE, null), assign(presence, null))
                    .penalizesBy(2100);
        }

        @Test
        void onlyThePresenceWhenTheMeetingIsCovered() {
            Demand presence = presence(SONDRE, 1);
            // The meeting stays with its contact; the presence alone is left: 120 minutes a fortnight x 10.
            constraintVerifier.verifyThat(PlanConstraints::demandNotCovered)
                    .given(assign(MEETING_SONDRE, METTE), assign(presence, null))
                    .penalizesBy(1200);
        }

        @Test
        void alsoWhenTheUncoveredDemandIsPinned() {
            constraintVerifier.verifyThat(PlanConstraints::demandNotCovered)
                    .given(PlanFixtures.pinned(assign(READING_3B, null)))
                    .penalizesBy(18000);
        }

        @Test
        void onlyTheUncoveredOnes() {
            constraintVerifier.verifyThat(PlanConstraints::demandNotCovered)
                    .given(assign(READING_3B, JONAS), assign(READING_5A, SARA), assign(READING_7C, null))
                    .penalizesBy(180);
        }

        @Test
        void notWhenEveryDemandIsCovered() {
            constraintVerifier.verifyThat(PlanConstraints::demandNotCovered)
                    .given(assign(READING_3B, JONAS), assign(MATHS_5A, SARA),
                            assign(MEETING_SONDRE, METTE), assign(presence(SONDRE, 1), METTE))
                    .penalizesBy(0);
        }
    }

    // ================================================================ soft

    @Nested
    class ClassHasMoreThanOneCoTeacherForACompetence {

        private final Demand readingGroup3b = coTeaching("co-3b-reading-group", CLASS_3B, READING, 1);

        @Test
        void whenTwoPeopleShareAClassesReading() {
            constraintVerifier.verifyThat(PlanConstraints::classHasMoreThanOneCoTeacherForACompetence)
                    .given(assign(READING_3B, JONAS), assign(readingGroup3b, SARA))
                    .penalizesBy(1);
        }

        @Test
        void notWhenOnePersonCoversBoth() {
            constraintVerifier.verifyThat(PlanConstraints::classHasMoreThanOneCoTeacherForACompetence)
                    .given(assign(READING_3B, JONAS), assign(readingGroup3b, JONAS))
                    .penalizesBy(0);
        }

        @Test
        void notForDifferentCompetencesOrClasses() {
            constraintVerifier.verifyThat(PlanConstraints::classHasMoreThanOneCoTeacherForACompetence)
                    .given(assign(READING_5A, JONAS), assign(MATHS_5A, SARA), assign(READING_3B, SARA))
                    .penalizesBy(0);
        }

        @Test
        void notWhenTheSecondIsUncovered() {
            constraintVerifier.verifyThat(PlanConstraints::classHasMoreThanOneCoTeacherForACompetence)
                    .given(assign(READING_3B, JONAS), assign(readingGroup3b, null))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CoordinationMeetingWithoutTheSchoolsPprContact {

        @Test
        void whenSomeoneElseThanTheSchoolsPprContactAttends() {
            constraintVerifier.verifyThat(PlanConstraints::coordinationMeetingWithoutTheSchoolsPprContact)
                    .given(assign(MEETING_SONDRE, METTE), assign(presence(SONDRE, 2), METTE),
                            assign(coordinationMeeting(SONDRE, false), PETER))
                    .penalizesBy(1);
        }

        @Test
        void notWhenTheSchoolsPprContactAttends() {
            constraintVerifier.verifyThat(PlanConstraints::coordinationMeetingWithoutTheSchoolsPprContact)
                    .given(assign(MEETING_SONDRE, METTE), assign(coordinationMeeting(SONDRE, false), METTE))
                    .penalizesBy(0);
        }

        @Test
        void notWhenTheSchoolHasNoPprContactYet() {
            constraintVerifier.verifyThat(PlanConstraints::coordinationMeetingWithoutTheSchoolsPprContact)
                    .given(assign(MEETING_SONDRE, null), assign(coordinationMeeting(SONDRE, false), PETER))
                    .penalizesBy(0);
        }

        @Test
        void notForTheAktSupervisorsSeat() {
            Demand coordination = coordinationMeeting(SONDRE, true);
            constraintVerifier.verifyThat(PlanConstraints::coordinationMeetingWithoutTheSchoolsPprContact)
                    .given(assign(MEETING_SONDRE, METTE), assignSeat(coordination, 0, METTE), assignSeat(coordination, 1, ALI))
                    .penalizesBy(0);
        }

        @Test
        void aContactAtAnotherSchoolIsNoContactHere() {
            constraintVerifier.verifyThat(PlanConstraints::coordinationMeetingWithoutTheSchoolsPprContact)
                    .given(assign(MEETING_SONDRE, METTE), assign(meeting(NORDRE), PETER),
                            assign(coordinationMeeting(SONDRE, false), PETER))
                    .penalizesBy(1);
        }
    }

    @Nested
    class SchoolHasMoreThanOnePprContact {

        @Test
        void whenMeetingAndPresenceAreCoveredByTwoPeople() {
            constraintVerifier.verifyThat(PlanConstraints::schoolHasMoreThanOnePprContact)
                    .given(assign(MEETING_SONDRE, PETER), assign(presence(SONDRE, 2), METTE))
                    .penalizesBy(1);
        }

        @Test
        void notWhenOneContactCoversMeetingAndPresence() {
            constraintVerifier.verifyThat(PlanConstraints::schoolHasMoreThanOnePprContact)
                    .given(assign(MEETING_SONDRE, METTE), assign(presence(SONDRE, 2), METTE))
                    .penalizesBy(0);
        }

        @Test
        void notForASpeechAndHearingConsultantBesideThePsychologist() {
            Staff kirsten = staff("kirsten", "Kirsten Bach", Role.SPEECH_HEARING_CONSULTANT).build();
            Demand speechPresence = presence(SONDRE, 1, Role.SPEECH_HEARING_CONSULTANT);
            constraintVerifier.verifyThat(PlanConstraints::schoolHasMoreThanOnePprContact)
                    .given(assign(MEETING_SONDRE, METTE), assign(presence(SONDRE, 2), METTE), assign(speechPresence, kirsten))
                    .penalizesBy(0);
        }

        @Test
        void notForAktPresenceBesidesThePprContact() {
            Demand aktPresence = presence(SONDRE, 2, Role.AKT_SUPERVISOR);
            constraintVerifier.verifyThat(PlanConstraints::schoolHasMoreThanOnePprContact)
                    .given(assign(MEETING_SONDRE, METTE), assign(aktPresence, ALI))
                    .penalizesBy(0);
        }

        @Test
        void notWhenEachSchoolHasItsOwnContact() {
            constraintVerifier.verifyThat(PlanConstraints::schoolHasMoreThanOnePprContact)
                    .given(assign(MEETING_SONDRE, METTE), assign(MEETING_NORDRE, PETER))
                    .penalizesBy(0);
        }
    }

    @Nested
    class TravelTime {

        @Test
        void countsTheDriveFromTheBaseAndBack() {
            Assignment in3b = assign(READING_3B, JONAS);
            // 10 + 10 minutes, in week A and in week B.
            constraintVerifier.verifyThat(PlanConstraints::travelTime)
                    .given(in3b, session(READING_3B, lesson(MONDAY, 3), in3b))
                    .penalizesBy(2 * 20);
        }

        @Test
        void followsTheSchoolsInTimeOrder() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment in5a = assign(READING_5A, JONAS);
            Assignment in4a = assign(READING_4A, JONAS);
            // Base -> Søndre 10 -> Nordre 20 -> Søndre 20 -> base 10 = 60 a day, in week A and in week B.
            constraintVerifier.verifyThat(PlanConstraints::travelTime)
                    .given(in3b, in5a, in4a, session(READING_3B, lesson(MONDAY, 1), in3b),
                            session(READING_4A, lesson(MONDAY, 5), in4a), session(READING_5A, lesson(MONDAY, 3), in5a))
                    .penalizesBy(2 * 60);
        }

        @Test
        void isFreeBetweenTwoClassesAtTheSameSchool() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment in4a = assign(READING_4A, JONAS);
            constraintVerifier.verifyThat(PlanConstraints::travelTime)
                    .given(in3b, in4a, session(READING_3B, lesson(MONDAY, 1), in3b),
                            session(READING_4A, lesson(MONDAY, 5), in4a))
                    .penalizesBy(2 * 20);
        }

        @Test
        void countsAFortnightlyMeetingOnce() {
            Assignment atNordre = assign(MEETING_NORDRE, METTE);
            constraintVerifier.verifyThat(PlanConstraints::travelTime)
                    .given(atNordre, session(MEETING_NORDRE, at(A, TUESDAY, "12:00", "13:30"), atNordre))
                    .penalizesBy(15 + 15);
        }

        @Test
        void notForACoTeacherBasedAtTheSchool() {
            Assignment in3b = assign(READING_3B, LONE);
            constraintVerifier.verifyThat(PlanConstraints::travelTime)
                    .given(in3b, session(READING_3B, lesson(MONDAY, 3), in3b))
                    .penalizesBy(0);
        }

        @Test
        void notForUncoveredLessons() {
            Assignment nobody = assign(READING_3B, null);
            constraintVerifier.verifyThat(PlanConstraints::travelTime)
                    .given(nobody, session(READING_3B, lesson(MONDAY, 3), nobody))
                    .penalizesBy(0);
        }
    }

    @Nested
    class MoreThanOneSchoolInADay {

        @Test
        void whenACoTeacherVisitsTwoSchoolsOnMondays() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment in5a = assign(READING_5A, JONAS);
            constraintVerifier.verifyThat(PlanConstraints::moreThanOneSchoolInADay)
                    .given(in3b, in5a, session(READING_3B, lesson(MONDAY, 1), in3b),
                            session(READING_5A, lesson(MONDAY, 3), in5a))
                    .penalizesBy(2);
        }

        @Test
        void byTheNumberOfExtraSchools() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment in5a = assign(READING_5A, JONAS);
            Assignment in7c = assign(READING_7C, JONAS);
            constraintVerifier.verifyThat(PlanConstraints::moreThanOneSchoolInADay)
                    .given(in3b, in5a, in7c, session(READING_3B, lesson(MONDAY, 1), in3b),
                            session(READING_5A, lesson(MONDAY, 3), in5a), session(READING_7C, lesson(MONDAY, 6), in7c))
                    .penalizesBy(2 * 2);
        }

        @Test
        void notWhenEachDayHasOneSchool() {
            Assignment in3b = assign(READING_3B, JONAS);
            Assignment in4a = assign(READING_4A, JONAS);
            Assignment in5a = assign(READING_5A, JONAS);
            constraintVerifier.verifyThat(PlanConstraints::moreThanOneSchoolInADay)
                    .given(in3b, in4a, in5a, session(READING_3B, lesson(MONDAY, 1), in3b),
                            session(READING_4A, lesson(MONDAY, 3), in4a), session(READING_5A, lesson(TUESDAY, 3), in5a))
                    .penalizesBy(0);
        }

        @Test
        void notWhenTheMeetingsAreOnTuesdaysOfDifferentWeeks() {
            Assignment atSondre = assign(MEETING_SONDRE, METTE);
            Assignment atNordre = assign(MEETING_NORDRE, METTE);
            constraintVerifier.verifyThat(PlanConstraints::moreThanOneSchoolInADay)
                    .given(atSondre, atNordre, session(MEETING_SONDRE, at(A, TUESDAY, "12:00", "13:30"), atSondre),
                            session(MEETING_NORDRE, at(B, TUESDAY, "12:00", "13:30"), atNordre))
                    .penalizesBy(0);
        }
    }

    @Nested
    class IdleTimeBetweenSessions {

        @Test
        void everyMinuteWaitedBeyondTheThreshold() {
            Assignment in3b = assign(READING_3B, JONAS);
            // Monday lesson 1 ends 08:45, lesson 7 starts 13:40: 295 minutes waited, 235 beyond the default 60.
            constraintVerifier.verifyThat(PlanConstraints::idleTimeBetweenSessions)
                    .given(Rules.defaults(), in3b, session(READING_3B, lesson(MONDAY, 1), in3b),
                            session(READING_3B, lesson(MONDAY, 7), in3b))
                    .penalizesBy(2 * (295 - 60));
        }

        @Test
        void theDriveBetweenSchoolsIsNotWaiting() {
            Demand reading4a = coTeaching(CLASS_4A, READING, 1);
            Demand reading5a = coTeaching(CLASS_5A, READING, 1);
            Assignment at4a = assign(reading4a, JONAS);
            Assignment at5a = assign(reading5a, JONAS);
            // Søndre until 08:45, Nordre from 10:35: 110 minutes, of which the drive takes some; the rest beyond 60.
            int drive = TRAVEL.between(SONDRE, NORDRE);
            constraintVerifier.verifyThat(PlanConstraints::idleTimeBetweenSessions)
                    .given(Rules.defaults(), at4a, at5a, session(reading4a, lesson(MONDAY, 1), at4a),
                            session(reading5a, lesson(MONDAY, 4), at5a))
                    .penalizesBy(2 * Math.max(0, 110 - drive - 60));
        }

        @Test
        void theThresholdIsTheMunicipalitys() {
            Assignment in3b = assign(READING_3B, JONAS);
            constraintVerifier.verifyThat(PlanConstraints::idleTimeBetweenSessions)
                    .given(new Rules(null, 300), in3b, session(READING_3B, lesson(MONDAY, 1), in3b),
                            session(READING_3B, lesson(MONDAY, 7), in3b))
                    .penalizesBy(0);
        }

        @Test
        void notForBackToBackLessons() {
            Assignment in3b = assign(READING_3B, JONAS);
            constraintVerifier.verifyThat(PlanConstraints::idleTimeBetweenSessions)
                    .given(Rules.defaults(), in3b, session(READING_3B, lesson(MONDAY, 1), in3b),
                            session(READING_3B, lesson(MONDAY, 2), in3b))
                    .penalizesBy(0);
        }
    }

    @Nested
    class UnevenUtilisationAcrossStaff {

        private final Staff jonasTenHours = like(JONAS).hoursPerWeek(10).build();
        private final Staff saraTenHours = like(SARA).hoursPerWeek(10).build();

        @Test
        void whenOneCoTeacherHasAllTheLessons() {
            // Jonas: 180 of 1200 minutes a fortnight = 150 per mille; Sara 0. sqrt(75^2 + 75^2) = 106.07.
            constraintVerifier.verifyThat(PlanConstraints::unevenUtilisationAcrossStaff)
                    .given(jonasTenHours, saraTenHours, assign(READING_3B, jonasTenHours))
                    .penalizesBy(106);
        }

        @Test
        void notWhenTheCoTeachersCarryTheSameShare() {
            constraintVerifier.verifyThat(PlanConstraints::unevenUtilisationAcrossStaff)
                    .given(jonasTenHours, saraTenHours, assign(READING_3B, jonasTenHours), assign(READING_5A, saraTenHours))
                    .penalizesBy(0);
        }

        @Test
        void notAcrossRoles() {
            // The psychologist is the only one in her role; the co-teachers are even.
            constraintVerifier.verifyThat(PlanConstraints::unevenUtilisationAcrossStaff)
                    .given(jonasTenHours, saraTenHours, METTE, assign(READING_3B, jonasTenHours),
                            assign(READING_5A, saraTenHours), assign(MEETING_SONDRE, METTE))
                    .penalizesBy(0);
        }
    }

    @Nested
    class UnevenCoverageAcrossSchools {

        @Test
        void whenOneSchoolLacksHalfItsDemand() {
            List<Assignment> assignments = withSchoolTotals(assign(READING_3B, null), assign(READING_4A, JONAS),
                    assign(READING_5A, SARA), assign(READING_7C, LONE));
            // Uncovered per mille: Søndre 500, Nordre 0, Vestre 0; mean 166.7;
            // sqrt(333.3^2 + 166.7^2 + 166.7^2) = 408.2.
            constraintVerifier.verifyThat(PlanConstraints::unevenCoverageAcrossSchools)
                    .given(concat(SCHOOLS, assignments))
                    .penalizesBy(408);
        }

        @Test
        void notWhenEverySchoolLacksTheSameShare() {
            List<Assignment> assignments = withSchoolTotals(assign(READING_3B, null), assign(READING_4A, JONAS),
                    assign(READING_5A, null), assign(MATHS_5A, SARA), assign(READING_7C, null), assign(MATHS_7C, SARA));
            constraintVerifier.verifyThat(PlanConstraints::unevenCoverageAcrossSchools)
                    .given(concat(SCHOOLS, assignments))
                    .penalizesBy(0);
        }

        @Test
        void notWhenEverythingIsCovered() {
            List<Assignment> assignments = withSchoolTotals(assign(READING_3B, JONAS), assign(READING_5A, SARA),
                    assign(READING_7C, LONE));
            constraintVerifier.verifyThat(PlanConstraints::unevenCoverageAcrossSchools)
                    .given(concat(SCHOOLS, assignments))
                    .penalizesBy(0);
        }
    }

    @Nested
    class MeetingHoursAboveTheirShare {

        private final Staff metteFiveHours = like(METTE).hoursPerWeek(5).build();

        @Test
        void whenThreeMeetingsExceedThirtyPercentOfFiveHours() {
            Assignment atSondre = assign(MEETING_SONDRE, metteFiveHours);
            Assignment atNordre = assign(MEETING_NORDRE, metteFiveHours);
            Assignment atVestre = assign(MEETING_VESTRE, metteFiveHours);
            // 30 % of 600 minutes a fortnight is 180; three meetings are 270.
            constraintVerifier.verifyThat(PlanConstraints::meetingHoursAboveTheirShare)
                    .given(Rules.defaults(), atSondre, atNordre, atVestre,
                            session(MEETING_SONDRE, at(A, TUESDAY, "12:00", "13:30"), atSondre),
                            session(MEETING_NORDRE, at(B, TUESDAY, "12:00", "13:30"), atNordre),
                            session(MEETING_VESTRE, at(A, THURSDAY, "08:00", "09:30"), atVestre))
                    .penalizesBy(90);
        }

        @Test
        void atTheMunicipalitysOwnShare() {
            Assignment atSondre = assign(MEETING_SONDRE, metteFiveHours);
            Assignment atNordre = assign(MEETING_NORDRE, metteFiveHours);
            // 20 % of 600 is 120; two meetings are 180.
            constraintVerifier.verifyThat(PlanConstraints::meetingHoursAboveTheirShare)
                    .given(new Rules(20), atSondre, atNordre,
                            session(MEETING_SONDRE, at(A, TUESDAY, "12:00", "13:30"), atSondre),
                            session(MEETING_NORDRE, at(B, TUESDAY, "12:00", "13:30"), atNordre))
                    .penalizesBy(60);
        }

        @Test
        void notCountingPresenceHours() {
            Demand presence = presence(SONDRE, 2);
            Assignment meetingSeat = assign(MEETING_SONDRE, metteFiveHours);
            Assignment atPresence = assign(presence, metteFiveHours);
            Assignment atNordre = assign(MEETING_NORDRE, metteFiveHours);
            // Meetings: 90 + 90 = 180, exactly the share; the 240 minutes of presence are not meetings.
            constraintVerifier.verifyThat(PlanConstraints::meetingHoursAboveTheirShare)
                    .given(Rules.defaults(), meetingSeat, atPresence, atNordre,
                            session(MEETING_SONDRE, at(A, TUESDAY, "12:00", "13:30"), meetingSeat),
                            session(presence, at(AB, MONDAY, "08:00", "10:00"), atPresence),
                            session(MEETING_NORDRE, at(B, TUESDAY, "12:00", "13:30"), atNordre))
                    .penalizesBy(0);
        }
    }

    @Nested
    class StaffMemberAtNonPreferredSchool {

        private final Staff jonasPrefersSondre = like(JONAS).prefersSchools(SONDRE).build();

        @Test
        void whenSentToAnotherSchool() {
            // 180 minutes a fortnight at Nordre, a tenth of a point a minute.
            constraintVerifier.verifyThat(PlanConstraints::staffMemberAtNonPreferredSchool)
                    .given(assign(READING_3B, jonasPrefersSondre), assign(READING_5A, jonasPrefersSondre))
                    .penalizesBy(18);
        }

        @Test
        void notAtThePreferredSchool() {
            constraintVerifier.verifyThat(PlanConstraints::staffMemberAtNonPreferredSchool)
                    .given(assign(READING_3B, jonasPrefersSondre), assign(READING_4A, jonasPrefersSondre))
                    .penalizesBy(0);
        }

        @Test
        void notForSomeoneWithoutPreferences() {
            constraintVerifier.verifyThat(PlanConstraints::staffMemberAtNonPreferredSchool)
                    .given(assign(READING_5A, JONAS))
                    .penalizesBy(0);
        }
    }

    @Nested
    class SessionOnNonPreferredDay {

        @Test
        void whenAWeeklyLessonIsOnThursday() {
            Staff jonasMondayToWednesday = like(JONAS).prefersDays(MONDAY, TUESDAY, WEDNESDAY).build();
            Assignment in3b = assign(READING_3B, jonasMondayToWednesday);
            // 45 minutes / 10 = 4, in week A and in week B.
            constraintVerifier.verifyThat(PlanConstraints::sessionOnNonPreferredDay)
                    .given(in3b, session(READING_3B, lesson(THURSDAY, 3), in3b))
                    .penalizesBy(2 * 4);
        }

        @Test
        void whenAFortnightlyMeetingIsOnThursday() {
            Staff metteMondayToWednesday = like(METTE).prefersDays(MONDAY, TUESDAY, WEDNESDAY).build();
            Assignment contact = assign(MEETING_SONDRE, metteMondayToWednesday);
            constraintVerifier.verifyThat(PlanConstraints::sessionOnNonPreferredDay)
                    .given(contact, session(MEETING_SONDRE, at(A, THURSDAY, "08:30", "10:00"), contact))
                    .penalizesBy(9);
        }

        @Test
        void notOnAPreferredDay() {
            Staff jonasMondayToWednesday = like(JONAS).prefersDays(MONDAY, TUESDAY, WEDNESDAY).build();
            Assignment in3b = assign(READING_3B, jonasMondayToWednesday);
            constraintVerifier.verifyThat(PlanConstraints::sessionOnNonPreferredDay)
                    .given(in3b, session(READING_3B, lesson(MONDAY, 3), in3b), session(READING_3B, lesson(WEDNESDAY, 3), in3b))
                    .penalizesBy(0);
        }
    }

    // ================================================================ reruns

    @Nested
    class SessionMovedToAnotherPerson {

        private Assignment publishedTo(Staff published, Staff now) {
            Assignment in3b = assign(READING_3B, now);
            in3b.setPublishedStaff(published);
            in3b.setSessionCount(2);
            return in3b;
        }

        @Test
        void whenTheClassGetsAnotherCoTeacherThanPublished() {
            constraintVerifier.verifyThat(PlanConstraints::sessionMovedToAnotherPerson)
                    .given(publishedTo(JONAS, LONE))
                    .penalizesBy(2);
        }

        @Test
        void whenTheDemandIsLeftWithoutTheTeacherItHad() {
            constraintVerifier.verifyThat(PlanConstraints::sessionMovedToAnotherPerson)
                    .given(publishedTo(JONAS, null))
                    .penalizesBy(2);
        }

        @Test
        void notWhenThePublishedCoTeacherKeepsTheClass() {
            constraintVerifier.verifyThat(PlanConstraints::sessionMovedToAnotherPerson)
                    .given(publishedTo(JONAS, JONAS), assign(READING_5A, LONE))
                    .penalizesBy(0);
        }
    }

    @Nested
    class SessionMovedToAnotherTime {

        @Test
        void whenALessonMovesFromMondayToTuesday() {
            Assignment in3b = assign(READING_3B, JONAS);
            Session lesson = session(READING_3B, lesson(TUESDAY, 3), in3b);
            lesson.setPublishedSlot(lesson(MONDAY, 3));
            constraintVerifier.verifyThat(PlanConstraints::sessionMovedToAnotherTime)
                    .given(in3b, lesson)
                    .penalizesBy(1);
        }

        @Test
        void notWhenItStaysOrIsNew() {
            Assignment in3b = assign(READING_3B, JONAS);
            Session stays = session(READING_3B, lesson(MONDAY, 3), in3b);
            stays.setPublishedSlot(lesson(MONDAY, 3));
            Session added = session(READING_3B, lesson(WEDNESDAY, 3), in3b);
            constraintVerifier.verifyThat(PlanConstraints::sessionMovedToAnotherTime)
                    .given(in3b, stays, added)
                    .penalizesBy(0);
        }
    }

    // ================================================================ justifications, as the planner reads them

    @Test
    void analysisNamesTheStaffMemberAndTheSchools() {
        Staff jonasPrefersSondre = like(JONAS).prefersSchools(SONDRE).build();
        Assignment in3b = assign(READING_3B, jonasPrefersSondre);
        Assignment in5a = assign(READING_5A, jonasPrefersSondre);
        StaffPlan plan = PlanFixtures.plan(List.of(in3b, in5a), List.of(session(READING_3B, lesson(MONDAY, 3), in3b),
                session(READING_3B, lesson(TUESDAY, 3), in3b), session(READING_5A, lesson(MONDAY, 3), in5a),
                session(READING_5A, lesson(WEDNESDAY, 3), in5a)));

        SolutionManager<StaffPlan, HardMediumSoftLongScore> solutionManager =
                SolutionManager.create(SolverFactory.<StaffPlan>create(SolverSettings.config(Duration.ofSeconds(1))));
        var analysis = solutionManager.analyze(plan);

        // Monday lesson 3 in both weeks: one reason for week A and one for week B.
        List<Finding> doubleBooked = findings(analysis.getConstraintAnalysis(ConstraintNames.DOUBLE_BOOKED));
        assertEquals(2, doubleBooked.size());
        for (Finding reason : doubleBooked) {
            assertTrue(reason instanceof DoubleBooked, reason.toString());
            assertTrue(reason.text().startsWith("Jonas Berg skal være to steder på én gang mandag i uge "), reason.text());
            assertTrue(reason.text().contains("Søndre Skole") && reason.text().contains("Nordre Skole"), reason.text());
            assertTrue(reason.textEn().startsWith("Jonas Berg is due in two places at once on Monday in week "),
                    reason.textEn());
            assertEquals(List.of("jonas"), reason.staffIds());
            assertEquals(List.of("sondre", "nordre"), reason.schoolIds());
        }

        List<Finding> elsewhere = findings(analysis.getConstraintAnalysis(ConstraintNames.NON_PREFERRED_SCHOOL));
        assertEquals(1, elsewhere.size());
        Finding nordre = elsewhere.get(0);
        assertEquals(new NonPreferredSchool(new Named("jonas", "Jonas Berg"), new Named("nordre", "Nordre Skole")), nordre);
        assertEquals("Jonas Berg har ikke Nordre Skole blandt sine foretrukne skoler.", nordre.text());
        assertEquals("Nordre Skole is not among Jonas Berg's preferred schools.", nordre.textEn());
        assertEquals(List.of(), nordre.sessionIds());
        assertEquals(List.of("jonas"), nordre.staffIds());
        assertEquals(List.of("nordre"), nordre.schoolIds());
    }

    private static List<Finding> findings(ConstraintAnalysis<HardMediumSoftLongScore> constraint) {
        return constraint.matches().stream().map(MatchAnalysis::justification).map(Finding.class::cast).toList();
    }

    private static Object[] concat(List<?> facts, List<?> entities) {
        return Stream.concat(facts.stream(), entities.stream()).toArray();
    }
}
