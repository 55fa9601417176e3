package dk.ressourceplan.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.PlanReader;
import dk.ressourceplan.io.workbook.TermWorkbook;
import dk.ressourceplan.plans.PlanNames;
import dk.ressourceplan.plans.SolveService;
import dk.ressourceplan.plans.TermUploads;
import dk.ressourceplan.plans.StoredPlans;
import dk.ressourceplan.store.PlanHistory;
import dk.ressourceplan.store.PlanRecord;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionRecord;
import dk.ressourceplan.store.RevisionState;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Plans: submit a term, list, read, delete, publish, and the trail of who did what. A school leader lists only the
 * plans that include their school and reads each through {@link SchoolView}, published revisions only: what the
 * planner has not published yet is work in progress.
 */
final class PlanController {

    private final PlanStore store;
    private final SolveService solving;
    private final StoredDocuments documents;

    PlanController(PlanStore store, SolveService solving, StoredDocuments documents) {
        this.store = store;
        this.solving = solving;
        this.documents = documents;
    }

    void list(Context ctx) {
        Caller caller = Access.caller(ctx);
        if (caller.isSchoolLeader()) {
            ctx.json(store.listPlans().stream()
                    .filter(plan -> store.latest(plan.id(), RevisionKind.PROBLEM)
                            .map(problem -> documents.schoolIds(problem).contains(caller.schoolId()))
                            .orElse(false))
                    .map(plan -> withoutFigures(summary(plan)))
                    .toList());
            return;
        }
        ctx.json(store.listPlans().stream().map(this::summary).toList());
    }

    /**
     * A term as JSON or as the planners' workbook (xlsx), validated whole first, so that every problem in it is
     * reported at once, with sheet, row and column for a workbook.
     */
    void submit(Context ctx) throws JsonProcessingException {
        PlanDocument problem = TermUploads.read(ctx::bodyAsBytes, ctx.contentType());
        PlanRecord plan = store.createPlan(PlanNames.of(problem, ctx.queryParam("name")), Access.author(ctx),
                Json.mapper().writeValueAsString(problem.problem()));
        ctx.status(201).json(new Views.Created(plan.id(), 1));
    }

    /** The empty term template with a small example filled in, for planners to start from. */
    void template(Context ctx) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        TermWorkbook.writeTemplate(body);
        attachment(ctx, TermWorkbook.TEMPLATE_FILE_NAME, body);
    }

    /** A plan's term as the template workbook, so last term's plan can be changed and submitted again. */
    void termWorkbook(Context ctx) throws IOException {
        PlanRecord plan = require(ctx);
        PlanDocument problem = PlanReader.read(store.latest(plan.id(), RevisionKind.PROBLEM).orElseThrow().documentJson());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        TermWorkbook.write(problem, body);
        attachment(ctx, "ressourceplan-" + plan.id() + ".xlsx", body);
    }

    private static void attachment(Context ctx, String fileName, ByteArrayOutputStream body) {
        ctx.contentType(TermWorkbook.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .result(body.toByteArray());
    }

    void get(Context ctx) {
        PlanRecord plan = require(ctx);
        Caller caller = Access.caller(ctx);
        if (caller.isSchoolLeader()) {
            ctx.json(schoolDetail(plan, new SchoolView(caller.schoolId())));
            return;
        }
        List<RevisionRecord> revisions = store.revisions(plan.id());
        Optional<RevisionRecord> solution = StoredPlans.latestSolution(revisions);
        ctx.json(new Views.PlanDetail(plan.id(), plan.name(), plan.createdAt(), plan.createdBy(),
                solving.state(plan.id()),
                StoredPlans.json(store.latest(plan.id(), RevisionKind.PROBLEM).orElseThrow().documentJson()),
                solution.map(found -> StoredPlans.json(store.revision(plan.id(), found.number()).orElseThrow().documentJson()))
                        .orElse(null),
                solution.map(RevisionRecord::number).orElse(null),
                solution.map(RevisionRecord::score).orElse(null),
                solution.map(found -> StoredPlans.json(found.kpisJson())).orElse(null),
                Views.PublicationView.current(store.publications(plan.id())),
                revisions.stream().map(Views.RevisionView::of).toList()));
    }

    /** Deleting a plan stops its solve first, without saving what the solve found. */
    void delete(Context ctx) {
        String planId = ctx.pathParam("id");
        solving.discard(planId);
        if (!store.deletePlan(planId, Access.author(ctx))) {
            throw ApiException.unknownPlan(planId);
        }
        ctx.status(204);
    }

    /** Publishes the latest complete solution; a solve still running does not hold this back. */
    void publish(Context ctx) {
        PlanRecord plan = require(ctx);
        int number = store.revisions(plan.id()).stream()
                .filter(revision -> revision.holdsPlan() && revision.state() == RevisionState.COMPLETE)
                .mapToInt(RevisionRecord::number)
                .max()
                .orElseThrow(() -> ApiException.conflict("Plan " + plan.id() + " has no complete solution to publish yet.",
                        "Planen har endnu ingen færdig løsning, der kan offentliggøres."));
        ctx.json(Views.PublicationView.of(store.publish(plan.id(), number, Access.author(ctx)).published()));
    }

    /** Who did what to the plan: revisions, publications and, for a deleted plan, its deletion. */
    void trail(Context ctx) {
        String planId = ctx.pathParam("id");
        PlanHistory history = store.history(planId).orElseThrow(() -> ApiException.unknownPlan(planId));
        PlanRecord plan = history.plan();
        ctx.json(new Views.Trail(plan.id(), plan.name(), plan.createdAt(), plan.createdBy(),
                history.revisions().stream().map(Views.RevisionView::of).toList(),
                history.publications().stream().map(Views.PublicationView::of).toList(),
                history.deletedAt() == null ? null : new Views.Deletion(history.deletedAt(), history.deletedBy())));
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

    private PlanRecord require(Context ctx) {
        String planId = ctx.pathParam("id");
        return store.findPlan(planId).orElseThrow(() -> ApiException.unknownPlan(planId));
    }
}
