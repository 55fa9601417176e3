package dk.ressourceplan.solver;

import static dk.ressourceplan.solver.Sentences.hours;

import dk.ressourceplan.domain.Lock;
import dk.ressourceplan.domain.PprFunction;
import dk.ressourceplan.domain.Times;
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
import java.time.format.TextStyle;
import java.util.Locale;

/** Every rule's sentence in English, for the English page. */
final class EnglishSentences implements Sentences {

    static final EnglishSentences INSTANCE = new EnglishSentences();

    private EnglishSentences() {
    }

    // ---------------------------------------------------------------- phrases

    @Override
    public String what(Task task) {
        if (task.pprContact()) {
            return "the PPR contact for " + task.school().name();
        }
        return switch (task.type()) {
            case CO_TEACHING -> "co-teaching in " + task.className() + " (" + task.school().name() + ")";
            case COLLABORATION_MEETING -> "the collaboration meeting at " + task.school().name();
            case PRESENCE -> "PPR presence at " + task.school().name();
            case COORDINATION_MEETING -> "the coordination meeting at " + task.school().name();
            case PROGRAMME -> "a programme at " + task.school().name();
        };
    }

    /** "on Tuesday in week A at 10:00". */
    @Override
    public String when(When when) {
        return "on " + day(when.week(), when.day()) + " at " + Times.format(when.start());
    }

    /** "Tuesday in week A", or "Tuesday" in both weeks. */
    @Override
    public String day(Week week, DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + (week == Week.AB ? "" : " in week " + week);
    }

    private static String pprFunction(PprFunction function) {
        return function == PprFunction.SPEECH_AND_HEARING ? "speech and hearing consultants"
                : "psychologists or pedagogical consultants";
    }

    private String session(Finding.Misplaced finding, String problem) {
        return "The session " + what(finding.task()) + " " + when(finding.when()) + " " + problem + ".";
    }

    // ---------------------------------------------------------------- hard

    @Override
    public String doubleBooked(DoubleBooked f) {
        return f.staff().name() + " is due in two places at once " + when(f.when()) + ": " + what(f.first()) + " and "
                + what(f.second()) + ".";
    }

    @Override
    public String driveDoesNotFit(DriveDoesNotFit f) {
        return f.staff().name() + " cannot get from " + f.from().name() + " to " + f.to().name() + " on "
                + day(f.week(), f.day()) + ": the drive takes " + f.driveMinutes() + " min but there are "
                + f.gapMinutes() + " min between " + Times.format(f.leaves()) + " and " + Times.format(f.arrives())
                + ".";
    }

    @Override
    public String unavailable(Unavailable f) {
        return f.staff().name() + " is not available " + when(f.when()) + " but is planned for " + what(f.task()) + ".";
    }

    @Override
    public String outsideSchoolDay(OutsideSchoolDay f) {
        return session(f, "lies outside the school day");
    }

    @Override
    public String outsideClassLessons(OutsideClassLessons f) {
        return session(f, "is not in one of the class's own lessons");
    }

    @Override
    public String outsideMeetingWindows(OutsideMeetingWindows f) {
        return session(f, "lies outside the school's meeting windows");
    }

    @Override
    public String notQualified(NotQualified f) {
        return f.staff().name() + " (" + f.role().code() + ") lacks the role or competence that " + what(f.task())
                + " requires.";
    }

    @Override
    public String sessionsClash(SessionsClash f) {
        return "Two sessions of " + what(f.task()) + " are at the same time " + when(f.when()) + ".";
    }

    @Override
    public String weekTooLong(WeekTooLong f) {
        return f.staff().name() + " has " + hours(f.workMinutes()) + " hours including travel in week " + f.week()
                + " but only " + hours(f.availableMinutes()) + " available.";
    }

    @Override
    public String dayTooLong(DayTooLong f) {
        return f.staff().name() + " has " + hours(f.workMinutes()) + " hours including travel on "
                + day(f.week(), f.day()) + ", above the daily maximum of " + hours(f.maximumMinutes()) + ".";
    }

    @Override
    public String tooManySchools(TooManySchools f) {
        return f.staff().name() + " is to serve " + f.schools() + " schools but at most " + f.cap() + ".";
    }

    @Override
    public String tooManyProgrammes(Finding.TooManyProgrammes f) {
        return f.staff().name() + " runs " + f.programmes() + " programmes at once but at most " + f.cap() + ".";
    }

    @Override
    public String coordinationWithoutContact(Finding.CoordinationWithoutContact f) {
        return f.staff().name() + " attends the coordination meeting at " + f.school().name()
                + " without being the school's PPR contact.";
    }

    @Override
    public String moreWorkThanHours(MoreWorkThanHours f) {
        return f.staff().name() + " is given " + hours(f.sessionMinutes()) + " hours of work per fortnight but has only "
                + hours(f.availableMinutes()) + " available.";
    }

    // ---------------------------------------------------------------- medium

    @Override
    public String uncovered(Uncovered f) {
        return "Nobody covers " + what(f.task()) + " (" + f.minutesPerFortnight() + " min per fortnight, priority "
                + f.priority().code() + ").";
    }

    // ---------------------------------------------------------------- soft

    @Override
    public String severalCoTeachers(SeveralCoTeachers f) {
        return f.className() + " has " + f.people() + " different co-teachers for " + f.competence().code() + ".";
    }

    @Override
    public String severalPprContacts(SeveralPprContacts f) {
        return f.school().name() + " meets " + f.people() + " different " + pprFunction(f.function())
                + " instead of one steady contact.";
    }

    @Override
    public String drives(Drives f) {
        return f.staff().name() + " drives " + f.minutes() + " min on " + day(f.week(), f.day()) + ".";
    }

    @Override
    public String severalSchoolsADay(SeveralSchoolsADay f) {
        return f.staff().name() + " visits " + f.schools() + " schools on " + day(f.week(), f.day()) + ".";
    }

    @Override
    public String waits(Waits f) {
        return f.staff().name() + " waits " + f.longestMinutes() + " min between two sessions on "
                + day(f.week(), f.day()) + ", more than " + f.thresholdMinutes() + " min.";
    }

    @Override
    public String unevenUtilisation(UnevenUtilisation f) {
        return "Hours are unevenly spread among the " + f.role().code() + "s (unfairness " + f.unfairness() + ").";
    }

    @Override
    public String unevenCoverage(UnevenCoverage f) {
        return "Uncovered demand falls harder on some schools than on others.";
    }

    @Override
    public String tooManyMeetings(TooManyMeetings f) {
        return f.staff().name() + " has " + hours(f.meetingMinutes()) + " hours of meetings per fortnight, more than "
                + f.sharePercentMax() + " % of their time.";
    }

    @Override
    public String nonPreferredSchool(NonPreferredSchool f) {
        return f.school().name() + " is not among " + f.staff().name() + "'s preferred schools.";
    }

    @Override
    public String nonPreferredDay(NonPreferredDay f) {
        return f.staff().name() + " prefers not to work on " + day(f.week(), f.day()) + ".";
    }

    // ---------------------------------------------------------------- reruns

    @Override
    public String movedToAnotherPerson(MovedToAnotherPerson f) {
        return what(f.task()) + " moves from " + f.from().name() + " to " + (f.to() == null ? "nobody" : f.to().name())
                + ".";
    }

    @Override
    public String movedToAnotherTime(MovedToAnotherTime f) {
        return what(f.task()) + " moves from " + when(f.from()) + " to " + when(f.to()) + ".";
    }

    // ---------------------------------------------------------------- changes by hand and recommendations

    @Override
    public String covers(Effect.Covers effect) {
        return "Covers " + what(effect.task()) + ": " + effect.minutesPerFortnight() + " minutes per fortnight not "
                + "covered now.";
    }

    @Override
    public String takesOver(Effect.TakesOver effect) {
        return "Takes over " + what(effect.task()) + " from " + effect.from().name() + ".";
    }

    @Override
    public String asNow(Effect.AsNow effect) {
        return "As the plan has it now.";
    }

    @Override
    public String leavesUncovered(Effect.LeavesUncovered effect) {
        return "Leaves " + what(effect.task()) + " uncovered: " + effect.minutesPerFortnight()
                + " minutes per fortnight.";
    }

    @Override
    public String driving(Effect.Driving effect) {
        int minutes = effect.minutesPerFortnight();
        if (minutes == 0) {
            return "No change in driving.";
        }
        return Math.abs(minutes) + (minutes > 0 ? " minutes more" : " minutes less") + " driving per fortnight.";
    }

    @Override
    public String knowsTheSchool(Effect.KnowsTheSchool effect) {
        return effect.already()
                ? effect.staff().name() + " already comes to " + effect.school().name() + "."
                : effect.staff().name() + " does not come to " + effect.school().name() + " today: a new face for the school.";
    }

    @Override
    public String locked(Effect.Locked effect) {
        String what = Sentences.capitalised(what(effect.task())) + " " + when(effect.when());
        if (effect.what() == null) {
            return what + " is unlocked: solving may change it.";
        }
        return what + (effect.what() == Lock.SESSION
                ? " is locked: its time and people stay, also when the plan is solved again."
                : " is locked to its person: the person stays, the time may change.");
    }
}
