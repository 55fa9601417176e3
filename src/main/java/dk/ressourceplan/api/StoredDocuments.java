package dk.ressourceplan.api;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.PlanReader;
import dk.ressourceplan.plans.StoredPlans;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionState;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Stored plan documents, read (parsed, checked and bound) once per revision rather than once per download. A
 * complete revision never changes, so what was read of it stays true; a revision still being solved is read
 * afresh every time. The few most recently used are kept: every school and staff member downloads from the same
 * published revision, and a big municipality's plan takes a noticeable time to read.
 */
final class StoredDocuments {

    private static final int KEPT = 8;

    private final Map<String, PlanDocument> read = recentlyUsed(KEPT);
    /** The schools of a term, which decide whether a school leader may open a plan, on every request they make. */
    private final Map<String, Set<String>> schools = recentlyUsed(KEPT * 16);

    PlanDocument read(RevisionDocument revision) {
        if (revision.revision().state() != RevisionState.COMPLETE) {
            return PlanReader.read(revision.documentJson());
        }
        String id = revision.revision().id();
        synchronized (read) {
            PlanDocument known = read.get(id);
            if (known != null) {
                return known;
            }
        }
        // Read outside the lock: two requests may read the same revision at once, and both get the same plan.
        PlanDocument document = PlanReader.read(revision.documentJson());
        synchronized (read) {
            read.put(id, document);
        }
        return document;
    }

    /** The ids of the schools in a revision's document. */
    Set<String> schoolIds(RevisionDocument revision) {
        String id = revision.revision().id();
        synchronized (schools) {
            Set<String> known = schools.get(id);
            if (known != null && revision.revision().state() == RevisionState.COMPLETE) {
                return known;
            }
        }
        Set<String> ids = new HashSet<>();
        StoredPlans.json(revision.documentJson()).path("schools").forEach(school -> ids.add(school.path("id").asText()));
        synchronized (schools) {
            schools.put(id, Set.copyOf(ids));
        }
        return ids;
    }

    private static <T> Map<String, T> recentlyUsed(int kept) {
        return new LinkedHashMap<>(kept * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > kept;
            }
        };
    }
}
