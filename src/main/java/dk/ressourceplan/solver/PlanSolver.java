package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.StaffPlan;
import java.time.Duration;
import java.util.function.Consumer;

/** Solves one plan document in the calling thread; the service uses Timefold's SolverManager instead. */
public final class PlanSolver {

    private PlanSolver() {
    }

    public static PlanDocument solve(PlanDocument problem, Duration limit) {
        return solve(problem, limit, event -> { });
    }

    public static PlanDocument solve(PlanDocument problem, Duration limit,
            Consumer<BestSolutionChangedEvent<StaffPlan>> onBestSolution) {
        Solver<StaffPlan> solver = SolverSettings.factory(limit).buildSolver();
        solver.addEventListener(onBestSolution::accept);
        StaffPlan solved = solver.solve(PlanBuilder.build(problem));
        return PlanResult.toDocument(problem, solved);
    }
}
