package dk.ressourceplan.api;

import ai.timefold.solver.core.api.solver.SolverJob;
import com.fasterxml.jackson.core.JsonProcessingException;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.solver.PlanResult;
import dk.ressourceplan.store.RevisionContent;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One solve of one plan, from the request until its final best solution is saved: the best solution so far, the
 * one last shown to listeners, and the solution revision it is saved in.
 */
final class SolveRun {

    /** The solver's problem id; a new one for each solve, so a plan solved again never meets its previous job. */
    final String jobId = UUID.randomUUID().toString();
    final String planId;
    final PlanDocument problem;
    final int problemRevision;
    final String author;
    /** Completes once the run has ended and its last solution is saved. */
    final CompletableFuture<Void> ended = new CompletableFuture<>();

    // Guarded by the SolveService.
    SolverJob<StaffPlan, String> job;
    boolean started;
    ScheduledFuture<?> progressTask;
    SolveService.StatusEvent announced;

    private final AtomicBoolean ending = new AtomicBoolean();
    private volatile boolean discarded;
    private volatile long startedAtNanos;

    // Guarded by this.
    private StaffPlan best;
    private long bestAtNanos;
    private long bestVersion;
    private Progress shown;
    private long shownVersion;
    private long savedVersion;
    private long savedAtNanos;
    private Integer revision;
    private boolean finalSaved;

    /** A solution as the page and the store see it, and how long solving took to find it. */
    record Progress(PlanDocument solved, double secondsSpent) {

        RevisionContent content() {
            try {
                return new RevisionContent(Json.mapper().writeValueAsString(solved), solved.score(),
                        Json.mapper().writeValueAsString(solved.kpis()));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    SolveRun(String planId, PlanDocument problem, int problemRevision, String author) {
        this.planId = planId;
        this.problem = problem;
        this.problemRevision = problemRevision;
        this.author = author;
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

    synchronized void offer(StaffPlan solution) {
        if (solution == best) {
            return; // the final best solution is usually the last one offered
        }
        best = solution;
        bestAtNanos = System.nanoTime();
        bestVersion++;
    }

    /** The best solution found since the last call, as a document, or empty if there is none. */
    synchronized Optional<Progress> newBest() {
        if (bestVersion == shownVersion || finalSaved) {
            return Optional.empty();
        }
        shown = new Progress(PlanResult.toDocument(problem, best), seconds(bestAtNanos - startedAtNanos));
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

    /** Records that the shown solution is saved in revision {@code number}; a final save ends all saving. */
    synchronized void saved(int number, boolean isFinal) {
        revision = number;
        savedVersion = shownVersion;
        savedAtNanos = System.nanoTime();
        finalSaved |= isFinal;
    }

    synchronized boolean isFinalSaved() {
        return finalSaved;
    }

    Double secondsSpent() {
        return startedAtNanos == 0 ? null : seconds(System.nanoTime() - startedAtNanos);
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 100_000_000.0) / 10.0;
    }
}
