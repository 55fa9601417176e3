package dk.ressourceplan.io;

import dk.ressourceplan.domain.Times;
import dk.ressourceplan.domain.Week;
import dk.ressourceplan.io.Checks.At;
import dk.ressourceplan.io.Checks.Codes;
import dk.ressourceplan.io.Checks.Range;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of {@link InputValidator} about time: the term and its holidays, a school's day, meeting windows and
 * lesson grid, and the start and end of anything that has them. What it reads is handed back so that the
 * validator can check classes, demands and sessions against it.
 */
final class TimeChecks {

    static final Codes<Week> WEEKS = Codes.of(Week::name, Week.values());
    /** The fortnight starts with week A or week B; "both" is no first week. */
    static final Codes<Week> FIRST_WEEKS = Codes.of(Week::name, Week.A, Week.B);
    static final Codes<DayOfWeek> DAYS = Codes.of(DayOfWeek::name, DayOfWeek.values());
    /** Lesson numbers as schools count them; some have a "0. lektion" before the first. */
    static final Range PERIOD = Range.between(0, 20);

    private static final String[] DAYS_DA = {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"};
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private final Checks checks;

    TimeChecks(Checks checks) {
        this.checks = checks;
    }

    /** The term's first and last date, or null when they cannot both be read or are not in order. */
    Dates term(At term) {
        if (!checks.object(term)) {
            return null;
        }
        checks.optionalName(term.optional("name"));
        LocalDate first = checks.date(term.required("firstDate"));
        At lastAt = term.required("lastDate");
        LocalDate last = checks.date(lastAt);
        checks.code(term.optional("firstWeek"), FIRST_WEEKS);
        boolean datesInOrder = termDatesInOrder(lastAt, first, last);
        checks.atMost(term.optional("holidays"), InputValidator.MAX_HOLIDAYS, "holidays in one term",
                "ferier og fridage i én termin");
        for (At holiday : checks.items(term.optional("holidays"))) {
            holiday(holiday, datesInOrder ? first : null, last);
        }
        return datesInOrder ? new Dates(first, last) : null;
    }

    private boolean termDatesInOrder(At lastAt, LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return false;
        }
        if (last.isBefore(first)) {
            checks.report(lastAt, "must not be before firstDate (" + first + ")",
                    "må ikke ligge før firstDate (" + first + ")");
            return false;
        }
        if (last.isAfter(first.plusYears(1))) {
            checks.report(lastAt, "a term lasts at most a year; firstDate is " + first,
                    "en planperiode varer højst et år; firstDate er " + first);
            return false;
        }
        return true;
    }

    /** A holiday is an ISO week or a single date, and must touch the term; {@code first} is null when the term is unknown. */
    private void holiday(At holiday, LocalDate first, LocalDate last) {
        String text = checks.text(holiday);
        if (text == null) {
            return;
        }
        LocalDate[] days = holidayDays(text);
        if (days == null) {
            checks.report(holiday, "must be an ISO week such as 2027-W07 or a date such as 2027-05-06 (given: "
                    + Checks.shown(holiday.node()) + ")", "skal være en ISO-uge som 2027-W07 eller en dato som 2027-05-06 "
                    + "(angivet: " + Checks.shown(holiday.node()) + ")");
        } else if (first != null && (days[1].isBefore(first) || days[0].isAfter(last))) {
            checks.report(holiday, text + " lies outside the term (" + first + " to " + last + ")",
                    text + " ligger uden for planperioden (" + first + " til " + last + ")");
        }
    }

    /** The first and last day a holiday covers, or null when the text is neither an ISO week nor a date. */
    private static LocalDate[] holidayDays(String text) {
        Matcher week = ISO_WEEK.matcher(text);
        if (week.matches()) {
            try {
                LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                        .with(DayOfWeek.MONDAY);
                return new LocalDate[] {monday, monday.plusDays(6)};
            } catch (DateTimeException e) {
                return null;
            }
        }
        LocalDate date = Checks.parseDate(text);
        return date == null ? null : new LocalDate[] {date, date};
    }

    /**
     * The school's hours by week and weekday (a day given without a week holds in both); null when they could not
     * all be read, so nothing is checked against them.
     */
    SchoolDays schoolDay(At list) {
        List<At> items = checks.items(list);
        if (items.isEmpty()) {
            if (list.isList()) {
                checks.report(list, "needs at least one day", "skal have mindst én dag");
            }
            return null;
        }
        Map<Week, Map<DayOfWeek, Span>> days = new EnumMap<>(Week.class);
        days.put(Week.A, new EnumMap<>(DayOfWeek.class));
        days.put(Week.B, new EnumMap<>(DayOfWeek.class));
        boolean complete = true;
        for (At item : items) {
            Window window = window(item, true);
            if (window == null || window.day() == null) {
                complete = false;
                continue;
            }
            boolean twice = false;
            for (Week week : window.week().singleWeeks()) {
                twice |= days.get(week).putIfAbsent(window.day(), window.span()) != null;
            }
            if (twice) {
                checks.report(item.required("day"), window.day() + (window.week() == Week.AB ? "" : " in week "
                        + window.week()) + " is given more than once (a day that differs between the weeks is given "
                        + "once for week A and once for week B)", danish(window.day()) + (window.week() == Week.AB
                        ? "" : " i uge " + window.week()) + " er angivet mere end én gang (en dag, der er forskellig i "
                        + "de to uger, angives én gang for uge A og én gang for uge B)");
            }
        }
        return complete ? new SchoolDays(days) : null;
    }

    /** The longest meeting window in minutes; null when there is none or not all could be read. */
    Integer meetingWindows(At list, SchoolDays days) {
        List<At> items = checks.items(list);
        int longest = 0;
        boolean complete = !items.isEmpty();
        for (At item : items) {
            Window window = window(item, true);
            if (window == null || window.day() == null || !window.span().known()) {
                complete = false;
                continue;
            }
            if (days != null) {
                insideSchoolDay(item, window, days);
            }
            longest = Math.max(longest, window.span().minutes());
        }
        return complete ? longest : null;
    }

    private void insideSchoolDay(At item, Window window, SchoolDays days) {
        for (Week week : window.week().singleWeeks()) {
            Span day = days.on(week, window.day());
            String inWeek = window.week() == Week.AB && days.sameInBothWeeks(window.day()) ? "" : " in week " + week;
            String iUge = inWeek.isEmpty() ? "" : " i uge " + week;
            if (day == null) {
                checks.report(item.required("day"), "the school has no school day on " + window.day() + inWeek,
                        "skolen har ikke skoledag om " + danish(window.day()) + "en" + iUge);
                return;
            }
            if (!day.known()) {
                return;
            }
            if (window.span().start().isBefore(day.start())) {
                checks.report(item.required("start"), "must not be before the school day starts (" + day.start()
                        + inWeek + ")", "må ikke ligge før skoledagen begynder (" + day.start() + iUge + ")");
                return;
            }
            if (window.span().end().isAfter(day.end())) {
                checks.report(item.required("end"), "must not be after the school day ends (" + day.end() + inWeek
                        + ")", "må ikke ligge efter skoledagen slutter (" + day.end() + iUge + ")");
                return;
            }
        }
    }

    /** The lesson numbers of the grid; null when not all could be read. */
    Set<Integer> lessonGrid(At list) {
        Set<Integer> periods = new HashSet<>();
        boolean complete = list.absent() || list.isList();
        for (At item : checks.items(list)) {
            if (!checks.object(item)) {
                complete = false;
                continue;
            }
            At periodAt = item.required("period");
            Long period = checks.whole(periodAt, PERIOD);
            span(item, true);
            if (period == null) {
                complete = false;
            } else if (!periods.add(period.intValue())) {
                checks.report(periodAt, "period " + period + " is given more than once",
                        period + ". lektion er angivet mere end én gang");
            }
        }
        return complete ? periods : null;
    }

    /** A time window: school day, meeting window or unavailability. Null when the item is not an object. */
    Window window(At item, boolean timesRequired) {
        if (!checks.object(item)) {
            return null;
        }
        Week week = checks.code(item.optional("week"), WEEKS);
        DayOfWeek day = checks.code(item.required("day"), DAYS);
        return new Window(week == null ? Week.AB : week, day, span(item, timesRequired));
    }

    /** Start and end of a window, lesson or session; an end not after the start is reported at the end. */
    Span span(At item, boolean required) {
        LocalTime start = checks.time(item.field("start", required));
        At endAt = item.field("end", required);
        LocalTime end = checks.time(endAt);
        if (start != null && end != null && !start.isBefore(end)) {
            checks.report(endAt, "must be after start (" + start + ")", "skal ligge efter start (" + start + ")");
        }
        return new Span(start, end);
    }

    static String danish(DayOfWeek day) {
        return DAYS_DA[day.ordinal()];
    }

    record Dates(LocalDate first, LocalDate last) {
    }

    record Window(Week week, DayOfWeek day, Span span) {
    }

    /** A school's hours in week A and week B, by weekday. */
    record SchoolDays(Map<Week, Map<DayOfWeek, Span>> byWeek) {

        /** The hours on the day in a single week, or null when the school has no school day then. */
        Span on(Week week, DayOfWeek day) {
            return byWeek.get(week).get(day);
        }

        /** Whether the school has the day in some week. */
        boolean has(DayOfWeek day) {
            return on(Week.A, day) != null || on(Week.B, day) != null;
        }

        boolean sameInBothWeeks(DayOfWeek day) {
            return java.util.Objects.equals(on(Week.A, day), on(Week.B, day));
        }
    }

    record Span(LocalTime start, LocalTime end) {

        boolean known() {
            return start != null && end != null && start.isBefore(end);
        }

        int minutes() {
            return Times.minutes(end) - Times.minutes(start);
        }
    }
}
