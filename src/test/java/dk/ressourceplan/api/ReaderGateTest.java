package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The gate that keeps readers from crowding out the solver lets every read through in turn, failed ones too. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ReaderGateTest {

    @TempDir
    Path dataDirectory;

    @Test
    void readsThatFailGiveTheirTurnBack() {
        // One solver per core leaves no core free: one read at a time.
        assertEquals(1, ReaderGate.permitsFor(2, 2));
        assertEquals(1, ReaderGate.permitsFor(2, 1));
        assertEquals(3, ReaderGate.permitsFor(4, 1));
        try (TestPlanner planner = TestPlanner.start(TestPlanner.settings(dataDirectory)
                .withMaxConcurrentSolves(Runtime.getRuntime().availableProcessors()))) {
            String planId = planner.submit(TestPlanner.smallTerm(2));
            for (int i = 0; i < 5; i++) {
                assertEquals(404, planner.get("/api/plans/no-such-plan").status());
                assertEquals(409, planner.get("/api/plans/" + planId + "/analysis").status(), "nothing to explain yet");
                assertEquals(409, planner.get("/api/plans/" + planId + "/diff?from=x").status(), "not solved yet");
                assertEquals(403, planner.newUser("Staff " + i, UserRole.STAFF, null, "ct-" + i).get("/api/plans")
                        .status());
            }
            assertEquals(200, planner.get("/api/plans").status(), "every failed read gave its turn back");
            assertEquals(200, planner.get("/api/plans/" + planId).status());
        }
    }
}
