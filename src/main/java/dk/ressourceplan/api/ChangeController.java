package dk.ressourceplan.api;

import dk.ressourceplan.plans.Explanations;
import dk.ressourceplan.plans.PlanChanges;
import io.javalin.http.Context;
import java.time.Duration;

/**
 * Reruns after staff changes, the differences between two revisions in words ({@link PlanChanges}), and why a plan
 * scores as it does ({@link Explanations}). A rerun answers 202 once its changes are found sound; its progress, and
 * at the end its plan and what changed, come on the plan's event stream.
 */
final class ChangeController {

    static final int DEFAULT_RERUN_SECONDS = 30;

    private final PlanChanges changes;
    private final Explanations explanations;
    private final int maxSeconds;

    ChangeController(PlanChanges changes, Explanations explanations, int maxSeconds) {
        this.changes = changes;
        this.explanations = explanations;
        this.maxSeconds = maxSeconds;
    }

    /** 202 with the status of the rerun's job and its revision's number. */
    void rerun(Context ctx) {
        int seconds = SolveController.seconds(ctx.queryParam("seconds"), DEFAULT_RERUN_SECONDS, maxSeconds);
        ctx.status(202).json(changes.rerun(ctx.pathParam("id"), ctx.bodyAsBytes(), Duration.ofSeconds(seconds),
                Access.author(ctx)));
    }

    /** {@code ?from=&to=}, revision numbers, both optional. */
    void diff(Context ctx) {
        ctx.json(changes.diff(ctx.pathParam("id"), ctx.queryParam("from"), ctx.queryParam("to"), Access.viewer(ctx)));
    }

    void explain(Context ctx) {
        ctx.json(explanations.explain(ctx.pathParam("id"), Access.viewer(ctx)));
    }
}
