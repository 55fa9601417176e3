package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.ClassLesson;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** The seats are joined one by one in the constraints. */
    static final int MAX_SEATS = Demand.MAX_SEATS;

    private final PlanDocument document;
    private final Map<String, School> schools;
    private final Map<String, SchoolClass> classes;
    private final TravelTimes travel;

    private PlanBuilder(PlanDocument document) {
        this.document = document;
        this.schools = byId(document.schools(), School::id);
        this.classes = byId(document.classes(), SchoolClass::id);
        this.travel = new TravelTimes(document.schools(), document.staff(), document.travelOrDefaults());
    }

    public static StaffPlan build(PlanDocument document) {
        return new PlanBuilder(document).build();
    }

    private StaffPlan build() {
        List<Session> sessions = new ArrayList<>();
        Map<String, List<Seat>> seatsByKey = new LinkedHashMap<>();
        for (Demand demand : document.demands()) {
            List<List<Role>> seatRoles = demand.seatRoles();
            if (seatRoles.size() > MAX_SEATS) {
                throw new IllegalArgumentException("demand " + demand.id() + " has more than " + MAX_SEATS + " seats");
            }
            List<String> keys = new ArrayList<>();
            for (int seat = 0; seat < seatRoles.size(); seat++) {
                String key = assignmentKey(demand, seat, seatRoles);
                // Two seats of one meeting are two people, even when they accept the same roles.
                keys.add(keys.contains(key) ? ownKey(demand, seat, seatRoles) : key);
            }
            List<Session> demandSessions = sessionsOf(demand, keys);
            sessions.addAll(demandSessions);
            int minutesPerFortnight = demandSessions.stream().mapToInt(PlanBuilder::minutesPerFortnight).sum();
            for (int seat = 0; seat < seatRoles.size(); seat++) {
                seatsByKey.computeIfAbsent(keys.get(seat), k -> new ArrayList<>())
                        .add(new Seat(demand, seat, minutesPerFortnight));
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        seatsByKey.forEach((key, seats) -> assignments.add(assignment(key, seats)));
        Map<School, Integer> demandBySchool = assignments.stream()
                .collect(Collectors.groupingBy(Assignment::getSchool, Collectors.summingInt(Assignment::getMinutesPerFortnight)));
        assignments.forEach(a -> a.setSchoolDemandMinutesPerFortnight(demandBySchool.get(a.getSchool())));
        Map<String, Long> sessionsByKey = sessions.stream().flatMap(session -> session.getSeatKeys().stream())
                .collect(Collectors.groupingBy(key -> key, Collectors.counting()));
        assignments.forEach(a -> a.setSessionCount(sessionsByKey.getOrDefault(a.getId(), 0L).intValue()));
        return new StaffPlan(document.schools(), document.classes(), document.staff(), document.demands(),
                document.rulesOrDefaults(), assignments, sessions, weightOverrides());
    }

    /**
     * Which assignment fills a seat. A school's PPR seats that accept the same roles share one: the school's PPR
     * contact, so the same person comes to the meetings and to the presence hours. Every other seat has its own.
     */
    private String assignmentKey(Demand demand, int seat, List<List<Role>> seatRoles) {
        List<Role> roles = seatRoles.get(seat);
        if (demand.type() != DemandType.CO_TEACHING && roles.stream().allMatch(Role::isPpr)) {
            return "ppr-contact/" + schoolOf(demand).id() + "/"
                    + roles.stream().map(Role::code).sorted().collect(Collectors.joining("+"));
        }
        return ownKey(demand, seat, seatRoles);
    }

    private static String ownKey(Demand demand, int seat, List<List<Role>> seatRoles) {
        return seatRoles.size() == 1 ? demand.id() : demand.id() + "/seat" + (seat + 1);
    }

    private Assignment assignment(String key, List<Seat> seats) {
        Demand first = seats.get(0).demand();
        List<Role> roles = first.seatRoles().get(seats.get(0).index());
        NeedLevel priority = seats.stream().map(seat -> priorityOf(seat.demand())).min(Comparator.naturalOrder())
                .orElseThrow();
        return new Assignment(key, List.copyOf(seats), schoolOf(first), classes.get(first.classId()), roles,
                first.type() == DemandType.CO_TEACHING ? first.competence() : null, priority,
                eligibleStaff(first, roles));
    }

    private static int minutesPerFortnight(Session session) {
        List<TimeSlot> slots = session.getCandidateSlots();
        return slots.isEmpty() ? 0 : slots.get(0).minutes() * slots.get(0).week().timesPerFortnight();
    }

    private List<Session> sessionsOf(Demand demand, List<String> seatKeys) {
        School school = schoolOf(demand);
        SchoolClass schoolClass = classes.get(demand.classId());
        List<Session> sessions = new ArrayList<>();
        switch (demand.type()) {
            case CO_TEACHING -> {
                List<TimeSlot> slots = lessonSlots(school, schoolClass);
                for (int n = 1; n <= demand.lessonsPerWeek(); n++) {
                    sessions.add(new Session(demand.id() + "/" + n, demand, n, school, schoolClass, seatKeys, slots, travel));
                }
            }
            case COLLABORATION_MEETING -> sessions.add(new Session(demand.id() + "/1", demand, 1, school, null,
                    seatKeys, meetingSlots(school, demand.meetingMinutes()), travel));
            case PRESENCE -> {
                int total = (int) Math.round(60 * (demand.presenceIsWeekly() ? demand.hoursPerWeek() : demand.hoursPerFortnight()));
                int blocks = Math.max(1, (total + demand.presenceBlockMinutes() - 1) / demand.presenceBlockMinutes());
                int length = Math.max(15, Math.round(total / (float) blocks / 5) * 5);
                List<Week> weeks = demand.presenceIsWeekly() ? List.of(Week.AB) : List.of(Week.A, Week.B);
                List<TimeSlot> slots = daySlots(school, length, weeks);
                for (int n = 1; n <= blocks; n++) {
                    sessions.add(new Session(demand.id() + "/" + n, demand, n, school, null, seatKeys, slots, travel));
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

    static List<TimeSlot> daySlots(School school, int minutes, List<Week> weeks) {
        List<TimeSlot> slots = new ArrayList<>();
        for (Week week : weeks) {
            for (TimeWindow day : school.schoolDay()) {
                for (int start = day.startMinute(); start + minutes <= day.endMinute(); start += PRESENCE_START_STEP) {
                    slots.add(new TimeSlot(week, day.day(), start, start + minutes));
                }
            }
        }
        return slots;
    }

    private List<Staff> eligibleStaff(Demand demand, List<Role> roles) {
        return document.staff().stream()
                .filter(staff -> roles.contains(staff.role()))
                .filter(staff -> demand.type() != DemandType.CO_TEACHING || staff.has(demand.competence()))
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
