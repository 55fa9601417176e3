package dk.ressourceplan.store;

import java.util.List;
import java.util.Optional;

/**
 * Plans and their revisions. Every submitted problem, solver result and rerun is a new revision; a revision is
 * changed only while a solve or rerun is still saving its best plan so far, and never after it is complete. Deleting a
 * plan hides it and keeps its history.
 *
 * <p>Reads see only plans that are not deleted. Changes to an unknown or deleted plan or revision throw
 * {@link NotFoundException}; changes the rules forbid throw {@link IllegalStateException}; a failing database
 * throws {@link StoreException}. Implementations are safe to call from many threads.
 */
public interface PlanStore {

    /** Creates a plan whose revision 1 is the given problem, complete. */
    PlanRecord createPlan(String name, String author, String problemJson);

    /** The plans that are not deleted, oldest first. */
    List<PlanRecord> listPlans();

    Optional<PlanRecord> findPlan(String planId);

    /**
     * Marks the plan deleted, recording who did it, and completes a revision still being solved as interrupted;
     * false if there was no such plan left to delete.
     */
    boolean deletePlan(String planId, String by);

    /**
     * Adds the plan's next revision.
     *
     * @param parentNumber the revision this one was solved or derived from, or null
     */
    RevisionRecord addRevision(String planId, RevisionKind kind, RevisionState state, String author,
            Integer parentNumber, RevisionContent content);

    /**
     * Replaces the content of a revision that is {@link RevisionState#IN_PROGRESS}, as a running solve or rerun does
     * with each better plan, and moves it to {@code state}; {@link RevisionState#COMPLETE} ends its changes.
     *
     * @throws IllegalStateException if the revision is already complete
     */
    RevisionRecord updateInProgressRevision(String planId, int number, RevisionContent content,
            RevisionState state);

    /** The plan's history without documents, in order; empty for an unknown plan. */
    List<RevisionRecord> revisions(String planId);

    Optional<RevisionDocument> revision(String planId, int number);

    /** The plan's newest revision of one of the kinds, in any state; of any kind when none are given. */
    Optional<RevisionDocument> latest(String planId, RevisionKind... kinds);

    /**
     * Publishes a revision, recording who did it and when. Publishing an older revision again makes it the
     * published one once more.
     *
     * @throws IllegalStateException unless the revision is a complete {@link RevisionRecord#holdsPlan() plan}
     */
    RevisionRecord publish(String planId, int number, String by);

    /** The revision published most recently. */
    Optional<RevisionDocument> published(String planId);

    /** Every publication of the plan, oldest first. */
    List<Publication> publications(String planId);

    /** The plan's whole history, also after the plan was deleted; empty only if there never was such a plan. */
    Optional<PlanHistory> history(String planId);

    /**
     * Completes the revisions a stopped service left {@link RevisionState#IN_PROGRESS}, marking them interrupted
     * and keeping the best plan they last saved (a rerun that had saved none keeps none, and is not
     * {@link RevisionRecord#holdsPlan() a plan}), and their {@code updatedAt}, the time that plan was saved. Call
     * once at start, before any solve or rerun begins.
     *
     * @return the revisions recovered
     */
    List<RevisionRecord> recoverInterrupted();
}
