package dk.ressourceplan.api;

import dk.ressourceplan.plans.PlanEdits;
import dk.ressourceplan.plans.SolveService;
import io.javalin.http.Context;
import java.time.Duration;

/** Planning by hand: who can take a seat, when else a session can lie, changes previewed and saved, solving on. */
final class EditController {

    private final PlanEdits edits;
    private final SolveService solving;
    private final int maxSeconds;

    EditController(PlanEdits edits, SolveService solving, int maxSeconds) {
        this.edits = edits;
        this.solving = solving;
        this.maxSeconds = maxSeconds;
    }

    /** {@code ?sessionId=} (a session row) or {@code ?demandId=&seat=}, on {@code ?revision=} or the latest plan. */
    void recommendations(Context ctx) {
        ctx.json(edits.people(ctx.pathParam("id"), ctx.queryParam("revision"), ctx.queryParam("sessionId"),
                ctx.queryParam("demandId"), seat(ctx.queryParam("seat"))));
    }

    void times(Context ctx) {
        ctx.json(edits.times(ctx.pathParam("id"), ctx.queryParam("revision"), ctx.pathParam("sessionId")));
    }

    void preview(Context ctx) {
        ctx.json(edits.preview(ctx.pathParam("id"), RequestBody.read(ctx, PlanEdits.EditRequest.class)));
    }

    void save(Context ctx) {
        ctx.status(201).json(edits.save(ctx.pathParam("id"), RequestBody.read(ctx, PlanEdits.EditRequest.class),
                Access.author(ctx)));
    }

    /** "Beregn videre" for {@code ?seconds=N} (default as a solve). */
    void continueSolving(Context ctx) {
        int seconds = SolveController.seconds(ctx.queryParam("seconds"), SolveController.DEFAULT_SECONDS, maxSeconds);
        ctx.status(202).json(solving.continueSolving(ctx.pathParam("id"), Duration.ofSeconds(seconds),
                Access.author(ctx)));
    }

    private static Integer seat(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        try {
            int seat = Integer.parseInt(query.trim());
            if (seat >= 1) {
                return seat;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("seat", "seat must be a whole number from 1.", "seat skal være et helt tal fra 1.");
    }
}
