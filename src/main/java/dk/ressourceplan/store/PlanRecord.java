package dk.ressourceplan.store;

import java.time.Instant;

/** A plan: one term of one municipality, whose content lives in its revisions. */
public record PlanRecord(String id, String name, Instant createdAt, String createdBy) {
}
