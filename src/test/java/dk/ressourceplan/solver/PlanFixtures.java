package dk.ressourceplan.solver;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.ClassLesson;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.LessonPeriod;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.Place;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Rules;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.Seat;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.TimeWindow;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.domain.TravelSettings;
import dk.ressourceplan.domain.TravelSettings.TravelEntry;
import dk.ressourceplan.domain.TravelTimes;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A small municipality to test the rules on: three schools, four classes, six staff members and travel minutes
 * that are easy to add up.
 *
 * <pre>
 * travel, minutes        Søndre  Nordre  Vestre
 * Søndre Skole               0      20      27   (Søndre-Vestre is not in the matrix: estimated from coordinates,
 * Nordre Skole              20       0      25    11.1 km x 1.3 detour at 40 km/h = 22 min, + 5 min per trip)
 * base (PPR-huset)          10      15      30   (every staff member except Lone)
 * Lone's base               0                    (she is based at Søndre Skole itself)
 * </pre>
 *
 * Every school: Monday-Thursday 08:00-15:30, Friday 08:00-13:30; meetings Tuesday 12:00-15:30 and Thursday
 * 08:00-11:30. Lessons: 1 08:00-08:45, 2 08:45-09:30, 3 09:50-10:35, 4 10:35-11:20, 5 12:00-12:45,
 * 6 12:45-13:30, 7 13:40-14:25. Every class has periods 1-7 Monday to Thursday and 1-4 on Friday.
 * Staff have 30 hours a week for the plan and the default 8 hours a day unless a test says otherwise.
 */
final class PlanFixtures {

    static final List<LessonPeriod> GRID = List.of(period(1, "08:00", "08:45"), period(2, "08:45", "09:30"),
            period(3, "09:50", "10:35"), period(4, "10:35", "11:20"), period(5, "12:00", "12:45"),
            period(6, "12:45", "13:30"), period(7, "13:40", "14:25"));

    static final School SONDRE = school("sondre", "Søndre Skole", 55.30, 10.40);
    static final School NORDRE = school("nordre", "Nordre Skole", 55.36, 10.38);
    static final School VESTRE = school("vestre", "Vestre Skole", 55.40, 10.40);
    static final List<School> SCHOOLS = List.of(SONDRE, NORDRE, VESTRE);

    static final SchoolClass CLASS_3B = schoolClass("3b", SONDRE, "3.B", NeedLevel.RED);
    static final SchoolClass CLASS_4A = schoolClass("4a", SONDRE, "4.A", NeedLevel.YELLOW);
    static final SchoolClass CLASS_5A = schoolClass("5a", NORDRE, "5.A", NeedLevel.YELLOW);
    static final SchoolClass CLASS_7C = schoolClass("7c", VESTRE, "7.C", NeedLevel.GREEN);
    static final List<SchoolClass> CLASSES = List.of(CLASS_3B, CLASS_4A, CLASS_5A, CLASS_7C);

    static final Place PPR_OFFICE = new Place("PPR-huset", 55.33, 10.45);

    static final Staff METTE = staff("mette", "Mette Holm", Role.PSYCHOLOGIST).build();
    static final Staff PETER = staff("peter", "Peter Lund", Role.PEDAGOGICAL_CONSULTANT).build();
    static final Staff JONAS = staff("jonas", "Jonas Berg", Role.CO_TEACHER).competences(Competence.READING).build();
    static final Staff SARA = staff("sara", "Sara Nielsen", Role.CO_TEACHER)
            .competences(Competence.READING, Competence.MATHS).build();
    static final Staff ALI = staff("ali", "Ali Hassan", Role.AKT_SUPERVISOR).competences(Competence.BEHAVIOUR).build();
    static final Staff LONE = staff("lone", "Lone Dahl", Role.CO_TEACHER).competences(Competence.READING)
            .base(new Place("Søndre Skole", SONDRE.lat(), SONDRE.lon())).build();
    static final List<Staff> STAFF = List.of(METTE, PETER, JONAS, SARA, ALI, LONE);

    static final TravelTimes TRAVEL = new TravelTimes(SCHOOLS, STAFF, new TravelSettings(null, null, null,
            Stream.concat(Stream.of(
                            new TravelEntry("sondre", "nordre", 20),
                            new TravelEntry("nordre", "vestre", 25)),
                    Stream.of(METTE, PETER, JONAS, SARA, ALI).flatMap(person -> Stream.of(
                            new TravelEntry(person.id(), "sondre", 10),
                            new TravelEntry(person.id(), "nordre", 15),
                            new TravelEntry(person.id(), "vestre", 30))))
                    .toList()));

    private static final AtomicInteger SESSION_NUMBER = new AtomicInteger();

    private PlanFixtures() {
    }

    // ---------------------------------------------------------------- time

    /** A weekly (AB) co-teaching slot: lesson {@code period} of the grid on {@code day}. */
    static TimeSlot lesson(DayOfWeek day, int period) {
        LessonPeriod p = GRID.get(period - 1);
        return new TimeSlot(Week.AB, day, Times.minutes(p.start()), Times.minutes(p.end()));
    }

    static TimeSlot at(Week week, DayOfWeek day, String start, String end) {
        return new TimeSlot(week, day, Times.minutes(LocalTime.parse(start)), Times.minutes(LocalTime.parse(end)));
    }

    // ---------------------------------------------------------------- staff

    static StaffBuilder staff(String id, String name, Role role) {
        return new StaffBuilder(id, name, role);
    }

    /** The same person (same id, so the same travel from base) with something changed. */
    static StaffBuilder like(Staff staff) {
        StaffBuilder builder = new StaffBuilder(staff.id(), staff.name(), staff.role());
        builder.competences = staff.competences();
        builder.hoursPerWeek = staff.hoursPerWeek();
        builder.maxHoursPerDay = staff.maxHoursPerDay();
        builder.base = staff.base();
        builder.unavailable = staff.unavailable();
        builder.preferredSchools = staff.preferredSchools();
        builder.preferredDays = staff.preferredDays();
        builder.maxSchools = staff.maxSchools();
        return builder;
    }

    static final class StaffBuilder {
        private final String id;
        private final String name;
        private final Role role;
        private List<Competence> competences = List.of();
        private double hoursPerWeek = 30;
        private Double maxHoursPerDay;
        private Place base = PPR_OFFICE;
        private List<TimeWindow> unavailable = List.of();
        private List<String> preferredSchools = List.of();
        private List<DayOfWeek> preferredDays = List.of();
        private Integer maxSchools;
        private Integer maxProgrammes;

        private StaffBuilder(String id, String name, Role role) {
            this.id = id;
            this.name = name;
            this.role = role;
        }

        StaffBuilder competences(Competence... competences) {
            this.competences = List.of(competences);
            return this;
        }

        StaffBuilder hoursPerWeek(double hours) {
            this.hoursPerWeek = hours;
            return this;
        }

        StaffBuilder maxHoursPerDay(double hours) {
            this.maxHoursPerDay = hours;
            return this;
        }

        StaffBuilder base(Place base) {
            this.base = base;
            return this;
        }

        StaffBuilder unavailable(TimeWindow... windows) {
            this.unavailable = List.of(windows);
            return this;
        }

        StaffBuilder prefersSchools(School... schools) {
            this.preferredSchools = Arrays.stream(schools).map(School::id).toList();
            return this;
        }

        StaffBuilder prefersDays(DayOfWeek... days) {
            this.preferredDays = List.of(days);
            return this;
        }

        StaffBuilder maxSchools(int schools) {
            this.maxSchools = schools;
            return this;
        }

        StaffBuilder maxProgrammes(int programmes) {
            this.maxProgrammes = programmes;
            return this;
        }

        Staff build() {
            return new Staff(id, name, role, competences, 37.0, hoursPerWeek, maxHoursPerDay, base, unavailable,
                    preferredSchools, preferredDays, maxSchools, List.of(), List.of(), maxProgrammes);
        }
    }

    // ---------------------------------------------------------------- demands

    /** Co-teaching in a class; its priority is the class's need level. */
    static Demand coTeaching(SchoolClass schoolClass, Competence competence, int lessonsPerWeek) {
        return coTeaching("co-" + schoolClass.id() + "-" + competence.code(), schoolClass, competence, lessonsPerWeek);
    }

    static Demand coTeaching(String id, SchoolClass schoolClass, Competence competence, int lessonsPerWeek) {
        return new Demand(id, DemandType.CO_TEACHING, null, schoolClass.id(), null, null, competence, lessonsPerWeek,
                null, null, null, null, null, null, null);
    }

    /** The fortnightly 90-minute collaboration meeting with one PPR seat (psychologist or pedagogical consultant). */
    static Demand meeting(School school) {
        return new Demand("meet-" + school.id(), DemandType.COLLABORATION_MEETING, null, null, school.id(), null, null,
                null, null, null, null, null, null, null, null);
    }

    /** A fortnightly meeting with more than one person around the table: the roles that may fill each seat. */
    @SafeVarargs
    static Demand meetingWithSeats(School school, List<Role>... seats) {
        return new Demand("meet-" + school.id(), DemandType.COLLABORATION_MEETING, null, null, school.id(), null, null,
                null, null, List.of(seats), null, null, null, null, null);
    }

    /** Weekly PPR presence at a school, by a psychologist or pedagogical consultant unless roles are given. */
    static Demand presence(School school, double hoursPerWeek, Role... roles) {
        return new Demand("presence-" + school.id(), DemandType.PRESENCE, null, null, school.id(), null, null, null, null,
                null, hoursPerWeek, null, null, roles.length == 0 ? null : List.of(roles), null);
    }

    /** One programme (forløb) at a school, by a psychologist: each its own demand here, to tell them apart. */
    static Demand programme(School school, int number) {
        return new Demand("forloeb-" + school.id() + "#" + number, DemandType.PROGRAMME, null, null, school.id(), null,
                null, null, 60, null, null, null, null, null, null, null, null, null);
    }

    /** A coordination meeting with the school's PPR contact and, when {@code withAkt}, its AKT supervisor. */
    static Demand coordinationMeeting(School school, boolean withAkt) {
        List<List<Role>> seats = withAkt
                ? List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT), List.of(Role.AKT_SUPERVISOR))
                : null;
        return new Demand("koord-" + school.id(), DemandType.COORDINATION_MEETING, null, null, school.id(), null, null,
                null, 60, seats, null, null, null, null, null, null, null, null);
    }

    /** PPR presence given per fortnight: its blocks lie in week A and week B. */
    static Demand presencePerFortnight(School school, double hoursPerFortnight) {
        return new Demand("presence-" + school.id(), DemandType.PRESENCE, null, null, school.id(), null, null, null, null,
                null, null, hoursPerFortnight, null, null, null);
    }

    static int minutesPerFortnight(Demand demand) {
        return switch (demand.type()) {
            case CO_TEACHING -> demand.lessonsPerWeek() * 45 * 2;
            case COLLABORATION_MEETING, COORDINATION_MEETING -> demand.meetingMinutes();
            case PROGRAMME -> 2 * demand.meetingMinutes();
            case PRESENCE -> (int) Math.round(60 * (demand.presenceIsWeekly() ? 2 * demand.hoursPerWeek()
                    : demand.hoursPerFortnight()));
        };
    }

    static School schoolOf(Demand demand) {
        String schoolId = demand.classId() != null ? classOf(demand).schoolId() : demand.schoolId();
        return SCHOOLS.stream().filter(s -> s.id().equals(schoolId)).findFirst().orElseThrow();
    }

    static SchoolClass classOf(Demand demand) {
        return CLASSES.stream().filter(c -> c.id().equals(demand.classId())).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- assignments (who)

    /** Who covers a single-seat demand; {@code staff} null leaves it uncovered. */
    static Assignment assign(Demand demand, Staff staff) {
        SchoolClass schoolClass = classOf(demand);
        NeedLevel priority = demand.priority() != null ? demand.priority()
                : schoolClass != null ? schoolClass.needLevel() : NeedLevel.YELLOW;
        Assignment assignment = new Assignment(demand.id(), List.of(new Seat(demand, 0, minutesPerFortnight(demand))),
                schoolOf(demand), schoolClass, demand.seatRoles().get(0),
                demand.type() == DemandType.CO_TEACHING ? demand.competence() : null, priority, STAFF);
        assignment.setStaff(staff);
        return assignment;
    }

    /** Who fills seat {@code seat} (0 is the first) of a meeting with several seats. */
    static Assignment assignSeat(Demand meeting, int seat, Staff staff) {
        Assignment assignment = new Assignment(meeting.id() + "/seat" + (seat + 1),
                List.of(new Seat(meeting, seat, minutesPerFortnight(meeting))), schoolOf(meeting), null,
                meeting.seatRoles().get(seat), null, NeedLevel.YELLOW, STAFF);
        assignment.setStaff(staff);
        return assignment;
    }

    static Assignment pinned(Assignment assignment) {
        assignment.setPinned(true);
        return assignment;
    }

    /** Sets each assignment's school total, as the {@link PlanBuilder} does, for the coverage balance. */
    static List<Assignment> withSchoolTotals(Assignment... assignments) {
        Map<School, Integer> bySchool = Arrays.stream(assignments).collect(Collectors.groupingBy(Assignment::getSchool,
                LinkedHashMap::new, Collectors.summingInt(Assignment::getMinutesPerFortnight)));
        for (Assignment assignment : assignments) {
            assignment.setSchoolDemandMinutesPerFortnight(bySchool.get(assignment.getSchool()));
        }
        return List.of(assignments);
    }

    // ---------------------------------------------------------------- sessions (when)

    /** One session of {@code demand} at {@code slot}, attended by whoever covers {@code seats}. */
    static Session session(Demand demand, TimeSlot slot, Assignment... seats) {
        return session(demand, slot, TRAVEL, seats);
    }

    static Session session(Demand demand, TimeSlot slot, TravelTimes travel, Assignment... seats) {
        School school = schoolOf(demand);
        SchoolClass schoolClass = classOf(demand);
        List<TimeSlot> candidates = switch (demand.type()) {
            case CO_TEACHING -> PlanBuilder.lessonSlots(school, schoolClass);
            case COLLABORATION_MEETING, COORDINATION_MEETING -> PlanBuilder.meetingSlots(school, demand.meetingMinutes());
            case PRESENCE, PROGRAMME -> PlanBuilder.daySlots(school, slot.minutes(), slot.week().singleWeeks());
        };
        int number = SESSION_NUMBER.incrementAndGet();
        Session session = new Session(demand.id() + "/" + number, demand, number, school, schoolClass,
                List.of(seats), candidates, travel);
        session.setSlot(slot);
        return session;
    }

    static Session pinned(Session session) {
        session.setPinned(true);
        return session;
    }

    // ---------------------------------------------------------------- whole plans

    /** A plan of the fixture municipality, for the solution manager's analysis. */
    static StaffPlan plan(List<Assignment> assignments, List<Session> sessions) {
        List<Demand> demands = new ArrayList<>();
        assignments.forEach(a -> a.getSeats().forEach(seat -> {
            if (!demands.contains(seat.demand())) {
                demands.add(seat.demand());
            }
        }));
        return new StaffPlan(SCHOOLS, CLASSES, STAFF, demands, Rules.defaults(), assignments, sessions,
                ConstraintWeightOverrides.none());
    }

    // ---------------------------------------------------------------- the municipality

    private static LessonPeriod period(int number, String start, String end) {
        return new LessonPeriod(number, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static School school(String id, String name, double lat, double lon) {
        List<TimeWindow> day = Stream.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
                .map(d -> TimeWindow.of(d, "08:00", d == FRIDAY ? "13:30" : "15:30")).toList();
        List<TimeWindow> meetingWindows = List.of(TimeWindow.of(TUESDAY, "12:00", "15:30"),
                TimeWindow.of(THURSDAY, "08:00", "11:30"));
        return new School(id, name, null, lat, lon, 450, day, meetingWindows, GRID);
    }

    private static SchoolClass schoolClass(String id, School school, String name, NeedLevel needLevel) {
        List<ClassLesson> lessons = new ArrayList<>();
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY)) {
            for (int period = 1; period <= 7; period++) {
                lessons.add(new ClassLesson(day, period));
            }
        }
        for (int period = 1; period <= 4; period++) {
            lessons.add(new ClassLesson(FRIDAY, period));
        }
        return new SchoolClass(id, school.id(), name, null, 24, needLevel, lessons);
    }
}
