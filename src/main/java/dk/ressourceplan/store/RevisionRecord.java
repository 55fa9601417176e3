package dk.ressourceplan.store;

import java.time.Instant;

/**
 * A revision without its document, small enough to list the whole history of a plan.
 *
 * @param number        1, 2, 3 … within the plan, in the order the revisions were added
 * @param interrupted   the service stopped while this revision was {@link RevisionState#IN_PROGRESS}; it keeps
 *                      the last best solution saved before that
 * @param parentNumber  the revision this one was solved from, or null
 * @param score         null for a problem
 * @param kpisJson      null for a problem
 * @param published     the latest publication of this revision, or null if it was never published
 */
public record RevisionRecord(String id, String planId, int number, RevisionKind kind, RevisionState state,
        boolean interrupted, Instant createdAt, Instant updatedAt, String author, Integer parentNumber,
        String score, String kpisJson, Publication published) {
}
