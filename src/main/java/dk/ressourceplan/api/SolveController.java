package dk.ressourceplan.api;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
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
    private final int maxSeconds;

    SolveController(PlanStore store, SolveService solving, int maxSeconds) {
        this.store = store;
        this.solving = solving;
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

    void status(Context ctx) {
        ctx.json(solving.status(requirePlan(ctx)));
    }

    void events(Context ctx) {
        String planId = requirePlan(ctx);
        // Javalin's stream answers only a client that asks for one; EventSource always does.
        String accept = ctx.header(Header.ACCEPT);
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiException(406, "$", "Ask for text/event-stream (send the header Accept: text/event-stream).",
                    "Bed om text/event-stream (send headeren Accept: text/event-stream).");
        }
        new SseHandler(0, client -> solving.subscribe(planId, client)).handle(ctx);
    }

    private int seconds(Context ctx) {
        Integer seconds;
        String query = ctx.queryParam("seconds");
        if (query != null) {
            seconds = parse(query);
        } else {
            SolveRequest request = RequestBody.read(ctx, SolveRequest.class);
            seconds = request == null ? null : request.seconds();
        }
        if (seconds == null) {
            return DEFAULT_SECONDS;
        }
        if (seconds < 1 || seconds > maxSeconds) {
            throw invalidSeconds();
        }
        return seconds;
    }

    private Integer parse(String seconds) {
        try {
            return Integer.valueOf(seconds.trim());
        } catch (NumberFormatException e) {
            throw invalidSeconds();
        }
    }

    private ApiException invalidSeconds() {
        return ApiException.badRequest("seconds", "seconds must be a whole number from 1 to " + maxSeconds + ".",
                "seconds skal være et helt tal fra 1 til " + maxSeconds + ".");
    }

    private String requirePlan(Context ctx) {
        String planId = ctx.pathParam("id");
        store.findPlan(planId).orElseThrow(() -> ApiException.unknownPlan(planId));
        return planId;
    }
}
