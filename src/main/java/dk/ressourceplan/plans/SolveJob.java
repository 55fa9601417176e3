package dk.ressourceplan.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.solver.PlanResult;
import dk.ressourceplan.solver.Rerun;
import dk.ressourceplan.solver.TermPlanner;
import dk.ressourceplan.store.RevisionContent;
import dk.ressourceplan.store.RevisionKind;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One job of one plan, a solve or a rerun, from the request until its last plan is saved: the best plan so far, the
 * one last shown to listeners, and the revision it is saved in.
 *
 * @param <B> what the job's solving reports as it improves: a solve's solution, or a rerun as it stands. It becomes
 *            a document only when it is shown, at most every {@link SolveService#PROGRESS_INTERVAL}.
 */
final class SolveJob<B> {

    final String planId;
    final String author;
    /** What the revision is: a solution of a problem revision, or a rerun of a published revision. */
    final RevisionKind kind;
    final int parentRevision;
    /** Completes once the run has ended and its last plan is saved. */
    final CompletableFuture<Void> ended = new CompletableFuture<>();

    // Guarded by the SolveService.
    boolean started;
    boolean stopping;
    SolveService.Solving solving;
    ScheduledFuture<?> progressTask;
    JobEvent.Status announced;

    private final Function<B, PlanDocument> document;
    /** A rerun's published plan, to say what the rerun changed; null for a solve. */
    private final PlanDocument published;
    private final AtomicBoolean ending = new AtomicBoolean();
    private volatile boolean discarded;
    private volatile long startedAtNanos;

    // Guarded by this.
    private B best;
    private long bestAtNanos;
    private long bestVersion;
    private Progress shown;
    private long shownVersion;
    private long savedVersion;
    private long savedAtNanos;
    private Integer revision;
    private RevisionContent unsolved;
    private boolean finalSaved;

    /** A plan as the page and the store see it, and how long solving took to find it. */
    record Progress(PlanDocument solved, double secondsSpent) {

        RevisionContent content() {
            return contentOf(solved);
        }
    }

    /** A solved plan as a revision holds it: the document, its score and its KPIs. */
    static RevisionContent contentOf(PlanDocument solved) {
        try {
            return new RevisionContent(Json.mapper().writeValueAsString(solved), solved.score(),
                    Json.mapper().writeValueAsString(solved.kpis()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SolveJob(String planId, String author, RevisionKind kind, int parentRevision,
            Function<B, PlanDocument> document, PlanDocument published) {
        this.planId = planId;
        this.author = author;
        this.kind = kind;
        this.parentRevision = parentRevision;
        this.document = document;
        this.published = published;
    }

    static SolveJob<StaffPlan> solve(String planId, PlanDocument problem, int problemRevision, String author) {
        return new SolveJob<>(planId, author, RevisionKind.SOLUTION, problemRevision,
                solution -> PlanResult.toDocument(problem, solution), null);
    }

    /** A solve of a term with dated work, planned stretch by stretch: a solution revision as any solve's. */
    static SolveJob<TermPlanner.Snapshot> term(String planId, int problemRevision, String author) {
        return new SolveJob<>(planId, author, RevisionKind.SOLUTION, problemRevision, TermPlanner.Snapshot::document,
                null);
    }

    static SolveJob<Rerun.Snapshot> rerun(String planId, PlanDocument published, int publishedRevision, String author) {
        return new SolveJob<>(planId, author, RevisionKind.RERUN, publishedRevision, Rerun.Snapshot::document,
                published);
    }

    void markStarted() {
        startedAtNanos = System.nanoTime();
        synchronized (this) {
            savedAtNanos = startedAtNanos;
        }
    }

    void discard() {
        discarded = true;
    }

    boolean isDiscarded() {
        return discarded;
    }

    /** True for the first caller only: a run ends once, whether it finished, failed or was cancelled. */
    boolean markEnding() {
        return ending.compareAndSet(false, true);
    }

    /**
     * A rerun's revision exists from the request on, so that the PPR leader learns its number at once; until the
     * rerun has a plan to save, it holds the changed term ({@code unsolved}).
     */
    synchronized void savesInto(int number, RevisionContent unsolvedContent) {
        revision = number;
        unsolved = unsolvedContent;
    }

    synchronized void offer(B found) {
        if (found == best) {
            return; // the final best solution is usually the last one offered
        }
        best = found;
        bestAtNanos = System.nanoTime();
        bestVersion++;
    }

    /** The best plan found since the last call, as a document, or empty if there is none. */
    synchronized Optional<Progress> newBest() {
        if (bestVersion == shownVersion || finalSaved) {
            return Optional.empty();
        }
        shown = new Progress(document.apply(best), seconds(bestAtNanos - startedAtNanos));
        shownVersion = bestVersion;
        return Optional.of(shown);
    }

    synchronized boolean saveIsDue(Duration interval) {
        return !finalSaved && shownVersion > savedVersion && System.nanoTime() - savedAtNanos >= interval.toNanos();
    }

    synchronized Progress shown() {
        return shown;
    }

    synchronized Integer revision() {
        return revision;
    }

    /** What a rerun's revision holds while it has no plan: the term after the changes. Null for a solve. */
    synchronized RevisionContent unsolved() {
        return unsolved;
    }

    /** Records that the shown plan is saved in revision {@code number}; a final save ends all saving. */
    synchronized void saved(int number, boolean isFinal) {
        revision = number;
        savedVersion = shownVersion;
        savedAtNanos = System.nanoTime();
        finalSaved |= isFinal;
    }

    synchronized boolean isFinalSaved() {
        return finalSaved;
    }

    /** What a rerun changed in the published plan, in words, once its plan is shown; null for a solve. */
    synchronized List<PlanDiff.Entry> changes() {
        return published == null || shown == null ? null : PlanDiff.between(published, shown.solved()).entries();
    }

    Double secondsSpent() {
        return startedAtNanos == 0 ? null : seconds(System.nanoTime() - startedAtNanos);
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 100_000_000.0) / 10.0;
    }
}
