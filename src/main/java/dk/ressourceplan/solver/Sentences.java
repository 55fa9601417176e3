package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Week;
import dk.ressourceplan.solver.Finding.DayTooLong;
import dk.ressourceplan.solver.Finding.DoubleBooked;
import dk.ressourceplan.solver.Finding.DriveDoesNotFit;
import dk.ressourceplan.solver.Finding.Drives;
import dk.ressourceplan.solver.Finding.MoreWorkThanHours;
import dk.ressourceplan.solver.Finding.MovedToAnotherPerson;
import dk.ressourceplan.solver.Finding.MovedToAnotherTime;
import dk.ressourceplan.solver.Finding.NonPreferredDay;
import dk.ressourceplan.solver.Finding.NonPreferredSchool;
import dk.ressourceplan.solver.Finding.NotQualified;
import dk.ressourceplan.solver.Finding.OutsideClassLessons;
import dk.ressourceplan.solver.Finding.OutsideMeetingWindows;
import dk.ressourceplan.solver.Finding.OutsideSchoolDay;
import dk.ressourceplan.solver.Finding.SessionsClash;
import dk.ressourceplan.solver.Finding.SeveralCoTeachers;
import dk.ressourceplan.solver.Finding.SeveralPprContacts;
import dk.ressourceplan.solver.Finding.SeveralSchoolsADay;
import dk.ressourceplan.solver.Finding.Task;
import dk.ressourceplan.solver.Finding.TooManyMeetings;
import dk.ressourceplan.solver.Finding.TooManySchools;
import dk.ressourceplan.solver.Finding.Unavailable;
import dk.ressourceplan.solver.Finding.Uncovered;
import dk.ressourceplan.solver.Finding.UnevenCoverage;
import dk.ressourceplan.solver.Finding.UnevenUtilisation;
import dk.ressourceplan.solver.Finding.Waits;
import dk.ressourceplan.solver.Finding.WeekTooLong;
import dk.ressourceplan.solver.Finding.When;
import java.time.DayOfWeek;
import java.util.Locale;

/**
 * One language's sentence for every rule, one method per {@link Finding}, in the order of {@link PlanConstraints}:
 * {@link DanishSentences} and {@link EnglishSentences} each hold all of one language's sentences, so that a
 * translator or a reviewer reads them in one file.
 */
public sealed interface Sentences permits DanishSentences, EnglishSentences {

    // ---------------------------------------------------------------- the phrases the sentences share

    /** What is to be done: "co-teaching i 3.B (Søndre Skole)". */
    String what(Task task);

    /** A day and a time: "tirsdag i uge A kl. 10:00". */
    String when(When when);

    /** A day: "tirsdag i uge A", or "tirsdag" in both weeks. */
    String day(Week week, DayOfWeek day);

    /** The text with its first letter in upper case, to begin a sentence with a phrase. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Minutes as hours: "37:30". */
    static String hours(int minutes) {
        return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    // ---------------------------------------------------------------- hard

    String doubleBooked(DoubleBooked finding);

    String driveDoesNotFit(DriveDoesNotFit finding);

    String unavailable(Unavailable finding);

    String outsideSchoolDay(OutsideSchoolDay finding);

    String outsideClassLessons(OutsideClassLessons finding);

    String outsideMeetingWindows(OutsideMeetingWindows finding);

    String notQualified(NotQualified finding);

    String sessionsClash(SessionsClash finding);

    String weekTooLong(WeekTooLong finding);

    String dayTooLong(DayTooLong finding);

    String tooManySchools(TooManySchools finding);

    String tooManyProgrammes(Finding.TooManyProgrammes finding);

    String coordinationWithoutContact(Finding.CoordinationWithoutContact finding);

    String moreWorkThanHours(MoreWorkThanHours finding);

    // ---------------------------------------------------------------- medium

    String uncovered(Uncovered finding);

    // ---------------------------------------------------------------- soft

    String severalCoTeachers(SeveralCoTeachers finding);

    String severalPprContacts(SeveralPprContacts finding);

    String drives(Drives finding);

    String severalSchoolsADay(SeveralSchoolsADay finding);

    String waits(Waits finding);

    String unevenUtilisation(UnevenUtilisation finding);

    String unevenCoverage(UnevenCoverage finding);

    String tooManyMeetings(TooManyMeetings finding);

    String nonPreferredSchool(NonPreferredSchool finding);

    String nonPreferredDay(NonPreferredDay finding);

    // ---------------------------------------------------------------- reruns

    String movedToAnotherPerson(MovedToAnotherPerson finding);

    String movedToAnotherTime(MovedToAnotherTime finding);

    // ---------------------------------------------------------------- changes by hand and recommendations

    String covers(Effect.Covers effect);

    String takesOver(Effect.TakesOver effect);

    String asNow(Effect.AsNow effect);

    String leavesUncovered(Effect.LeavesUncovered effect);

    String driving(Effect.Driving effect);

    String knowsTheSchool(Effect.KnowsTheSchool effect);

    String locked(Effect.Locked effect);
}
