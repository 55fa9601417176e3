package dk.ressourceplan.solver;

import dk.ressourceplan.domain.DatedWork;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.TermCalendar;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.domain.TravelTimes;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An independent check of a solved term, date by date, from the document alone (not the solver's score): what takes
 * place on each teaching date, per person, in time order. Each method answers the violations it finds in words.
 */
final class TermChecks {

    private final PlanDocument plan;
    private final TermCalendar calendar;
    private final TravelTimes travel;
    private final Map<String, Staff> staff;
    private final Map<String, School> schools;
    /** Every session with a person, by the teaching date it takes place on. */
    private final Map<LocalDate, List<PlanSession>> onDate = new HashMap<>();

    TermChecks(PlanDocument plan) {
        this.plan = plan;
        this.calendar = new TermCalendar(plan.term());
        this.travel = new TravelTimes(plan.schools(), plan.staff(), plan.travelOrDefaults());
        this.staff = plan.staff().stream().collect(Collectors.toMap(Staff::id, Function.identity()));
        this.schools = plan.schools().stream().collect(Collectors.toMap(School::id, Function.identity()));
        for (PlanSession session : plan.sessions()) {
            if (session.staffId() == null) {
                continue;
            }
            for (LocalDate date : calendar.datesOf(session.week(), session.day())) {
                if (session.holdsOn(date)) {
                    onDate.computeIfAbsent(date, d -> new ArrayList<>()).add(session);
                }
            }
        }
    }

    /** Each person's sessions on each date, in time order. */
    private Map<String, List<PlanSession>> people(LocalDate date) {
        return onDate.getOrDefault(date, List.of()).stream()
                .sorted(Comparator.comparing(PlanSession::start).thenComparing(PlanSession::end))
                .collect(Collectors.groupingBy(PlanSession::staffId));
    }

    /** Two sessions of one person at once on a date, and drives that do not fit between consecutive sessions. */
    List<String> clashesAndDrives() {
        List<String> found = new ArrayList<>();
        for (LocalDate date : new TreeSet<>(onDate.keySet())) {
            people(date).forEach((person, day) -> {
                for (int i = 1; i < day.size(); i++) {
                    PlanSession before = day.get(i - 1);
                    PlanSession after = day.get(i);
                    if (after.start().isBefore(before.end())) {
                        found.add(date + " " + person + ": " + before.id() + " and " + after.id() + " at once");
                    } else if (!before.schoolId().equals(after.schoolId())) {
                        int gap = Times.minutes(after.start()) - Times.minutes(before.end());
                        int drive = travel.between(schools.get(before.schoolId()), schools.get(after.schoolId()));
                        if (gap < drive) {
                            found.add(date + " " + person + ": " + drive + " minutes' drive in " + gap + " minutes");
                        }
                    }
                }
            });
        }
        return found;
    }

    /** A person's minutes at work on a date: their sessions and the drives from base, between schools and home. */
    private int workMinutes(String person, List<PlanSession> day) {
        Staff who = staff.get(person);
        int minutes = 0;
        for (int i = 0; i < day.size(); i++) {
            PlanSession session = day.get(i);
            minutes += Times.minutes(session.end()) - Times.minutes(session.start());
            School school = schools.get(session.schoolId());
            if (i == 0) {
                minutes += travel.fromBase(who, school);
            } else if (!day.get(i - 1).schoolId().equals(session.schoolId())) {
                minutes += travel.between(schools.get(day.get(i - 1).schoolId()), school);
            }
        }
        return minutes + travel.fromBase(who, schools.get(day.get(day.size() - 1).schoolId()));
    }

    /** The daily maximum on every date. */
    List<String> daysTooLong() {
        List<String> found = new ArrayList<>();
        for (LocalDate date : new TreeSet<>(onDate.keySet())) {
            people(date).forEach((person, day) -> {
                int minutes = workMinutes(person, day);
                if (minutes > staff.get(person).maxMinutesPerDay()) {
                    found.add(date + " " + person + ": " + minutes + " minutes at work");
                }
            });
        }
        return found;
    }

    /** Weekly hours including travel in every calendar week of the term, against the hours of that week. */
    List<String> weeksTooLong() {
        return weeksTooLong(plan.term().firstDate());
    }

    /**
     * The same from the week of a date on: a rerun's term has the hours that hold from its effective date (a leaver's
     * are 0), and the weeks before it are the published plan's.
     */
    List<String> weeksTooLong(LocalDate from) {
        List<String> found = new ArrayList<>();
        Map<LocalDate, Map<String, Integer>> weeks = new HashMap<>();
        for (LocalDate date : onDate.keySet()) {
            people(date).forEach((person, day) -> weeks.computeIfAbsent(TermCalendar.mondayOf(date), m -> new HashMap<>())
                    .merge(person, workMinutes(person, day), Integer::sum));
        }
        for (LocalDate monday : new TreeSet<>(weeks.keySet()).tailSet(TermCalendar.mondayOf(from))) {
            weeks.get(monday).forEach((person, minutes) -> {
                int hours = (int) Math.round(60 * staff.get(person).hoursInWeekOf(monday));
                if (minutes > hours) {
                    found.add("week of " + monday + " " + person + ": " + minutes + " minutes for " + hours);
                }
            });
        }
        return found;
    }

    /** Sessions on a date a person is away. */
    List<String> workWhileAway() {
        List<String> found = new ArrayList<>();
        onDate.forEach((date, sessions) -> sessions.stream()
                .filter(session -> staff.get(session.staffId()).isAbsentOn(date))
                .forEach(session -> found.add(date + " " + session.staffId() + " is away but has " + session.id())));
        return found;
    }

    /** The most programmes any person runs in one calendar week, per person over {@code cap} (their own limit). */
    List<String> tooManyProgrammesInAWeek() {
        List<String> found = new ArrayList<>();
        Map<LocalDate, Map<String, Set<String>>> weeks = new HashMap<>();
        onDate.forEach((date, sessions) -> sessions.stream().filter(session -> session.type() == DemandType.PROGRAMME)
                .forEach(session -> weeks.computeIfAbsent(TermCalendar.mondayOf(date), m -> new HashMap<>())
                        .computeIfAbsent(session.staffId(), p -> new HashSet<>()).add(session.sessionId())));
        weeks.forEach((monday, people) -> people.forEach((person, programmes) -> {
            if (programmes.size() > staff.get(person).programmeCap()) {
                found.add("week of " + monday + " " + person + " runs " + programmes.size() + " programmes");
            }
        }));
        return found;
    }

    /** The most programmes any person runs in one calendar week. */
    int mostProgrammesInAWeek() {
        Map<String, Integer> most = new HashMap<>();
        Map<LocalDate, Map<String, Set<String>>> weeks = new HashMap<>();
        onDate.forEach((date, sessions) -> sessions.stream().filter(session -> session.type() == DemandType.PROGRAMME)
                .forEach(session -> weeks.computeIfAbsent(TermCalendar.mondayOf(date), m -> new HashMap<>())
                        .computeIfAbsent(session.staffId(), p -> new HashSet<>()).add(session.sessionId())));
        weeks.values().forEach(people -> people.forEach((person, programmes) -> most.merge(person, programmes.size(), Math::max)));
        return most.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * Each school's coordination meetings as held (a person in every seat, on a date): the weeks between consecutive
     * meetings outside the school's interval ±1.
     */
    List<String> coordinationMeetingsOffInterval() {
        List<String> found = new ArrayList<>();
        for (Demand demand : plan.demands()) {
            if (demand.type() != DemandType.COORDINATION_MEETING) {
                continue;
            }
            int interval = demand.intervalWeeksAt(schools.get(demand.schoolId()));
            List<LocalDate> weeks = new TreeSet<>(onDate.entrySet().stream()
                    .filter(entry -> entry.getValue().stream().anyMatch(s -> s.demandId().equals(demand.id())))
                    .map(entry -> TermCalendar.mondayOf(entry.getKey())).toList()).stream().toList();
            for (int i = 1; i < weeks.size(); i++) {
                long gap = ChronoUnit.WEEKS.between(weeks.get(i - 1), weeks.get(i));
                if (Math.abs(gap - interval) > 1) {
                    found.add(demand.schoolId() + ": " + gap + " weeks between meetings, interval " + interval);
                }
            }
        }
        return found;
    }

    /**
     * The share of coordination meetings whose PPR seat has one of the school's PPR contacts: a person at the school's
     * collaboration meeting or presence.
     */
    double coordinationMeetingsWithTheContact() {
        Map<String, Set<String>> contacts = new HashMap<>();
        for (PlanSession session : plan.sessions()) {
            if ((session.type() == DemandType.COLLABORATION_MEETING || session.type() == DemandType.PRESENCE)
                    && session.staffId() != null && staff.get(session.staffId()).role().isPpr()) {
                contacts.computeIfAbsent(session.schoolId(), s -> new HashSet<>()).add(session.staffId());
            }
        }
        long seats = 0;
        long withContact = 0;
        for (PlanSession session : plan.sessions()) {
            if (session.type() == DemandType.COORDINATION_MEETING && session.staffId() != null
                    && staff.get(session.staffId()).role().isPpr()) {
                seats++;
                withContact += contacts.getOrDefault(session.schoolId(), Set.of()).contains(session.staffId()) ? 1 : 0;
            }
        }
        return seats == 0 ? 0 : 100.0 * withContact / seats;
    }

    /** The weeks each school holds a coordination meeting in. */
    Map<String, List<LocalDate>> coordinationWeeks() {
        Map<String, List<LocalDate>> weeks = new HashMap<>();
        onDate.forEach((date, sessions) -> sessions.stream().filter(s -> s.type() == DemandType.COORDINATION_MEETING)
                .forEach(s -> weeks.computeIfAbsent(s.schoolId(), id -> new ArrayList<>()).add(TermCalendar.mondayOf(date))));
        weeks.replaceAll((school, mondays) -> new TreeSet<>(mondays).stream().toList());
        return weeks;
    }

    /** Rows of a dated occurrence that reach outside the weeks the occurrence is placed in. */
    List<String> datedRowsOutsideTheirWeeks() {
        Map<String, DatedWork.Occurrence> occurrences = DatedWork.of(plan).stream()
                .collect(Collectors.toMap(DatedWork.Occurrence::id, Function.identity()));
        List<String> found = new ArrayList<>();
        for (PlanSession session : plan.sessions()) {
            if (!session.type().isDated()) {
                continue;
            }
            DatedWork.Occurrence occurrence = occurrences.get(session.sessionId().substring(0, session.sessionId().lastIndexOf('/')));
            LocalDate from = session.from() == null ? plan.term().firstDate() : session.from();
            LocalDate to = session.to() == null ? plan.term().lastDate() : session.to();
            if (occurrence == null || from.isBefore(occurrence.first()) || to.isAfter(occurrence.last())) {
                found.add(session.id() + " holds " + from + " to " + to + ", placed "
                        + (occurrence == null ? "nowhere" : occurrence.first() + " to " + occurrence.last()));
            }
        }
        return found;
    }

    /** Sessions of any kind placed on a date that is no teaching day (their rows name weekdays; a holiday has none). */
    List<String> datedSessionsOffTeachingDays() {
        List<String> found = new ArrayList<>();
        for (PlanSession session : plan.sessions()) {
            if (session.type().isDated() && session.from() != null && session.to() != null
                    && calendar.datesOf(session.week(), session.day(), session.from(), session.to()).isEmpty()) {
                found.add(session.id() + " has no teaching date from " + session.from() + " to " + session.to());
            }
        }
        return found;
    }
}
