package dk.ressourceplan.store;

/** Where a revision of a plan came from. */
public enum RevisionKind {
    /** A term as the planner submitted it, or changed it before a rerun. */
    PROBLEM,
    /** What the solver made of a problem revision. */
    SOLUTION,
    /** A mid-term rerun after staff changes, solved from an earlier solution. */
    RERUN,
    /** A document brought in from outside, such as a spreadsheet or a file from another installation. */
    IMPORT,
    /** A planner's changes by hand to a plan: another person, another time, a lock. */
    EDIT;

    /** Only a plan that says where every staff member goes can be shown to schools and staff. */
    public boolean isPublishable() {
        return this == SOLUTION || this == RERUN || this == EDIT;
    }
}
