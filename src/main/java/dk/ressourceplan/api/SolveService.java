package dk.ressourceplan.api;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.solver.PlanSolver;
import dk.ressourceplan.solver.SolverSettings;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionState;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves plans in the background on Timefold's {@link SolverManager}: one solve per plan at a time and at most
 * {@code maxConcurrent} at once. The SolverManager's thread pool queues further solves first come, first served;
 * this service keeps the same order in {@link #waiting} to tell each queued plan its place.
 *
 * <p>While a plan solves, its best solution so far is shown to the plan's event streams at most every
 * {@link #PROGRESS_INTERVAL} and saved as an IN_PROGRESS solution revision every {@link #SAVE_INTERVAL}, so that a
 * crash loses only seconds of solving; the final best solution completes the revision.
 *
 * <p>Locks: this service's monitor guards which runs exist, wait and have started; a run's own monitor guards its
 * solutions. Code holding both takes this service's first.
 */
final class SolveService implements AutoCloseable {

    static final Duration PROGRESS_INTERVAL = Duration.ofMillis(500);
    static final Duration SAVE_INTERVAL = Duration.ofSeconds(2);
    /** Stopping waits for the solver to finish its step and the final solution to be saved. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SolveService.class);

    record StatusEvent(SolveState status, Integer queuePosition) {
    }

    record BestEvent(String score, JsonNode kpis, double secondsSpent) {
    }

    record DoneEvent(SolveState status, String score, JsonNode kpis, Integer revision) {
    }

    private final PlanStore store;
    private final SolverManager<StaffPlan, String> solverManager;
    private final int maxConcurrent;
    private final PlanEvents events = new PlanEvents();
    private final ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "solve-progress");
        thread.setDaemon(true);
        return thread;
    });
    /** The runs not yet ended, by plan id. */
    private final Map<String, SolveRun> runs = new ConcurrentHashMap<>();
    /** Runs not yet started, in the order they were handed to the SolverManager. Guarded by this. */
    private final List<SolveRun> waiting = new ArrayList<>();
    private boolean closed;

    SolveService(PlanStore store, SolverManager<StaffPlan, String> solverManager, int maxConcurrent) {
        this.store = store;
        this.solverManager = solverManager;
        this.maxConcurrent = maxConcurrent;
    }

    /**
     * Starts solving the plan's problem revision, or queues it when {@code maxConcurrent} plans are solving.
     *
     * @throws ApiException 409 if the plan is already solving or queued
     */
    SolveStatus start(String planId, PlanDocument problem, int problemRevision, Duration limit, String author) {
        SolveRun run = new SolveRun(planId, problem, problemRevision, author);
        synchronized (this) {
            if (closed) {
                throw new ApiException(503, "$", "The server is shutting down.", "Serveren lukker ned.");
            }
            if (runs.putIfAbsent(planId, run) != null) {
                throw ApiException.conflict("Plan " + planId + " is already solving or waiting to solve.",
                        "Planen bliver allerede beregnet eller venter på at blive det.");
            }
            waiting.add(run);
            try {
                run.job = solverManager.solveBuilder()
                        .withProblemId(run.jobId)
                        .withProblemFinder(jobId -> started(run))
                        .withBestSolutionConsumer(run::offer)
                        .withFinalBestSolutionConsumer(best -> finished(run, best))
                        .withExceptionHandler((jobId, failure) -> failed(run, failure))
                        .withConfigOverride(new SolverConfigOverride<StaffPlan>()
                                .withTerminationConfig(SolverSettings.config(limit).getTerminationConfig()))
                        .run();
            } catch (RuntimeException e) {
                runs.remove(planId, run);
                waiting.remove(run);
                throw e;
            }
            announceStatuses();
        }
        LOG.info("Plan {}: solving for at most {} s, requested by {}", planId, limit.toSeconds(), author);
        return status(planId);
    }

    /** Stops the plan's solve early, keeping the best solution so far; a queued solve is dropped. */
    SolveStatus stop(String planId) {
        Optional.ofNullable(runs.get(planId)).ifPresent(this::end);
        return status(planId);
    }

    /** Stops the plan's solve without saving what it found, as when the plan is deleted. */
    void discard(String planId) {
        Optional.ofNullable(runs.get(planId)).ifPresent(run -> {
            run.discard();
            end(run);
        });
    }

    SolveState state(String planId) {
        SolveRun run = runs.get(planId);
        if (run == null) {
            return SolveState.IDLE;
        }
        synchronized (this) {
            return stateOf(run);
        }
    }

    SolveStatus status(String planId) {
        SolveRun run = runs.get(planId);
        if (run == null) {
            return savedStatus(planId);
        }
        SolveState state;
        Integer position;
        synchronized (this) {
            state = stateOf(run);
            position = queuePosition(run);
        }
        SolveRun.Progress shown = run.shown();
        return shown == null
                ? new SolveStatus(state, null, null, run.secondsSpent(), position, null)
                : new SolveStatus(state, shown.solved().score(), kpis(shown.solved()), run.secondsSpent(), position,
                        run.revision());
    }

    /**
     * Streams the plan's solving to the client: its status now, then {@code best} and {@code status} events while
     * it solves, then {@code done}. A plan that is not solving gets its status and {@code done} at once.
     *
     * @param figures whether the client sees the whole plan's score and KPIs; a school leader does not
     */
    void subscribe(String planId, SseClient client, boolean figures) {
        UnaryOperator<Object> view = figures ? UnaryOperator.identity() : SolveService::withoutFigures;
        events.open(planId, client, view, greeted -> {
            SolveStatus now = status(planId);
            greeted.sendEvent("status", new StatusEvent(now.status(), now.queuePosition()));
            if (runs.containsKey(planId)) {
                return true;
            }
            greeted.sendEvent("done", view.apply(done(savedStatus(planId))));
            return false;
        });
    }

    private static Object withoutFigures(Object event) {
        if (event instanceof BestEvent best) {
            return new BestEvent(null, null, best.secondsSpent());
        }
        if (event instanceof DoneEvent done) {
            return new DoneEvent(done.status(), null, null, null);
        }
        return event;
    }

    /** Called by the solver thread as the run's job begins: the run leaves the queue. */
    private StaffPlan started(SolveRun run) {
        synchronized (this) {
            // A job cancelled just as its thread picked it up still asks for its problem, but is not solving.
            if (run.job.getSolverStatus() == SolverStatus.SOLVING_ACTIVE && waiting.remove(run)) {
                run.started = true;
                run.markStarted();
                run.progressTask = progress.scheduleWithFixedDelay(() -> progress(run),
                        PROGRESS_INTERVAL.toMillis(), PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                announceStatuses();
            }
        }
        return PlanSolver.startingPlan(run.problem);
    }

    private void progress(SolveRun run) {
        try {
            synchronized (run) {
                run.newBest().ifPresent(best -> events.send(run.planId, "best", best(best)));
                if (run.saveIsDue(SAVE_INTERVAL)) {
                    save(run, RevisionState.IN_PROGRESS);
                }
            }
        } catch (RuntimeException e) {
            // Thrown out of here, the exception would cancel this run's progress for good.
            LOG.warn("Plan {}: could not save the best solution so far", run.planId, e);
        }
    }

    /** Called on the solver's consumer thread with the final best solution, after the last intermediate one. */
    private void finished(SolveRun run, StaffPlan best) {
        try {
            synchronized (run) {
                if (!run.isDiscarded()) {
                    run.offer(best);
                    run.newBest().ifPresent(progress -> events.send(run.planId, "best", best(progress)));
                    save(run, RevisionState.COMPLETE);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Plan {}: could not save the final solution", run.planId, e);
        } finally {
            ended(run);
        }
    }

    private void failed(SolveRun run, Throwable failure) {
        LOG.error("Plan {}: solving failed", run.planId, failure);
        try {
            synchronized (run) {
                if (!run.isDiscarded() && run.revision() != null && !run.isFinalSaved()) {
                    save(run, RevisionState.COMPLETE);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Plan {}: could not complete the solution revision", run.planId, e);
        } finally {
            ended(run);
        }
    }

    /** Saves the shown solution: the first save adds the solution revision, later ones replace its content. */
    private void save(SolveRun run, RevisionState state) {
        SolveRun.Progress shown = run.shown();
        if (shown == null) {
            return;
        }
        Integer revision = run.revision();
        if (revision == null) {
            revision = store.addRevision(run.planId, RevisionKind.SOLUTION, state, run.author, run.problemRevision,
                    shown.content()).number();
        } else {
            store.updateInProgressRevision(run.planId, revision, shown.content(), state);
        }
        run.saved(revision, state == RevisionState.COMPLETE);
    }

    private void end(SolveRun run) {
        SolverJob<StaffPlan, String> job;
        synchronized (this) {
            job = run.job;
        }
        if (job == null) {
            return; // the SolverManager refused the job, and start() has undone the run
        }
        // Timefold holds a job's status while it starts, so once this returns the job has either started, and
        // will hand over its final best solution, or been cancelled in the queue, and never calls back.
        job.terminateEarly();
        boolean cancelled;
        synchronized (this) {
            cancelled = !run.started;
        }
        if (cancelled) {
            ended(run);
        }
        try {
            run.ended.get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Plan {}: the solve did not end within {}", run.planId, STOP_TIMEOUT, e);
        }
    }

    private void ended(SolveRun run) {
        if (!run.markEnding()) {
            return;
        }
        DoneEvent done = done(savedStatus(run.planId));
        synchronized (this) {
            if (run.progressTask != null) {
                run.progressTask.cancel(false);
            }
            runs.remove(run.planId, run);
            waiting.remove(run);
            events.finish(run.planId, "done", done);
            announceStatuses();
        }
        run.ended.complete(null);
        LOG.info("Plan {}: solving ended{}", run.planId, done.revision() == null ? "" : " with revision "
                + done.revision() + ", score " + done.score());
    }

    /** Tells each plan's streams when its state or place in the queue changed. Call holding this monitor. */
    private void announceStatuses() {
        for (SolveRun run : runs.values()) {
            StatusEvent now = new StatusEvent(stateOf(run), queuePosition(run));
            if (!now.equals(run.announced)) {
                run.announced = now;
                events.send(run.planId, "status", now);
            }
        }
    }

    private SolveState stateOf(SolveRun run) {
        return queuePosition(run) == null ? SolveState.SOLVING : SolveState.QUEUED;
    }

    /**
     * The run's place among the runs waiting for a free solver, or null if it is solving or about to: a run not
     * yet started finds a free solver if fewer runs are solving and waiting ahead of it than there are solvers.
     */
    private Integer queuePosition(SolveRun run) {
        if (run.started) {
            return null;
        }
        long solving = runs.values().stream().filter(other -> other.started).count();
        long position = waiting.indexOf(run) + 1 - (maxConcurrent - solving);
        return position > 0 ? (int) position : null;
    }

    /** The status of a plan that is not solving: its latest solution revision. */
    private SolveStatus savedStatus(String planId) {
        return Views.latestSolution(store.revisions(planId))
                .map(solution -> new SolveStatus(SolveState.IDLE, solution.score(), Views.json(solution.kpisJson()),
                        null, null, solution.number()))
                .orElse(new SolveStatus(SolveState.IDLE, null, null, null, null, null));
    }

    private static DoneEvent done(SolveStatus status) {
        return new DoneEvent(status.status(), status.score(), status.kpis(), status.revision());
    }

    private static BestEvent best(SolveRun.Progress progress) {
        return new BestEvent(progress.solved().score(), kpis(progress.solved()), progress.secondsSpent());
    }

    private static JsonNode kpis(PlanDocument solved) {
        return Json.mapper().valueToTree(solved.kpis());
    }

    /** Stops every solve, keeping what each found, and waits for the last solutions to be saved. */
    @Override
    public void close() {
        List<SolveRun> queued;
        synchronized (this) {
            closed = true;
            queued = List.copyOf(waiting);
        }
        // The queued first, so that none of them starts when a solving plan frees its solver.
        queued.forEach(this::end);
        List.copyOf(runs.values()).forEach(this::end);
        solverManager.close();
        progress.shutdownNow();
        events.close();
    }
}
