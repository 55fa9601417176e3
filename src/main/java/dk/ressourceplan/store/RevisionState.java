package dk.ressourceplan.store;

/** Whether a revision may still change. */
public enum RevisionState {
    /** A solve is running and replaces the document with its best solution so far every few seconds. */
    IN_PROGRESS,
    /** Final: the revision is never changed again. */
    COMPLETE
}
