package dk.ressourceplan.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/** What a school's session rows must show, read back from the CSV file or the spreadsheet alike. */
final class SpreadsheetExpectations {

    static final List<String> SESSION_HEADERS = List.of("Uge", "Dag", "Start", "Slut", "Skole", "Klasse/møde",
            "Medarbejder", "Rolle", "Kompetence", "Behov-id", "Gælder fra", "Gælder til", "Låst");

    private static final Map<DayOfWeek, String> DAYS = Map.of(DayOfWeek.MONDAY, "mandag", DayOfWeek.TUESDAY,
            "tirsdag", DayOfWeek.WEDNESDAY, "onsdag", DayOfWeek.THURSDAY, "torsdag", DayOfWeek.FRIDAY, "fredag");
    private static final Map<String, String> STAFF_NAMES = Map.of(TestPlans.ANNE, "Anne Holm", TestPlans.PETER,
            "Peter Søndergaard");

    private SpreadsheetExpectations() {
    }

    /** Every session of the school has its own row, and no row belongs to another school. */
    static void assertSessionsOfBakkeskolen(PlanDocument plan, List<List<String>> rows) {
        List<PlanSession> sessions = plan.sessions().stream()
                .filter(s -> s.schoolId().equals(TestPlans.BAKKE)).toList();
        assertEquals(sessions.size(), rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(row -> row.get(4).equals("Bakkeskolen")), rows.toString());
        for (PlanSession session : sessions) {
            List<String> expected = List.of(session.week() == Week.AB ? "A og B"
                    : session.week().name(), DAYS.get(session.day()), session.start().toString(),
                    session.end().toString(), "Bakkeskolen",
                    session.staffId() == null ? "udækket" : STAFF_NAMES.get(session.staffId()), session.demandId());
            assertTrue(rows.stream().anyMatch(row -> List.of(row.get(0), row.get(1), row.get(2), row.get(3),
                    row.get(4), row.get(6), row.get(9)).equals(expected)), "no row for " + session);
        }
    }
}
