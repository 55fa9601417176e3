package dk.ressourceplan.store;

import java.time.Instant;

/** One act of publishing: from then on, schools and staff see this revision of the plan. */
public record Publication(int revisionNumber, Instant at, String by) {
}
