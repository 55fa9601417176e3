package dk.ressourceplan.io.export;

import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.Lock;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.Week;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The Danish words every export shows for weekdays, weeks, kinds of demand and need levels, in one place so the
 * calendar, the CSV file and the spreadsheet say the same thing. Roles and competences carry their own Danish
 * names.
 */
final class DanishLabels {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");
    static final String UNCOVERED = "udækket";

    private DanishLabels() {
    }

    /** "mandag", "tirsdag", ... */
    static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, DANISH);
    }

    /** The fortnight week as schools say it: "A", "B", or "A og B" for a weekly session. */
    static String week(Week week) {
        return week == Week.AB ? "A og B" : week.name();
    }

    static String rhythm(Week week) {
        return week == Week.AB ? "hver uge" : "hver anden uge";
    }

    static String demandType(DemandType type) {
        return switch (type) {
            case CO_TEACHING -> "Co-teaching";
            case COLLABORATION_MEETING -> "Samarbejds- og indsatsmøde";
            case PRESENCE -> "PPR-tilstedeværelse";
            case COORDINATION_MEETING -> "Koordinerings- og prioriteringsmøde";
            case PROGRAMME -> "Forløb";
        };
    }

    /** Red, yellow, green with the words of the municipal strategies: indgribende, foregribende, forebyggende. */
    static String needLevel(NeedLevel level) {
        return switch (level) {
            case RED -> "rød (indgribende)";
            case YELLOW -> "gul (foregribende)";
            case GREEN -> "grøn (forebyggende)";
        };
    }

    /** What a planner has locked of a session: "tid og personer", "person", or nothing. */
    static String lock(Lock lock) {
        if (lock == null) {
            return "";
        }
        return switch (lock) {
            case SESSION -> "tid og personer";
            case PERSON -> "person";
        };
    }

    static String yesNo(boolean value) {
        return value ? "ja" : "nej";
    }

    /** A number as Danish Excel reads it from text: decimal comma, no grouping. */
    static String number(Number value) {
        NumberFormat format = NumberFormat.getNumberInstance(DANISH);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
