package dk.ressourceplan.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.workbook.TermWorkbook;
import dk.ressourceplan.solver.PersonDays;
import dk.ressourceplan.solver.PlanRestore;
import dk.ressourceplan.store.NotFoundException;
import dk.ressourceplan.store.PlanHistory;
import dk.ressourceplan.store.PlanRecord;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionRecord;
import dk.ressourceplan.store.RevisionState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Plans: submit a term, list, read, delete, publish, and the trail of who did what. A school leader lists only the
 * plans that include their school and reads each through {@link SchoolView}, published revisions only: what the
 * planner has not published yet is work in progress.
 */
public final class PlanLibrary {

    /** A workbook the planner downloads or submits, as its bytes and the name to save it under. */
    public record Workbook(byte[] bytes, String fileName) {
        public static final String CONTENT_TYPE = TermWorkbook.CONTENT_TYPE;
    }

    /**
     * A plan's detail as JSON, made once for what it was made of and named by its entity tag: a client that already
     * holds it ({@code If-None-Match}) is told so without the document being read or written again.
     */
    public record TaggedJson(String etag, byte[] json) {
    }

    /** Details kept, by entity tag: every reader of a published plan asks for the same few. */
    private static final int DETAILS_KEPT = 16;

    private final PlanStore store;
    private final SolveService solving;
    private final StoredDocuments documents;
    /** Told the plan's id after each publication: its downloads are made before anyone asks. */
    private final Consumer<String> published;
    private final Map<String, byte[]> details = new LinkedHashMap<>(DETAILS_KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > DETAILS_KEPT;
        }
    };

    PlanLibrary(PlanStore store, SolveService solving, StoredDocuments documents, Consumer<String> published) {
        this.store = store;
        this.solving = solving;
        this.documents = documents;
        this.published = published;
    }

    public List<Views.PlanSummary> list(Viewer viewer) {
        if (viewer.seesOneSchool()) {
            return store.listPlans().stream()
                    .filter(plan -> includesSchool(plan.id(), viewer.schoolId()))
                    .map(plan -> withoutFigures(summary(plan)))
                    .toList();
        }
        return store.listPlans().stream().map(this::summary).toList();
    }

    /**
     * Whether the plan's term names the school; an unknown plan is answered as if it did, so that the caller's
     * next step reports it unknown rather than forbidden.
     */
    public boolean includesSchool(String planId, String schoolId) {
        return store.latest(planId, RevisionKind.PROBLEM)
                .map(problem -> documents.schoolIds(problem).contains(schoolId))
                .orElse(true);
    }

    /**
     * A term as JSON or as the planners' workbook (xlsx), validated whole first, so that every problem in it is
     * reported at once, with sheet, row and column for a workbook; the body is read in {@link TermUploads}' turns.
     *
     * @param body        the request's body, read only once the upload's turn has come
     * @param contentType the request's, which names a workbook; a workbook is also known by its first bytes
     * @param name        the name asked for, or null for the term's own
     */
    public Views.Created submit(Supplier<byte[]> body, String contentType, String name, String author) {
        PlanDocument problem = TermUploads.read(body, contentType);
        PlanRecord plan = store.createPlan(PlanNames.of(problem, name), author, json(problem.problem()));
        return new Views.Created(plan.id(), 1);
    }

    /** The empty term template with a small example filled in, for planners to start from. */
    public Workbook template() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            TermWorkbook.writeTemplate(body);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return new Workbook(body.toByteArray(), TermWorkbook.TEMPLATE_FILE_NAME);
    }

    /** A plan's term as the template workbook, so last term's plan can be changed and submitted again. */
    public Workbook termWorkbook(String planId) {
        PlanRecord plan = require(planId);
        PlanDocument problem = documents.read(store.latest(plan.id(), RevisionKind.PROBLEM).orElseThrow());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            TermWorkbook.write(problem, body);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return new Workbook(body.toByteArray(), "ressourceplan-" + plan.id() + ".xlsx");
    }

    /**
     * The entity tag of the plan's detail as the viewer would get it now: it changes with every revision saved, state
     * reached, publication and job state, and differs between viewers who see different parts.
     */
    public String etag(String planId, Viewer viewer) {
        require(planId);
        StringBuilder made = new StringBuilder(planId).append('|').append(viewer.schoolId()).append('|')
                .append(solving.state(planId));
        for (RevisionRecord revision : store.revisions(planId)) {
            made.append('|').append(revision.number()).append(revision.state()).append(revision.updatedAt())
                    .append(revision.published() == null ? "" : revision.published().at());
        }
        store.publications(planId).forEach(publication -> made.append('|').append(publication.at()));
        return "\"" + Tokens.sha256(made.toString()).substring(0, 32) + "\"";
    }

    /** {@link #get} as JSON bytes, made once per entity tag. */
    public TaggedJson detailJson(String planId, Viewer viewer) {
        String etag = etag(planId, viewer);
        synchronized (details) {
            byte[] known = details.get(etag);
            if (known != null) {
                return new TaggedJson(etag, known);
            }
        }
        byte[] json;
        try {
            json = Json.mapper().writeValueAsBytes(get(planId, viewer));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a plan's detail always writes as JSON", e);
        }
        // Made from what the tag was computed from, or newer: a change in between is caught by the next request's tag.
        synchronized (details) {
            details.put(etag, json);
        }
        return new TaggedJson(etag, json);
    }

    public Views.PlanDetail get(String planId, Viewer viewer) {
        PlanRecord plan = require(planId);
        if (viewer.seesOneSchool()) {
            return schoolDetail(plan, new SchoolView(viewer.schoolId()));
        }
        List<RevisionRecord> revisions = store.revisions(plan.id());
        Optional<RevisionRecord> solution = StoredPlans.latestSolution(revisions);
        JsonNode problem = StoredPlans.json(store.latest(plan.id(), RevisionKind.PROBLEM).orElseThrow().documentJson());
        JsonNode solved = solution.map(found -> StoredPlans.json(store.revision(plan.id(), found.number()).orElseThrow()
                .documentJson())).orElse(null);
        if (solved != null && solved.has("classes") && problem instanceof ObjectNode term) {
            // The class list is the biggest part of a term and the solution carries it too: it is sent once.
            term.remove("classes");
        }
        return new Views.PlanDetail(plan.id(), plan.name(), plan.createdAt(), plan.createdBy(),
                solving.state(plan.id()), problem, solved,
                solution.map(RevisionRecord::number).orElse(null),
                solution.map(RevisionRecord::score).orElse(null),
                solution.map(found -> StoredPlans.json(found.kpisJson())).orElse(null),
                Views.PublicationView.current(store.publications(plan.id())),
                revisions.stream().map(Views.RevisionView::of).toList());
    }

    /**
     * Each staff member's days in a solved revision with the drives between them, and the fortnight's minutes of
     * sessions and travel against the minutes they have: the figures the KPIs count, for the page to draw.
     *
     * @param revision the revision's number, or null for the latest that holds a plan
     * @param date     the date the plan is read on ({@code 2027-03-01}), or null for the end of the term
     */
    public Views.Days days(String planId, String revision, String date) {
        require(planId);
        RevisionDocument solution = revision == null
                ? Revisions.latestPlan(store, planId).orElseThrow(() -> Refused.conflict(
                        "Plan " + planId + " has no solved revision yet.", "Planen er ikke løst endnu."))
                : Revisions.numbered(store, planId, revision, "revision");
        if (!solution.revision().holdsPlan()) {
            throw Refused.badRequest("revision", "Revision " + solution.revision().number() + " holds no plan.",
                    "Revision " + solution.revision().number() + " indeholder ingen plan.");
        }
        LocalDate on = date(date);
        return new Views.Days(solution.revision().number(), on,
                PersonDays.of(PlanRestore.restoreOn(documents.read(solution), on)));
    }

    private static LocalDate date(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw Refused.badRequest("date", "date must be a date such as 2027-03-01.",
                    "date skal være en dato som 2027-03-01.");
        }
    }

    /** Deleting a plan stops its solve first, without saving what the solve found. */
    public void delete(String planId, String author) {
        if (!solving.delete(planId, author)) {
            throw Refused.unknownPlan(planId);
        }
    }

    /** Publishes the latest complete solution; a solve still running does not hold this back. */
    public Views.PublicationView publish(String planId, String author) {
        PlanRecord plan = require(planId);
        int number = store.revisions(plan.id()).stream()
                .filter(revision -> revision.holdsPlan() && revision.state() == RevisionState.COMPLETE)
                .mapToInt(RevisionRecord::number)
                .max()
                .orElseThrow(() -> Refused.conflict("Plan " + plan.id() + " has no complete solution to publish yet.",
                        "Planen har endnu ingen færdig løsning, der kan offentliggøres."));
        try {
            Views.PublicationView publication = Views.PublicationView.of(store.publish(plan.id(), number, author)
                    .published());
            published.accept(plan.id());
            return publication;
        } catch (NotFoundException e) {
            // Deleted between the check and the publication.
            throw Refused.unknownPlan(planId);
        }
    }

    /** Who did what to the plan: revisions, publications and, for a deleted plan, its deletion. */
    public Views.Trail trail(String planId) {
        PlanHistory history = store.history(planId).orElseThrow(() -> Refused.unknownPlan(planId));
        PlanRecord plan = history.plan();
        return new Views.Trail(plan.id(), plan.name(), plan.createdAt(), plan.createdBy(),
                history.revisions().stream().map(Views.RevisionView::of).toList(),
                history.publications().stream().map(Views.PublicationView::of).toList(),
                history.deletedAt() == null ? null : new Views.Deletion(history.deletedAt(), history.deletedBy()));
    }

    private Views.PlanSummary summary(PlanRecord plan) {
        List<RevisionRecord> revisions = store.revisions(plan.id());
        Optional<RevisionRecord> solution = StoredPlans.latestSolution(revisions);
        return new Views.PlanSummary(plan.id(), plan.name(), plan.createdAt(), plan.createdBy(),
                solving.state(plan.id()), revisions.get(revisions.size() - 1).number(),
                solution.map(RevisionRecord::score).orElse(null),
                solution.map(found -> StoredPlans.json(found.kpisJson())).orElse(null),
                Views.PublicationView.current(store.publications(plan.id())));
    }

    private Views.PlanDetail schoolDetail(PlanRecord plan, SchoolView view) {
        JsonNode problem = view.document(StoredPlans.json(store.latest(plan.id(), RevisionKind.PROBLEM).orElseThrow()
                .documentJson()));
        Optional<RevisionDocument> published = store.published(plan.id());
        JsonNode solution = published.map(revision -> (JsonNode) view.solution(StoredPlans.json(revision.documentJson()),
                documents.read(revision))).orElse(null);
        return new Views.PlanDetail(plan.id(), plan.name(), plan.createdAt(), plan.createdBy(),
                solving.state(plan.id()), problem, solution,
                published.map(revision -> revision.revision().number()).orElse(null), null,
                solution == null ? null : solution.get("kpis"),
                Views.PublicationView.current(store.publications(plan.id())),
                store.revisions(plan.id()).stream()
                        .filter(revision -> revision.published() != null)
                        .map(revision -> Views.RevisionView.of(revision).withoutScore())
                        .toList());
    }

    /** A school leader's summary: the revision in force stands for the latest, since drafts are not theirs to see. */
    private static Views.PlanSummary withoutFigures(Views.PlanSummary summary) {
        Integer inForce = summary.published() == null ? null : summary.published().revision();
        return new Views.PlanSummary(summary.id(), summary.name(), summary.createdAt(), summary.createdBy(),
                summary.status(), inForce, null, null, summary.published());
    }

    private PlanRecord require(String planId) {
        return store.findPlan(planId).orElseThrow(() -> Refused.unknownPlan(planId));
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a document always writes as JSON", e);
        }
    }
}
