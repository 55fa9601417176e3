package dk.ressourceplan.store;

/** A revision together with its plan document as JSON. */
public record RevisionDocument(RevisionRecord revision, String documentJson) {
}
