package dk.ressourceplan.store;

/** Whether a revision may still change. */
public enum RevisionState {
    /** A solve or rerun is running and replaces the document with its best plan so far every few seconds. */
    IN_PROGRESS,
    /** Final: the revision is never changed again. */
    COMPLETE
}
