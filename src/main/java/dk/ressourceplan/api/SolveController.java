package dk.ressourceplan.api;

import dk.ressourceplan.plans.SolveService;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.sse.SseHandler;
import java.time.Duration;

/** Solving: start, stop, poll the status, follow the progress as server-sent events. */
final class SolveController {

    static final int DEFAULT_SECONDS = 60;

    record SolveRequest(Integer seconds) {
    }

    private final SolveService solving;
    private final PlanEvents events;
    private final int maxSeconds;

    SolveController(SolveService solving, PlanEvents events, int maxSeconds) {
        this.solving = solving;
        this.events = events;
        this.maxSeconds = maxSeconds;
    }

    /** Solves the plan's latest problem revision for {@code ?seconds=N} or {@code {"seconds":N}}. */
    void start(Context ctx) {
        String planId = ctx.pathParam("id");
        solving.requireExists(planId);
        ctx.status(202).json(solving.solve(planId, Duration.ofSeconds(seconds(ctx)), Access.author(ctx)));
    }

    void stop(Context ctx) {
        ctx.json(solving.stopSolving(ctx.pathParam("id")));
    }

    void status(Context ctx) {
        ctx.json(solving.status(ctx.pathParam("id"), Access.viewer(ctx)));
    }

    void events(Context ctx) {
        String planId = ctx.pathParam("id");
        solving.requireExists(planId);
        // Javalin's stream answers only a client that asks for one; EventSource always does.
        String accept = ctx.header(Header.ACCEPT);
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiException(406, "$", "Ask for text/event-stream (send the header Accept: text/event-stream).",
                    "Bed om text/event-stream (send headeren Accept: text/event-stream).");
        }
        boolean figures = !Access.viewer(ctx).seesOneSchool();
        new SseHandler(0, client -> events.open(planId, client, figures, () -> solving.greeting(planId))).handle(ctx);
    }

    private int seconds(Context ctx) {
        String query = ctx.queryParam("seconds");
        if (query != null) {
            return seconds(query, DEFAULT_SECONDS, maxSeconds);
        }
        SolveRequest request = RequestBody.read(ctx, SolveRequest.class);
        return request == null || request.seconds() == null ? DEFAULT_SECONDS : within(request.seconds(), maxSeconds);
    }

    /** A time limit from the query string: a whole number of seconds from 1 to the maximum, else the default. */
    static int seconds(String query, int defaultSeconds, int maxSeconds) {
        if (query == null) {
            return defaultSeconds;
        }
        try {
            return within(Integer.parseInt(query.trim()), maxSeconds);
        } catch (NumberFormatException e) {
            throw invalidSeconds(maxSeconds);
        }
    }

    private static int within(int seconds, int maxSeconds) {
        if (seconds < 1 || seconds > maxSeconds) {
            throw invalidSeconds(maxSeconds);
        }
        return seconds;
    }

    private static ApiException invalidSeconds(int maxSeconds) {
        return ApiException.badRequest("seconds", "seconds must be a whole number from 1 to " + maxSeconds + ".",
                "seconds skal være et helt tal fra 1 til " + maxSeconds + ".");
    }
}
