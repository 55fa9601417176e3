package dk.ressourceplan.io.export;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.TestTerms;
import dk.ressourceplan.domain.Uncovered;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A small solved plan for spring 2027: two schools, co-teaching every week, fortnightly meetings in A and B weeks,
 * PPR presence on B-week Fridays (two of which are holidays), and two sessions nobody covers (one of them a meeting's
 * second seat, ids as the solver writes a meeting's seats).
 */
final class TestPlans {

    static final String BAKKE = "bakke";
    static final String HOEJBY = "hoejby";
    static final String ANNE = "anne";
    static final String PETER = "peter";

    private TestPlans() {
    }

    static PlanDocument spring2027() {
        List<School> schools = List.of(
                new School(BAKKE, "Bakkeskolen", "Bakkevej 1, 5000 Odense C", 55.39, 10.38, 480, null, null, null),
                new School(HOEJBY, "Højby Skole", "Højbyvej 10, 5270 Odense N", 55.42, 10.40, 350, null, null, null));
        List<SchoolClass> classes = List.of(
                new SchoolClass("bakke-3b", BAKKE, "3.B", 3, 24, NeedLevel.RED, null),
                new SchoolClass("bakke-5a", BAKKE, "5.A", 5, 26, NeedLevel.YELLOW, null),
                new SchoolClass("hoejby-2a", HOEJBY, "2.A", 2, 22, NeedLevel.GREEN, null));
        List<Staff> staff = List.of(
                new Staff(ANNE, "Anne Holm", Role.CO_TEACHER, List.of(Competence.READING), 37.0, 30, null, null,
                        null, null, null, null),
                new Staff(PETER, "Peter Søndergaard", Role.PSYCHOLOGIST, List.of(), 37.0, 20, null, null, null,
                        null, null, null));
        List<Demand> demands = List.of(
                coTeaching("d-3b-read", "Læsestøtte 3.B", "bakke-3b", Competence.READING),
                coTeaching("d-2a-read", "Læsestøtte 2.A", "hoejby-2a", Competence.READING),
                coTeaching("d-2a-maths", "Matematik 2.A", "hoejby-2a", Competence.MATHS),
                schoolDemand("d-bakke-meet", DemandType.COLLABORATION_MEETING, BAKKE),
                schoolDemand("d-hoejby-meet", DemandType.COLLABORATION_MEETING, HOEJBY),
                schoolDemand("d-bakke-presence", DemandType.PRESENCE, BAKKE));
        List<PlanSession> sessions = List.of(
                session("s1", "d-3b-read", DemandType.CO_TEACHING, BAKKE, "bakke-3b", ANNE, 0, Week.AB, MONDAY, "08:00", "08:45"),
                session("s2", "d-3b-read", DemandType.CO_TEACHING, BAKKE, "bakke-3b", ANNE, 0, Week.AB, THURSDAY, "10:00", "10:45"),
                session("s3", "d-2a-read", DemandType.CO_TEACHING, HOEJBY, "hoejby-2a", ANNE, 0, Week.AB, TUESDAY, "09:00", "09:45"),
                session("d-bakke-meet/1/1", "d-bakke-meet", DemandType.COLLABORATION_MEETING, BAKKE, null, PETER, 1, Week.A, WEDNESDAY, "13:00", "14:30"),
                session("d-bakke-meet/1/2", "d-bakke-meet", DemandType.COLLABORATION_MEETING, BAKKE, null, null, 2, Week.A, WEDNESDAY, "13:00", "14:30"),
                session("s6", "d-hoejby-meet", DemandType.COLLABORATION_MEETING, HOEJBY, null, PETER, 0, Week.B, WEDNESDAY, "13:00", "14:30"),
                session("s7", "d-bakke-presence", DemandType.PRESENCE, BAKKE, null, PETER, 0, Week.B, FRIDAY, "08:00", "10:00"),
                session("s8", "d-2a-maths", DemandType.CO_TEACHING, HOEJBY, "hoejby-2a", null, 0, Week.B, FRIDAY, "11:00", "11:45"));
        List<Uncovered> uncovered = List.of(
                new Uncovered("d-bakke-meet", 1, BAKKE, null, NeedLevel.YELLOW, 90,
                        "Ingen psykolog har tid onsdag i A-ugen", "No psychologist free on Wednesday in week A"),
                new Uncovered("d-2a-maths", null, null, "hoejby-2a", NeedLevel.GREEN, 45,
                        "Ingen med matematik som kompetence", "Nobody with maths"));
        Kpis kpis = new Kpis(true, 82.5, Map.of(NeedLevel.YELLOW, 1, NeedLevel.GREEN, 1), 140, 100.0, 100.0, 45.0,
                78.3, 22.5, 0, 0.0, null, null);
        return new PlanDocument(TestTerms.spring2027(), schools, classes, staff, demands, null, null, null,
                "0hard/-135medium/-40soft", kpis, uncovered, sessions);
    }

    private static Demand coTeaching(String id, String name, String classId, Competence competence) {
        return new Demand(id, DemandType.CO_TEACHING, name, classId, null, null, competence, 2, null, null, null,
                null, null, null, null);
    }

    private static Demand schoolDemand(String id, DemandType type, String schoolId) {
        return new Demand(id, type, null, null, schoolId, null, null, null, null, null, null, null, null, null, null);
    }

    private static PlanSession session(String id, String demandId, DemandType type, String schoolId, String classId,
            String staffId, int seat, Week week, DayOfWeek day, String start, String end) {
        return new PlanSession(id, demandId, type, schoolId, classId, staffId, seat, week, day,
                LocalTime.parse(start), LocalTime.parse(end));
    }
}
