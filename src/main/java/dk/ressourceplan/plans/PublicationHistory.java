package dk.ressourceplan.plans;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.PlanReader;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.Publication;
import java.util.ArrayList;
import java.util.List;

/**
 * What calendar programs have seen of a plan before: the documents of its earlier publications, which the calendar
 * export needs to give each event the SEQUENCE that makes a subscribed calendar take a rerun's changes
 * ({@code Exports.write(plan, format, filter, publishedBefore, out)}).
 */
public final class PublicationHistory {

    private PublicationHistory() {
    }

    /**
     * The plan documents published before the revision's latest publication, oldest first; every publication
     * when the revision was never published (a draft is compared with all that went out). A revision published
     * twice in a row counts once.
     */
    public static List<PlanDocument> before(PlanStore store, String planId, int revisionNumber) {
        List<Publication> publications = store.publications(planId);
        int end = publications.size();
        for (int i = publications.size() - 1; i >= 0; i--) {
            if (publications.get(i).revisionNumber() == revisionNumber) {
                end = i;
                break;
            }
        }
        while (end > 0 && publications.get(end - 1).revisionNumber() == revisionNumber) {
            end--;
        }
        List<PlanDocument> documents = new ArrayList<>();
        Integer previous = null;
        for (Publication publication : publications.subList(0, end)) {
            if (previous == null || previous != publication.revisionNumber()) {
                store.revision(planId, publication.revisionNumber())
                        .ifPresent(revision -> documents.add(PlanReader.read(revision.documentJson())));
            }
            previous = publication.revisionNumber();
        }
        return documents;
    }
}
