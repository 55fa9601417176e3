package dk.ressourceplan.store;

import java.time.Instant;
import java.util.List;

/**
 * Everything that was done to a plan and by whom: its revisions, its publications, and its deletion. Unlike the
 * other reads, a deleted plan's history can still be read: deleting hides a plan, it does not erase its record.
 *
 * @param deletedAt when the plan was deleted, or null
 * @param deletedBy who deleted it, or null
 */
public record PlanHistory(PlanRecord plan, Instant deletedAt, String deletedBy, List<RevisionRecord> revisions,
        List<Publication> publications) {
}
