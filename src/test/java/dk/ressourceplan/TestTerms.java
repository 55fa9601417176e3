package dk.ressourceplan;

import dk.ressourceplan.domain.ClassLesson;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.LessonPeriod;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.Place;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.Term;
import dk.ressourceplan.domain.TimeWindow;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made terms for tests, built up one school, class, person and demand at a time. */
public final class TestTerms {

    private final List<School> schools = new ArrayList<>();
    private final List<SchoolClass> classes = new ArrayList<>();
    private final List<Staff> staff = new ArrayList<>();
    private final List<Demand> demands = new ArrayList<>();

    public static TestTerms term() {
        return new TestTerms();
    }

    public static Term spring2027() {
        return new Term("Forår 2027", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 25), Week.A,
                List.of("2027-W07", "2027-W12", "2027-03-29", "2027-05-06", "2027-05-07", "2027-05-17"));
    }

    /** A school at the given coordinates, 08:00-15:00 Monday to Friday, meetings Tuesday 12:00-15:00. */
    public TestTerms school(String id, double lat, double lon) {
        return school(id, lat, lon, period(1, "08:00", "08:45"));
    }

    /**
     * As {@link #school(String, double, double)}, with its own first period: a 25-minute reading band
     * (08:00-08:25) beside 45-minute lessons, say.
     */
    public TestTerms school(String id, double lat, double lon, LessonPeriod first) {
        List<TimeWindow> day = new ArrayList<>();
        for (DayOfWeek weekday : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            day.add(TimeWindow.of(weekday, "08:00", "15:00"));
        }
        schools.add(new School(id, "Skole " + id, "Skolevej 1", lat, lon, 400, day,
                List.of(TimeWindow.of(DayOfWeek.TUESDAY, "12:00", "15:00")),
                List.of(first, period(2, "08:45", "09:30"), period(3, "10:00", "10:45"),
                        period(4, "10:45", "11:30"), period(5, "12:00", "12:45"), period(6, "12:45", "13:30"))));
        return this;
    }

    /** A class with only the given lessons (weekday and period). */
    public TestTerms schoolClass(String id, String schoolId, NeedLevel need, ClassLesson... lessons) {
        classes.add(new SchoolClass(id, schoolId, id.toUpperCase(), 3, 24, need, List.of(lessons)));
        return this;
    }

    /** Any demand, as given. */
    public TestTerms demand(Demand demand) {
        demands.add(demand);
        return this;
    }

    /** A class with six lessons every weekday. */
    public TestTerms schoolClass(String id, String schoolId, NeedLevel need) {
        List<ClassLesson> lessons = new ArrayList<>();
        for (DayOfWeek weekday : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            for (int p = 1; p <= 6; p++) {
                lessons.add(new ClassLesson(weekday, p));
            }
        }
        classes.add(new SchoolClass(id, schoolId, id.toUpperCase(), 3, 24, need, lessons));
        return this;
    }

    public TestTerms person(String id, Role role, double hoursPerWeek, double lat, double lon, Competence... competences) {
        staff.add(new Staff(id, "Person " + id, role, List.of(competences), 37.0, hoursPerWeek, 7.5,
                new Place("base", lat, lon), List.of(), List.of(), List.of(), null));
        return this;
    }

    public TestTerms coTeaching(String id, String classId, Competence competence, int lessonsPerWeek) {
        demands.add(new Demand(id, DemandType.CO_TEACHING, null, classId, null, null, competence, lessonsPerWeek, null,
                null, null, null, null, null, null));
        return this;
    }

    public TestTerms meeting(String id, String schoolId, List<List<Role>> seats) {
        demands.add(new Demand(id, DemandType.COLLABORATION_MEETING, null, null, schoolId, null, null, null, 90, seats,
                null, null, null, null, null));
        return this;
    }

    public TestTerms presence(String id, String schoolId, double hoursPerWeek) {
        demands.add(new Demand(id, DemandType.PRESENCE, null, null, schoolId, null, null, null, null, null,
                hoursPerWeek, null, 60, List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT), null));
        return this;
    }

    public PlanDocument build() {
        return new PlanDocument(spring2027(), schools, classes, staff, demands, null, null, null, null, null, null, null);
    }

    public static LessonPeriod period(int number, String start, String end) {
        return new LessonPeriod(number, LocalTime.parse(start), LocalTime.parse(end));
    }
}
