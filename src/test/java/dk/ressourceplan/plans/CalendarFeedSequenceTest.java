package dk.ressourceplan.plans;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.timetable.UntisExports;
import dk.ressourceplan.solver.PlanResult;
import dk.ressourceplan.solver.PlanSolver;
import dk.ressourceplan.store.RevisionContent;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionState;
import dk.ressourceplan.store.SqlitePlanStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A staff member's subscribed calendar after a rerun is published (issue 20): the event that changed keeps its UID
 * with a higher SEQUENCE, so the calendar program takes the change; the stretch from the rerun is a new event.
 */
class CalendarFeedSequenceTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    @TempDir
    Path dir;

    private static String unfolded(byte[] ics) {
        return new String(ics, StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    /** The event with this UID, from BEGIN to END. */
    private static String event(String ics, String uid) {
        int at = ics.indexOf("UID:" + uid + "\r\n");
        assertTrue(at >= 0, uid + " in " + ics);
        return ics.substring(ics.lastIndexOf("BEGIN:VEVENT", at), ics.indexOf("END:VEVENT", at));
    }

    @Test
    void aPublishedRerunRaisesTheSequenceOfTheEventsItChanged() throws Exception {
        PlanDocument term = UntisExports.term();
        PlanDocument published = PlanResult.toDocument(term, PlanSolver.startingPlan(term));
        PlanSession moved = published.sessions().stream().filter(s -> "ct1".equals(s.staffId())).findFirst()
                .orElseThrow();
        List<PlanSession> sessions = new ArrayList<>();
        for (PlanSession s : published.sessions()) {
            if (s.equals(moved)) {
                sessions.add(s.during(null, MARCH_1.minusDays(1)));
                sessions.add(new PlanSession(s.id(), s.demandId(), s.type(), s.schoolId(), s.classId(), "ct2",
                        s.seat(), s.week(), s.day(), s.start(), s.end(), MARCH_1, null));
            } else {
                sessions.add(s);
            }
        }
        PlanDocument rerun = published.withSolution(published.score(), published.kpis(), published.uncovered(),
                sessions);

        try (SqlitePlanStore store = SqlitePlanStore.open(dir)) {
            String plan = store.createPlan("p", "test", Json.mapper().writeValueAsString(term)).id();
            for (PlanDocument solution : List.of(published, rerun)) {
                store.addRevision(plan, RevisionKind.SOLUTION, RevisionState.COMPLETE, "test", 1, new RevisionContent(
                        Json.mapper().writeValueAsString(solution), "0hard/0medium/0soft", null));
            }
            PlanDownloads downloads = new PlanDownloads(store, new StoredDocuments());
            store.publish(plan, 2, "test");
            String before = unfolded(downloads.staffCalendar("ct1").orElseThrow().bytes());
            store.publish(plan, 3, "test");
            String after = unfolded(downloads.staffCalendar("ct1").orElseThrow().bytes());
            String newcomer = unfolded(downloads.staffCalendar("ct2").orElseThrow().bytes());

            String uid = moved.id().replace("/", "%2F") + "@ressourceplan";
            assertFalse(event(before, uid).contains("SEQUENCE"), "first publication");
            assertTrue(event(after, uid).contains("SEQUENCE:1\r\n"), event(after, uid));
            java.util.regex.Matcher until = java.util.regex.Pattern.compile("UNTIL=(\\d{8})").matcher(event(after, uid));
            assertTrue(until.find() && until.group(1).compareTo("20270301") < 0, "ends before 1 March: " + event(after, uid));
            String fromMarch = moved.id().replace("/", "%2F") + "-from-20270301@ressourceplan";
            assertFalse(event(newcomer, fromMarch).contains("SEQUENCE"), "new in this publication");
            assertTrue(event(newcomer, fromMarch).contains("ATTENDEE;CN=Person ct2"), event(newcomer, fromMarch));
        }
    }
}
