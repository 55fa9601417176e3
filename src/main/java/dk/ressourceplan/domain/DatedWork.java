package dk.ressourceplan.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where in the term the dated demands lie: each school's coordination meetings and programmes (forløb), placed by
 * rule, not searched (docs/term-calendar.md). The solver then chooses who and when in the week, as for the
 * fortnight's work.
 * <ul>
 * <li><b>Coordination meetings</b> every {@code intervalWeeks} calendar weeks, the first within the first interval
 * (schools staggered, so that not every school meets in the same week); a week without teaching on the school's
 * meeting days gives the meeting to the week after, or else the week before, so meetings stay within the interval
 * ±1 week.</li>
 * <li><b>Programmes</b> of {@code weeks} teaching weeks (6), as many as {@code count} or, by default, as the school's
 * pupils lead it to expect ({@link #expectedProgrammeWeeks}: one running continuously per 500 pupils), spread
 * evenly over the term on as few parallel tracks as fit, staggered across schools.</li>
 * </ul>
 */
public final class DatedWork {

    private DatedWork() {
    }

    /**
     * One dated piece of work: a coordination meeting in one calendar week (week A or B, as the calendar labels it) or
     * a programme over several weeks (weekly, {@code AB}); from the Monday of its first week to the Sunday of its last,
     * inside the term.
     */
    public record Occurrence(Demand demand, School school, int number, LocalDate first, LocalDate last, Week week) {

        /** The id the occurrence's seats and sessions are known by: the demand's id and its number. */
        public String id() {
            return demand.id() + "#" + number;
        }

        public boolean holdsOn(LocalDate date) {
            return !date.isBefore(first) && !date.isAfter(last);
        }

        public boolean isProgramme() {
            return demand.type() == DemandType.PROGRAMME;
        }
    }

    /** Whether the term has anything dated: dated demands, days away, hours that change from a date. */
    public static boolean has(PlanDocument document) {
        return hasDatedDemands(document) || document.staff().stream().anyMatch(person -> !person.absences().isEmpty() || !person.hoursFrom().isEmpty());
    }

    /** Every occurrence of the term's dated demands, by date. */
    public static List<Occurrence> of(PlanDocument document) {
        TermCalendar calendar = new TermCalendar(document.term());
        Map<String, School> schools = document.schools().stream().collect(Collectors.toMap(School::id, Function.identity()));
        List<Occurrence> occurrences = new ArrayList<>();
        for (Demand demand : document.demands()) {
            School school = schools.get(demand.schoolId());
            if (school == null || demand.type() == null || !demand.type().isDated()) {
                continue;
            }
            int stagger = stagger(school);
            occurrences.addAll(demand.type() == DemandType.COORDINATION_MEETING
                    ? meetings(demand, school, calendar, stagger)
                    : programmes(demand, school, calendar, stagger));
        }
        occurrences.sort(Comparator.comparing(Occurrence::first).thenComparing(Occurrence::id));
        return occurrences;
    }

    /**
     * How far a school's dated work is shifted from the term's start, so that schools do not all meet in one week:
     * from the school's id, so that a part of the plan (a school's own view, a rerun) places it where the whole does.
     */
    static int stagger(School school) {
        return Math.floorMod(school.id().hashCode(), 1 << 12);
    }

    /** Whether the term has coordination meetings or programmes. */
    public static boolean hasDatedDemands(PlanDocument document) {
        return document.demands().stream().anyMatch(demand -> demand.type() != null && demand.type().isDated());
    }

    /** The occurrences that hold on a date: the dated work of the stretch of the term the date lies in. */
    public static List<Occurrence> holdingOn(PlanDocument document, LocalDate date) {
        if (!hasDatedDemands(document)) {
            return List.of();
        }
        return of(document).stream().filter(occurrence -> occurrence.holdsOn(date)).toList();
    }

    /** The programme weeks a school can expect in the term: one programme running continuously per 500 pupils. */
    public static int expectedProgrammeWeeks(School school, TermCalendar calendar) {
        return (int) Math.round(calendar.teachingWeeks() * school.pupils() / (double) Demand.PUPILS_PER_RUNNING_PROGRAMME);
    }

    /** How many programmes a school has in the term: as given, or as many as its expected programme weeks make. */
    public static int programmeCount(Demand demand, School school, TermCalendar calendar) {
        if (demand.count() != null) {
            return demand.count();
        }
        return Math.max(1, (int) Math.round(expectedProgrammeWeeks(school, calendar) / (double) demand.programmeWeeks()));
    }

    static List<Occurrence> meetings(Demand demand, School school, TermCalendar calendar, int stagger) {
        List<LocalDate> teaching = calendar.teachingMondays();
        if (teaching.isEmpty()) {
            return List.of();
        }
        int interval = Math.max(1, demand.intervalWeeksAt(school));
        LocalDate lastMonday = teaching.get(teaching.size() - 1);
        List<Occurrence> meetings = new ArrayList<>();
        LocalDate target = teaching.get(0).plusWeeks(Math.floorMod(stagger, interval));
        while (!target.isAfter(lastMonday)) {
            LocalDate week = meetingWeek(school, calendar, target, lastMonday);
            if (week == null) {
                target = target.plusWeeks(interval);
                continue;
            }
            meetings.add(new Occurrence(demand, school, meetings.size() + 1, inTerm(week, calendar),
                    lastOf(week.plusDays(6), calendar), calendar.weekOf(week)));
            target = week.plusWeeks(interval);
        }
        return meetings;
    }

    /** The target week if the school can meet in it, else the week after, else the week before; null if none. */
    private static LocalDate meetingWeek(School school, TermCalendar calendar, LocalDate target, LocalDate lastMonday) {
        for (LocalDate week : List.of(target, target.plusWeeks(1), target.minusWeeks(1))) {
            if (!week.isAfter(lastMonday) && !meetingDays(school, calendar, week).isEmpty()) {
                return week;
            }
        }
        return null;
    }

    /** The weekdays of a calendar week on which the school can hold a meeting: teaching days with a meeting window. */
    public static Set<DayOfWeek> meetingDays(School school, TermCalendar calendar, LocalDate monday) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Week label = calendar.weekOf(monday);
        for (TimeWindow window : school.meetingWindows()) {
            LocalDate date = monday.plusDays(window.day().getValue() - 1L);
            if (window.week().intersects(label) && calendar.isTeachingDay(date)) {
                days.add(window.day());
            }
        }
        return days;
    }

    static List<Occurrence> programmes(Demand demand, School school, TermCalendar calendar, int stagger) {
        List<LocalDate> teaching = calendar.teachingMondays();
        int total = teaching.size();
        int count = programmeCount(demand, school, calendar);
        if (total == 0 || count <= 0) {
            return List.of();
        }
        int length = Math.min(demand.programmeWeeks(), total);
        int perTrack = Math.max(1, total / length);
        int tracks = (count + perTrack - 1) / perTrack;
        List<Integer> starts = new ArrayList<>();
        for (int track = 0; track < tracks; track++) {
            int inTrack = count / tracks + (track < count % tracks ? 1 : 0);
            double stride = total / (double) inTrack;
            int slack = (int) Math.floor(stride) - length;
            int shift = slack <= 0 ? 0 : Math.floorMod(stagger * 2 + track * (slack + 1) / Math.max(1, tracks), slack + 1);
            for (int k = 0; k < inTrack; k++) {
                int start = Math.min((int) Math.floor(k * stride) + shift, total - length);
                starts.add(start);
            }
        }
        starts.sort(Comparator.naturalOrder());
        List<Occurrence> programmes = new ArrayList<>();
        for (int start : starts) {
            LocalDate firstMonday = teaching.get(start);
            LocalDate lastMonday = teaching.get(start + length - 1);
            programmes.add(new Occurrence(demand, school, programmes.size() + 1, inTerm(firstMonday, calendar),
                    lastOf(lastMonday.plusDays(6), calendar), Week.AB));
        }
        return programmes;
    }

    private static LocalDate inTerm(LocalDate date, TermCalendar calendar) {
        return date.isBefore(calendar.term().firstDate()) ? calendar.term().firstDate() : date;
    }

    private static LocalDate lastOf(LocalDate date, TermCalendar calendar) {
        return date.isAfter(calendar.term().lastDate()) ? calendar.term().lastDate() : date;
    }
}
