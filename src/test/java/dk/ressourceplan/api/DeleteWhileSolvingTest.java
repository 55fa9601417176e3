package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting a plan and solving it are serialised per plan (issue 17, item 6): a solve that races a deletion either
 * ran first and was stopped by it, or comes after it and is refused as a plan that does not exist; either way no job
 * runs on a deleted plan and no revision of it is left "in progress".
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DeleteWhileSolvingTest {

    private static final int TRIALS = 10;

    @TempDir
    Path dataDirectory;

    @Test
    void aSolveRacingADeletionNeverOutlivesThePlan() throws Exception {
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            for (int trial = 0; trial < TRIALS; trial++) {
                String planId = planner.submit(TestPlanner.smallTerm(2));
                CountDownLatch ready = new CountDownLatch(2);
                CompletableFuture<Integer> solve = CompletableFuture.supplyAsync(() -> {
                    ready.countDown();
                    await(ready);
                    return planner.post("/api/plans/" + planId + "/solve?seconds=600").status();
                });
                CompletableFuture<Integer> delete = CompletableFuture.supplyAsync(() -> {
                    ready.countDown();
                    await(ready);
                    return planner.delete("/api/plans/" + planId).status();
                });

                assertEquals(204, delete.get(1, TimeUnit.MINUTES), "trial " + trial);
                assertTrue(Set.of(202, 404).contains(solve.get(1, TimeUnit.MINUTES)), "trial " + trial);
                assertEquals(404, planner.get("/api/plans/" + planId + "/status").status(), "trial " + trial);
                assertTrue(planner.get("/api/plans").json().findValuesAsText("id").stream().noneMatch(planId::equals));
                for (JsonNode revision : planner.get("/api/plans/" + planId + "/revisions").json().get("revisions")) {
                    assertEquals("COMPLETE", revision.get("state").asText(), "trial " + trial + ": " + revision);
                }
            }
        }
    }

    @Test
    void aPlanDeletedWhileSolvingKeepsNoRevisionInProgress() {
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            String planId = planner.submit(TestPlanner.smallTerm(2));
            assertEquals(202, planner.post("/api/plans/" + planId + "/solve?seconds=600").status());
            // Once the solve has saved a plan, its revision is in progress.
            planner.await("/api/plans/" + planId, plan -> plan.get("revisions").size() == 2);

            assertEquals(204, planner.delete("/api/plans/" + planId).status());

            List<JsonNode> revisions = List.copyOf(planner.get("/api/plans/" + planId + "/revisions").json()
                    .findValues("revisions").get(0).findParents("number"));
            assertEquals(2, revisions.size());
            JsonNode solved = revisions.get(1);
            assertEquals("COMPLETE", solved.get("state").asText());
            assertTrue(solved.get("interrupted").asBoolean(), "the trail shows the solve was cut short: " + solved);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
