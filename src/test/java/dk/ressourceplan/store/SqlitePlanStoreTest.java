package dk.ressourceplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlitePlanStoreTest {

    private static final Instant NOW = Instant.parse("2025-08-11T07:30:00.125Z");
    private static final String PROBLEM = "{\"term\":{\"name\":\"Efterår 2025\"}}";

    @TempDir
    Path dataDirectory;

    private SqlitePlanStore store;

    @BeforeEach
    void open() {
        store = SqlitePlanStore.open(dataDirectory, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewPlanHasItsProblemAsCompleteRevisionOne() {
        PlanRecord plan = store.createPlan("Odense efterår", "planner-anne", PROBLEM);

        assertEquals(new PlanRecord(plan.id(), "Odense efterår", NOW, "planner-anne"),
                store.findPlan(plan.id()).orElseThrow());
        assertTrue(plan.id().matches("[a-z2-9]{10}"), plan.id());
        RevisionDocument first = store.revision(plan.id(), 1).orElseThrow();
        assertEquals(PROBLEM, first.documentJson());
        assertEquals(RevisionKind.PROBLEM, first.revision().kind());
        assertEquals(RevisionState.COMPLETE, first.revision().state());
        assertEquals("planner-anne", first.revision().author());
        assertEquals(NOW, first.revision().createdAt());
        assertNull(first.revision().score());
        assertNull(first.revision().published());
    }

    @Test
    void recoveryMarksTheInterruptedRevisionAndKeepsTheTimeItsBestWasSaved() {
        PlanRecord plan = store.createPlan("Vejle", "Anne", PROBLEM);
        store.addRevision(plan.id(), RevisionKind.SOLUTION, RevisionState.IN_PROGRESS, "Anne", 1,
                new RevisionContent("{}", "-1hard/0medium/0soft", "{}"));
        store.close();
        Instant restart = NOW.plusSeconds(3 * 24 * 3600);
        store = SqlitePlanStore.open(dataDirectory, Clock.fixed(restart, ZoneOffset.UTC));

        RevisionRecord recovered = store.recoverInterrupted().get(0);

        assertEquals(RevisionState.COMPLETE, recovered.state());
        assertTrue(recovered.interrupted());
        assertEquals(NOW, recovered.updatedAt(), "the time of the best saved, not of the restart");
        RevisionRecord shown = store.history(plan.id()).orElseThrow().revisions().get(1);
        assertEquals(NOW, shown.updatedAt());
        assertTrue(shown.interrupted());
    }

    @Test
    void theHistoryNamesWhoDidWhatAndOutlivesTheDeletion() {
        PlanRecord plan = store.createPlan("Kolding", "Anne", PROBLEM);
        store.addRevision(plan.id(), RevisionKind.SOLUTION, RevisionState.COMPLETE, "Bo", 1,
                new RevisionContent("{}", "0hard/0medium/0soft", "{}"));
        store.publish(plan.id(), 2, "Pia");
        assertTrue(store.deletePlan(plan.id(), "Anne"));

        PlanHistory history = store.history(plan.id()).orElseThrow();

        assertEquals(plan, history.plan());
        assertEquals(List.of("Anne", "Bo"), history.revisions().stream().map(RevisionRecord::author).toList());
        assertEquals(List.of(new Publication(2, NOW, "Pia")), history.publications());
        assertEquals(NOW, history.deletedAt());
        assertEquals("Anne", history.deletedBy());
        assertTrue(store.history("no-such-plan").isEmpty());
        assertNull(store.history(store.createPlan("Vejle", "Anne", PROBLEM).id()).orElseThrow().deletedAt());
    }

    @Test
    void deletedPlansAreHiddenButNotRemoved() {
        PlanRecord kept = store.createPlan("Vejle", "anne", PROBLEM);
        PlanRecord deleted = store.createPlan("Esbjerg", "anne", PROBLEM);

        assertTrue(store.deletePlan(deleted.id(), "anne"));

        assertEquals(List.of(kept), store.listPlans());
        assertTrue(store.findPlan(deleted.id()).isEmpty());
        assertTrue(store.revisions(deleted.id()).isEmpty());
        assertFalse(store.deletePlan(deleted.id(), "anne"), "already deleted");
        assertFalse(store.deletePlan("nosuchplan", "anne"));
        assertThrows(NotFoundException.class, () -> store.addRevision(deleted.id(), RevisionKind.SOLUTION,
                RevisionState.COMPLETE, "solver", 1, RevisionContent.of("{}")));
    }

    @Test
    void revisionsAreNumberedInOrderAndKeepTheirParent() {
        String planId = store.createPlan("Brøndby", "anne", PROBLEM).id();

        RevisionRecord solution = store.addRevision(planId, RevisionKind.SOLUTION, RevisionState.COMPLETE, "anne", 1,
                new RevisionContent("{\"sessions\":[]}", "0hard/0medium/-10soft", "{\"travelMinutes\":40}"));
        RevisionRecord changed = store.addRevision(planId, RevisionKind.PROBLEM, RevisionState.COMPLETE, "bo", null,
                RevisionContent.of("{\"changed\":true}"));
        RevisionRecord rerun = store.addRevision(planId, RevisionKind.RERUN, RevisionState.COMPLETE, "bo", 3,
                new RevisionContent("{\"rerun\":true}", "0hard/0medium/-12soft", "{}"));

        assertEquals(List.of(1, 2, 3, 4), store.revisions(planId).stream().map(RevisionRecord::number).toList());
        assertEquals(2, solution.number());
        assertEquals(1, solution.parentNumber());
        assertNull(changed.parentNumber());
        assertEquals(3, rerun.parentNumber());
        assertEquals("{\"travelMinutes\":40}", store.revision(planId, 2).orElseThrow().revision().kpisJson());
        assertEquals("{\"changed\":true}", store.latest(planId, RevisionKind.PROBLEM).orElseThrow().documentJson());
        assertEquals(2, store.latest(planId, RevisionKind.SOLUTION).orElseThrow().revision().number());
        assertEquals(4, store.latest(planId, RevisionKind.SOLUTION, RevisionKind.RERUN).orElseThrow()
                .revision().number());
        assertEquals(4, store.latest(planId).orElseThrow().revision().number());
        assertTrue(store.latest(planId, RevisionKind.IMPORT).isEmpty());
    }

    @Test
    void aRevisionNamesAnExistingParent() {
        String planId = store.createPlan("Rødovre", "anne", PROBLEM).id();

        assertThrows(NotFoundException.class, () -> store.addRevision(planId, RevisionKind.SOLUTION,
                RevisionState.COMPLETE, "solver", 7, RevisionContent.of("{}")));
        assertThrows(NotFoundException.class, () -> store.addRevision("nosuchplan", RevisionKind.SOLUTION,
                RevisionState.COMPLETE, "solver", null, RevisionContent.of("{}")));
        assertEquals(1, store.revisions(planId).size());
    }

    @Test
    void aRunningSolveReplacesItsBestSoFarUntilItIsComplete() {
        String planId = store.createPlan("Odense", "anne", PROBLEM).id();
        RevisionRecord started = store.addRevision(planId, RevisionKind.SOLUTION, RevisionState.IN_PROGRESS,
                "anne", 1, new RevisionContent("{\"best\":1}", "-3hard/0medium/0soft", null));

        store.updateInProgressRevision(planId, started.number(),
                new RevisionContent("{\"best\":2}", "-1hard/0medium/0soft", "{}"), RevisionState.IN_PROGRESS);
        RevisionRecord finished = store.updateInProgressRevision(planId, started.number(),
                new RevisionContent("{\"best\":3}", "0hard/0medium/-5soft", "{\"k\":1}"), RevisionState.COMPLETE);

        assertEquals(RevisionState.COMPLETE, finished.state());
        assertEquals("0hard/0medium/-5soft", finished.score());
        assertEquals("{\"best\":3}", store.revision(planId, started.number()).orElseThrow().documentJson());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> store.updateInProgressRevision(planId, started.number(),
                        RevisionContent.of("{\"best\":4}"), RevisionState.COMPLETE));
        assertTrue(refused.getMessage().contains("complete"), refused.getMessage());
        assertEquals("{\"best\":3}", store.revision(planId, started.number()).orElseThrow().documentJson());
        assertThrows(IllegalStateException.class, () -> store.updateInProgressRevision(planId, 1,
                RevisionContent.of("{}"), RevisionState.COMPLETE), "the submitted problem is complete");
        assertThrows(NotFoundException.class, () -> store.updateInProgressRevision(planId, 9,
                RevisionContent.of("{}"), RevisionState.COMPLETE));
    }

    @Test
    void onlyCompleteSolutionsAndRerunsArePublished() {
        String planId = store.createPlan("Vejle", "anne", PROBLEM).id();
        int running = store.addRevision(planId, RevisionKind.SOLUTION, RevisionState.IN_PROGRESS, "anne", 1,
                RevisionContent.of("{}")).number();
        int imported = store.addRevision(planId, RevisionKind.IMPORT, RevisionState.COMPLETE, "anne", null,
                RevisionContent.of("{}")).number();
        int rerunWithoutPlan = store.addRevision(planId, RevisionKind.RERUN, RevisionState.COMPLETE, "ppr-bo", 1,
                RevisionContent.of("{}")).number();

        assertThrows(IllegalStateException.class, () -> store.publish(planId, 1, "anne"), "a problem");
        assertThrows(IllegalStateException.class, () -> store.publish(planId, running, "anne"), "still solving");
        assertThrows(IllegalStateException.class, () -> store.publish(planId, imported, "anne"), "an import");
        assertThrows(IllegalStateException.class, () -> store.publish(planId, rerunWithoutPlan, "ppr-bo"),
                "a rerun that ended before it found a plan");
        assertThrows(NotFoundException.class, () -> store.publish(planId, 42, "anne"));
        assertTrue(store.published(planId).isEmpty());
        assertTrue(store.publications(planId).isEmpty());
    }

    @Test
    void publishingRecordsWhoAndWhenAndTheLatestIsShown() {
        String planId = store.createPlan("Esbjerg", "anne", PROBLEM).id();
        int solution = store.addRevision(planId, RevisionKind.SOLUTION, RevisionState.COMPLETE, "anne", 1,
                new RevisionContent("{\"v\":2}", "0hard/0medium/-9soft", "{}")).number();
        int rerun = store.addRevision(planId, RevisionKind.RERUN, RevisionState.COMPLETE, "ppr-bo", solution,
                new RevisionContent("{\"v\":3}", "0hard/0medium/-7soft", "{}")).number();

        RevisionRecord first = store.publish(planId, solution, "anne");
        assertEquals(new Publication(solution, NOW, "anne"), first.published());
        store.publish(planId, rerun, "ppr-bo");
        assertEquals("{\"v\":3}", store.published(planId).orElseThrow().documentJson());

        // Going back to the first solution publishes it again and keeps the earlier record.
        store.publish(planId, solution, "anne");

        assertEquals("{\"v\":2}", store.published(planId).orElseThrow().documentJson());
        assertEquals(List.of(new Publication(solution, NOW, "anne"), new Publication(rerun, NOW, "ppr-bo"),
                new Publication(solution, NOW, "anne")), store.publications(planId));
        assertEquals("ppr-bo", store.revision(planId, rerun).orElseThrow().revision().published().by());
    }
}
