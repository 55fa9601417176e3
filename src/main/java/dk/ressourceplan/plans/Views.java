package dk.ressourceplan.plans;

import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.solver.PersonDays;
import dk.ressourceplan.store.Publication;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionRecord;
import dk.ressourceplan.store.RevisionState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The shapes the plan routes answer with. Stored documents and KPIs pass through as JSON, as they were saved. */
public final class Views {

    private Views() {
    }

    public record Created(String id, int revision) {
    }

    /** @param latestRevision for a school leader the published revision in force, null before any is published */
    public record PlanSummary(String id, String name, Instant createdAt, String createdBy, SolveState status,
            Integer latestRevision, String score, JsonNode kpis, PublicationView published) {
    }

    /**
     * @param solution the latest solution revision's document, the best so far while it is being solved
     * @param revision the number of that revision
     */
    public record PlanDetail(String id, String name, Instant createdAt, String createdBy, SolveState status,
            JsonNode problem, JsonNode solution, Integer revision, String score, JsonNode kpis,
            PublicationView published, List<RevisionView> revisions) {
    }

    public record RevisionView(int number, RevisionKind kind, RevisionState state, Instant createdAt, Instant updatedAt,
            String author, Integer parentNumber, String score, boolean interrupted) {

        public static RevisionView of(RevisionRecord revision) {
            return new RevisionView(revision.number(), revision.kind(), revision.state(), revision.createdAt(),
                    revision.updatedAt(), revision.author(), revision.parentNumber(), revision.score(),
                    revision.interrupted());
        }

        /** The score is the whole plan's, which a school leader does not see. */
        RevisionView withoutScore() {
            return new RevisionView(number, kind, state, createdAt, updatedAt, author, parentNumber, null, interrupted);
        }
    }

    /**
     * What {@code GET /api/plans/{id}/revisions} answers: every revision with who made it, every publication with
     * who published it, and who deleted the plan, if anyone did.
     */
    public record Trail(String id, String name, Instant createdAt, String createdBy, List<RevisionView> revisions,
            List<PublicationView> publications, Deletion deleted) {
    }

    /**
     * What {@code GET /api/plans/{id}/days} answers: each staff member's days with their drives, in the revision and on
     * the date asked for (null: the end of the term).
     */
    public record Days(int revision, LocalDate date, List<PersonDays.Person> staff) {
    }

    public record Deletion(Instant at, String by) {
    }

    public record PublicationView(int revision, Instant at, String by) {

        public static PublicationView of(Publication publication) {
            return new PublicationView(publication.revisionNumber(), publication.at(), publication.by());
        }

        /** The publication in force: the latest of the plan's publications, if any. */
        static PublicationView current(List<Publication> publications) {
            return publications.isEmpty() ? null : of(publications.get(publications.size() - 1));
        }
    }
}
