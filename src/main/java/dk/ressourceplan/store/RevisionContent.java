package dk.ressourceplan.store;

import java.util.Objects;

/**
 * What a revision holds: the plan document as JSON and, once solved, its score (Timefold's text form, such as
 * {@code 0hard/-2medium/-340soft}) and KPIs as JSON. A problem has neither score nor KPIs.
 */
public record RevisionContent(String documentJson, String score, String kpisJson) {

    public RevisionContent {
        Objects.requireNonNull(documentJson, "documentJson");
    }

    /** A document without score or KPIs, such as a problem. */
    public static RevisionContent of(String documentJson) {
        return new RevisionContent(documentJson, null, null);
    }
}
