package dk.ressourceplan.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.ChangeReader;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.plans.PlanDiff;
import dk.ressourceplan.plans.Reruns;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.Publication;
import dk.ressourceplan.store.RevisionContent;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionRecord;
import dk.ressourceplan.store.RevisionState;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;

/**
 * Reruns after staff changes, from the published plan, and the differences between two revisions in words. A
 * rerun is solved while the request waits (30 seconds unless asked otherwise): the PPR leader sees the new plan
 * and what changed in one answer, and nothing is stored until it is done.
 */
final class ChangeController {

    static final int DEFAULT_RERUN_SECONDS = 30;

    private record Compared(RevisionDocument from, RevisionDocument to) {
    }

    record RerunAnswer(int revision, String score, Object kpis, List<PlanDiff.Entry> changes) {
    }

    private final PlanStore store;
    private final StoredDocuments documents;
    private final int maxSeconds;

    ChangeController(PlanStore store, StoredDocuments documents, int maxSeconds) {
        this.store = store;
        this.documents = documents;
        this.maxSeconds = maxSeconds;
    }

    void rerun(Context ctx) throws JsonProcessingException {
        String planId = ctx.pathParam("id");
        RevisionDocument base = Revisions.current(store, planId);
        PlanDocument published = documents.read(base);
        ChangeSet changes = ChangeReader.read(ctx.bodyAsBytes(), published);
        int seconds = SolveController.seconds(ctx.queryParam("seconds"), DEFAULT_RERUN_SECONDS, maxSeconds);
        PlanDocument rerun = Reruns.rerun(published, changes, Duration.ofSeconds(seconds));
        RevisionRecord revision = store.addRevision(planId, RevisionKind.RERUN, RevisionState.COMPLETE, Access.author(ctx),
                base.revision().number(), new RevisionContent(Json.mapper().writeValueAsString(rerun), rerun.score(),
                        Json.mapper().writeValueAsString(rerun.kpis())));
        ctx.status(201).json(new RerunAnswer(revision.number(), rerun.score(), rerun.kpis(),
                PlanDiff.between(published, rerun).entries()));
    }

    /**
     * {@code ?from=&to=}: by default from the revision the latest was made from, to the latest solution. A school
     * leader compares published revisions only, by default the one in force with the one published before it, and
     * sees the differences at the own school.
     */
    void diff(Context ctx) {
        String planId = ctx.pathParam("id");
        store.findPlan(planId).orElseThrow(() -> ApiException.unknownPlan(planId));
        Caller caller = Access.caller(ctx);
        if (caller.isSchoolLeader()) {
            Compared compared = publishedPair(ctx, planId);
            ctx.json(new SchoolView(caller.schoolId()).diff(PlanDiff.between(
                    documents.read(compared.from()), documents.read(compared.to()))));
            return;
        }
        RevisionDocument to = ctx.queryParam("to") == null
                ? store.latest(planId, RevisionKind.RERUN, RevisionKind.SOLUTION).orElseThrow(() -> ApiException.conflict(
                        "Plan " + planId + " has no solved revision yet.", "Planen er ikke løst endnu."))
                : Revisions.numbered(store, planId, ctx.queryParam("to"), "to");
        RevisionDocument from;
        if (ctx.queryParam("from") != null) {
            from = Revisions.numbered(store, planId, ctx.queryParam("from"), "from");
        } else if (to.revision().parentNumber() != null) {
            from = Revisions.numbered(store, planId, String.valueOf(to.revision().parentNumber()), "from");
        } else {
            throw ApiException.badRequest("from", "Name the revision to compare with: ?from=N.",
                    "Angiv hvilken revision der skal sammenlignes med: ?from=N.");
        }
        if (from.revision().kind() == RevisionKind.PROBLEM) {
            // A solution against its submitted term would list every session as new: nothing worth reading.
            throw ApiException.badRequest("from", "Revision " + from.revision().number()
                    + " is the submitted term, not a plan; there is nothing to compare with.",
                    "Revision " + from.revision().number() + " er den indsendte termin, ikke en plan; "
                            + "der er intet at sammenligne med.");
        }
        ctx.json(PlanDiff.between(documents.read(from), documents.read(to)));
    }

    /** From and to for a school leader: two published revisions. */
    private Compared publishedPair(Context ctx, String planId) {
        List<Integer> published = store.publications(planId).stream().map(Publication::revisionNumber).toList();
        RevisionDocument to = ctx.queryParam("to") == null
                ? Revisions.published(store, planId)
                : publishedNumbered(planId, ctx.queryParam("to"), "to", published);
        if (ctx.queryParam("from") != null) {
            return new Compared(publishedNumbered(planId, ctx.queryParam("from"), "from", published), to);
        }
        int last = published.lastIndexOf(to.revision().number());
        for (int i = last - 1; i >= 0; i--) {
            if (published.get(i) != to.revision().number()) {
                return new Compared(store.revision(planId, published.get(i)).orElseThrow(), to);
            }
        }
        throw ApiException.conflict("Nothing was published before revision " + to.revision().number()
                + " to compare it with.", "Der er ikke offentliggjort noget før revision " + to.revision().number()
                + " at sammenligne med.");
    }

    private RevisionDocument publishedNumbered(String planId, String number, String parameter, List<Integer> published) {
        RevisionDocument revision = Revisions.numbered(store, planId, number, parameter);
        if (!published.contains(revision.revision().number())) {
            throw new ApiException(403, parameter, "Revision " + number + " was never published; a school sees "
                    + "published revisions only.", "Revision " + number + " er aldrig offentliggjort; en skole ser kun "
                    + "offentliggjorte revisioner.");
        }
        return revision;
    }
}
