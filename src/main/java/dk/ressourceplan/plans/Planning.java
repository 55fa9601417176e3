package dk.ressourceplan.plans;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.workbook.TermWorkbook;
import dk.ressourceplan.solver.SolverSettings;
import dk.ressourceplan.store.RevisionRecord;
import dk.ressourceplan.store.SqlitePlanStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application, assembled once: the store, the solver and every use the web edge offers, each through one of
 * these services. The data's path from a submitted term to a calendar feed runs through here: {@link PlanLibrary}
 * keeps terms and publishes plans, {@link SolveService} solves and reruns them on one queue, {@link PlanChanges}
 * turns staff changes into reruns and compares revisions, {@link Explanations} says why a plan scores as it does,
 * {@link PlanDownloads} writes calendars and spreadsheets, and {@link Users} knows who may come in.
 */
public final class Planning implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Planning.class);

    /** Where the service keeps its data unless told otherwise. */
    public static final Path DEFAULT_DATA_DIRECTORY = SqlitePlanStore.DEFAULT_DATA_DIRECTORY;
    /** The largest term workbook read; a request body is allowed as much by default. */
    public static final long MAX_WORKBOOK_BYTES = TermWorkbook.MAX_FILE_BYTES;

    /**
     * @param demoDirectory    where {@code demo-*.json} are loaded from into an empty store, or null for no demo
     * @param maxSolveSeconds  the longest solve or rerun that may be asked for
     * @param demoSolveSeconds how long each demo plan loaded into the empty store is solved before it is published,
     *                         so that a first look finds plans to read; 0 leaves them unsolved
     */
    public record Settings(Path dataDirectory, Path demoDirectory, int maxConcurrentSolves, int maxSolveSeconds,
            int demoSolveSeconds) {
    }

    private final SqlitePlanStore store;
    private final SolveService solving;
    private final PlanLibrary plans;
    private final PlanChanges changes;
    private final Explanations explanations;
    private final PlanEdits edits;
    private final PlanDownloads downloads;
    private final Users users;
    private final TimetableImports timetables;
    private final int maxSolveSeconds;

    private Planning(SqlitePlanStore store, StoredDocuments documents, SolveService solving, SolutionManager<StaffPlan,
            HardMediumSoftLongScore> solutionManager, int maxSolveSeconds) {
        this.store = store;
        this.solving = solving;
        this.downloads = new PlanDownloads(store, documents);
        this.plans = new PlanLibrary(store, solving, documents, downloads::prepare);
        this.changes = new PlanChanges(store, documents, solving);
        this.explanations = new Explanations(store, documents, solutionManager);
        this.edits = new PlanEdits(store, documents, solving, solutionManager);
        this.users = new Users(store);
        this.timetables = new TimetableImports(store);
        this.maxSolveSeconds = maxSolveSeconds;
    }

    /**
     * Opens the data directory, keeps what a solve interrupted by the last stop had found, loads the demo into an
     * empty store, and starts the solve queue, which tells {@code events} how each job goes.
     */
    public static Planning open(Settings settings, JobListener events) {
        SqlitePlanStore store = SqlitePlanStore.open(settings.dataDirectory());
        // Before any solve starts: a solve the last run of the service left unfinished keeps its last saved best.
        for (RevisionRecord recovered : store.recoverInterrupted()) {
            LOG.info("Plan {}: revision {} was being solved when the service stopped; kept its best solution, {}",
                    recovered.planId(), recovered.number(), recovered.score());
        }
        List<String> demos = settings.demoDirectory() == null ? List.of()
                : DemoPlans.loadIfEmpty(store, settings.demoDirectory());
        SolverFactory<StaffPlan> solverFactory =
                SolverSettings.factory(Duration.ofSeconds(settings.maxSolveSeconds()));
        SolverManager<StaffPlan, String> solverManager = SolverManager.create(solverFactory,
                new SolverManagerConfig().withParallelSolverCount(String.valueOf(settings.maxConcurrentSolves())));
        Set<String> publishWhenSolved = ConcurrentHashMap.newKeySet();
        AtomicReference<PlanLibrary> library = new AtomicReference<>();
        JobListener publishing = new JobListener() {
            @Override
            public void send(String planId, JobEvent event) {
                events.send(planId, event);
            }

            @Override
            public void finish(String planId, JobEvent.Done done) {
                events.finish(planId, done);
                if (publishWhenSolved.remove(planId) && done.revision() != null) {
                    publishDemo(library.get(), planId);
                }
            }
        };
        StoredDocuments documents = new StoredDocuments();
        SolveService solving = new SolveService(store, documents, solverManager, settings.maxConcurrentSolves(),
                publishing);
        Planning planning = new Planning(store, documents, solving, SolutionManager.create(solverFactory),
                settings.maxSolveSeconds());
        library.set(planning.plans);
        // What was published before the service stopped: its downloads are made again before the first reader asks
        // (on the background thread, which passes by a plan with nothing published).
        store.listPlans().forEach(plan -> planning.downloads.prepare(plan.id()));
        if (settings.demoSolveSeconds() > 0) {
            // A first look finds the demo solved and published, the first few while the page is opened.
            publishWhenSolved.addAll(demos);
            for (String demo : demos) {
                solving.solve(demo, Duration.ofSeconds(settings.demoSolveSeconds()), DemoPlans.AUTHOR);
            }
        }
        return planning;
    }

    private static void publishDemo(PlanLibrary plans, String planId) {
        try {
            plans.publish(planId, DemoPlans.AUTHOR);
            LOG.info("Demo plan {} solved and published", planId);
        } catch (RuntimeException e) {
            // Deleted or stopped before it had a plan: the demo is only a first look.
            LOG.info("Demo plan {} was not published: {}", planId, e.getMessage());
        }
    }

    /** How the service writes and reads JSON: the same conventions as the plan documents. */
    public static ObjectMapper json() {
        return Json.mapper();
    }

    public PlanLibrary plans() {
        return plans;
    }

    public PlanEdits edits() {
        return edits;
    }

    public SolveService solving() {
        return solving;
    }

    public PlanChanges changes() {
        return changes;
    }

    public Explanations explanations() {
        return explanations;
    }

    public PlanDownloads downloads() {
        return downloads;
    }

    public Users users() {
        return users;
    }

    public TimetableImports timetables() {
        return timetables;
    }

    public int maxSolveSeconds() {
        return maxSolveSeconds;
    }

    /** Stops every job, keeping what each found, then closes the store. */
    @Override
    public void close() {
        solving.close();
        downloads.close();
        store.close();
    }
}
