package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import dk.ressourceplan.domain.DatedWork;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.StaffPlan;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Solves one plan document in the calling thread; the service uses Timefold's SolverManager instead. */
public final class PlanSolver {

    private PlanSolver() {
    }

    /**
     * Where a solve starts: the plan a planner would make by hand ({@link GreedyPlanner}), which the local search
     * then improves. Measured in docs/benchmarks.md: from Timefold's own construction the 32- and 70-school
     * municipalities were not yet feasible after 60 s on a busy machine; from this start they were within 2 s.
     */
    public static StaffPlan startingPlan(PlanDocument problem) {
        return startingPlan(problem, List.of());
    }

    /** The starting plan around the locked rows of an earlier plan of the term: a solve from scratch keeps them. */
    public static StaffPlan startingPlan(PlanDocument problem, List<PlanSession> locks) {
        return GreedyPlanner.plan(problem, locks, GreedyPlanner.SlotChoice.SAME_DAY_FIRST);
    }

    /**
     * Where a continued solve starts: the plan as it stands, locks and all, so the solver improves it rather than
     * starting again.
     */
    public static StaffPlan continuingPlan(PlanDocument solved) {
        return PlanRestore.restore(solved);
    }

    public static PlanDocument solve(PlanDocument problem, Duration limit) {
        return solve(problem, limit, event -> { });
    }

    /**
     * Solves the term; a term with dated work (coordination meetings, programmes, days away, hours from a date) is
     * planned stretch by stretch ({@link TermPlanner}), and {@code onBestSolution} then hears nothing.
     */
    public static PlanDocument solve(PlanDocument problem, Duration limit,
            Consumer<BestSolutionChangedEvent<StaffPlan>> onBestSolution) {
        if (DatedWork.has(problem)) {
            return TermPlanner.solve(problem, limit);
        }
        Solver<StaffPlan> solver = SolverSettings.factory(limit).buildSolver();
        solver.addEventListener(onBestSolution::accept);
        StaffPlan solved = solver.solve(startingPlan(problem));
        return PlanResult.toDocument(problem, solved);
    }
}
