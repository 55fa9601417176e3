package dk.ressourceplan.api;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.export.ExportFilter;
import dk.ressourceplan.io.export.ExportFormat;
import dk.ressourceplan.io.export.Exports;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionState;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Downloads of a plan: the term as dated calendar events, or the fortnight as csv or xlsx, for the whole plan, a
 * school or a staff member. The URL names no revision: it gives the published plan (else the latest solution),
 * so a calendar program subscribed to it picks up a rerun by itself. A school leader gets the own school of the
 * published revision, whether or not {@code ?school=} names it, without the whole plan's KPIs; another school or a
 * staff member is refused.
 */
final class ExportController {

    private final PlanStore store;
    private final StoredDocuments documents;
    private final Downloads downloads = new Downloads();

    ExportController(PlanStore store, StoredDocuments documents) {
        this.store = store;
        this.documents = documents;
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
        Caller caller = Access.caller(ctx);
        String school = ctx.queryParam("school");
        String staff = ctx.queryParam("staff");
        RevisionDocument revision;
        if (caller.isSchoolLeader()) {
            school = ownSchool(caller, school, staff);
            revision = Revisions.published(store, ctx.pathParam("id"));
        } else {
            revision = Revisions.current(store, ctx.pathParam("id"));
        }
        PlanDocument plan = documents.read(revision);
        if (caller.isSchoolLeader()) {
            // The KPIs in a workbook or csv are the whole municipality's.
            plan = plan.withSolution(null, null, plan.uncovered(), plan.sessions());
        }
        ExportFilter filter;
        try {
            filter = ExportFilter.of(school, staff);
            filter.checkKnownIn(plan);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(staff != null ? "staff" : "school", e.getMessage(),
                    "Skolen eller medarbejderen findes ikke i planen, eller begge er angivet.");
        }
        send(ctx, revision, plan, format, filter, !caller.isSchoolLeader());
    }

    /**
     * The file as an attachment named after the plan and what it shows; made once per complete revision, format
     * and filter.
     *
     * @param plan    the revision's document, as the caller may see it
     * @param figures whether {@code plan} has the whole plan's KPIs
     */
    void send(Context ctx, RevisionDocument revision, PlanDocument plan, ExportFormat format, ExportFilter filter,
            boolean figures) throws IOException {
        Downloads.Maker maker = () -> {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            Exports.write(plan, format, filter, body);
            return new Downloads.File(body.toByteArray(), Exports.fileName(plan, format, filter));
        };
        Downloads.File file = revision.revision().state() == RevisionState.COMPLETE
                ? downloads.get(new Downloads.Key(revision.revision().id(), format.name(), filter.toString(), figures), maker)
                : maker.make();
        ctx.contentType(format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .result(file.bytes());
    }

    /** A school leader downloads the own school, also without asking for it, and nothing else. */
    private static String ownSchool(Caller caller, String school, String staff) {
        if (staff != null && !staff.isBlank()) {
            throw new ApiException(403, "staff", "A school leader downloads the school's plan, not a staff member's.",
                    "En skoleleder henter skolens plan, ikke en medarbejders.");
        }
        if (school != null && !school.isBlank() && !school.equals(caller.schoolId())) {
            throw new ApiException(403, "school", "You may download your own school's plan only.",
                    "Du kan kun hente din egen skoles plan.");
        }
        return caller.schoolId();
    }
}
