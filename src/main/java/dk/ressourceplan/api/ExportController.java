package dk.ressourceplan.api;

import dk.ressourceplan.plans.PlanDownloads;
import dk.ressourceplan.plans.Users;
import io.javalin.http.Context;

/**
 * Downloads of a plan ({@link PlanDownloads}): {@code export.ics}, {@code export.csv} and {@code export.xlsx} with
 * {@code ?school=} or {@code ?staff=}, and a staff member's calendar feed, {@code /feed/<token>.ics}, the address a
 * calendar program subscribes to. The staff user's token is the secret part of that address, so the link cannot be
 * guessed, and revoking the user ends it.
 */
final class ExportController {

    private final PlanDownloads downloads;
    private final Users users;
    private final TokenThrottle throttle;

    ExportController(PlanDownloads downloads, Users users, TokenThrottle throttle) {
        this.downloads = downloads;
        this.users = users;
        this.throttle = throttle;
    }

    void ics(Context ctx) {
        export(ctx, "ics");
    }

    void csv(Context ctx) {
        export(ctx, "csv");
    }

    void xlsx(Context ctx) {
        export(ctx, "xlsx");
    }

    private void export(Context ctx, String format) {
        send(ctx, downloads.download(ctx.pathParam("id"), format, ctx.queryParam("school"), ctx.queryParam("staff"),
                Access.viewer(ctx)));
    }

    void feed(Context ctx) {
        throttle.check(ctx);
        Users.Account user = users.byToken(ctx.pathParam("token")).orElseThrow(() -> {
            throttle.failed(ctx);
            return new ApiException(401, "token", "This calendar link does not work (any more).",
                    "Kalenderlinket virker ikke (længere).");
        });
        if (UserRole.parse(user.role()).orElse(null) != UserRole.STAFF || user.staffId() == null) {
            throw new ApiException(403, "token", "Calendar links are for staff users.",
                    "Kalenderlinks er til medarbejdere.");
        }
        send(ctx, downloads.staffCalendar(user.staffId()).orElseThrow(() -> new ApiException(404, "token",
                "No published plan has you in it yet.", "Der er endnu ingen offentliggjort plan, du er med i.")));
    }

    private static void send(Context ctx, PlanDownloads.Download download) {
        Downloads.send(ctx, download.bytes(), download.fileName(), download.mediaType());
    }
}
