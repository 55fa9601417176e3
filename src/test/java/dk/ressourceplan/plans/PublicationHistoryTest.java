package dk.ressourceplan.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.timetable.UntisExports;
import dk.ressourceplan.store.RevisionContent;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionState;
import dk.ressourceplan.store.SqlitePlanStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationHistoryTest {

    @TempDir
    Path dir;

    private static PlanDocument named(String name) {
        PlanDocument term = UntisExports.term();
        return new PlanDocument(new dk.ressourceplan.domain.Term(name, term.term().firstDate(), term.term().lastDate(),
                null, term.term().holidays()), term.schools(), term.classes(), term.staff(), term.demands(), null, null,
                null, "0hard/0medium/0soft", null, null, List.of());
    }

    @Test
    void theDocumentsPublishedBeforeTheRevisionsLatestPublicationOldestFirst() throws Exception {
        try (SqlitePlanStore store = SqlitePlanStore.open(dir)) {
            String plan = store.createPlan("p", "test", Json.mapper().writeValueAsString(UntisExports.term())).id();
            for (String name : List.of("first", "second", "third")) {
                store.addRevision(plan, RevisionKind.SOLUTION, RevisionState.COMPLETE, "test", 1,
                        new RevisionContent(Json.mapper().writeValueAsString(named(name)), "0hard/0medium/0soft", null));
            }
            store.publish(plan, 2, "test");
            store.publish(plan, 2, "test");
            store.publish(plan, 3, "test");
            store.publish(plan, 4, "test");

            assertEquals(List.of("first", "second"), names(PublicationHistory.before(store, plan, 4)));
            assertEquals(List.of("first"), names(PublicationHistory.before(store, plan, 3)));
            assertEquals(List.of(), names(PublicationHistory.before(store, plan, 2)));
            assertEquals(List.of("first", "second", "third"), names(PublicationHistory.before(store, plan, 5)),
                    "a draft against everything published");
        }
    }

    private static List<String> names(List<PlanDocument> documents) {
        return documents.stream().map(d -> d.term().name()).toList();
    }
}
