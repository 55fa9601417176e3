package dk.ressourceplan.plans;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.io.export.ExportFilter;
import dk.ressourceplan.io.export.ExportFormat;
import dk.ressourceplan.io.export.Exports;
import dk.ressourceplan.store.PlanRecord;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.Publication;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads of a plan: the term as dated calendar events, or the fortnight as csv or xlsx, for the whole plan, a
 * school or a staff member. No revision is named: a download gives the published plan (else the latest solution),
 * so a calendar program subscribed to it picks up a rerun by itself. A school leader gets the own school of the
 * published revision, whether or not the school is named, without the whole plan's KPIs; another school or a staff
 * member is refused. A staff member's calendar feed holds their sessions of the plan published most recently that
 * has them in it.
 */
public final class PlanDownloads {

    /** A file to send: its bytes, the name to save it under and its media type. */
    public record Download(byte[] bytes, String fileName, String mediaType) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PlanDownloads.class);
    private static final List<ExportFormat> FORMATS = List.of(ExportFormat.ICS, ExportFormat.CSV, ExportFormat.XLSX);

    private final PlanStore store;
    private final StoredDocuments documents;
    private final Downloads made = new Downloads();
    /** Makes a published plan's downloads ahead of the readers, one plan at a time, below the solver's priority. */
    private final ExecutorService preparing = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "downloads-ahead");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    PlanDownloads(PlanStore store, StoredDocuments documents) {
        this.store = store;
        this.documents = documents;
    }

    /**
     * @param extension {@code ics}, {@code csv} or {@code xlsx}
     * @param school    the school to download, or null
     * @param staff     the staff member to download, or null; not both
     */
    public Download download(String planId, String extension, String school, String staff, Viewer viewer) {
        ExportFormat format = ExportFormat.parse(extension);
        RevisionDocument revision;
        if (viewer.seesOneSchool()) {
            school = ownSchool(viewer, school, staff);
            revision = Revisions.published(store, planId);
        } else {
            revision = Revisions.current(store, planId);
        }
        PlanDocument plan = documents.read(revision);
        if (viewer.seesOneSchool()) {
            // The KPIs in a workbook or csv are the whole municipality's.
            plan = plan.withSolution(null, null, plan.uncovered(), plan.sessions());
        }
        ExportFilter filter;
        try {
            filter = ExportFilter.of(school, staff);
            filter.checkKnownIn(plan);
        } catch (IllegalArgumentException e) {
            throw Refused.badRequest(staff != null ? "staff" : "school", e.getMessage(),
                    "Skolen eller medarbejderen findes ikke i planen, eller begge er angivet.");
        }
        return make(revision, plan, format, filter, !viewer.seesOneSchool());
    }

    /**
     * Makes the published revision's downloads before anyone asks for them, in the background: the whole plan in
     * every format, and each school's, as a school leader and as a planner gets it. When a plan is published, its
     * school leaders open it at once, and a school's term calendar takes a good part of a second to write; made
     * ahead, the first of them wait no longer than the last (docs/benchmarks.md, "Load").
     *
     * @return done when they are made, or when the plan turned out to have nothing published (or was deleted)
     */
    public CompletableFuture<Void> prepare(String planId) {
        try {
            return CompletableFuture.runAsync(() -> makeAhead(planId), preparing);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null);
        }
    }

    private void makeAhead(String planId) {
        try {
            RevisionDocument revision = Revisions.published(store, planId);
            Viewer planner = Viewer.wholePlans("downloads made ahead");
            for (ExportFormat format : FORMATS) {
                download(planId, format.extension(), null, null, planner);
            }
            for (School school : documents.read(revision).schools()) {
                download(planId, ExportFormat.ICS.extension(), school.id(), null, planner);
                Viewer leader = Viewer.oneSchool("downloads made ahead", school.id());
                for (ExportFormat format : FORMATS) {
                    download(planId, format.extension(), school.id(), null, leader);
                }
            }
        } catch (RuntimeException e) {
            // Deleted, unpublished or closed meanwhile: a reader who asks later has the file made then.
            LOG.debug("Plan {}: downloads not made ahead: {}", planId, e.getMessage());
        }
    }

    /** How many downloads are kept made. */
    int madeCount() {
        return made.size();
    }

    void close() {
        preparing.shutdownNow();
    }

    /**
     * A staff member's calendar: their sessions in the plan published most recently that has them in it, so a rerun
     * shows up once it is published, and nothing unpublished ever does.
     */
    public Optional<Download> staffCalendar(String staffId) {
        return latestPublishedWith(staffId).map(revision -> make(revision, documents.read(revision), ExportFormat.ICS,
                ExportFilter.staff(staffId), true));
    }

    /**
     * The file named after the plan and what it shows; made once per complete revision, format and filter.
     *
     * @param plan    the revision's document, as the caller may see it
     * @param figures whether {@code plan} has the whole plan's KPIs
     */
    private Download make(RevisionDocument revision, PlanDocument plan, ExportFormat format, ExportFilter filter,
            boolean figures) {
        // A calendar event's SEQUENCE counts the publications that changed it, so that a subscribed calendar program
        // takes a rerun's changes; the same revision's file changes when the plan is published again.
        String planId = revision.revision().planId();
        int publications = format == ExportFormat.ICS ? store.publications(planId).size() : 0;
        Downloads.Maker maker = () -> {
            List<PlanDocument> publishedBefore = format == ExportFormat.ICS
                    ? PublicationHistory.before(store, planId, revision.revision().number()) : List.of();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            Exports.write(plan, format, filter, publishedBefore, body);
            return new Downloads.File(body.toByteArray(), Exports.fileName(plan, format, filter));
        };
        try {
            Downloads.File file = revision.revision().state() == RevisionState.COMPLETE
                    ? made.get(new Downloads.Key(revision.revision().id(), format.name() + "/" + publications,
                            filter.toString(), figures), maker)
                    : maker.make();
            return new Download(file.bytes(), file.name(), format.mediaType());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /** A school leader downloads the own school, also without asking for it, and nothing else. */
    private static String ownSchool(Viewer viewer, String school, String staff) {
        if (staff != null && !staff.isBlank()) {
            throw Refused.forbidden("staff", "A school leader downloads the school's plan, not a staff member's.",
                    "En skoleleder henter skolens plan, ikke en medarbejders.");
        }
        if (school != null && !school.isBlank() && !school.equals(viewer.schoolId())) {
            throw Refused.forbidden("school", "You may download your own school's plan only.",
                    "Du kan kun hente din egen skoles plan.");
        }
        return viewer.schoolId();
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
