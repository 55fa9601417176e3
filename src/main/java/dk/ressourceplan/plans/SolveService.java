package dk.ressourceplan.plans;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.DatedWork;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.solver.PlanRestore;
import dk.ressourceplan.solver.PlanSolver;
import dk.ressourceplan.solver.Rerun;
import dk.ressourceplan.solver.TermPlanner;
import dk.ressourceplan.solver.SolverSettings;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.RevisionContent;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionState;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the plans' jobs in the background: solves of a submitted term, and reruns after staff changes. One plan has
 * at most one job at a time, and both kinds share one queue and one cap: every job runs from start to end on one of
 * {@code maxConcurrent} job threads, first come, first served, and keeps that thread while it waits for its solving
 * on Timefold's {@link SolverManager}, which has as many solver threads and so never queues a problem of its own. A
 * solve is one SolverManager problem; a rerun solves the stretches of the term it cuts ({@link Rerun}) one after the
 * other, each one SolverManager problem, and holds its place under the cap between them. {@link #waiting} keeps the
 * jobs not yet started in the job threads' order, to tell each queued plan its place.
 *
 * <p>While a job runs, its best plan so far is shown to the plan's event streams at most every
 * {@link #PROGRESS_INTERVAL} and saved as an IN_PROGRESS revision every {@link #SAVE_INTERVAL}, so that a crash loses
 * only seconds of solving; the final plan completes the revision. A solve adds its solution revision at the first
 * save. A rerun's revision is added when the rerun is asked for, so that its number can be answered at once, and holds
 * the changed term until the first save; a rerun that ends without a plan completes it so, and a crash before that
 * leaves it to {@link dk.ressourceplan.store.PlanStore#recoverInterrupted recovery} without a plan. The revision a
 * rerun starts from is never written.
 *
 * <p>Locks: this service's monitor guards which runs exist, wait and have started, and which SolverManager problem
 * each run solves; a run's own monitor guards its plans. Code holding both takes this service's first. A job is never
 * stopped holding this service's monitor: a job begins by taking it while Timefold holds the job's status.
 */
public final class SolveService implements AutoCloseable {

    static final Duration PROGRESS_INTERVAL = Duration.ofMillis(500);
    static final Duration SAVE_INTERVAL = Duration.ofSeconds(2);
    /** Stopping waits for the solver to finish its step and the final solution to be saved. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SolveService.class);

    /** One problem on the SolverManager: a whole solve, or one stretch of a rerun. */
    static final class Solving {
        final CompletableFuture<StaffPlan> finalBest = new CompletableFuture<>();
        // Guarded by the SolveService.
        SolverJob<StaffPlan, String> job;
        boolean began;
    }

    private final PlanStore store;
    /** The stored terms and plans a job starts from, read once per revision as every other service reads them. */
    private final StoredDocuments documents;
    private final SolverManager<StaffPlan, String> solverManager;
    private final int maxConcurrent;
    private final JobListener events;
    private final ExecutorService jobs;
    private final ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "solve-progress");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * One lock per plan that starting a job and deleting the plan both take, so that neither can slip between the
     * other's check and act: a solve asked for while the plan is deleted either ends with the deletion or is refused.
     */
    private final Map<String, Object> planLocks = new ConcurrentHashMap<>();
    /** Why each plan's last job failed, until its next job is admitted. */
    private final Map<String, JobFailure> failures = new ConcurrentHashMap<>();
    /** The runs not yet ended, by plan id. */
    private final Map<String, SolveJob<?>> runs = new ConcurrentHashMap<>();
    /** Runs not yet started, in the order they were handed to the job threads. Guarded by this. */
    private final List<SolveJob<?>> waiting = new ArrayList<>();
    private boolean closed;

    SolveService(PlanStore store, StoredDocuments documents, SolverManager<StaffPlan, String> solverManager,
            int maxConcurrent, JobListener events) {
        this.store = store;
        this.documents = documents;
        this.solverManager = solverManager;
        this.events = events;
        this.maxConcurrent = maxConcurrent;
        AtomicInteger threads = new AtomicInteger();
        this.jobs = Executors.newFixedThreadPool(maxConcurrent, runnable -> {
            Thread thread = new Thread(runnable, "plan-job-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Solves the plan's latest submitted term for at most {@code limit}, or queues it when {@code maxConcurrent} jobs
     * are running.
     *
     * @throws PlanConflict if the plan already has a job
     */
    public SolveStatus solve(String planId, Duration limit, String author) {
        synchronized (lockOf(planId)) {
            requireExists(planId);
            RevisionDocument problem = store.latest(planId, RevisionKind.PROBLEM)
                    .orElseThrow(() -> Refused.unknownPlan(planId));
            PlanDocument document = documents.read(problem);
            List<PlanSession> locks = Revisions.latestCompletePlan(store, planId)
                    .map(latest -> PlanRestore.locks(documents.read(latest))).orElse(List.of());
            if (DatedWork.has(document)) {
                return startTerm(planId, document, problem.revision().number(), locks, limit, author);
            }
            return start(planId, document, problem.revision().number(), limit, author,
                    () -> PlanSolver.startingPlan(document, locks));
        }
    }

    /**
     * "Beregn videre": solves on from the plan's latest complete plan, as it stands, locks and all, for at most
     * {@code limit}; the result is a new solution revision made from that one.
     *
     * @throws Refused if the plan has no complete plan yet, or its latest plan holds dated parts (a rerun's)
     * @throws PlanConflict if the plan already has a job
     */
    public SolveStatus continueSolving(String planId, Duration limit, String author) {
        synchronized (lockOf(planId)) {
            requireExists(planId);
            RevisionDocument latest = Revisions.latestCompletePlan(store, planId)
                    .orElseThrow(() -> Refused.conflict("Plan " + planId + " has no solved plan to continue from.",
                            "Planen har ingen beregnet plan at regne videre på; beregn den først."));
            PlanDocument solved = Revisions.undated(documents.read(latest));
            return start(planId, solved.problem(), latest.revision().number(), limit, author,
                    () -> PlanSolver.continuingPlan(solved));
        }
    }

    /**
     * Runs {@code work} while no job of the plan runs or can start: what changes the plan's latest plan by other
     * means than solving (a planner's hand edits) does not race a solve that would write a later revision.
     *
     * @throws PlanConflict if the plan has a job
     */
    public <T> T whileIdle(String planId, Supplier<T> work) {
        synchronized (lockOf(planId)) {
            requireExists(planId);
            if (runs.containsKey(planId)) {
                throw new PlanConflict("Plan " + planId + " is being solved or rerun; wait until it is done.",
                        "Planen bliver beregnet eller genplanlagt lige nu; vent, til den er færdig.");
            }
            return work.get();
        }
    }

    /**
     * Deletes the plan: stops its job without saving what it found, then marks the plan deleted. No job for the plan
     * starts while this runs, nor after it.
     *
     * @return false if there was no such plan left to delete
     */
    public boolean delete(String planId, String author) {
        synchronized (lockOf(planId)) {
            discard(planId);
            return store.deletePlan(planId, author);
        }
    }

    private Object lockOf(String planId) {
        return planLocks.computeIfAbsent(planId, id -> new Object());
    }

    /** Whether the plan is solving and how far it got; a school leader sees that, not the whole plan's figures. */
    public SolveStatus status(String planId, Viewer viewer) {
        requireExists(planId);
        SolveStatus status = status(planId);
        return viewer.seesOneSchool() ? status.withoutFigures() : status;
    }

    /** Stops the plan's job early, keeping the best plan so far; a queued job is dropped. */
    public SolveStatus stopSolving(String planId) {
        requireExists(planId);
        return stop(planId);
    }

    /** @throws Refused if there is no such plan, or it was deleted */
    public void requireExists(String planId) {
        store.findPlan(planId).orElseThrow(() -> Refused.unknownPlan(planId));
    }

    /**
     * Starts solving the plan's problem revision, or queues it when {@code maxConcurrent} jobs are running.
     *
     * @throws PlanConflict if the plan already has a job
     */
    public SolveStatus start(String planId, PlanDocument problem, int problemRevision, Duration limit, String author) {
        if (DatedWork.has(problem)) {
            return startTerm(planId, problem, problemRevision, List.of(), limit, author);
        }
        return start(planId, problem, problemRevision, limit, author, () -> PlanSolver.startingPlan(problem));
    }

    /** A term with dated work: the fortnight and then each stretch of the term, as one job and one revision. */
    private SolveStatus startTerm(String planId, PlanDocument problem, int problemRevision, List<PlanSession> locks,
            Duration limit, String author) {
        SolveJob<TermPlanner.Snapshot> run = SolveJob.term(planId, problemRevision, author);
        admit(run, () -> { }, () -> perform(run,
                () -> TermPlanner.solve(problem, locks, limit, stretches(run), run::offer)));
        LOG.info("Plan {}: solving a term with dated work for at most {} s, requested by {}", planId,
                limit.toSeconds(), author);
        return status(planId);
    }

    /** Solving from {@code start}, made on the job's thread when the job begins. */
    private SolveStatus start(String planId, PlanDocument problem, int parentRevision, Duration limit, String author,
            Supplier<StaffPlan> start) {
        SolveJob<StaffPlan> run = SolveJob.solve(planId, problem, parentRevision, author);
        TerminationConfig termination = SolverSettings.config(limit).getTerminationConfig();
        admit(run, () -> { }, () -> perform(run, () -> solve(run, start.get(), termination, run::offer)));
        LOG.info("Plan {}: solving for at most {} s, requested by {}", planId, limit.toSeconds(), author);
        return status(planId);
    }

    /**
     * Reruns the published revision after the changes, or queues the rerun when {@code maxConcurrent} jobs are
     * running. Its revision is added at once, holding {@code term} (the problem after the changes, already validated)
     * until the rerun has a plan.
     *
     * @throws PlanConflict if the plan already has a job
     */
    public SolveStatus rerun(String planId, PlanDocument published, int publishedRevision, ChangeSet changes,
            PlanDocument term, Duration limit, String author) {
        synchronized (lockOf(planId)) {
            requireExists(planId);
            SolveJob<Rerun.Snapshot> run = SolveJob.rerun(planId, published, publishedRevision, author);
            RevisionContent unsolved = RevisionContent.of(json(term));
            admit(run, () -> run.savesInto(store.addRevision(planId, RevisionKind.RERUN, RevisionState.IN_PROGRESS,
                    author, publishedRevision, unsolved).number(), unsolved),
                    () -> perform(run, () -> Rerun.solve(published, changes, limit, stretches(run), run::offer)));
            LOG.info("Plan {}: rerun from revision {} for at most {} s as revision {}, requested by {}", planId,
                    publishedRevision, limit.toSeconds(), run.revision(), author);
            return status(planId);
        }
    }

    /**
     * Admits the run as the plan's one job and queues it for a job thread; {@code before} does what must be done
     * before the job can begin, under the same lock, so that a refused run leaves nothing behind.
     */
    private void admit(SolveJob<?> run, Runnable before, Runnable job) {
        synchronized (this) {
            if (closed) {
                throw new ShuttingDown();
            }
            if (runs.putIfAbsent(run.planId, run) != null) {
                throw new PlanConflict("Plan " + run.planId + " is already being solved or rerun, or waiting "
                        + "for it.", "Planen bliver allerede beregnet eller genplanlagt eller venter på det.");
            }
            try {
                before.run();
                failures.remove(run.planId);
                waiting.add(run);
                jobs.execute(job);
            } catch (RuntimeException e) {
                runs.remove(run.planId, run);
                waiting.remove(run);
                throw e;
            }
            announceStatuses();
        }
    }

    /** Stops the plan's job early, keeping the best plan so far; a queued job is dropped. */
    public SolveStatus stop(String planId) {
        Optional.ofNullable(runs.get(planId)).ifPresent(this::end);
        return status(planId);
    }

    /** Stops the plan's job without saving what it found, as when the plan is deleted. */
    public void discard(String planId) {
        Optional.ofNullable(runs.get(planId)).ifPresent(run -> {
            run.discard();
            end(run);
        });
    }

    public SolveState state(String planId) {
        SolveJob<?> run = runs.get(planId);
        if (run == null) {
            return SolveState.IDLE;
        }
        synchronized (this) {
            return stateOf(run);
        }
    }

    public SolveStatus status(String planId) {
        SolveJob<?> run = runs.get(planId);
        if (run == null) {
            return savedStatus(planId);
        }
        SolveState state;
        Integer position;
        synchronized (this) {
            state = stateOf(run);
            position = queuePosition(run);
        }
        SolveJob.Progress shown = run.shown();
        return shown == null
                ? new SolveStatus(state, null, null, run.secondsSpent(), position, run.revision(), null, moves(run))
                : new SolveStatus(state, shown.solved().score(), kpis(shown.solved()), run.secondsSpent(), position,
                        run.revision(), null, moves(run));
    }

    /**
     * What a follower who comes now is told first: the plan's status, and for a plan without a job also
     * {@code done}, after which there is nothing to follow. Ask on the thread that delivers the plan's events, so
     * that the job cannot end unseen between the greeting and the follower's first event.
     */
    public List<JobEvent> greeting(String planId) {
        SolveStatus now = status(planId);
        JobEvent.Status status = new JobEvent.Status(now.status(), now.queuePosition());
        return runs.containsKey(planId) ? List.of(status) : List.of(status, done(savedStatus(planId), null));
    }

    /**
     * The run's job on a job thread: it keeps the thread, and so its place under the cap, until its plan is saved.
     *
     * @param solving answers the last plan found, or null if the run was stopped before it found one
     */
    private <B> void perform(SolveJob<B> run, Callable<B> solving) {
        if (!begin(run)) {
            return;
        }
        B last;
        try {
            last = solving.call();
        } catch (Throwable e) {
            // Whatever went wrong, the run must end, or the plan would wait for it until the service restarts.
            failed(run, e instanceof CompletionException ? e.getCause() : e);
            return;
        }
        finish(run, last);
    }

    /** The run leaves the queue as its job thread takes it up; false if it was stopped while it waited. */
    private synchronized boolean begin(SolveJob<?> run) {
        if (!waiting.remove(run)) {
            return false;
        }
        run.started = true;
        run.markStarted();
        run.progressTask = progress.scheduleWithFixedDelay(() -> progress(run),
                PROGRESS_INTERVAL.toMillis(), PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        announceStatuses();
        return true;
    }

    /**
     * Solves one problem for the run on the SolverManager and waits for its final best solution, which Timefold
     * hands over after the last better one; null if the run is stopped before the solver begins.
     */
    private StaffPlan solve(SolveJob<?> run, StaffPlan start, TerminationConfig termination,
            Consumer<StaffPlan> onBestSolution) {
        Solving solving = new Solving();
        synchronized (this) {
            if (run.stopping) {
                return null;
            }
            solving.job = solverManager.solveBuilder()
                    .withProblemId(UUID.randomUUID().toString())
                    .withProblemFinder(problemId -> began(solving, start))
                    .withBestSolutionConsumer(onBestSolution)
                    .withFinalBestSolutionConsumer(solving.finalBest::complete)
                    .withExceptionHandler((problemId, failure) -> solving.finalBest.completeExceptionally(failure))
                    .withConfigOverride(new SolverConfigOverride<StaffPlan>().withTerminationConfig(termination))
                    .run();
            run.solving = solving;
        }
        return solving.finalBest.join();
    }

    /** A rerun's stretches, each a problem of its run; none is solved once the run is stopping. */
    private Rerun.StretchSolver stretches(SolveJob<?> run) {
        return (start, config, onBest) -> solve(run, start, config.getTerminationConfig(), onBest);
    }

    /** Called by the solver thread as the problem's job begins. */
    private StaffPlan began(Solving solving, StaffPlan start) {
        synchronized (this) {
            // A job cancelled just as its thread picked it up still asks for its problem, but is not solving.
            solving.began = solving.job.getSolverStatus() == SolverStatus.SOLVING_ACTIVE;
        }
        return start;
    }

    private void progress(SolveJob<?> run) {
        try {
            synchronized (run) {
                run.newBest().ifPresent(best -> events.send(run.planId, best(best)));
                if (run.saveIsDue(SAVE_INTERVAL)) {
                    save(run, RevisionState.IN_PROGRESS);
                }
            }
        } catch (RuntimeException e) {
            // Thrown out of here, the exception would cancel this run's progress for good.
            LOG.warn("Plan {}: could not save the best plan so far", run.planId, e);
        }
    }

    /** Saves the last plan found, if any, in the complete revision, then ends the run. */
    private <B> void finish(SolveJob<B> run, B last) {
        try {
            synchronized (run) {
                if (!run.isDiscarded()) {
                    if (last != null) {
                        run.offer(last);
                        run.newBest().ifPresent(progress -> events.send(run.planId, best(progress)));
                    }
                    complete(run);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Plan {}: could not save the final plan", run.planId, e);
        } finally {
            ended(run);
        }
    }

    private void failed(SolveJob<?> run, Throwable failure) {
        LOG.error("Plan {}: solving failed", run.planId, failure);
        failures.put(run.planId, JobFailure.of(run.kind == RevisionKind.RERUN));
        try {
            synchronized (run) {
                if (!run.isDiscarded() && run.revision() != null) {
                    complete(run);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Plan {}: could not complete the revision", run.planId, e);
        } finally {
            ended(run);
        }
    }

    /**
     * Completes the run's revision with the plan last shown; a rerun that has shown none completes its revision
     * with the changed term only. Call holding the run's monitor.
     */
    private void complete(SolveJob<?> run) {
        if (run.isFinalSaved()) {
            return;
        }
        if (run.shown() != null) {
            save(run, RevisionState.COMPLETE);
        } else if (run.unsolved() != null) {
            store.updateInProgressRevision(run.planId, run.revision(), run.unsolved(), RevisionState.COMPLETE);
            run.saved(run.revision(), true);
        }
    }

    /** Saves the shown plan: a solve's first save adds its revision, later saves replace the revision's content. */
    private void save(SolveJob<?> run, RevisionState state) {
        SolveJob.Progress shown = run.shown();
        if (shown == null) {
            return;
        }
        Integer revision = run.revision();
        if (revision == null) {
            revision = store.addRevision(run.planId, run.kind, state, run.author, run.parentRevision,
                    shown.content()).number();
        } else {
            store.updateInProgressRevision(run.planId, revision, shown.content(), state);
        }
        run.saved(revision, state == RevisionState.COMPLETE);
    }

    private void end(SolveJob<?> run) {
        boolean queued;
        Solving solving;
        synchronized (this) {
            queued = waiting.remove(run);
            run.stopping = true;
            solving = run.solving;
        }
        if (queued) {
            finish(run, null); // its job thread will find it gone from the queue and pass it by
        } else if (solving != null) {
            // Timefold holds a job's status while it begins, so once this returns the job has either begun, and will
            // hand over its final best solution, or been cancelled before it began, and never calls back. A rerun
            // asks for no further problem once it is stopping.
            solving.job.terminateEarly();
            synchronized (this) {
                if (!solving.began) {
                    solving.finalBest.complete(null);
                }
            }
        }
        try {
            run.ended.get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Plan {}: the job did not end within {}", run.planId, STOP_TIMEOUT, e);
        }
    }

    private void ended(SolveJob<?> run) {
        if (!run.markEnding()) {
            return;
        }
        SolveStatus saved = savedStatus(run.planId);
        // A rerun's changes belong in the done event only if its own revision is the plan now saved.
        JobEvent.Done done = done(saved, Objects.equals(saved.revision(), run.revision()) ? run.changes() : null);
        synchronized (this) {
            if (run.progressTask != null) {
                run.progressTask.cancel(false);
            }
            runs.remove(run.planId, run);
            waiting.remove(run);
            events.finish(run.planId, done);
            announceStatuses();
        }
        run.ended.complete(null);
        SolveJob.Progress last = run.shown();
        LOG.info("Plan {}: {} ended {}", run.planId, run.kind == RevisionKind.RERUN ? "rerun" : "solving",
                last == null ? "without a plan" : "with revision " + run.revision() + ", score " + last.solved().score());
    }

    /** Tells each plan's streams when its state or place in the queue changed. Call holding this monitor. */
    private void announceStatuses() {
        for (SolveJob<?> run : runs.values()) {
            JobEvent.Status now = new JobEvent.Status(stateOf(run), queuePosition(run));
            if (!now.equals(run.announced)) {
                run.announced = now;
                events.send(run.planId, now);
            }
        }
    }

    private SolveState stateOf(SolveJob<?> run) {
        return queuePosition(run) == null ? SolveState.SOLVING : SolveState.QUEUED;
    }

    /**
     * The run's place among the runs waiting for a job thread, or null if it is running or about to: a run not yet
     * started finds a free thread if fewer runs are running and waiting ahead of it than there are threads.
     */
    private Integer queuePosition(SolveJob<?> run) {
        if (run.started) {
            return null;
        }
        long running = runs.values().stream().filter(other -> other.started).count();
        long position = waiting.indexOf(run) + 1 - (maxConcurrent - running);
        return position > 0 ? (int) position : null;
    }

    /** The status of a plan without a job: its latest revision that holds a plan. */
    private SolveStatus savedStatus(String planId) {
        return StoredPlans.latestSolution(store.revisions(planId))
                .map(solution -> new SolveStatus(SolveState.IDLE, solution.score(), StoredPlans.json(solution.kpisJson()),
                        null, null, solution.number(), failures.get(planId), null))
                .orElse(new SolveStatus(SolveState.IDLE, null, null, null, null, null, failures.get(planId), null));
    }

    /** The moves the run's solver has tried so far, or null before it has begun. */
    private Long moves(SolveJob<?> run) {
        Solving solving;
        synchronized (this) {
            solving = run.solving;
            if (solving == null || !solving.began) {
                return null;
            }
        }
        return solving.job.getMoveEvaluationCount();
    }

    private static JobEvent.Done done(SolveStatus status, List<PlanDiff.Entry> changes) {
        return new JobEvent.Done(status.status(), status.score(), status.kpis(), status.revision(), changes,
                status.error());
    }

    private static JobEvent.Best best(SolveJob.Progress progress) {
        return new JobEvent.Best(progress.solved().score(), kpis(progress.solved()), progress.secondsSpent());
    }

    private static JsonNode kpis(PlanDocument solved) {
        return Json.mapper().valueToTree(solved.kpis());
    }

    private static String json(PlanDocument document) {
        try {
            return Json.mapper().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops every job, keeping what each found, and waits for the last plans to be saved and announced. */
    @Override
    public void close() {
        List<SolveJob<?>> queued;
        synchronized (this) {
            closed = true;
            queued = List.copyOf(waiting);
        }
        // The queued first, so that none of them starts when a running job frees its thread.
        queued.forEach(this::end);
        List.copyOf(runs.values()).forEach(this::end);
        jobs.shutdown();
        solverManager.close();
        progress.shutdownNow();
    }
}
