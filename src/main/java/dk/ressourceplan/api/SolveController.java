package dk.ressourceplan.api;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.plans.SolveService;
import dk.ressourceplan.plans.SolveStatus;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionKind;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.sse.SseHandler;
import java.io.IOException;
import java.time.Duration;

/** Solving: start, stop, poll the status, follow the progress as server-sent events. */
final class SolveController {

    static final int DEFAULT_SECONDS = 60;

    record SolveRequest(Integer seconds) {
    }

    private final PlanStore store;
    private final SolveService solving;
    private final PlanEvents events;
    private final int maxSeconds;

    SolveController(PlanStore store, SolveService solving, PlanEvents events, int maxSeconds) {
        this.store = store;
        this.solving = solving;
        this.events = events;
        this.maxSeconds = maxSeconds;
    }

    /** Solves the plan's latest problem revision for {@code ?seconds=N} or {@code {"seconds":N}}. */
    void start(Context ctx) throws IOException {
        String planId = requirePlan(ctx);
        Duration limit = Duration.ofSeconds(seconds(ctx));
        RevisionDocument problem = store.latest(planId, RevisionKind.PROBLEM).orElseThrow();
        PlanDocument document = Json.mapper().readValue(problem.documentJson(), PlanDocument.class);
        ctx.status(202).json(solving.start(planId, document, problem.revision().number(), limit, Access.author(ctx)));
    }

    void stop(Context ctx) {
        ctx.json(solving.stop(requirePlan(ctx)));
    }

    /** A school leader sees whether the plan is solving, not the whole plan's score and KPIs. */
    void status(Context ctx) {
        SolveStatus status = solving.status(requirePlan(ctx));
        ctx.json(Access.caller(ctx).isSchoolLeader() ? status.withoutFigures() : status);
    }

    void events(Context ctx) {
        String planId = requirePlan(ctx);
        // Javalin's stream answers only a client that asks for one; EventSource always does.
        String accept = ctx.header(Header.ACCEPT);
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiException(406, "$", "Ask for text/event-stream (send the header Accept: text/event-stream).",
                    "Bed om text/event-stream (send headeren Accept: text/event-stream).");
        }
        boolean figures = !Access.caller(ctx).isSchoolLeader();
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

    private String requirePlan(Context ctx) {
        String planId = ctx.pathParam("id");
        store.findPlan(planId).orElseThrow(() -> ApiException.unknownPlan(planId));
        return planId;
    }
}
