package dk.ressourceplan.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.TermCalendar;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.solver.SolvedDatedTerms;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar read back by an independent parser: Python's {@code icalendar}, with {@code recurring_ical_events}
 * expanding the repeat rules and EXDATEs (Debian's python3-icalendar and python3-recurring-ical-events, which
 * {@code .ci/run} installs). The expanded occurrences must be exactly the plan's dated sessions: each session of the
 * fortnight on every teaching date of its weeks, holidays left out, the pieces of a rerun each on its own dates,
 * and a meeting once per date with every covered seat's person. Without Python and the modules the test is skipped
 * with a message on a developer's machine, and fails in CI.
 */
class IcsReadBackTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    @TempDir
    Path dir;

    /** A dated session as the plan means it: which session of the template, when, and who is there. */
    private record Occurrence(String session, String start, String end, TreeSet<String> people) {
    }

    /**
     * The small plan after a rerun from 1 March: Anne's Monday lesson goes to Peter, the Tuesday lesson moves to
     * 10:00, and the meeting's uncovered second seat goes to Anne.
     */
    static PlanDocument rerunFromMarch() {
        PlanDocument plan = TestPlans.spring2027();
        List<PlanSession> sessions = new ArrayList<>();
        for (PlanSession s : plan.sessions()) {
            switch (s.id()) {
                case "s1" -> {
                    sessions.add(s.during(null, MARCH_1.minusDays(1)));
                    sessions.add(new PlanSession(s.id(), s.demandId(), s.type(), s.schoolId(), s.classId(),
                            TestPlans.PETER, s.seat(), s.week(), s.day(), s.start(), s.end(), MARCH_1, null));
                }
                case "s3" -> {
                    sessions.add(s.during(null, MARCH_1.minusDays(1)));
                    sessions.add(new PlanSession(s.id(), s.demandId(), s.type(), s.schoolId(), s.classId(),
                            s.staffId(), s.seat(), s.week(), s.day(), LocalTime.of(10, 0), LocalTime.of(10, 45),
                            MARCH_1, null));
                }
                case "d-bakke-meet/1/2" -> {
                    sessions.add(s.during(null, MARCH_1.minusDays(1)));
                    sessions.add(new PlanSession(s.id(), s.demandId(), s.type(), s.schoolId(), s.classId(),
                            TestPlans.ANNE, s.seat(), s.week(), s.day(), s.start(), s.end(), MARCH_1, null));
                }
                default -> sessions.add(s);
            }
        }
        return plan.withSolution(plan.score(), plan.kpis(), plan.uncovered(), sessions);
    }

    /** Worked out from the plan's sessions and the term's dates, not from the calendar. */
    private static Map<String, Occurrence> expected(PlanDocument plan, ExportFilter filter) {
        TermCalendar term = new TermCalendar(plan.term());
        Map<String, List<PlanSession>> kept = new HashMap<>();
        for (PlanSession s : plan.sessions()) {
            kept.computeIfAbsent(CalendarSeries.templateId(s), k -> new ArrayList<>()).add(s);
        }
        Map<String, Occurrence> expected = new TreeMap<>();
        kept.forEach((session, seats) -> {
            if (seats.stream().noneMatch(filter::keeps)) {
                return;
            }
            for (PlanSession seat : seats) {
                for (LocalDate date : term.datesOf(seat.week(), seat.day())) {
                    if (seat.holdsOn(date)) {
                        Occurrence occurrence = expected.computeIfAbsent(session + " " + date.atTime(seat.start()),
                                k -> new Occurrence(session, date.atTime(seat.start()).toString(),
                                        date.atTime(seat.end()).toString(), new TreeSet<>()));
                        if (seat.staffId() != null) {
                            occurrence.people().add(seat.staffId());
                        }
                    }
                }
            }
        });
        return expected;
    }

    /** What Python read: the session from the UID (its stretch's date taken off), the times and the attendees. */
    private Map<String, Occurrence> readBack(PlanDocument plan, ExportFilter filter) throws Exception {
        return readBack(expand(plan, filter, List.of()));
    }

    private static Map<String, Occurrence> readBack(List<JsonNode> lines) {
        Map<String, Occurrence> read = new TreeMap<>();
        for (JsonNode line : lines) {
            String uid = line.get("uid").asText().replace("@ressourceplan", "").replaceAll("-from-\\d{8}$", "");
            String session = URLDecoder.decode(uid.replace("+", "%2B"), StandardCharsets.UTF_8);
            TreeSet<String> people = new TreeSet<>();
            line.get("attendees").forEach(a -> people.add(a.asText().replace("urn:x-ressourceplan:staff:", "")));
            Occurrence occurrence = new Occurrence(session, line.get("start").asText(), line.get("end").asText(), people);
            if (read.put(session + " " + occurrence.start(), occurrence) != null) {
                fail("two events for " + session + " at " + occurrence.start());
            }
        }
        return read;
    }

    private List<JsonNode> expand(PlanDocument plan, ExportFilter filter, List<PlanDocument> publishedBefore)
            throws Exception {
        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        Exports.write(plan, ExportFormat.ICS, filter, publishedBefore, ics);
        Path file = dir.resolve("plan.ics");
        Files.write(file, ics.toByteArray());
        Path script = dir.resolve("expand.py");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/ical/expand.py"))) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Process python;
        try {
            python = new ProcessBuilder(pythonCommand(), script.toString(), file.toString(),
                    plan.term().firstDate().toString(), plan.term().lastDate().toString())
                    .redirectError(dir.resolve("python.err").toFile()).start();
        } catch (IOException e) {
            missing("python3 is not installed");
            return List.of();
        }
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = python.waitFor();
        String err = Files.readString(dir.resolve("python.err"));
        if (exit == 3) {
            missing(err.strip());
        }
        assertEquals(0, exit, err);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(Json.mapper().readTree(line));
            }
        }
        return lines;
    }

    /** Debian's python3, where the packages install, before whatever else is first on the path. */
    private static String pythonCommand() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static void missing(String what) {
        String message = "the calendar read-back needs Python's icalendar and recurring_ical_events (" + what
                + "); install them with: apt-get install python3-icalendar python3-recurring-ical-events";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    @Test
    void theRepeatRulesGiveExactlyTheDatedSessionsOfTheWholePlan() throws Exception {
        PlanDocument plan = TestPlans.spring2027();

        Map<String, Occurrence> read = readBack(plan, ExportFilter.wholePlan());

        assertEquals(expected(plan, ExportFilter.wholePlan()), read);
        assertTrue(read.size() > 100, "the term's dates, not the template's: " + read.size());
    }

    /**
     * A school's calendar in a term with dated work: its coordination meetings and programme sessions on their dates,
     * each exactly once, and nothing in the winter holiday.
     */
    @Test
    void aSchoolsCalendarHasItsDatedWorkOnItsDatesAndNothingInAHoliday() throws Exception {
        PlanDocument plan = SolvedDatedTerms.sixSchoolsEightWeeks();
        TermCalendar calendar = new TermCalendar(plan.term());
        String school = plan.sessions().stream().filter(s -> s.type() == DemandType.COORDINATION_MEETING && s.staffId() != null)
                .map(PlanSession::schoolId).filter(id -> plan.sessions().stream()
                        .anyMatch(s -> s.schoolId().equals(id) && s.type() == DemandType.PROGRAMME && s.staffId() != null))
                .findFirst().orElseThrow();
        ExportFilter filter = ExportFilter.school(school);

        Map<String, Occurrence> read = readBack(plan, filter);

        assertEquals(expected(plan, filter), read);
        long meetings = read.values().stream().filter(o -> o.session().startsWith("koord-")).count();
        long heldMeetings = plan.sessions().stream().filter(s -> s.schoolId().equals(school)
                && s.type() == DemandType.COORDINATION_MEETING && s.seat() == null || s.schoolId().equals(school)
                && s.type() == DemandType.COORDINATION_MEETING && s.seat() == 1).count();
        assertTrue(meetings >= 1 && meetings == heldMeetings, meetings + " coordination meetings in the calendar, "
                + heldMeetings + " in the plan");
        assertTrue(read.values().stream().filter(o -> o.session().startsWith("forloeb-")).count() >= 4,
                "a programme's weekly sessions");
        for (Occurrence occurrence : read.values()) {
            LocalDate date = LocalDate.parse(occurrence.start().substring(0, 10));
            assertTrue(calendar.isTeachingDay(date), occurrence + " on a day without teaching");
            assertFalse(date.isAfter(LocalDate.of(2027, 2, 14)) && date.isBefore(LocalDate.of(2027, 2, 22)),
                    occurrence + " in the winter holiday");
        }
    }

    @Test
    void afterARerunEachPieceHoldsOnItsOwnDatesForASchoolAndAPerson() throws Exception {
        PlanDocument plan = rerunFromMarch();

        for (ExportFilter filter : List.of(ExportFilter.school(TestPlans.BAKKE), ExportFilter.school(TestPlans.HOEJBY),
                ExportFilter.staff(TestPlans.ANNE), ExportFilter.staff(TestPlans.PETER), ExportFilter.wholePlan())) {
            assertEquals(expected(plan, filter), readBack(plan, filter), filter.toString());
        }
    }

    @Test
    void aRepublishedEventKeepsItsUidWithAHigherSequenceAndAnUnchangedOneKeepsItsSequence() throws Exception {
        PlanDocument published = TestPlans.spring2027();
        PlanDocument rerun = rerunFromMarch();

        Map<String, Integer> sequences = new TreeMap<>();
        for (JsonNode line : expand(rerun, ExportFilter.wholePlan(), List.of(published))) {
            sequences.put(line.get("uid").asText(), line.get("sequence").asInt());
        }

        assertEquals(1, sequences.get("s1@ressourceplan"), "ends on 28 February now (UNTIL)");
        assertEquals(1, sequences.get("s3@ressourceplan"));
        assertEquals(1, sequences.get("d-bakke-meet%2F1@ressourceplan"));
        assertEquals(0, sequences.get("s1-from-20270301@ressourceplan"), "new from 1 March");
        assertEquals(0, sequences.get("s2@ressourceplan"), "unchanged");
        assertEquals(0, sequences.get("s7@ressourceplan"), "unchanged");
        Map<String, Integer> again = new TreeMap<>();
        for (JsonNode line : expand(rerun, ExportFilter.wholePlan(), List.of(published, rerun))) {
            again.put(line.get("uid").asText(), line.get("sequence").asInt());
        }
        assertEquals(sequences, again, "publishing the same plan once more changes no event");
    }
}
