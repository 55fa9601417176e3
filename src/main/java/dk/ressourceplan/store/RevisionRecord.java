package dk.ressourceplan.store;

import java.time.Instant;

/**
 * A revision without its document, small enough to list the whole history of a plan.
 *
 * @param number        1, 2, 3 … within the plan, in the order the revisions were added
 * @param interrupted   the service stopped while this revision was {@link RevisionState#IN_PROGRESS}; it keeps
 *                      the last best plan saved before that, or, for a rerun that had saved none, no plan
 * @param parentNumber  the revision this one was solved from, or null
 * @param score         null for a problem
 * @param kpisJson      null for a problem
 * @param published     the latest publication of this revision, or null if it was never published
 */
public record RevisionRecord(String id, String planId, int number, RevisionKind kind, RevisionState state,
        boolean interrupted, Instant createdAt, Instant updatedAt, String author, Integer parentNumber,
        String score, String kpisJson, Publication published) {

    /**
     * A solution or rerun with its plan saved in it. A rerun's revision holds only its changed term until the rerun
     * saves a plan, and keeps only that if the rerun ended, or the service stopped, before it found one.
     */
    public boolean holdsPlan() {
        return kind.isPublishable() && score != null;
    }
}
