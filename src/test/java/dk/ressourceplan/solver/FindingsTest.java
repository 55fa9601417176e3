package dk.ressourceplan.solver;

import static dk.ressourceplan.domain.Competence.MATHS;
import static dk.ressourceplan.domain.Competence.READING;
import static dk.ressourceplan.domain.Week.A;
import static dk.ressourceplan.domain.Week.AB;
import static dk.ressourceplan.solver.PlanFixtures.CLASS_3B;
import static dk.ressourceplan.solver.PlanFixtures.CLASS_5A;
import static dk.ressourceplan.solver.PlanFixtures.CLASS_7C;
import static dk.ressourceplan.solver.PlanFixtures.JONAS;
import static dk.ressourceplan.solver.PlanFixtures.LONE;
import static dk.ressourceplan.solver.PlanFixtures.METTE;
import static dk.ressourceplan.solver.PlanFixtures.PETER;
import static dk.ressourceplan.solver.PlanFixtures.SARA;
import static dk.ressourceplan.solver.PlanFixtures.SONDRE;
import static dk.ressourceplan.solver.PlanFixtures.assign;
import static dk.ressourceplan.solver.PlanFixtures.at;
import static dk.ressourceplan.solver.PlanFixtures.coTeaching;
import static dk.ressourceplan.solver.PlanFixtures.lesson;
import static dk.ressourceplan.solver.PlanFixtures.like;
import static dk.ressourceplan.solver.PlanFixtures.meeting;
import static dk.ressourceplan.solver.PlanFixtures.presence;
import static dk.ressourceplan.solver.PlanFixtures.session;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PprFunction;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.domain.Week;
import dk.ressourceplan.solver.Finding.MovedToAnotherPerson;
import dk.ressourceplan.solver.Finding.MovedToAnotherTime;
import dk.ressourceplan.solver.Finding.Named;
import dk.ressourceplan.solver.Finding.NonPreferredDay;
import dk.ressourceplan.solver.Finding.NotQualified;
import dk.ressourceplan.solver.Finding.OutsideClassLessons;
import dk.ressourceplan.solver.Finding.OutsideMeetingWindows;
import dk.ressourceplan.solver.Finding.OutsideSchoolDay;
import dk.ressourceplan.solver.Finding.SeveralCoTeachers;
import dk.ressourceplan.solver.Finding.SeveralPprContacts;
import dk.ressourceplan.solver.Finding.Task;
import dk.ressourceplan.solver.Finding.TooManySchools;
import dk.ressourceplan.solver.Finding.Uncovered;
import dk.ressourceplan.solver.Finding.WeekTooLong;
import dk.ressourceplan.solver.Finding.When;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * For the rules a test elsewhere does not read the justification of: the match is justified by the rule's own {@link Finding} with the facts of the case, and the
 * finding reads as the planner reads it in {@link DanishSentences} and {@link EnglishSentences}, with the sessions,
 * staff and schools the page points at.
 */
class FindingsTest {

    private final ConstraintVerifier<PlanConstraints, StaffPlan> constraintVerifier =
            ConstraintVerifier.build(new PlanConstraints(), StaffPlan.class, Assignment.class, Session.class);

    private static final Named SONDRE_SKOLE = new Named("sondre", "Søndre Skole");
    private static final Named JONAS_BERG = new Named("jonas", "Jonas Berg");
    private static final Task READING_IN_3B = new Task(DemandType.CO_TEACHING, "3.B", SONDRE_SKOLE, false);

    @Test
    void aSessionOutsideTheSchoolDay() {
        Demand presence = presence(SONDRE, 2);
        Assignment contact = assign(presence, METTE);
        Session friday = session(presence, at(AB, FRIDAY, "12:30", "14:30"), contact);
        OutsideSchoolDay expected = new OutsideSchoolDay(
                new Task(DemandType.PRESENCE, null, SONDRE_SKOLE, false), new When(AB, FRIDAY, 12 * 60 + 30),
                friday.getId());
        constraintVerifier.verifyThat(PlanConstraints::sessionOutsideSchoolDay)
                .given(contact, friday)
                .justifiesWith(expected);
        assertReads(expected, "Aftalen PPR-tilstedeværelse på Søndre Skole fredag kl. 12:30 ligger uden for skoledagen.",
                "The session PPR presence at Søndre Skole on Friday at 12:30 lies outside the school day.");
        assertPointsAt(expected, List.of(friday.getId()), List.of(), List.of("sondre"));
    }

    @Test
    void aWeekTooLongWithTheDrives() {
        Staff saraTwoHours = like(SARA).hoursPerWeek(2).build();
        Assignment in3b = assign(coTeaching(CLASS_3B, READING, 2), saraTwoHours);
        Demand reading = in3b.getDemand();
        WeekTooLong weekA = new WeekTooLong(new Named("sara", "Sara Nielsen"), Week.A, 130, 120);
        WeekTooLong weekB = new WeekTooLong(new Named("sara", "Sara Nielsen"), Week.B, 130, 120);
        constraintVerifier.verifyThat(PlanConstraints::weeklyHoursIncludingTravelExceeded)
                .given(in3b, session(reading, lesson(MONDAY, 3), in3b), session(reading, lesson(TUESDAY, 3), in3b))
                .justifiesWith(weekA, weekB);
        assertReads(weekA, "Sara Nielsen har 2:10 timer inkl. transport i uge A, men kun 2:00 til rådighed.",
                "Sara Nielsen has 2:10 hours including travel in week A but only 2:00 available.");
        assertPointsAt(weekA, List.of(), List.of("sara"), List.of());
    }

    @Test
    void tooManySchools() {
        Staff jonasAtMostTwoSchools = like(JONAS).maxSchools(2).build();
        TooManySchools expected = new TooManySchools(JONAS_BERG, 3, 2);
        constraintVerifier.verifyThat(PlanConstraints::tooManySchoolsForOneStaffMember)
                .given(assign(coTeaching(CLASS_3B, READING, 2), jonasAtMostTwoSchools),
                        assign(coTeaching(CLASS_5A, READING, 2), jonasAtMostTwoSchools),
                        assign(coTeaching(CLASS_7C, READING, 2), jonasAtMostTwoSchools))
                .justifiesWith(expected);
        assertReads(expected, "Jonas Berg skal dække 3 skoler, men højst 2.",
                "Jonas Berg is to serve 3 schools but at most 2.");
        assertPointsAt(expected, List.of(), List.of("jonas"), List.of());
    }

    @Test
    void uncoveredDemandWithItsMinutesAndPriority() {
        Uncovered expected = new Uncovered(READING_IN_3B, 180, NeedLevel.RED);
        constraintVerifier.verifyThat(PlanConstraints::demandNotCovered)
                .given(assign(coTeaching(CLASS_3B, READING, 2), null))
                .justifiesWith(expected);
        assertReads(expected, "Ingen dækker co-teaching i 3.B (Søndre Skole) (180 min. pr. 14 dage, prioritet rød).",
                "Nobody covers co-teaching in 3.B (Søndre Skole) (180 min per fortnight, priority red).");
        assertPointsAt(expected, List.of(), List.of(), List.of("sondre"));
    }

    @Test
    void severalPprContactsAtOneSchool() {
        SeveralPprContacts expected = new SeveralPprContacts(SONDRE_SKOLE, PprFunction.PSYCHOLOGY_AND_PEDAGOGY, 2);
        constraintVerifier.verifyThat(PlanConstraints::schoolHasMoreThanOnePprContact)
                .given(assign(meeting(SONDRE), PETER), assign(presence(SONDRE, 2), METTE))
                .justifiesWith(expected);
        assertReads(expected,
                "Søndre Skole møder 2 forskellige psykologer eller pædagogiske konsulenter i stedet for én fast kontakt.",
                "Søndre Skole meets 2 different psychologists or pedagogical consultants instead of one steady contact.");
        assertPointsAt(expected, List.of(), List.of(), List.of("sondre"));
    }

    @Test
    void aSessionMovedToAnotherPersonOrToNobody() {
        Assignment toLone = assign(coTeaching(CLASS_3B, READING, 2), LONE);
        toLone.setPublishedStaff(JONAS);
        toLone.setSessionCount(2);
        MovedToAnotherPerson expected = new MovedToAnotherPerson(READING_IN_3B, JONAS_BERG, new Named("lone", "Lone Dahl"));
        constraintVerifier.verifyThat(PlanConstraints::sessionMovedToAnotherPerson)
                .given(toLone)
                .justifiesWith(expected);
        assertReads(expected, "co-teaching i 3.B (Søndre Skole) går fra Jonas Berg til Lone Dahl.",
                "co-teaching in 3.B (Søndre Skole) moves from Jonas Berg to Lone Dahl.");
        assertPointsAt(expected, List.of(), List.of("jonas", "lone"), List.of("sondre"));

        MovedToAnotherPerson toNobody = new MovedToAnotherPerson(READING_IN_3B, JONAS_BERG, null);
        assertReads(toNobody, "co-teaching i 3.B (Søndre Skole) går fra Jonas Berg til ingen.",
                "co-teaching in 3.B (Søndre Skole) moves from Jonas Berg to nobody.");
        assertPointsAt(toNobody, List.of(), List.of("jonas"), List.of("sondre"));
    }

    @Test
    void aSessionMovedToAnotherTime() {
        Assignment in3b = assign(coTeaching(CLASS_3B, READING, 2), JONAS);
        Session lesson = session(in3b.getDemand(), lesson(TUESDAY, 3), in3b);
        lesson.setPublishedSlot(at(A, MONDAY, "10:00", "10:45"));
        MovedToAnotherTime expected = new MovedToAnotherTime(READING_IN_3B, lesson.getId(), new When(A, MONDAY, 600),
                new When(AB, TUESDAY, lesson.getSlot().start()));
        constraintVerifier.verifyThat(PlanConstraints::sessionMovedToAnotherTime)
                .given(in3b, lesson)
                .justifiesWith(expected);
        String tuesday = Times.format(lesson.getSlot().start());
        assertReads(expected, "co-teaching i 3.B (Søndre Skole) flyttes fra mandag i uge A kl. 10:00 til tirsdag kl. "
                + tuesday + ".", "co-teaching in 3.B (Søndre Skole) moves from on Monday in week A at 10:00 to on Tuesday at "
                + tuesday + ".");
        assertPointsAt(expected, List.of(lesson.getId()), List.of(), List.of("sondre"));
    }

    @Test
    void coTeachingOutsideTheClasssLessons() {
        Assignment in3b = assign(coTeaching(CLASS_3B, READING, 2), JONAS);
        Session acrossTheBreak = session(in3b.getDemand(), at(AB, MONDAY, "09:30", "10:15"), in3b);
        OutsideClassLessons expected = new OutsideClassLessons(READING_IN_3B, new When(AB, MONDAY, 570),
                acrossTheBreak.getId());
        constraintVerifier.verifyThat(PlanConstraints::coTeachingOutsideClassLessons)
                .given(in3b, acrossTheBreak)
                .justifiesWith(expected);
        assertReads(expected,
                "Aftalen co-teaching i 3.B (Søndre Skole) mandag kl. 09:30 ligger ikke i en af klassens egne lektioner.",
                "The session co-teaching in 3.B (Søndre Skole) on Monday at 09:30 is not in one of the class's own lessons.");
        assertPointsAt(expected, List.of(acrossTheBreak.getId()), List.of(), List.of("sondre"));
    }

    @Test
    void aMeetingOutsideTheMeetingWindows() {
        Assignment contact = assign(meeting(SONDRE), METTE);
        Session late = session(contact.getDemand(), at(A, TUESDAY, "15:00", "16:30"), contact);
        OutsideMeetingWindows expected = new OutsideMeetingWindows(
                new Task(DemandType.COLLABORATION_MEETING, null, SONDRE_SKOLE, false), new When(A, TUESDAY, 900),
                late.getId());
        constraintVerifier.verifyThat(PlanConstraints::meetingOutsideMeetingWindows)
                .given(contact, late)
                .justifiesWith(expected);
        assertReads(expected,
                "Aftalen samarbejds- og indsatsmødet på Søndre Skole tirsdag i uge A kl. 15:00 ligger uden for skolens mødetider.",
                "The session the collaboration meeting at Søndre Skole on Tuesday in week A at 15:00 lies outside the"
                        + " school's meeting windows.");
    }

    @Test
    void aStaffMemberWithoutTheCompetence() {
        NotQualified expected = new NotQualified(JONAS_BERG, Role.CO_TEACHER,
                new Task(DemandType.CO_TEACHING, "5.A", new Named("nordre", "Nordre Skole"), false));
        constraintVerifier.verifyThat(PlanConstraints::staffMemberLacksRoleOrCompetence)
                .given(assign(coTeaching(CLASS_5A, MATHS, 2), JONAS))
                .justifiesWith(expected);
        assertReads(expected,
                "Jonas Berg (ressourceperson) har ikke den rolle eller kompetence, som co-teaching i 5.A (Nordre Skole) kræver.",
                "Jonas Berg (co-teacher) lacks the role or competence that co-teaching in 5.A (Nordre Skole) requires.");
        assertPointsAt(expected, List.of(), List.of("jonas"), List.of("nordre"));
    }

    @Test
    void severalCoTeachersInOneClass() {
        SeveralCoTeachers expected = new SeveralCoTeachers("3.B", "sondre", READING, 2);
        constraintVerifier.verifyThat(PlanConstraints::classHasMoreThanOneCoTeacherForACompetence)
                .given(assign(coTeaching(CLASS_3B, READING, 2), JONAS),
                        assign(coTeaching("co-3b-reading-group", CLASS_3B, READING, 1), SARA))
                .justifiesWith(expected);
        assertReads(expected, "3.B har 2 forskellige ressourcepersoner i læsning.",
                "3.B has 2 different co-teachers for reading.");
        assertPointsAt(expected, List.of(), List.of(), List.of("sondre"));
    }

    @Test
    void aSessionOnANonPreferredDay() {
        Staff metteMondayToWednesday = like(METTE).prefersDays(MONDAY, TUESDAY, WEDNESDAY).build();
        Assignment contact = assign(meeting(SONDRE), metteMondayToWednesday);
        Session thursday = session(contact.getDemand(), at(A, THURSDAY, "08:30", "10:00"), contact);
        NonPreferredDay expected = new NonPreferredDay(new Named("mette", "Mette Holm"), A, THURSDAY,
                thursday.getId(), "sondre");
        constraintVerifier.verifyThat(PlanConstraints::sessionOnNonPreferredDay)
                .given(contact, thursday)
                .justifiesWith(expected);
        assertReads(expected, "Mette Holm foretrækker ikke torsdag i uge A.",
                "Mette Holm prefers not to work on Thursday in week A.");
        assertPointsAt(expected, List.of(thursday.getId()), List.of("mette"), List.of("sondre"));
    }

    private static void assertReads(Finding finding, String danish, String english) {
        assertEquals(danish, finding.text());
        assertEquals(english, finding.textEn());
        assertEquals(danish, finding.in(DanishSentences.INSTANCE));
        assertEquals(english, finding.in(EnglishSentences.INSTANCE));
    }

    private static void assertPointsAt(Finding finding, List<String> sessionIds, List<String> staffIds,
            List<String> schoolIds) {
        assertEquals(sessionIds, finding.sessionIds());
        assertEquals(staffIds, finding.staffIds());
        assertEquals(schoolIds, finding.schoolIds());
    }
}
