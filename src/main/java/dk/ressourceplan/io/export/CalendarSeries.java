package dk.ressourceplan.io.export;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.TermCalendar;
import dk.ressourceplan.domain.Week;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A plan's sessions as the repeating events of a calendar: one series per session of the fortnight template (every
 * week, or every second week), with every seat of a meeting in the same series, from its first teaching date to its
 * last, and the dates the repeat rule meets that are holidays.
 * <p>
 * After a rerun a session may hold for part of the term only, and a meeting's seats may change hands on different
 * dates: the term is then cut where anything about the session changes, and each stretch with someone in it is a
 * series of its own. The stretch that starts the term keeps the session's UID; a later one adds its first date, so
 * a UID names the same event in every publication of the plan and a rerun ends it (UNTIL) rather than replacing it.
 *
 * @param uid       stable across publications: the session id, and the stretch's first date after a rerun
 * @param seats     the seats in the series, by seat number (one for a lesson or presence, every seat of a meeting)
 * @param dates     the teaching dates the series takes place on, first to last
 * @param holidays  the dates between the first and the last that the repeat rule meets but that are no teaching days
 */
record CalendarSeries(String uid, List<PlanSession> seats, Week week, DayOfWeek day, LocalTime start, LocalTime end,
        List<LocalDate> dates, List<LocalDate> holidays) {

    private static final DateTimeFormatter UID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    PlanSession first() {
        return seats.get(0);
    }

    /** Every second week for a session of week A or B, every week otherwise. */
    int intervalWeeks() {
        return week == Week.AB ? 1 : 2;
    }

    /** The series of a plan whose sessions (any seat of them) {@code keep} accepts, in date and time order. */
    static List<CalendarSeries> of(PlanDocument plan, Predicate<PlanSession> keep) {
        TermCalendar term = new TermCalendar(plan.term());
        Map<String, List<PlanSession>> bySlot = new LinkedHashMap<>();
        for (PlanSession session : plan.sessions() == null ? List.<PlanSession>of() : plan.sessions()) {
            bySlot.computeIfAbsent(key(session), k -> new ArrayList<>()).add(session);
        }
        List<CalendarSeries> series = new ArrayList<>();
        for (List<PlanSession> sessions : bySlot.values()) {
            if (sessions.stream().anyMatch(keep)) {
                series.addAll(stretches(term, sessions));
            }
        }
        series.sort(Comparator.comparing((CalendarSeries s) -> s.dates().get(0)).thenComparing(CalendarSeries::start)
                .thenComparing(CalendarSeries::uid));
        return series;
    }

    /** A session of the template at one time: its seats, and its pieces before and after a rerun. */
    private static String key(PlanSession s) {
        return templateId(s) + "\u0000" + s.week() + s.day() + s.start() + s.end();
    }

    /** The session a seat belongs to: a meeting's seats are "{demand}/{n}/{seat}". */
    static String templateId(PlanSession session) {
        return session.seat() != null && session.id().lastIndexOf('/') > 0 && session.id().chars()
                .filter(c -> c == '/').count() >= 2 ? session.sessionId() : session.id();
    }

    private static List<CalendarSeries> stretches(TermCalendar term, List<PlanSession> sessions) {
        LocalDate termStart = term.term().firstDate();
        LocalDate termEnd = term.term().lastDate();
        TreeSet<LocalDate> cuts = new TreeSet<>(List.of(termStart, termEnd.plusDays(1)));
        for (PlanSession s : sessions) {
            if (s.from() != null && s.from().isAfter(termStart) && !s.from().isAfter(termEnd)) {
                cuts.add(s.from());
            }
            if (s.to() != null && s.to().isBefore(termEnd) && !s.to().isBefore(termStart)) {
                cuts.add(s.to().plusDays(1));
            }
        }
        List<CalendarSeries> series = new ArrayList<>();
        List<PlanSession> previousSeats = null;
        LocalDate stretchStart = null;
        List<LocalDate> cutList = new ArrayList<>(cuts);
        for (int i = 0; i + 1 < cutList.size(); i++) {
            LocalDate from = cutList.get(i);
            LocalDate to = cutList.get(i + 1).minusDays(1);
            List<PlanSession> seats = sessions.stream().filter(s -> s.holdsOn(from) && s.holdsOn(to))
                    .sorted(Comparator.comparing((PlanSession s) -> s.seat() == null ? 0 : s.seat())).toList();
            if (seats.equals(previousSeats)) {
                continue;
            }
            if (previousSeats != null && !previousSeats.isEmpty()) {
                add(series, term, previousSeats, stretchStart, from.minusDays(1));
            }
            previousSeats = seats;
            stretchStart = from;
        }
        if (previousSeats != null && !previousSeats.isEmpty()) {
            add(series, term, previousSeats, stretchStart, termEnd);
        }
        return series;
    }

    private static void add(List<CalendarSeries> series, TermCalendar term, List<PlanSession> seats, LocalDate from,
            LocalDate to) {
        PlanSession first = seats.get(0);
        List<LocalDate> dates = term.datesOf(first.week(), first.day(), from, to);
        if (dates.isEmpty()) {
            return;
        }
        int step = first.week() == Week.AB ? 1 : 2;
        List<LocalDate> holidays = new ArrayList<>();
        for (LocalDate date = dates.get(0); !date.isAfter(dates.get(dates.size() - 1)); date = date.plusWeeks(step)) {
            if (!dates.contains(date)) {
                holidays.add(date);
            }
        }
        String uid = uidOf(templateId(first), from.equals(term.term().firstDate()) ? null : from);
        series.add(new CalendarSeries(uid, seats, first.week(), first.day(), first.start(), first.end(), dates,
                holidays));
    }

    /**
     * Session ids come from planners' input and the solver; characters outside letters, digits, "." and "-" are
     * percent-encoded rather than dropped, so that two different ids never give the same UID.
     */
    static String uidOf(String sessionId, LocalDate stretchFrom) {
        StringBuilder uid = new StringBuilder();
        for (byte b : sessionId.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                uid.append(c);
            } else {
                uid.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        if (stretchFrom != null) {
            uid.append("-from-").append(UID_DATE.format(stretchFrom));
        }
        return uid.append("@ressourceplan").toString();
    }
}
