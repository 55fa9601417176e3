package dk.ressourceplan.api;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.PlanReader;
import dk.ressourceplan.io.export.ExportFilter;
import dk.ressourceplan.io.export.ExportFormat;
import dk.ressourceplan.io.export.Exports;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.RevisionDocument;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Downloads of a plan: the term as dated calendar events, or the fortnight as csv or xlsx, for the whole plan, a
 * school or a staff member. The URL names no revision: it gives the published plan (else the latest solution),
 * so a calendar program subscribed to it picks up a rerun by itself.
 */
final class ExportController {

    private final PlanStore store;

    ExportController(PlanStore store) {
        this.store = store;
    }

    void ics(Context ctx) throws IOException {
        export(ctx, ExportFormat.ICS);
    }

    void csv(Context ctx) throws IOException {
        export(ctx, ExportFormat.CSV);
    }

    void xlsx(Context ctx) throws IOException {
        export(ctx, ExportFormat.XLSX);
    }

    private void export(Context ctx, ExportFormat format) throws IOException {
        PlanDocument plan = PlanReader.read(Revisions.current(store, ctx.pathParam("id")).documentJson());
        ExportFilter filter;
        try {
            filter = ExportFilter.of(ctx.queryParam("school"), ctx.queryParam("staff"));
            filter.checkKnownIn(plan);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(ctx.queryParam("staff") != null ? "staff" : "school", e.getMessage(),
                    "Skolen eller medarbejderen findes ikke i planen, eller begge er angivet.");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Exports.write(plan, format, filter, body);
        ctx.contentType(format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + Exports.fileName(plan, format, filter) + "\"")
                .result(body.toByteArray());
    }
}
