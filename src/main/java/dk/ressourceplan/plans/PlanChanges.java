package dk.ressourceplan.plans;

import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.ChangeReader;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.Publication;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionKind;
import java.time.Duration;
import java.util.List;

/**
 * Reruns after staff changes, from the published plan, and the differences between two revisions in words. A
 * rerun is checked at once and then queued with the solves ({@link SolveService}); its progress, and at the end its
 * plan and what changed, come on the plan's event stream.
 */
public final class PlanChanges {

    private record Compared(RevisionDocument from, RevisionDocument to) {
    }

    private final PlanStore store;
    private final StoredDocuments documents;
    private final SolveService solving;

    PlanChanges(PlanStore store, StoredDocuments documents, SolveService solving) {
        this.store = store;
        this.documents = documents;
        this.solving = solving;
    }

    /**
     * Queues a rerun of the plan in force after the changes in {@code body} (a change set as JSON), once they are
     * found sound.
     *
     * @return the status of the rerun's job, with its revision's number
     */
    public SolveStatus rerun(String planId, byte[] body, Duration limit, String author) {
        RevisionDocument base = Revisions.current(store, planId);
        PlanDocument published = documents.read(base);
        ChangeSet changes = ChangeReader.read(body, published);
        PlanDocument term = Reruns.changedProblem(published, changes);
        return solving.rerun(planId, published, base.revision().number(), changes, term, limit, author);
    }

    /**
     * The differences between two revisions, {@code from} and {@code to} by number or null: by default from the
     * revision the latest was made from, to the latest solution. A school leader compares published revisions
     * only, by default the one in force with the one published before it, and sees the differences at the own
     * school.
     */
    public PlanDiff.Result diff(String planId, String fromNumber, String toNumber, Viewer viewer) {
        store.findPlan(planId).orElseThrow(() -> Refused.unknownPlan(planId));
        if (viewer.seesOneSchool()) {
            Compared compared = publishedPair(planId, fromNumber, toNumber);
            return new SchoolView(viewer.schoolId()).diff(PlanDiff.between(
                    documents.read(compared.from()), documents.read(compared.to())));
        }
        RevisionDocument to = toNumber == null
                ? Revisions.latestPlan(store, planId).orElseThrow(() -> Refused.conflict(
                        "Plan " + planId + " has no solved revision yet.", "Planen er ikke løst endnu."))
                : Revisions.numbered(store, planId, toNumber, "to");
        RevisionDocument from;
        if (fromNumber != null) {
            from = Revisions.numbered(store, planId, fromNumber, "from");
        } else if (to.revision().parentNumber() != null) {
            from = Revisions.numbered(store, planId, String.valueOf(to.revision().parentNumber()), "from");
        } else {
            throw Refused.badRequest("from", "Name the revision to compare with: ?from=N.",
                    "Angiv hvilken version der skal sammenlignes med: ?from=N.");
        }
        if (from.revision().kind() == RevisionKind.PROBLEM) {
            // A solution against its submitted term would list every session as new: nothing worth reading.
            throw Refused.badRequest("from", "Revision " + from.revision().number()
                    + " is the submitted term, not a plan; there is nothing to compare with.",
                    "Version " + from.revision().number() + " er den indsendte termin, ikke en plan; "
                            + "der er intet at sammenligne med.");
        }
        requirePlan(from, "from");
        requirePlan(to, "to");
        return PlanDiff.between(documents.read(from), documents.read(to));
    }

    /** A rerun's revision holds no plan until the rerun saves one, and none at all if it ended before that. */
    private static void requirePlan(RevisionDocument revision, String parameter) {
        int number = revision.revision().number();
        if (revision.revision().kind() == RevisionKind.RERUN && !revision.revision().holdsPlan()) {
            throw Refused.badRequest(parameter, "Revision " + number + " holds no plan: its rerun has not found "
                    + "one.", "Revision " + number + " indeholder ingen plan: genplanlægningen har ikke fundet nogen.");
        }
    }

    /** From and to for a school leader: two published revisions. */
    private Compared publishedPair(String planId, String fromNumber, String toNumber) {
        List<Integer> published = store.publications(planId).stream().map(Publication::revisionNumber).toList();
        RevisionDocument to = toNumber == null
                ? Revisions.published(store, planId)
                : publishedNumbered(planId, toNumber, "to", published);
        if (fromNumber != null) {
            return new Compared(publishedNumbered(planId, fromNumber, "from", published), to);
        }
        int last = published.lastIndexOf(to.revision().number());
        for (int i = last - 1; i >= 0; i--) {
            if (published.get(i) != to.revision().number()) {
                return new Compared(store.revision(planId, published.get(i)).orElseThrow(), to);
            }
        }
        throw Refused.conflict("Nothing was published before revision " + to.revision().number()
                + " to compare it with.", "Der er ikke offentliggjort noget før version " + to.revision().number()
                + " at sammenligne med.");
    }

    private RevisionDocument publishedNumbered(String planId, String number, String parameter, List<Integer> published) {
        RevisionDocument revision = Revisions.numbered(store, planId, number, parameter);
        if (!published.contains(revision.revision().number())) {
            throw Refused.forbidden(parameter, "Revision " + number + " was never published; a school sees "
                    + "published revisions only.", "Version " + number + " er aldrig offentliggjort; en skole ser kun "
                    + "offentliggjorte versioner.");
        }
        return revision;
    }
}
