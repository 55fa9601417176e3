package dk.ressourceplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store after the service stops, cleanly or not, and starts again on the same file. */
class StoreRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aReopenedStoreFindsEverything() {
        String planId;
        String tokenHash = "a".repeat(64);
        try (SqlitePlanStore before = SqlitePlanStore.open(dataDirectory)) {
            planId = before.createPlan("Odense", "anne", "{\"p\":1}").id();
            before.addRevision(planId, RevisionKind.SOLUTION, RevisionState.COMPLETE, "anne", 1,
                    new RevisionContent("{\"s\":1}", "0hard/0medium/-1soft", "{\"k\":1}"));
            before.publish(planId, 2, "anne");
            before.createUser("Anne", "PLANNER", null, tokenHash);
        }

        try (SqlitePlanStore after = SqlitePlanStore.open(dataDirectory)) {
            assertEquals("Odense", after.findPlan(planId).orElseThrow().name());
            assertEquals(List.of(1, 2), after.revisions(planId).stream().map(RevisionRecord::number).toList());
            RevisionDocument published = after.published(planId).orElseThrow();
            assertEquals("{\"s\":1}", published.documentJson());
            assertEquals("anne", published.revision().published().by());
            assertEquals("Anne", after.findUserByTokenHash(tokenHash).orElseThrow().name());
            assertTrue(after.recoverInterrupted().isEmpty());
        }
    }

    @Test
    void aSolveCutShortKeepsItsLastSavedBestSolution() {
        // The first store is never closed, as when the process is killed; its committed writes are all there is.
        SqlitePlanStore killed = SqlitePlanStore.open(dataDirectory);
        try {
            String planId = killed.createPlan("Vejle", "anne", "{\"p\":1}").id();
            int solving = killed.addRevision(planId, RevisionKind.SOLUTION, RevisionState.IN_PROGRESS, "anne", 1,
                    new RevisionContent("{\"best\":1}", "-2hard/0medium/0soft", null)).number();
            killed.updateInProgressRevision(planId, solving,
                    new RevisionContent("{\"best\":2}", "0hard/0medium/-8soft", "{\"k\":2}"),
                    RevisionState.IN_PROGRESS);

            try (SqlitePlanStore restarted = SqlitePlanStore.open(dataDirectory)) {
                List<RevisionRecord> recovered = restarted.recoverInterrupted();

                assertEquals(1, recovered.size());
                RevisionRecord revision = recovered.get(0);
                assertEquals(planId, revision.planId());
                assertEquals(solving, revision.number());
                assertEquals(RevisionState.COMPLETE, revision.state());
                assertTrue(revision.interrupted());
                assertEquals("0hard/0medium/-8soft", revision.score());
                RevisionDocument kept = restarted.revision(planId, solving).orElseThrow();
                assertEquals("{\"best\":2}", kept.documentJson());
                assertFalse(restarted.revision(planId, 1).orElseThrow().revision().interrupted());
                assertThrows(IllegalStateException.class, () -> restarted.updateInProgressRevision(planId, solving,
                        RevisionContent.of("{\"best\":3}"), RevisionState.COMPLETE));
                assertEquals(planId, restarted.publish(planId, solving, "anne").planId(),
                        "the saved best solution can be published");
                assertTrue(restarted.recoverInterrupted().isEmpty());
            }
        } finally {
            killed.close();
        }
    }
}
