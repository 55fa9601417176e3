package dk.ressourceplan.io;

import dk.ressourceplan.domain.ValidationError;
import static dk.ressourceplan.io.Documents.smallTerm;
import static dk.ressourceplan.io.Documents.with;
import static dk.ressourceplan.io.Documents.without;
import static java.util.stream.Collectors.toCollection;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.ressourceplan.domain.Absence;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Staff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputValidatorTest {

    @Test
    void aSmallSolvedTermHasNoErrors() {
        assertEquals(List.of(), validate(smallTerm()));
    }

    @Test
    void anEmptyDocumentIsReportedAtTheRoot() {
        assertErrorsAt(null, "$");
        assertErrorsAt(MissingNode.getInstance(), "$");
        assertErrorsAt(JsonNodeFactory.instance.nullNode(), "$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"plan\"", "42", "true"})
    void aDocumentThatIsNoObjectIsReportedAtTheRoot(String json) {
        assertErrorsAt(Documents.parse(json), "$");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            staff[0].hoursPerWeek            | "30"
            staff[0].competences             | "reading"
            staff[0].base                    | []
            schools[0].lessonGrid            | {}
            schools[0].schoolDay[0]          | "MONDAY 08-14"
            classes[0].name                  | 3
            classes[0].lessons               | {}
            demands[0].lessonsPerWeek        | "2"
            demands[1].seats                 | {}
            demands[1].seats[0]              | "psychologist"
            term                             | []
            term.holidays                    | "2027-W07"
            travel                           | "fast"
            weights                          | []
            weights.Travel time              | "high"
            rules                            | 5
            score                            | 1
            kpis                             | []
            kpis.feasible                    | "yes"
            sessions[0].seat                 | "0"
            """)
    void aValueOfTheWrongJsonTypeIsReportedAtItsPath(String path, String json) {
        assertErrorsAt(with(path, json), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"weights.nope", "weights.travel", "weights.Staff member in two places at once",
            "weights.Demand not covered"})
    void onlyAPreferenceMayBeWeighedByItsName(String path) {
        ValidationError error = assertErrorsAt(with(path, "1"), path).get(0);
        assertTrue(error.message().startsWith("is not a preference that can be weighed; these can: Class has more"),
                error.message());
        assertTrue(error.messageDa().startsWith("er ikke et ønske, der kan vægtes"), error.messageDa());
    }

    @ParameterizedTest
    @ValueSource(strings = {"term", "term.firstDate", "term.lastDate", "schools[0].name", "schools[0].lat",
            "schools[0].lon", "schools[0].schoolDay", "schools[0].schoolDay[0].day", "schools[0].schoolDay[0].start",
            "schools[0].meetingWindows[0].day", "schools[0].lessonGrid[0].period", "schools[0].lessonGrid[0].end",
            "classes[2].id", "classes[2].schoolId", "classes[2].name", "classes[0].lessons[0].day",
            "classes[0].lessons[0].period", "staff[2].id", "staff[2].name", "staff[2].role", "staff[2].hoursPerWeek",
            "staff[0].base.lat", "staff[0].unavailable[0].day", "demands[2].id", "demands[0].type",
            "demands[0].classId", "demands[0].competence", "demands[0].lessonsPerWeek", "demands[1].schoolId",
            "demands[2].schoolId", "travel.minutes[0].from", "travel.minutes[0].minutes", "uncovered[0].demandId",
            "sessions[0].id", "sessions[0].demandId", "sessions[0].week", "sessions[0].day", "sessions[0].start",
            "sessions[0].end"})
    void aMissingRequiredFieldIsReportedAtItsPath(String path) {
        assertErrorsAt(without(path), path);
        assertErrorsAt(with(path, "null"), path);
    }

    @Test
    void aSchoolWithoutIdIsReportedThoughItsClassesThenPointNowhere() {
        assertTrue(paths(validate(without("schools[1].id"))).contains("schools[1].id"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            classes[2].id            | ""
            staff[2].id              | "   "
            staff[2].id              | "\\u2003"
            demands[0].classId       | ""
            travel.minutes[0].to     | ""
            sessions[0].id           | ""
            """)
    void anEmptyIdIsReported(String path, String json) {
        assertEquals("must not be empty", assertErrorsAt(with(path, json), path).get(0).message());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            staff[0].role                       | "teacher"     | psychologist, pedagogical-consultant, speech-hearing-consultant, akt-supervisor, co-teacher
            staff[0].competences[1]             | "music"       | reading, dld, maths, behaviour, autism, wellbeing
            staff[0].preferredDays[0]           | "Funday"      | MONDAY, TUESDAY
            demands[2].type                     | "meeting"     | co-teaching, collaboration-meeting, presence, coordination-meeting, programme
            demands[0].competence               | "music"       | reading, dld
            demands[0].roles[0]                 | "assistant"   | co-teacher
            demands[1].seats[0][0]              | "teacher"     | psychologist
            classes[0].needLevel                | "orange"      | red, yellow, green
            term.firstWeek                      | "AB"          | A, B
            schools[0].meetingWindows[0].week   | "C"           | A, B, AB
            schools[0].schoolDay[0].day         | "MANDAG"      | MONDAY
            uncovered[0].priority               | "blue"        | red, yellow, green
            sessions[0].week                    | "C"           | A, B, AB
            sessions[0].type                    | 1             | co-teaching
            kpis.uncoveredByPriority.blue       | 1             | red, yellow, green
            """)
    void anUnknownCodeIsReportedWithTheAllowedOnes(String path, String json, String allowed) {
        ValidationError error = assertErrorsAt(with(path, json), path).get(0);
        assertTrue(error.message().contains(allowed), error.message());
        assertTrue(error.messageDa().contains(allowed), error.messageDa());
    }

    @Test
    void codesAreMatchedWithoutRegardToCaseAsJacksonDoes() {
        ObjectNode document = with("staff[0].role", "\"Co-Teacher\"");
        with(document, "demands[0].type", "\"CO-TEACHING\"");
        with(document, "schools[0].schoolDay[0].day", "\"monday\"");
        with(document, "sessions[0].week", "\"ab\"");
        with(document, "kpis.uncoveredByPriority", "{\"RED\": 2, \"Yellow\": 1}");
        assertEquals(List.of(), validate(document));
        assertDoesNotThrow(() -> PlanReader.bind(document));
    }

    @Test
    void timesMayCarrySecondsAsTheSharedMapperWritesThem() {
        assertEquals(List.of(), validate(with("sessions[0].start", "\"08:00:00\"")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            schools[0].schoolDay[0].start       | "8:00"
            schools[0].schoolDay[0].end         | "14:00:5"
            schools[0].lessonGrid[1].end        | "25:00"
            staff[1].unavailable[0].start       | "12.00"
            sessions[0].end                     | "0845"
            sessions[0].start                   | 800
            term.firstDate                      | "2027-02-30"
            term.lastDate                       | "25-06-2027"
            term.holidays[0]                    | "2027-W54"
            term.holidays[0]                    | "week 7"
            term.holidays[1]                    | "2027-13-01"
            """)
    void anUnreadableTimeDateOrWeekIsReported(String path, String json) {
        assertErrorsAt(with(path, json), path);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            classes[2].id                       | "c1"
            staff[2].id                         | "t1"
            demands[2].id                       | "d1"
            sessions[1].id                      | "d1-1"
            schools[0].lessonGrid[3].period     | 1
            """)
    void aRepeatedIdIsReportedAtTheRepeat(String path, String json) {
        assertErrorsAt(with(path, json), path);
    }

    @Test
    void aRepeatedSchoolDayOrClassLessonIsReported() {
        assertErrorsAt(with("schools[0].schoolDay[3]", "{\"day\": \"MONDAY\", \"start\": \"09:00\", \"end\": \"12:00\"}"),
                "schools[0].schoolDay[3].day");
        assertErrorsAt(with("classes[0].lessons[4]", "{\"day\": \"MONDAY\", \"period\": 1}"), "classes[0].lessons[4]");
    }

    /** A school day that differs between the weeks (issue 16): Tuesday ends at 14:00 in week A and 15:30 in week B. */
    @Test
    void aDayMayDifferBetweenWeekAAndWeekB() {
        ObjectNode differing = with("schools[0].schoolDay[1]",
                "{\"week\": \"A\", \"day\": \"TUESDAY\", \"start\": \"08:00\", \"end\": \"14:00\"}");
        differing = with(differing, "schools[0].schoolDay[3]",
                "{\"week\": \"B\", \"day\": \"TUESDAY\", \"start\": \"08:00\", \"end\": \"15:30\"}");
        assertEquals(List.of(), validate(differing));

        // A meeting window after 14:00 on Tuesdays fits week B's day only.
        assertEquals(List.of(), validate(with(differing.deepCopy(), "schools[0].meetingWindows[1]",
                "{\"week\": \"B\", \"day\": \"TUESDAY\", \"start\": \"14:00\", \"end\": \"15:30\"}")));
        ValidationError late = assertErrorsAt(with(differing.deepCopy(), "schools[0].meetingWindows[1]",
                "{\"week\": \"AB\", \"day\": \"TUESDAY\", \"start\": \"14:00\", \"end\": \"15:30\"}"),
                "schools[0].meetingWindows[1].end").get(0);
        assertTrue(late.messageDa().contains("i uge A"), late.messageDa());

        // Week A given twice, or a day for both weeks and again for one, is a repeat.
        assertErrorsAt(with(differing.deepCopy(), "schools[0].schoolDay[4]",
                "{\"week\": \"A\", \"day\": \"TUESDAY\", \"start\": \"09:00\", \"end\": \"12:00\"}"),
                "schools[0].schoolDay[4].day");
        assertErrorsAt(with("schools[0].schoolDay[3]",
                "{\"week\": \"B\", \"day\": \"MONDAY\", \"start\": \"09:00\", \"end\": \"12:00\"}"),
                "schools[0].schoolDay[3].day");
    }

    @Test
    void theSeatsOfOneMeetingMayShareASessionId() {
        assertEquals(List.of(), validate(smallTerm()));
        assertErrorsAt(with("sessions[3].seat", "0"), "sessions[3].id");
    }

    @Test
    void aSchoolAndAStaffMemberMayNotShareAnId() {
        ValidationError error = assertErrorsAt(with("staff[2].id", "\"s1\""), "staff[2].id").get(0);
        assertTrue(error.message().contains("travel"), error.message());
        assertTrue(error.messageDa().contains("rejsetid"), error.messageDa());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            classes[2].schoolId             | "s9"
            demands[0].classId              | "c9"
            demands[1].schoolId             | "s9"
            demands[1].classIds[1]          | "c9"
            staff[0].preferredSchools[0]    | "s9"
            travel.minutes[0].from          | "x"
            travel.minutes[1].to            | "x"
            uncovered[0].demandId           | "d9"
            sessions[0].demandId            | "d9"
            sessions[0].staffId             | "x9"
            sessions[0].schoolId            | "s9"
            sessions[0].classId             | "c9"
            """)
    void aReferenceToNothingIsReported(String path, String json) {
        assertErrorsAt(with(path, json), path);
    }

    @Test
    void aTeamMeetingMayOnlyHaveClassesOfItsSchool() {
        assertErrorsAt(with("demands[1].classIds[1]", "\"c3\""), "demands[1].classIds[1]");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            schools[0].schoolDay[0].end         | "07:00"
            schools[0].meetingWindows[0].end    | "12:00"
            schools[0].lessonGrid[0].end        | "07:45"
            staff[1].unavailable[0].end         | "11:00"
            sessions[0].end                     | "08:00"
            """)
    void anEndNotAfterItsStartIsReportedAtTheEnd(String path, String json) {
        assertErrorsAt(with(path, json), path);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            schools[0].meetingWindows[0].end    | "15:00"
            schools[0].meetingWindows[0].start  | "07:30"
            schools[0].meetingWindows[0].day    | "FRIDAY"
            """)
    void aMeetingWindowMustLieInTheSchoolDay(String path, String json) {
        assertErrorsAt(with(path, json), path);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            classes[0].lessons[0].period    | 7
            classes[0].lessons[0].day       | "THURSDAY"
            """)
    void aClassLessonMustBeInItsSchoolsGridAndWeek(String path, String json) {
        assertErrorsAt(with(path, json), path);
    }

    @Test
    void aLessonPeriodOutsideTheSchoolDayIsAllowed() {
        assertEquals(List.of(), validate(with("schools[0].lessonGrid[3].end", "\"16:00\"")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            term.lastDate       | "2026-12-31"
            term.lastDate       | "2028-06-25"
            term.holidays[1]    | "2027-08-02"
            term.holidays[0]    | "2027-W40"
            """)
    void theTermMustRunForwardsAndHoldItsHolidays(String path, String json) {
        assertErrorsAt(with(path, json), path);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            staff[0].hoursPerWeek               | 49
            staff[0].hoursPerWeek               | -1
            staff[0].hoursPerWeek               | 123456789012345678901234567890
            staff[0].contractedHours            | 50
            staff[0].maxHoursPerDay             | 25
            staff[0].maxSchools                 | 0
            staff[0].base.lon                   | 200
            demands[0].lessonsPerWeek           | 0
            demands[0].lessonsPerWeek           | 41
            demands[0].lessonsPerWeek           | 1.5
            demands[1].minutes                  | 10
            demands[1].minutes                  | 500
            demands[2].blockMinutes             | 10
            demands[2].hoursPerFortnight        | 0
            demands[2].hoursPerFortnight        | 81
            schools[0].pupils                   | 5001
            schools[0].lat                      | 91
            schools[0].lat                      | 1e400
            schools[0].lon                      | -181
            classes[0].pupils                   | -1
            classes[0].grade                    | 11
            travel.minutes[0].minutes           | 601
            travel.minutes[0].minutes           | -5
            travel.speedKmh                     | 0
            travel.detourFactor                 | 0.9
            travel.minutesPerTrip               | 121
            rules.meetingSharePercentMax        | 101
            weights.Travel time                 | -1
            sessions[0].seat                    | -1
            kpis.travelMinutesPerFortnight      | -1
            """)
    void aNumberOutOfRangeIsReportedWithItsBounds(String path, String json) {
        ValidationError error = assertErrorsAt(with(path, json), path).get(0);
        assertTrue(error.message().contains("(given: "), error.message());
        assertTrue(error.messageDa().startsWith("skal være et"), error.messageDa());
    }

    @Test
    void theDanishMessageSaysTheRangeInDanish() {
        ValidationError error = assertErrorsAt(with("staff[0].hoursPerWeek", "60"), "staff[0].hoursPerWeek").get(0);
        assertEquals("skal være et tal mellem 0 og 48 (angivet: 60)", error.messageDa());
        assertEquals("must be a number between 0 and 48 (given: 60)", error.message());
    }

    @Test
    void aDatedAbsenceNeedsBothDatesInOrderInsideTheTerm() {
        assertEquals(List.of(), validate(with("staff[0].absences", "[{\"from\": \"2027-03-01\", \"to\": \"2027-03-19\"}]")));
        assertErrorsAt(with("staff[0].absences", "[{\"from\": \"2027-03-01\"}]"), "staff[0].absences[0].to");
        assertErrorsAt(with("staff[0].absences", "[{\"from\": \"1. marts\", \"to\": \"2027-03-19\"}]"),
                "staff[0].absences[0].from");
        assertErrorsAt(with("staff[0].absences", "[{\"from\": \"2027-03-19\", \"to\": \"2027-03-01\"}]"),
                "staff[0].absences[0].to");
        List<ValidationError> outside = assertErrorsAt(
                with("staff[0].absences", "[{\"from\": \"2027-06-01\", \"to\": \"2027-07-01\"}]"), "staff[0].absences[0]");
        assertEquals("skal ligge i planperioden (2027-01-04 til 2027-06-25)", outside.get(0).messageDa());
        assertErrorsAt(with("staff[0].absences", "{}"), "staff[0].absences");
    }

    @Test
    void anUncoveredSeatMayBeDatedLikeASession() {
        assertEquals(List.of(), validate(with(with("uncovered[0].from", "\"2027-03-01\""), "uncovered[0].to", "\"2027-03-19\"")));
        assertErrorsAt(with(with("uncovered[0].from", "\"2027-03-19\""), "uncovered[0].to", "\"2027-03-01\""),
                "uncovered[0].to");
        assertErrorsAt(with("uncovered[0].from", "\"soon\""), "uncovered[0].from");
    }

    /** As {@link #anyOddValueAnywhereIsReportedOrBinds}, for the fields a rerun adds to a term. */
    @Test
    void anyOddValueInADatedAbsenceOrUncoveredSeatIsReportedOrBinds() {
        ObjectNode rerun = with(with(with("staff[0].absences", "[{\"from\": \"2027-03-01\", \"to\": \"2027-03-19\"}]"),
                "uncovered[0].from", "\"2027-03-01\""), "uncovered[0].to", "\"2027-03-19\"");
        List<String> problems = new ArrayList<>();
        for (String path : Documents.paths(rerun)) {
            if (path.contains("absences") || path.startsWith("uncovered[0].from") || path.startsWith("uncovered[0].to")) {
                checkReportedOrBinds(without(rerun.deepCopy(), path), path + " removed", problems);
                for (String value : List.of("null", "\"\"", "\"x\"", "-1", "2.5", "true", "[]", "[null]", "{}")) {
                    checkReportedOrBinds(with(rerun.deepCopy(), path, value), path + " = " + value, problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    // --- dated work (issue 16): coordination meetings, programmes, absences, hours from a date ----------------

    @Test
    void aTermWithEveryDatedFieldIsReadAndWrittenBackTheSame() throws Exception {
        assertEquals(List.of(), validate(Documents.datedTerm()));
        PlanDocument read = PlanReader.read(Documents.datedTermJson());

        Demand meeting = read.demands().get(3);
        assertEquals(DemandType.COORDINATION_MEETING, meeting.type());
        assertEquals(6, meeting.intervalWeeks());
        Demand programme = read.demands().get(5);
        assertEquals(DemandType.PROGRAMME, programme.type());
        assertEquals(2, programme.count());
        assertEquals(8, programme.weeks());
        Staff psychologist = read.staff().get(1);
        assertEquals(List.of(new Absence(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5)),
                new Absence(LocalDate.of(2027, 5, 20), LocalDate.of(2027, 5, 20))), psychologist.absences());
        assertEquals(List.of(new Staff.HoursFrom(LocalDate.of(2027, 4, 5), 12.5)), psychologist.hoursFrom());
        assertEquals(2, psychologist.programmeCap());
        assertEquals(0, read.staff().get(2).programmeCap());
        assertEquals(Staff.DEFAULT_MAX_PROGRAMMES, read.staff().get(0).programmeCap());

        JsonNode written = Documents.parse(Json.mapper().writeValueAsString(read));
        assertEquals(Documents.datedTerm(), written);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            demands[3].intervalWeeks        | 0
            demands[3].intervalWeeks        | 13
            demands[3].intervalWeeks        | 1.5
            demands[3].minutes              | 10
            demands[5].count                | 0
            demands[5].count                | 51
            demands[5].weeks                | 0
            demands[5].weeks                | 21
            demands[5].minutes              | 500
            staff[1].maxProgrammes          | -1
            staff[1].maxProgrammes          | 11
            staff[1].hoursFrom[0].hoursPerWeek | 49
            staff[1].hoursFrom[0].hoursPerWeek | -1
            """)
    void aDatedNumberOutOfRangeIsReportedWithItsBounds(String path, String json) {
        ValidationError error = assertErrorsAt(with(Documents.datedTerm(), path, json), path).get(0);
        assertTrue(error.message().contains("(given: "), error.message());
        assertTrue(error.messageDa().startsWith("skal være et"), error.messageDa());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            demands[3].classId              | "c1"
            demands[3].classIds             | ["c1"]
            demands[3].lessonsPerWeek       | 2
            demands[3].hoursPerWeek         | 2
            demands[3].hoursPerFortnight    | 2
            demands[3].blockMinutes         | 120
            demands[3].roles                | ["psychologist"]
            demands[3].competence           | "reading"
            demands[3].count                | 2
            demands[3].weeks                | 6
            demands[5].classId              | "c1"
            demands[5].classIds             | ["c1"]
            demands[5].lessonsPerWeek       | 2
            demands[5].hoursPerWeek         | 2
            demands[5].hoursPerFortnight    | 2
            demands[5].blockMinutes         | 120
            demands[5].seats                | [["psychologist"]]
            demands[5].intervalWeeks        | 6
            demands[0].intervalWeeks        | 6
            demands[1].count                | 2
            demands[2].weeks                | 6
            """)
    void aFieldThatDoesNotApplyToADemandsTypeIsRefused(String path, String json) {
        ValidationError error = assertErrorsAt(with(Documents.datedTerm(), path, json), path).get(0);
        assertTrue(error.message().contains("appl"), error.message());
        assertTrue(error.messageDa().startsWith("gælder "), error.messageDa());
    }

    @Test
    void aFieldThatDoesNotApplyIsRefusedWhateverItsValue() {
        ValidationError error = assertErrorsAt(with(Documents.datedTerm(), "demands[3].lessonsPerWeek", "\"many\""),
                "demands[3].lessonsPerWeek").get(0);
        assertEquals("gælder ikke for et behov af typen koordinerings- og prioriteringsmøde; fjern det",
                error.messageDa());
        assertEquals("does not apply to a coordination-meeting demand; remove it", error.message());
        assertEquals("gælder kun for et behov af typen forløb, ikke for co-teaching",
                assertErrorsAt(with(Documents.datedTerm(), "demands[0].weeks", "6"), "demands[0].weeks").get(0)
                        .messageDa());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demands[3].schoolId", "demands[4].schoolId", "demands[5].schoolId", "demands[6].schoolId"})
    void aDatedDemandNeedsItsSchool(String path) {
        assertErrorsAt(without(Documents.datedTerm(), path), path);
        assertErrorsAt(with(Documents.datedTerm(), path, "\"s9\""), path);
    }

    @Test
    void aCoordinationMeetingNeedsTheSchoolsMeetingWindowsAndFitsInTheLongest() {
        ObjectNode noWindows = without(Documents.datedTerm(), "schools[1].meetingWindows");
        ValidationError error = assertErrorsAt(noWindows, "demands[4].schoolId").get(0);
        assertTrue(error.messageDa().startsWith("Skolen har ingen mødetider, så koordinerings- og prioriteringsmøderne"),
                error.messageDa());
        assertTrue(error.message().contains("meetingWindows"), error.message());
        // Engskolen's window is two hours; its collaboration meeting (d2) is as long.
        assertErrorsAt(with(Documents.datedTerm(), "demands[3].minutes", "150"), "demands[3].minutes");
        // Bakkeskolen's is 90 minutes: the default hour fits, two do not.
        assertErrorsAt(with(Documents.datedTerm(), "demands[4].minutes", "120"), "demands[4].minutes");
        assertEquals(List.of(), validate(with(Documents.datedTerm(), "demands[4].minutes", "90")));
    }

    @Test
    void aProgrammeNeedsAWeekdayInBothWeeksLongEnoughForItsSession() {
        ObjectNode weekAOnly = with(Documents.datedTerm(), "schools[1].schoolDay[0].week", "\"A\"");
        with(weekAOnly, "schools[1].schoolDay[1].week", "\"A\"");
        with(weekAOnly, "schools[1].meetingWindows[0].week", "\"A\"");
        ValidationError error = assertErrorsAt(weekAOnly, "demands[6].schoolId").get(0);
        assertTrue(error.messageDa().contains("både uge A og uge B"), error.messageDa());

        // Bakkeskolen's days are six hours long.
        assertErrorsAt(with(Documents.datedTerm(), "demands[6].minutes", "400"), "demands[6].minutes");
        assertEquals(List.of(), validate(with(Documents.datedTerm(), "demands[6].minutes", "360")));
    }

    @Test
    void hoursFromADateLieInsideTheTermOnceEachAndWithinTheContract() {
        String path = "staff[2].hoursFrom";
        assertErrorsAt(with(Documents.datedTerm(), path + "[0].from", "\"2026-12-01\""), path + "[0].from");
        assertErrorsAt(with(Documents.datedTerm(), path + "[0].from", "\"1. februar\""), path + "[0].from");
        ValidationError repeat = assertErrorsAt(with(Documents.datedTerm(), path + "[1].from", "\"2027-02-01\""),
                path + "[1].from").get(0);
        assertTrue(repeat.messageDa().startsWith("timerne fra 2027-02-01 er allerede angivet"), repeat.messageDa());
        assertErrorsAt(without(Documents.datedTerm(), path + "[0].from"), path + "[0].from");
        assertErrorsAt(without(Documents.datedTerm(), path + "[0].hoursPerWeek"), path + "[0].hoursPerWeek");
        // Peter Lund has 37 contracted hours.
        assertErrorsAt(with(Documents.datedTerm(), "staff[1].hoursFrom[0].hoursPerWeek", "38"),
                "staff[1].hoursFrom[0].hoursPerWeek");
        assertErrorsAt(with(Documents.datedTerm(), path, "{}"), path);
        // In any order: the domain sorts them.
        ObjectNode backwards = with(Documents.datedTerm(), path + "[0].from", "\"2027-06-01\"");
        assertEquals(List.of(), validate(backwards));
    }

    @Test
    void aTermMayHaveDatedAbsencesAndBeSolvedFromScratch() {
        assertDoesNotThrow(() -> PlanReader.read(Documents.datedTermJson()));
        assertEquals(List.of(), validate(with("staff[0].absences", "[{\"from\": \"2027-03-01\", \"to\": \"2027-03-19\"}]")));
    }

    /** As {@link #anyOddValueAnywhereIsReportedOrBinds}, for every field of the dated term. */
    @Test
    void anyOddValueInADatedTermIsReportedOrBinds() {
        ObjectNode dated = Documents.datedTerm();
        List<String> problems = new ArrayList<>();
        for (String path : Documents.paths(dated)) {
            if (path.startsWith("demands[") || path.startsWith("staff[")) {
                checkReportedOrBinds(without(dated.deepCopy(), path), path + " removed", problems);
                for (String value : List.of("null", "\"\"", "\"x\"", "-1", "0", "2.5", "1e400", "true", "[]", "[null]",
                        "{}")) {
                    checkReportedOrBinds(with(dated.deepCopy(), path, value), path + " = " + value, problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void hoursForThePlanMayNotExceedTheContractedHours() {
        assertErrorsAt(with("staff[0].hoursPerWeek", "38"), "staff[0].hoursPerWeek");
        assertEquals(List.of(), validate(with("staff[0].hoursPerWeek", "37")));
    }

    @Test
    void coTeachingNeedsAClassWithLessons() {
        ValidationError error = assertErrorsAt(with("classes[0].lessons", "[]"), "demands[0].classId").get(0);
        assertEquals("Klassen har ingen lektioner at lægge co-teaching i", error.messageDa());
        assertErrorsAt(without("classes[0].lessons"), "demands[0].classId");
    }

    @Test
    void coTeachingCannotAskForMoreLessonsThanTheClassHas() {
        assertErrorsAt(with("demands[0].lessonsPerWeek", "5"), "demands[0].lessonsPerWeek");
        assertEquals(List.of(), validate(with("demands[0].lessonsPerWeek", "4")));
    }

    @Test
    void aMeetingNeedsASchoolWithMeetingWindows() {
        assertErrorsAt(with("schools[0].meetingWindows", "[]"), "demands[1].schoolId");
        assertErrorsAt(without("schools[0].meetingWindows"), "demands[1].schoolId");
    }

    @Test
    void aMeetingMustFitInAMeetingWindow() {
        assertErrorsAt(with("demands[1].minutes", "150"), "demands[1].minutes");
        ObjectNode shortWindow = with("schools[0].meetingWindows[0].end", "\"13:00\"");
        assertErrorsAt(without(shortWindow, "demands[1].minutes"), "demands[1].minutes");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            demands[1].seats        | []
            demands[1].seats[1]     | []
            demands[1].seats[0][0]  | "teacher"
            demands[1].seats[0]     | null
            """)
    void meetingSeatsNeedRoles(String path, String json) {
        assertErrorsAt(with(path, json), path);
    }

    @Test
    void presenceNeedsHoursPerWeekOrPerFortnightButNotBoth() {
        assertErrorsAt(without("demands[2].hoursPerFortnight"), "demands[2].hoursPerWeek");
        assertErrorsAt(with("demands[2].hoursPerWeek", "2"), "demands[2].hoursPerFortnight");
        assertEquals(List.of(), validate(with(without("demands[2].hoursPerFortnight"), "demands[2].hoursPerWeek", "2")));
    }

    @Test
    void anUncoveredSessionHasNoStaff() {
        assertEquals(List.of(), validate(without("sessions[0].staffId")));
        assertEquals(List.of(), validate(with("sessions[0].staffId", "null")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            staff[0].preferredSchools[0]    | null
            term.holidays[0]                | null
            schools[0].schoolDay[1]         | null
            demands[3]                      | null
            sessions[4]                     | 7
            """)
    void aNullOrOddItemInAListIsReported(String path, String json) {
        assertErrorsAt(with(path, json), path);
    }

    @Test
    void unknownKeysAreIgnored() {
        ObjectNode document = with("ui", "{\"zoom\": [1, [2, [3]]], \"colours\": {\"s1\": \"#ff0000\"}}");
        with(document, "schools[0].colour", "\"green\"");
        assertEquals(List.of(), validate(document));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ObjectNode document = with("staff[0].hoursPerWeek", "\"x\"");
        with(document, "demands[0].classId", "\"c9\"");
        with(document, "term.lastDate", "\"2026-01-01\"");
        with(document, "schools[0].meetingWindows[0].end", "\"16:00\"");
        with(document, "classes[2].id", "\"\"");
        with(document, "travel.speedKmh", "-3");
        assertErrorsAt(document, "staff[0].hoursPerWeek", "demands[0].classId", "term.lastDate",
                "schools[0].meetingWindows[0].end", "classes[2].id", "travel.speedKmh");
    }

    @Test
    void deepNestingGivesErrorsNotAStackOverflow() {
        ObjectNode document = smallTerm();
        document.set("ui", nested(100_000));
        ((ObjectNode) document.get("term")).set("name", nested(100_000));
        ((ObjectNode) document.get("staff").get(0)).set("hoursPerWeek", nested(100_000));
        assertEquals(List.of("term.name", "staff[0].hoursPerWeek"), paths(validate(document)));
    }

    @Test
    void oddUnicodeIsTextLikeAnyOther() {
        ObjectNode document = with("classes[2].id", "\"\\uD800\\u202E\\u200B🏫\"");
        with(document, "staff[2].name", "\"Zoë Ø. Æblegård 👩‍🏫\"");
        with(document, "demands[0].classId", "\"c\\u0301\"");
        List<ValidationError> errors = assertErrorsAt(document, "demands[0].classId");
        assertTrue(errors.get(0).message().contains("c\u0301"), errors.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Forår\u0000 2027", "Forår \u202E7202", "Forår\n2027"})
    void aNameHoldsNoControlOrTextDirectionCharacters(String name) {
        ObjectNode document = smallTerm();
        ((ObjectNode) document.get("term")).put("name", name);
        ((ObjectNode) document.get("schools").get(0)).put("name", name);

        assertErrorsAt(document, "term.name", "schools[0].name");
    }

    @Test
    void aPlanNameIsCheckedAsATermsNameIs() {
        assertEquals(List.of(), InputValidator.planName("Forår 2027 👩‍🏫"));
        assertEquals(List.of(), InputValidator.planName(""), "no name asked for: the term's own");
        for (String name : List.of("x".repeat(5_000), "Forår\u0000", "\u202Eevil")) {
            List<ValidationError> errors = InputValidator.planName(name);
            assertEquals(List.of("name"), paths(errors), name);
            assertFalse(errors.get(0).messageDa().isBlank());
        }
    }

    @Test
    void aLongValueIsCutShortInTheMessage() {
        String role = "💥".repeat(10_000);
        ValidationError error = assertErrorsAt(with("staff[0].role", "\"" + role + "\""), "staff[0].role").get(0);
        assertTrue(error.message().length() < 300, error.message());
        assertTrue(error.messageDa().contains("…"), error.messageDa());
    }

    /**
     * The validator's promise: for any odd value at any place, or any field taken away, it reports an error or the
     * document binds. A binding failure after a clean validation would be a gap in the validator.
     */
    @Test
    void anyOddValueAnywhereIsReportedOrBinds() {
        List<String> oddValues = List.of("null", "\"\"", "\"x\"", "\"MONDAY\"", "\"08:00\"", "-1", "1", "2.0", "2.5",
                "1e400", "123456789012345678901234567890", "true", "[]", "[null]", "{}");
        List<String> problems = new ArrayList<>();
        for (String path : Documents.paths(smallTerm())) {
            checkReportedOrBinds(without(path), path + " removed", problems);
            for (String value : oddValues) {
                checkReportedOrBinds(with(path, value), path + " = " + value, problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void checkReportedOrBinds(JsonNode document, String change, List<String> problems) {
        try {
            if (InputValidator.validate(document).isEmpty()) {
                Json.mapper().treeToValue(document, PlanDocument.class);
            }
        } catch (Exception e) {
            problems.add(change + ": " + e);
        }
    }

    private static JsonNode nested(int depth) {
        JsonNode node = TextNode.valueOf("bottom");
        for (int i = 0; i < depth; i++) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            list.add(node);
            node = list;
        }
        return node;
    }

    private static List<ValidationError> validate(JsonNode document) {
        List<ValidationError> errors = assertDoesNotThrow(() -> InputValidator.validate(document));
        for (ValidationError error : errors) {
            assertFalse(error.message().isBlank(), error::toString);
            assertFalse(error.messageDa().isBlank(), error::toString);
        }
        return errors;
    }

    /** Validates and asserts that the document is wrong at exactly these paths, and nowhere else. */
    private static List<ValidationError> assertErrorsAt(JsonNode document, String... expectedPaths) {
        List<ValidationError> errors = validate(document);
        assertEquals(new TreeSet<>(List.of(expectedPaths)),
                errors.stream().map(ValidationError::path).collect(toCollection(TreeSet::new)), errors::toString);
        return errors;
    }

    private static List<String> paths(List<ValidationError> errors) {
        return errors.stream().map(ValidationError::path).toList();
    }
}
