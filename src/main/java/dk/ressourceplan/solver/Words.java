package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.PprFunction;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** How sessions and times are named in reasons: "3.B (Søndre Skole)", "tirsdag uge A 10:00". */
final class Words {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private Words() {
    }

    static String what(Session session) {
        return what(session.getType(), session.getSchoolClass(), session.getSchool());
    }

    static String whatEn(Session session) {
        return whatEn(session.getType(), session.getSchoolClass(), session.getSchool());
    }

    static String what(Assignment assignment) {
        if (assignment.getSeats().size() > 1) {
            return "PPR-kontakten for " + assignment.getSchool().name();
        }
        return what(assignment.getDemand().type(), assignment.getSchoolClass(), assignment.getSchool());
    }

    static String whatEn(Assignment assignment) {
        if (assignment.getSeats().size() > 1) {
            return "the PPR contact for " + assignment.getSchool().name();
        }
        return whatEn(assignment.getDemand().type(), assignment.getSchoolClass(), assignment.getSchool());
    }

    private static String what(DemandType type, SchoolClass schoolClass, School school) {
        return switch (type) {
            case CO_TEACHING -> "co-teaching i " + schoolClass.name() + " (" + school.name() + ")";
            case COLLABORATION_MEETING -> "samarbejdsmødet på " + school.name();
            case PRESENCE -> "PPR-tilstedeværelse på " + school.name();
        };
    }

    private static String whatEn(DemandType type, SchoolClass schoolClass, School school) {
        return switch (type) {
            case CO_TEACHING -> "co-teaching in " + schoolClass.name() + " (" + school.name() + ")";
            case COLLABORATION_MEETING -> "the collaboration meeting at " + school.name();
            case PRESENCE -> "PPR presence at " + school.name();
        };
    }

    static String when(Week week, DayOfWeek day, int start) {
        return day.getDisplayName(TextStyle.FULL, DANISH) + weekDa(week) + " kl. " + Times.format(start);
    }

    static String whenEn(Week week, DayOfWeek day, int start) {
        return "on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + weekEn(week) + " at " + Times.format(start);
    }

    static String day(Week week, DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, DANISH) + weekDa(week);
    }

    static String dayEn(Week week, DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + weekEn(week);
    }

    private static String weekDa(Week week) {
        return week == Week.AB ? "" : " i uge " + week;
    }

    private static String weekEn(Week week) {
        return week == Week.AB ? "" : " in week " + week;
    }

    static String pprFunction(PprFunction function) {
        return function == PprFunction.SPEECH_AND_HEARING ? "tale-høre-konsulenter" : "psykologer eller pædagogiske konsulenter";
    }

    static String pprFunctionEn(PprFunction function) {
        return function == PprFunction.SPEECH_AND_HEARING ? "speech and hearing consultants"
                : "psychologists or pedagogical consultants";
    }

    static String hours(int minutes) {
        return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }
}
