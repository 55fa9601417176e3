package dk.ressourceplan.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.store.RevisionRecord;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Reading plans as the store keeps them: which revision holds the plan, and the stored JSON. */
public final class StoredPlans {

    private StoredPlans() {
    }

    /** The latest solution or rerun that holds a plan, the best so far while it is being solved. */
    public static Optional<RevisionRecord> latestSolution(List<RevisionRecord> revisions) {
        return revisions.stream().filter(RevisionRecord::holdsPlan).reduce((earlier, later) -> later);
    }

    /** Stored JSON as a tree, to be written out unchanged; null stays null. */
    public static JsonNode json(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return Json.mapper().readTree(stored);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the store holds JSON it wrote itself", e);
        }
    }
}
