package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
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
        String where = session.getSchool().name();
        return switch (session.getType()) {
            case CO_TEACHING -> "co-teaching i " + session.getSchoolClass().name() + " (" + where + ")";
            case COLLABORATION_MEETING -> "samarbejdsmødet på " + where;
            case PRESENCE -> "PPR-tilstedeværelse på " + where;
        };
    }

    static String whatEn(Session session) {
        String where = session.getSchool().name();
        return switch (session.getType()) {
            case CO_TEACHING -> "co-teaching in " + session.getSchoolClass().name() + " (" + where + ")";
            case COLLABORATION_MEETING -> "the collaboration meeting at " + where;
            case PRESENCE -> "PPR presence at " + where;
        };
    }

    static String what(Assignment assignment) {
        if (assignment.getSeats().size() > 1) {
            return "PPR-kontakten for " + assignment.getSchool().name();
        }
        return switch (assignment.getDemand().type()) {
            case CO_TEACHING -> "co-teaching i " + assignment.getSchoolClass().name() + " (" + assignment.getSchool().name() + ")";
            case COLLABORATION_MEETING -> "samarbejdsmødet på " + assignment.getSchool().name();
            case PRESENCE -> "PPR-tilstedeværelse på " + assignment.getSchool().name();
        };
    }

    static String whatEn(Assignment assignment) {
        if (assignment.getSeats().size() > 1) {
            return "the PPR contact for " + assignment.getSchool().name();
        }
        return switch (assignment.getDemand().type()) {
            case CO_TEACHING -> "co-teaching in " + assignment.getSchoolClass().name() + " (" + assignment.getSchool().name() + ")";
            case COLLABORATION_MEETING -> "the collaboration meeting at " + assignment.getSchool().name();
            case PRESENCE -> "PPR presence at " + assignment.getSchool().name();
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

    static String hours(int minutes) {
        return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }
}
