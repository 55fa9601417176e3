package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.ClassLesson;
import dk.ressourceplan.domain.DatedWork;
import dk.ressourceplan.domain.DatedWork.Occurrence;
import dk.ressourceplan.domain.TermCalendar;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.LessonPeriod;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.Seat;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.TimeWindow;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.domain.TravelTimes;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a validated plan document into the planning problem: one {@link Assignment} per demand seat (who) and
 * one {@link Session} per lesson, meeting or presence block (when), each with only the values it may take.
 */
public final class PlanBuilder {

    /** Meetings may start every quarter of an hour inside a meeting window. */
    static final int MEETING_START_STEP = 15;
    /** Presence blocks may start every half hour of the school day. */
    static final int PRESENCE_START_STEP = 30;

    private final PlanDocument document;
    private final Map<String, School> schools;
    private final Map<String, SchoolClass> classes;
    private final TravelTimes travel;
    private final TermCalendar calendar;

    private PlanBuilder(PlanDocument document) {
        this.document = document;
        this.schools = byId(document.schools(), School::id);
        this.classes = byId(document.classes(), SchoolClass::id);
        this.travel = new TravelTimes(document.schools(), document.staff(), document.travelOrDefaults());
        this.calendar = document.term() == null ? null : new TermCalendar(document.term());
    }

    /** The fortnight's work alone: dated demands need a date (see {@link #build(PlanDocument, List)}). */
    public static StaffPlan build(PlanDocument document) {
        return build(document, List.of());
    }

    /**
     * The fortnight's work and the dated work that holds in one stretch of the term: each occurrence's seats and its
     * session, known by the occurrence's id ({@code demand#n}); a programme is weekly, a coordination meeting lies in
     * its calendar week's A or B, on the days of that week the school can meet.
     */
    public static StaffPlan build(PlanDocument document, List<Occurrence> occurrences) {
        return new PlanBuilder(document).build(occurrences);
    }

    private StaffPlan build(List<Occurrence> occurrences) {
        List<Session> sessions = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        for (Demand demand : document.demands()) {
            if (!demand.type().isDated()) {
                add(demand, demand.id(), seats -> sessionsOf(demand, seats), sessions, assignments);
            }
        }
        for (Occurrence occurrence : occurrences) {
            add(occurrence.demand(), occurrence.id(), seats -> List.of(new Session(occurrence.id() + "/1",
                    occurrence.demand(), 1, occurrence.school(), null, seats, slotsOf(occurrence), travel)),
                    sessions, assignments);
        }
        Map<School, Integer> demandBySchool = assignments.stream()
                .collect(Collectors.groupingBy(Assignment::getSchool, Collectors.summingInt(Assignment::getMinutesPerFortnight)));
        assignments.forEach(a -> a.setSchoolDemandMinutesPerFortnight(demandBySchool.get(a.getSchool())));
        Map<Assignment, Long> sessionsBySeat = sessions.stream().flatMap(session -> session.getSeats().stream())
                .collect(Collectors.groupingBy(seat -> seat, Collectors.counting()));
        assignments.forEach(a -> a.setSessionCount(sessionsBySeat.getOrDefault(a, 0L).intValue()));
        return new StaffPlan(document.schools(), document.classes(), document.staff(), document.demands(),
                document.rulesOrDefaults(), assignments, sessions, weightOverrides());
    }

    private void add(Demand demand, String key, Function<List<Assignment>, List<Session>> sessionsOf,
            List<Session> sessions, List<Assignment> assignments) {
        List<List<Role>> seatRoles = demand.seatRoles();
        if (seatRoles.size() > Demand.MAX_SEATS) {
            throw new IllegalArgumentException("demand " + demand.id() + " has more than " + Demand.MAX_SEATS + " seats");
        }
        // The sessions see the seats through a view, because a seat's expected minutes need its sessions first.
        List<Assignment> seats = new ArrayList<>();
        List<Session> demandSessions = sessionsOf.apply(Collections.unmodifiableList(seats));
        sessions.addAll(demandSessions);
        int minutesPerFortnight = demandSessions.stream().mapToInt(PlanBuilder::expectedMinutesPerFortnight).sum();
        for (int seat = 0; seat < seatRoles.size(); seat++) {
            seats.add(assignment(assignmentKey(key, seat, seatRoles), new Seat(demand, seat, minutesPerFortnight)));
        }
        assignments.addAll(seats);
    }

    /**
     * A programme's weekly session lies in the school day of both weeks; a coordination meeting in a meeting window
     * of its calendar week (A or B), on a day of that week that is taught.
     */
    private List<TimeSlot> slotsOf(Occurrence occurrence) {
        School school = occurrence.school();
        int minutes = occurrence.demand().meetingMinutes();
        if (occurrence.isProgramme()) {
            return daySlots(school, minutes, List.of(Week.AB));
        }
        Set<DayOfWeek> days = DatedWork.meetingDays(school, calendar, TermCalendar.mondayOf(occurrence.first()));
        return meetingSlots(school, minutes).stream()
                .filter(slot -> slot.week() == occurrence.week() && days.contains(slot.day())).toList();
    }

    /**
     * Every seat is filled on its own, so that under scarcity a school keeps its collaboration meeting even when
     * nobody has the hours for its PPR presence too; "School has more than one PPR contact" keeps the same
     * person at both wherever the hours allow.
     */
    private static String assignmentKey(String key, int seat, List<List<Role>> seatRoles) {
        return seatRoles.size() == 1 ? key : key + "/seat" + (seat + 1);
    }

    private Assignment assignment(String key, Seat seat) {
        Demand demand = seat.demand();
        List<Role> roles = demand.seatRoles().get(seat.index());
        return new Assignment(key, List.of(seat), schoolOf(demand), classes.get(demand.classId()), roles,
                demand.competence(), priorityOf(demand), eligibleStaff(demand, roles));
    }

    /**
     * What a session is expected to take per fortnight before its time is chosen: the mean length of the times it
     * may take. Only co-teaching differs from the length it gets: a class's lessons may differ in length (a
     * 25-minute reading band beside 45-minute lessons). The score weighs coverage and load by this, so that an
     * uncovered lesson costs the same wherever it sits; hours, KPIs and the uncovered list use each session's own
     * lesson ({@link Session#minutesPerFortnight()}).
     */
    static int expectedMinutesPerFortnight(Session session) {
        List<TimeSlot> slots = session.getCandidateSlots();
        if (slots.isEmpty()) {
            return 0;
        }
        long total = 0;
        for (TimeSlot slot : slots) {
            total += (long) slot.minutes() * slot.week().timesPerFortnight();
        }
        return (int) Math.round((double) total / slots.size());
    }

    private List<Session> sessionsOf(Demand demand, List<Assignment> seats) {
        School school = schoolOf(demand);
        SchoolClass schoolClass = classes.get(demand.classId());
        List<Session> sessions = new ArrayList<>();
        switch (demand.type()) {
            case CO_TEACHING -> {
                List<TimeSlot> slots = lessonSlots(school, schoolClass);
                for (int n = 1; n <= demand.lessonsPerWeek(); n++) {
                    sessions.add(new Session(demand.id() + "/" + n, demand, n, school, schoolClass, seats, slots, travel));
                }
            }
            case COLLABORATION_MEETING -> sessions.add(new Session(demand.id() + "/1", demand, 1, school, null,
                    seats, meetingSlots(school, demand.meetingMinutes()), travel));
            case COORDINATION_MEETING, PROGRAMME -> throw new IllegalArgumentException(
                    "dated demand " + demand.id() + " is planned per occurrence");
            case PRESENCE -> {
                int total = (int) Math.round(60 * (demand.presenceIsWeekly() ? demand.hoursPerWeek() : demand.hoursPerFortnight()));
                int blocks = Math.max(1, (total + demand.presenceBlockMinutes() - 1) / demand.presenceBlockMinutes());
                int length = Math.max(15, Math.round(total / (float) blocks / 5) * 5);
                List<Week> weeks = demand.presenceIsWeekly() ? List.of(Week.AB) : List.of(Week.A, Week.B);
                List<TimeSlot> slots = daySlots(school, length, weeks);
                for (int n = 1; n <= blocks; n++) {
                    sessions.add(new Session(demand.id() + "/" + n, demand, n, school, null, seats, slots, travel));
                }
            }
        }
        return sessions;
    }

    /** The class's own lessons, every week. */
    static List<TimeSlot> lessonSlots(School school, SchoolClass schoolClass) {
        List<TimeSlot> slots = new ArrayList<>();
        for (ClassLesson lesson : schoolClass.lessons()) {
            school.period(lesson.period()).ifPresent(period -> slots.add(slotOf(lesson, period)));
        }
        return slots;
    }

    private static TimeSlot slotOf(ClassLesson lesson, LessonPeriod period) {
        return new TimeSlot(Week.AB, lesson.day(), Times.minutes(period.start()), Times.minutes(period.end()));
    }

    /** A fortnightly meeting sits in week A or week B, starting every quarter of an hour in a meeting window. */
    static List<TimeSlot> meetingSlots(School school, int minutes) {
        List<TimeSlot> slots = new ArrayList<>();
        for (TimeWindow window : school.meetingWindows()) {
            for (Week week : window.week().singleWeeks()) {
                for (int start = window.startMinute(); start + minutes <= window.endMinute(); start += MEETING_START_STEP) {
                    slots.add(new TimeSlot(week, window.day(), start, start + minutes));
                }
            }
        }
        return slots;
    }

    /**
     * A presence block starts every half hour of the school day, in the weeks given: in week A or B that week's
     * hours, every week the hours the school has in both.
     */
    static List<TimeSlot> daySlots(School school, int minutes, List<Week> weeks) {
        List<DayOfWeek> days = school.schoolDay().stream().map(TimeWindow::day).distinct().toList();
        List<TimeSlot> slots = new ArrayList<>();
        for (Week week : weeks) {
            for (DayOfWeek weekday : days) {
                school.dayOn(week, weekday).ifPresent(day -> {
                    for (int start = day.startMinute(); start + minutes <= day.endMinute(); start += PRESENCE_START_STEP) {
                        slots.add(new TimeSlot(week, weekday, start, start + minutes));
                    }
                });
            }
        }
        return slots;
    }

    /** Who may take a seat: the role it accepts and, where the demand names one, the competence (any kind of demand). */
    private List<Staff> eligibleStaff(Demand demand, List<Role> roles) {
        return document.staff().stream()
                .filter(staff -> roles.contains(staff.role()))
                .filter(staff -> staff.has(demand.competence()))
                .filter(staff -> staff.minutesPerWeek() > 0)
                .toList();
    }

    private School schoolOf(Demand demand) {
        if (demand.classId() != null) {
            return schools.get(classes.get(demand.classId()).schoolId());
        }
        return schools.get(demand.schoolId());
    }

    private NeedLevel priorityOf(Demand demand) {
        if (demand.priority() != null) {
            return demand.priority();
        }
        SchoolClass schoolClass = classes.get(demand.classId());
        return schoolClass != null ? schoolClass.needLevel() : NeedLevel.YELLOW;
    }

    private ConstraintWeightOverrides<HardMediumSoftLongScore> weightOverrides() {
        if (document.weights() == null || document.weights().isEmpty()) {
            return ConstraintWeightOverrides.none();
        }
        Map<String, HardMediumSoftLongScore> weights = new HashMap<>();
        document.weights().forEach((name, weight) -> weights.put(name, HardMediumSoftLongScore.ofSoft(weight)));
        return ConstraintWeightOverrides.of(weights);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
