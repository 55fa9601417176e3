package dk.ressourceplan.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionState;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Stored plan documents, read (parsed and bound) once per revision rather than once per download. They are not
 * checked again: a term was validated whole when it was submitted, and a solution is the solver's own output, so a
 * stored document that cannot be read is the server's fault, never the caller's. A
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
            return bind(revision);
        }
        String id = revision.revision().id();
        synchronized (read) {
            PlanDocument known = read.get(id);
            if (known != null) {
                return known;
            }
        }
        // Read outside the lock: two requests may read the same revision at once, and both get the same plan.
        PlanDocument document = bind(revision);
        synchronized (read) {
            read.put(id, document);
        }
        return document;
    }

    private static PlanDocument bind(RevisionDocument revision) {
        try {
            return Json.mapper().readValue(revision.documentJson(), PlanDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("revision " + revision.revision().id() + " holds a document the service "
                    + "cannot read", e);
        }
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
