package dk.ressourceplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.LessonPeriod;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.TimeWindow;
import dk.ressourceplan.domain.TravelSettings;
import dk.ressourceplan.domain.TravelSettings.TravelEntry;
import dk.ressourceplan.domain.TravelTimes;
import dk.ressourceplan.domain.Week;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntheticMunicipalityTest {

    /** The municipality of data/demo-scarce.json. */
    private static final PlanDocument SCARCE = SyntheticMunicipality.generate(14, 14, 80);

    @ParameterizedTest(name = "{0} schools, seed {1}")
    @CsvSource({"1, 1", "6, 1", "32, 2027", "70, 70"})
    void withoutAStaffingShareItIsTheMunicipalityOfTheTwoArgumentCall(int schools, long seed) throws Exception {
        assertEquals(json(SyntheticMunicipality.generate(schools, seed)),
                json(SyntheticMunicipality.generate(schools, seed, null)));
    }

    /** The benchmark's figures and the demo files depend on the generator giving the same term for a seed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"demo-small.json, 6, 1,", "demo-odense.json, 32, 32,", "demo-scarce.json, 14, 14, 80"})
    void theDemoFilesAreWhatTheirCommandsWrite(String file, int schools, long seed, Integer staffing) throws Exception {
        assertEquals(Files.readString(Path.of("data", file)), json(SyntheticMunicipality.generate(schools, seed, staffing)));
    }

    /**
     * Each pool's hours are rounded to the half hour a week: within 15 minutes a week, 30 a fortnight, of the
     * share. Pools are as the generator sizes them: a seat belongs to the first role it names, and psychologists
     * and pedagogical consultants are one PPR pool, as the PPR seats take either.
     */
    @ParameterizedTest(name = "{0} schools, seed {1}")
    @CsvSource({"14, 2027", "32, 7", "3, 5"})
    void atSeventyPercentEachPoolHasSeventyPercentOfTheHoursDemandedOfIt(int schools, long seed) {
        PlanDocument term = SyntheticMunicipality.generate(schools, seed, 70);
        Map<String, Double> demanded = demandedMinutesPerFortnight(term);
        Map<String, Double> staffed = staffMinutesPerFortnight(term);
        assertTrue(demanded.keySet().containsAll(staffed.keySet()), "nobody is staffed for nothing: " + staffed);
        demanded.forEach((pool, minutes) -> {
            double share = staffed.getOrDefault(pool, 0.0);
            assertTrue(Math.abs(share - 0.7 * minutes) <= 30,
                    pool + ": " + share + " staff minutes for " + minutes + " demanded");
        });
        assertTrue(demanded.size() >= 4, "co-teaching, PPR and AKT pools: " + demanded.keySet());
    }

    @ParameterizedTest(name = "{0} schools, seed {1}, {2} %")
    @CsvSource({"1, 1, 10", "2, 3, 70", "14, 14, 80", "14, 2027, 300", "32, 7, 50", "70, 70, 100"})
    void aShortStaffedMunicipalityIsValidInput(int schools, long seed, int staffing) {
        PlanDocument term = SyntheticMunicipality.generate(schools, seed, staffing);
        assertEquals(List.of(), InputValidator.validate(Json.mapper().valueToTree(term)));
    }

    @Test
    void aStaffingShareOutsideTheRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticMunicipality.generate(14, 14, 9));
        assertThrows(IllegalArgumentException.class, () -> SyntheticMunicipality.generate(14, 14, 301));
    }

    @Test
    void someClassesHaveLessonsOfDifferentLengths() {
        Map<String, School> schools = byId(SCARCE.schools(), School::id);
        assertTrue(SCARCE.classes().stream().anyMatch(c -> lessonLengths(c, schools.get(c.schoolId())).size() > 1));
    }

    @Test
    void somePartTimersHaveAWholeWeekdayOff() {
        assertTrue(SCARCE.staff().stream().anyMatch(person -> person.contractedHours() < 37
                && person.unavailable().stream().anyMatch(w -> w.week() == Week.AB && w.start() == null && w.end() == null)));
    }

    @Test
    void theMinutesToTheSchoolFarFromTheRestAreGivenAndLongerThanTheEstimate() {
        List<School> schools = SCARCE.schools();
        School far = schools.stream().max(Comparator.comparingInt(s -> nearestNeighbourMinutes(s, schools))).orElseThrow();
        Map<String, Integer> toFar = SCARCE.travel().minutes().stream()
                .filter(e -> e.to().equals(far.id()) || e.from().equals(far.id()))
                .collect(Collectors.toMap(e -> e.from().equals(far.id()) ? e.to() : e.from(), TravelEntry::minutes));
        int nearestOtherwise = schools.stream().filter(s -> s != far)
                .mapToInt(s -> nearestNeighbourMinutes(s, schools)).max().orElseThrow();
        for (School school : schools) {
            if (school != far) {
                assertTrue(toFar.get(school.id()) > straightMinutes(school, far), school.id());
                assertTrue(toFar.get(school.id()) > 2 * nearestOtherwise,
                        school.id() + " is " + toFar.get(school.id()) + " minutes away; every other school has a "
                                + "neighbour within " + nearestOtherwise);
            }
        }
        for (Staff person : SCARCE.staff()) {
            boolean basedThere = person.base().lat() == far.lat() && person.base().lon() == far.lon();
            assertTrue(basedThere || toFar.containsKey(person.id()), person.id() + " has given minutes to " + far.id());
        }
    }

    @Test
    void someSchoolsMeetPprWithTheTeamOfAYearGroup() {
        Map<String, SchoolClass> classes = byId(SCARCE.classes(), SchoolClass::id);
        List<Demand> teamMeetings = SCARCE.demands().stream()
                .filter(d -> d.type() == DemandType.COLLABORATION_MEETING && d.classIds() != null && !d.classIds().isEmpty())
                .toList();
        assertFalse(teamMeetings.isEmpty());
        for (Demand meeting : teamMeetings) {
            assertTrue(meeting.classIds().stream().allMatch(id -> classes.get(id).schoolId().equals(meeting.schoolId())));
        }
    }

    @Test
    void someMeetingWindowsAreInOneWeekOnly() {
        assertTrue(SCARCE.schools().stream().flatMap(s -> s.meetingWindows().stream())
                .map(TimeWindow::week).anyMatch(week -> week != Week.AB));
    }

    private static Map<String, Double> demandedMinutesPerFortnight(PlanDocument term) {
        Map<String, School> schools = byId(term.schools(), School::id);
        Map<String, SchoolClass> classes = byId(term.classes(), SchoolClass::id);
        Map<String, Double> minutes = new HashMap<>();
        for (Demand demand : term.demands()) {
            for (List<Role> seat : demand.seatRoles()) {
                String pool = pool(seat.get(0)) + (demand.type() == DemandType.CO_TEACHING ? "/" + demand.competence() : "");
                minutes.merge(pool, switch (demand.type()) {
                    case CO_TEACHING -> {
                        SchoolClass schoolClass = classes.get(demand.classId());
                        double lesson = lessonLengthsOf(schoolClass, schools.get(schoolClass.schoolId())).stream()
                                .mapToInt(Integer::intValue).average().orElseThrow();
                        yield 2 * demand.lessonsPerWeek() * lesson;
                    }
                    case COLLABORATION_MEETING -> (double) demand.meetingMinutes();
                    case PRESENCE -> demand.presenceIsWeekly() ? 120 * demand.hoursPerWeek() : 60 * demand.hoursPerFortnight();
                    case COORDINATION_MEETING, PROGRAMME -> throw new AssertionError("the generator makes no dated work "
                            + "unless asked: " + demand.id());
                }, Double::sum);
            }
        }
        return minutes;
    }

    private static Map<String, Double> staffMinutesPerFortnight(PlanDocument term) {
        Map<String, Double> minutes = new HashMap<>();
        for (Staff person : term.staff()) {
            if (person.role() == Role.CO_TEACHER) {
                person.competences().forEach(c -> minutes.merge(pool(Role.CO_TEACHER) + "/" + c, 120 * person.hoursPerWeek(), Double::sum));
            } else {
                minutes.merge(pool(person.role()), 120 * person.hoursPerWeek(), Double::sum);
            }
        }
        return minutes;
    }

    private static String pool(Role role) {
        return role.isPpr() ? "ppr" : role.code();
    }

    /** The lengths of every lesson of the class's timetable, one entry per lesson. */
    private static List<Integer> lessonLengthsOf(SchoolClass schoolClass, School school) {
        return schoolClass.lessons().stream()
                .map(lesson -> minutes(school.period(lesson.period()).orElseThrow())).toList();
    }

    private static Set<Integer> lessonLengths(SchoolClass schoolClass, School school) {
        return Set.copyOf(lessonLengthsOf(schoolClass, school));
    }

    private static int minutes(LessonPeriod period) {
        return (int) Duration.between(period.start(), period.end()).toMinutes();
    }

    private static int nearestNeighbourMinutes(School school, List<School> schools) {
        return schools.stream().filter(s -> s != school).mapToInt(s -> straightMinutes(school, s)).min().orElseThrow();
    }

    /** The estimate from coordinates, which the given minutes replace. */
    private static int straightMinutes(School a, School b) {
        return TravelTimes.estimate(a.lat(), a.lon(), b.lat(), b.lon(), TravelSettings.defaults());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, item -> item));
    }

    private static String json(PlanDocument document) throws Exception {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }
}
