package dk.ressourceplan.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The dates of a term: which fortnight week (A or B) a date lies in, which dates are holidays, and on which dates a
 * session of the fortnight template actually takes place. Exports turn the template into dated events with it,
 * and a rerun from a date uses it to tell history from what may still move.
 * <p>
 * Weeks are counted from the Monday of the term's first date and alternate every calendar week, holiday weeks
 * included, so a school's A/B rhythm does not shift after the winter holiday. Teaching days are Monday to Friday
 * inside [firstDate, lastDate] and not a holiday.
 */
public final class TermCalendar {

    private static final Pattern ISO_WEEK = Pattern.compile("\\d{4}-W\\d{2}");

    private final Term term;
    private final LocalDate firstMonday;
    private final Set<LocalDate> holidayDates = new HashSet<>();
    /** Holiday weeks by their Monday. */
    private final Set<LocalDate> holidayWeeks = new HashSet<>();

    public TermCalendar(Term term) {
        if (term == null || term.firstDate() == null || term.lastDate() == null) {
            throw new IllegalArgumentException("a term needs a first and a last date");
        }
        if (term.lastDate().isBefore(term.firstDate())) {
            throw new IllegalArgumentException(
                    "the term ends (" + term.lastDate() + ") before it starts (" + term.firstDate() + ")");
        }
        if (term.firstWeek() == Week.AB) {
            throw new IllegalArgumentException("the term's first week must be A or B, not AB");
        }
        this.term = term;
        this.firstMonday = mondayOf(term.firstDate());
        for (String holiday : term.holidays()) {
            addHoliday(holiday);
        }
    }

    private void addHoliday(String holiday) {
        String text = holiday == null ? "" : holiday.trim();
        try {
            if (ISO_WEEK.matcher(text).matches()) {
                holidayWeeks.add(LocalDate.parse(text + "-1", DateTimeFormatter.ISO_WEEK_DATE));
            } else {
                holidayDates.add(LocalDate.parse(text));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("holiday \"" + holiday
                    + "\" is neither an ISO week (2027-W07) nor a date (2027-05-06)", e);
        }
    }

    public Term term() {
        return term;
    }

    /** Week A or B of the fortnight that the date lies in; defined for any date, counting on beyond the term. */
    public Week weekOf(LocalDate date) {
        long weeksSinceStart = ChronoUnit.WEEKS.between(firstMonday, mondayOf(date));
        boolean sameAsFirst = Math.floorMod(weeksSinceStart, 2) == 0;
        Week other = term.firstWeek() == Week.A ? Week.B : Week.A;
        return sameAsFirst ? term.firstWeek() : other;
    }

    /** Whether the date is listed as a holiday or lies in a listed holiday week. */
    public boolean isHoliday(LocalDate date) {
        return holidayDates.contains(date) || holidayWeeks.contains(mondayOf(date));
    }

    public boolean isInTerm(LocalDate date) {
        return !date.isBefore(term.firstDate()) && !date.isAfter(term.lastDate());
    }

    /** A weekday inside the term that is not a holiday: a day on which sessions take place. */
    public boolean isTeachingDay(LocalDate date) {
        return isInTerm(date) && !isHoliday(date) && !isWeekend(date.getDayOfWeek());
    }

    /** Every teaching date of the term on which a session in this week pattern and on this weekday takes place. */
    public List<LocalDate> datesOf(Week week, DayOfWeek day) {
        return datesOf(week, day, term.firstDate(), term.lastDate());
    }

    /**
     * The teaching dates of a session in this week pattern and on this weekday between two dates, both included,
     * and within the term.
     */
    public List<LocalDate> datesOf(Week week, DayOfWeek day, LocalDate fromInclusive, LocalDate toInclusive) {
        LocalDate from = latest(fromInclusive, term.firstDate());
        LocalDate to = earliest(toInclusive, term.lastDate());
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = from.with(TemporalAdjusters.nextOrSame(day)); !date.isAfter(to); date = date.plusWeeks(1)) {
            if (week.intersects(weekOf(date)) && isTeachingDay(date)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** Calendar weeks of the term with at least one teaching day: a week with only Easter days off still counts. */
    public int teachingWeeks() {
        int weeks = 0;
        for (LocalDate monday = firstMonday; !monday.isAfter(term.lastDate()); monday = monday.plusWeeks(1)) {
            if (hasTeachingDay(monday)) {
                weeks++;
            }
        }
        return weeks;
    }

    /** The Mondays of the calendar weeks of the term that have a teaching day, in order. */
    public List<LocalDate> teachingMondays() {
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(term.lastDate()); monday = monday.plusWeeks(1)) {
            if (hasTeachingDay(monday)) {
                mondays.add(monday);
            }
        }
        return mondays;
    }

    public boolean hasTeachingDay(LocalDate monday) {
        for (LocalDate date = monday; date.isBefore(monday.plusDays(5)); date = date.plusDays(1)) {
            if (isTeachingDay(date)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    public static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
