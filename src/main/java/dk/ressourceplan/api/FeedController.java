package dk.ressourceplan.api;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.io.export.ExportFilter;
import dk.ressourceplan.io.export.ExportFormat;
import dk.ressourceplan.store.PlanRecord;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.Publication;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.UserRecord;
import dk.ressourceplan.store.UserStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A staff member's personal calendar: {@code /feed/<token>.ics}, the address a calendar program subscribes to.
 * The staff user's token is the secret part of the address, so the link cannot be guessed, and revoking the user
 * ends it. It holds the staff member's sessions of the plan published most recently that has them in it, so a
 * rerun shows up in the calendar once it is published, and nothing unpublished ever does.
 */
final class FeedController {

    private final UserStore users;
    private final PlanStore store;
    private final StoredDocuments documents;
    private final ExportController exports;

    FeedController(UserStore users, PlanStore store, StoredDocuments documents, ExportController exports) {
        this.users = users;
        this.store = store;
        this.documents = documents;
        this.exports = exports;
    }

    void calendar(Context ctx) throws IOException {
        UserRecord user = users.findUserByTokenHash(Tokens.sha256(ctx.pathParam("token")))
                .orElseThrow(() -> new ApiException(401, "token", "This calendar link does not work (any more).",
                        "Kalenderlinket virker ikke (længere)."));
        if (UserRole.parse(user.role()).orElse(null) != UserRole.STAFF || user.staffId() == null) {
            throw new ApiException(403, "token", "Calendar links are for staff users.",
                    "Kalenderlinks er til medarbejdere.");
        }
        RevisionDocument revision = latestPublishedWith(user.staffId()).orElseThrow(() -> new ApiException(404,
                "token", "No published plan has you in it yet.", "Der er endnu ingen offentliggjort plan, du er med i."));
        exports.send(ctx, revision, documents.read(revision), ExportFormat.ICS, ExportFilter.staff(user.staffId()), true);
    }

    private Optional<RevisionDocument> latestPublishedWith(String staffId) {
        RevisionDocument latest = null;
        Instant latestAt = Instant.MIN;
        for (PlanRecord plan : store.listPlans()) {
            List<Publication> publications = store.publications(plan.id());
            Optional<RevisionDocument> published = store.published(plan.id());
            if (publications.isEmpty() || published.isEmpty()) {
                continue;
            }
            Instant at = publications.get(publications.size() - 1).at();
            if (at.isAfter(latestAt)) {
                PlanDocument document = documents.read(published.get());
                if (document.staff().stream().map(Staff::id).anyMatch(staffId::equals)) {
                    latest = published.get();
                    latestAt = at;
                }
            }
        }
        return Optional.ofNullable(latest);
    }
}
