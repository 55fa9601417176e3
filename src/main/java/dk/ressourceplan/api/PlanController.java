package dk.ressourceplan.api;

import dk.ressourceplan.plans.PlanLibrary;
import dk.ressourceplan.plans.Viewer;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.List;

/** Plans: submit a term, list, read, delete, publish, and the trail of who did what ({@link PlanLibrary}). */
final class PlanController {

    private final PlanLibrary plans;

    PlanController(PlanLibrary plans) {
        this.plans = plans;
    }

    void list(Context ctx) {
        ctx.json(plans.list(Access.viewer(ctx)));
    }

    /** A term as JSON or as the planners' workbook (xlsx); {@code ?name=} names the plan. */
    void submit(Context ctx) {
        ctx.status(201).json(plans.submit(ctx::bodyAsBytes, ctx.contentType(), ctx.queryParam("name"),
                Access.author(ctx)));
    }

    void template(Context ctx) {
        attachment(ctx, plans.template());
    }

    void termWorkbook(Context ctx) {
        attachment(ctx, plans.termWorkbook(ctx.pathParam("id")));
    }

    /**
     * The plan, as JSON made once per state of the plan; a client that sends the {@code ETag} it has as
     * {@code If-None-Match} gets 304 while nothing changed.
     */
    void get(Context ctx) {
        String planId = ctx.pathParam("id");
        Viewer viewer = Access.viewer(ctx);
        String etag = plans.etag(planId, viewer);
        String held = ctx.header(Header.IF_NONE_MATCH);
        if (held != null && List.of(held.split(",")).stream().map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag))) {
            ctx.header(Header.ETAG, etag).status(HttpStatus.NOT_MODIFIED);
            return;
        }
        PlanLibrary.TaggedJson detail = plans.detailJson(planId, viewer);
        ctx.header(Header.ETAG, detail.etag()).contentType(ContentType.APPLICATION_JSON);
        Gzipped.send(ctx, detail.json());
    }

    /** {@code ?revision=N&date=2027-03-01}, both optional. */
    void days(Context ctx) {
        ctx.json(plans.days(ctx.pathParam("id"), ctx.queryParam("revision"), ctx.queryParam("date")));
    }

    void delete(Context ctx) {
        plans.delete(ctx.pathParam("id"), Access.author(ctx));
        ctx.status(204);
    }

    void publish(Context ctx) {
        ctx.json(plans.publish(ctx.pathParam("id"), Access.author(ctx)));
    }

    void trail(Context ctx) {
        ctx.json(plans.trail(ctx.pathParam("id")));
    }

    static void attachment(Context ctx, PlanLibrary.Workbook workbook) {
        Downloads.send(ctx, workbook.bytes(), workbook.fileName(), PlanLibrary.Workbook.CONTENT_TYPE);
    }
}
