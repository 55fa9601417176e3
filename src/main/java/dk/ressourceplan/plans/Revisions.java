package dk.ressourceplan.plans;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionRecord;
import dk.ressourceplan.store.RevisionState;
import java.util.Optional;
import java.util.function.Predicate;

/** Which revision of a plan the downloads, reruns and diffs mean when none is named. */
final class Revisions {

    private Revisions() {
    }

    /** The published plan; before anything is published, the latest complete solution. */
    static RevisionDocument current(PlanStore store, String planId) {
        store.findPlan(planId).orElseThrow(() -> Refused.unknownPlan(planId));
        return store.published(planId).or(() -> latestCompletePlan(store, planId))
                .orElseThrow(() -> Refused.conflict("Plan " + planId + " has no solved revision yet.",
                        "Planen er ikke løst endnu."));
    }

    /**
     * The latest revision that holds a plan, complete or still being solved: a rerun's revision holds none until the
     * rerun saves its first plan.
     */
    static Optional<RevisionDocument> latestPlan(PlanStore store, String planId) {
        return latestPlan(store, planId, revision -> true);
    }

    /** The latest revision whose plan is complete: what a solve or a hand edit starts from. */
    static Optional<RevisionDocument> latestCompletePlan(PlanStore store, String planId) {
        return latestPlan(store, planId, revision -> revision.state() == RevisionState.COMPLETE);
    }

    private static Optional<RevisionDocument> latestPlan(PlanStore store, String planId,
            Predicate<RevisionRecord> wanted) {
        return store.revisions(planId).stream().filter(RevisionRecord::holdsPlan).filter(wanted)
                .reduce((earlier, later) -> later)
                .flatMap(revision -> store.revision(planId, revision.number()));
    }

    /** What schools and staff see: the published revision, and nothing before the plan is published. */
    static RevisionDocument published(PlanStore store, String planId) {
        store.findPlan(planId).orElseThrow(() -> Refused.unknownPlan(planId));
        return store.published(planId).orElseThrow(() -> Refused.conflict(
                "Plan " + planId + " is not published yet.", "Planen er ikke offentliggjort endnu."));
    }

    /**
     * A plan that holds all term, as hand edits and a continued solve need it: a rerun's plan, whose parts hold from
     * or to a date, is changed by another rerun instead.
     */
    static PlanDocument undated(PlanDocument plan) {
        if (plan.sessions() != null && plan.sessions().stream().anyMatch(s -> s.from() != null || s.to() != null)) {
            throw Refused.conflict("This plan changes during the term (it was rerun from a date, or has dated work "
                    + "such as programmes and coordination meetings); change it with a rerun, or solve the term again.",
                    "Planen skifter i løbet af terminen (den er genplanlagt fra en dato eller har forløb og "
                    + "koordineringsmøder på datoer); ret den med en genplanlægning, eller beregn planen forfra.");
        }
        return plan;
    }

    static RevisionDocument numbered(PlanStore store, String planId, String number, String parameter) {
        try {
            return store.revision(planId, Integer.parseInt(number))
                    .orElseThrow(() -> Refused.badRequest(parameter, "Plan " + planId + " has no revision " + number + ".",
                            "Planen har ingen version " + number + "."));
        } catch (NumberFormatException e) {
            throw Refused.badRequest(parameter, "must be a revision number", "skal være et versionsnummer");
        }
    }
}
