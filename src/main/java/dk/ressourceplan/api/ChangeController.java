package dk.ressourceplan.api;

import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.ChangeReader;
import dk.ressourceplan.plans.PlanDiff;
import dk.ressourceplan.plans.Reruns;
import dk.ressourceplan.plans.SolveService;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.Publication;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionKind;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;

/**
 * Reruns after staff changes, from the published plan, and the differences between two revisions in words. A
 * rerun is checked while the request waits and then queued with the solves ({@link SolveService}); its progress,
 * and at the end its plan and what changed, come on the plan's event stream.
 */
final class ChangeController {

    static final int DEFAULT_RERUN_SECONDS = 30;

    private record Compared(RevisionDocument from, RevisionDocument to) {
    }

    private final PlanStore store;
    private final StoredDocuments documents;
    private final SolveService solving;
    private final int maxSeconds;

    ChangeController(PlanStore store, StoredDocuments documents, SolveService solving, int maxSeconds) {
        this.store = store;
        this.documents = documents;
        this.solving = solving;
        this.maxSeconds = maxSeconds;
    }

    /** 202 with the status of the rerun's job and its revision's number, once the changes are found sound. */
    void rerun(Context ctx) {
        String planId = ctx.pathParam("id");
        RevisionDocument base = Revisions.current(store, planId);
        PlanDocument published = documents.read(base);
        ChangeSet changes = ChangeReader.read(ctx.bodyAsBytes(), published);
        PlanDocument term = Reruns.changedProblem(published, changes);
        int seconds = SolveController.seconds(ctx.queryParam("seconds"), DEFAULT_RERUN_SECONDS, maxSeconds);
        ctx.status(202).json(solving.rerun(planId, published, base.revision().number(), changes, term,
                Duration.ofSeconds(seconds), Access.author(ctx)));
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
                ? Revisions.latestPlan(store, planId).orElseThrow(() -> ApiException.conflict(
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
        requirePlan(from, "from");
        requirePlan(to, "to");
        ctx.json(PlanDiff.between(documents.read(from), documents.read(to)));
    }

    /** A rerun's revision holds no plan until the rerun saves one, and none at all if it ended before that. */
    private static void requirePlan(RevisionDocument revision, String parameter) {
        int number = revision.revision().number();
        if (revision.revision().kind() == RevisionKind.RERUN && !revision.revision().holdsPlan()) {
            throw ApiException.badRequest(parameter, "Revision " + number + " holds no plan: its rerun has not found "
                    + "one.", "Revision " + number + " indeholder ingen plan: genplanlægningen har ikke fundet nogen.");
        }
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
