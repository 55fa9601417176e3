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

/** Every rule's sentence in Danish, as the page and the docs show them. */
final class DanishSentences implements Sentences {

    static final DanishSentences INSTANCE = new DanishSentences();

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private DanishSentences() {
    }

    // ---------------------------------------------------------------- phrases

    @Override
    public String what(Task task) {
        if (task.pprContact()) {
            return "PPR-kontakten for " + task.school().name();
        }
        return switch (task.type()) {
            case CO_TEACHING -> "co-teaching i " + task.className() + " (" + task.school().name() + ")";
            case COLLABORATION_MEETING -> "samarbejds- og indsatsmødet på " + task.school().name();
            case PRESENCE -> "PPR-tilstedeværelse på " + task.school().name();
            case COORDINATION_MEETING -> "koordinerings- og prioriteringsmødet på " + task.school().name();
            case PROGRAMME -> "et forløb på " + task.school().name();
        };
    }

    @Override
    public String when(When when) {
        return day(when.week(), when.day()) + " kl. " + Times.format(when.start());
    }

    @Override
    public String day(Week week, DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, DANISH) + (week == Week.AB ? "" : " i uge " + week);
    }

    private static String pprFunction(PprFunction function) {
        return function == PprFunction.SPEECH_AND_HEARING ? "tale-høre-konsulenter" : "psykologer eller pædagogiske konsulenter";
    }

    private String session(Finding.Misplaced finding, String problem) {
        return "Aftalen " + what(finding.task()) + " " + when(finding.when()) + " " + problem + ".";
    }

    // ---------------------------------------------------------------- hard

    @Override
    public String doubleBooked(DoubleBooked f) {
        return f.staff().name() + " skal være to steder på én gang " + when(f.when()) + ": " + what(f.first()) + " og "
                + what(f.second()) + ".";
    }

    @Override
    public String driveDoesNotFit(DriveDoesNotFit f) {
        return f.staff().name() + " kan ikke nå fra " + f.from().name() + " til " + f.to().name() + " "
                + day(f.week(), f.day()) + ": turen tager " + f.driveMinutes() + " min., men der er " + f.gapMinutes()
                + " min. mellem " + Times.format(f.leaves()) + " og " + Times.format(f.arrives()) + ".";
    }

    @Override
    public String unavailable(Unavailable f) {
        return f.staff().name() + " er ikke til rådighed " + when(f.when()) + ", men er sat på " + what(f.task()) + ".";
    }

    @Override
    public String outsideSchoolDay(OutsideSchoolDay f) {
        return session(f, "ligger uden for skoledagen");
    }

    @Override
    public String outsideClassLessons(OutsideClassLessons f) {
        return session(f, "ligger ikke i en af klassens egne lektioner");
    }

    @Override
    public String outsideMeetingWindows(OutsideMeetingWindows f) {
        return session(f, "ligger uden for skolens mødetider");
    }

    @Override
    public String notQualified(NotQualified f) {
        return f.staff().name() + " (" + f.role().danish() + ") har ikke den rolle eller kompetence, som "
                + what(f.task()) + " kræver.";
    }

    @Override
    public String sessionsClash(SessionsClash f) {
        return "To aftaler af " + what(f.task()) + " ligger samtidig " + when(f.when()) + ".";
    }

    @Override
    public String weekTooLong(WeekTooLong f) {
        return f.staff().name() + " har " + hours(f.workMinutes()) + " timer inkl. transport i uge " + f.week()
                + ", men kun " + hours(f.availableMinutes()) + " til rådighed.";
    }

    @Override
    public String dayTooLong(DayTooLong f) {
        return f.staff().name() + " har " + hours(f.workMinutes()) + " timer inkl. transport " + day(f.week(), f.day())
                + ", over dagens maksimum på " + hours(f.maximumMinutes()) + ".";
    }

    @Override
    public String tooManySchools(TooManySchools f) {
        return f.staff().name() + " skal dække " + f.schools() + " skoler, men højst " + f.cap() + ".";
    }

    @Override
    public String tooManyProgrammes(Finding.TooManyProgrammes f) {
        return f.staff().name() + " har " + f.programmes() + " forløb i gang på samme tid, men højst " + f.cap() + ".";
    }

    @Override
    public String coordinationWithoutContact(Finding.CoordinationWithoutContact f) {
        return f.staff().name() + " deltager i koordinerings- og prioriteringsmødet på " + f.school().name()
                + " uden at være skolens PPR-kontakt.";
    }

    @Override
    public String moreWorkThanHours(MoreWorkThanHours f) {
        return f.staff().name() + " har fået " + hours(f.sessionMinutes()) + " timers opgaver pr. 14 dage, men kun "
                + hours(f.availableMinutes()) + " til rådighed.";
    }

    // ---------------------------------------------------------------- medium

    @Override
    public String uncovered(Uncovered f) {
        return "Ingen dækker " + what(f.task()) + " (" + f.minutesPerFortnight() + " min. pr. 14 dage, prioritet "
                + f.priority().danish() + ").";
    }

    // ---------------------------------------------------------------- soft

    @Override
    public String severalCoTeachers(SeveralCoTeachers f) {
        return f.className() + " har " + f.people() + " forskellige ressourcepersoner i " + f.competence().danish() + ".";
    }

    @Override
    public String severalPprContacts(SeveralPprContacts f) {
        return f.school().name() + " møder " + f.people() + " forskellige " + pprFunction(f.function())
                + " i stedet for én fast kontakt.";
    }

    @Override
    public String drives(Drives f) {
        return f.staff().name() + " kører " + f.minutes() + " min. " + day(f.week(), f.day()) + ".";
    }

    @Override
    public String severalSchoolsADay(SeveralSchoolsADay f) {
        return f.staff().name() + " er på " + f.schools() + " skoler " + day(f.week(), f.day()) + ".";
    }

    @Override
    public String waits(Waits f) {
        return f.staff().name() + " venter " + f.longestMinutes() + " min. mellem to aftaler "
                + day(f.week(), f.day()) + ", mere end " + f.thresholdMinutes() + " min.";
    }

    @Override
    public String unevenUtilisation(UnevenUtilisation f) {
        return "Timerne er ujævnt fordelt mellem " + f.role().danish() + "erne (ulighed " + f.unfairness() + ").";
    }

    @Override
    public String unevenCoverage(UnevenCoverage f) {
        return "Den udækkede efterspørgsel rammer nogle skoler hårdere end andre.";
    }

    @Override
    public String tooManyMeetings(TooManyMeetings f) {
        return f.staff().name() + " har " + hours(f.meetingMinutes()) + " timers møder pr. 14 dage, mere end "
                + f.sharePercentMax() + " % af tiden.";
    }

    @Override
    public String nonPreferredSchool(NonPreferredSchool f) {
        return f.staff().name() + " har ikke " + f.school().name() + " blandt sine foretrukne skoler.";
    }

    @Override
    public String nonPreferredDay(NonPreferredDay f) {
        return f.staff().name() + " foretrækker ikke " + day(f.week(), f.day()) + ".";
    }

    // ---------------------------------------------------------------- reruns

    @Override
    public String movedToAnotherPerson(MovedToAnotherPerson f) {
        return what(f.task()) + " går fra " + f.from().name() + " til " + (f.to() == null ? "ingen" : f.to().name())
                + ".";
    }

    @Override
    public String movedToAnotherTime(MovedToAnotherTime f) {
        return what(f.task()) + " flyttes fra " + when(f.from()) + " til " + when(f.to()) + ".";
    }

    // ---------------------------------------------------------------- changes by hand and recommendations

    @Override
    public String covers(Effect.Covers effect) {
        return "Dækker " + what(effect.task()) + ": " + effect.minutesPerFortnight() + " minutter pr. 14 dage, som i dag "
                + "er udækket.";
    }

    @Override
    public String takesOver(Effect.TakesOver effect) {
        return "Overtager " + what(effect.task()) + " fra " + effect.from().name() + ".";
    }

    @Override
    public String asNow(Effect.AsNow effect) {
        return "Sådan er det i planen nu.";
    }

    @Override
    public String leavesUncovered(Effect.LeavesUncovered effect) {
        return "Efterlader " + what(effect.task()) + " udækket: " + effect.minutesPerFortnight()
                + " minutter pr. 14 dage.";
    }

    @Override
    public String driving(Effect.Driving effect) {
        int minutes = effect.minutesPerFortnight();
        if (minutes == 0) {
            return "Ingen ændring i kørslen.";
        }
        return Math.abs(minutes) + (minutes > 0 ? " minutter mere" : " minutter mindre") + " kørsel pr. 14 dage.";
    }

    @Override
    public String knowsTheSchool(Effect.KnowsTheSchool effect) {
        return effect.already()
                ? effect.staff().name() + " kommer allerede på " + effect.school().name() + "."
                : effect.staff().name() + " kommer ikke på " + effect.school().name() + " i dag: et nyt ansigt for skolen.";
    }

    @Override
    public String locked(Effect.Locked effect) {
        String what = Sentences.capitalised(what(effect.task())) + " " + when(effect.when());
        if (effect.what() == null) {
            return what + " låses op: beregningen må ændre den.";
        }
        return what + (effect.what() == Lock.SESSION
                ? " låses: tidspunkt og personer bliver, også når planen beregnes igen."
                : " låses til sin person: personen bliver, tidspunktet må ændres.");
    }
}
