package dk.ressourceplan.bench;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.impl.constructionheuristic.scope.ConstructionHeuristicPhaseScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.solver.PlanBuilder;
import dk.ressourceplan.solver.PlanResult;
import dk.ressourceplan.solver.PlanSolver;
import dk.ressourceplan.solver.SolverSettings;
import java.time.Duration;

/**
 * One solve of a term with the default configuration, measured: the time to the first feasible plan (the first
 * best-solution event with every variable set and no hard rule broken, from the call to {@code solve}), the time
 * the construction heuristics took, Timefold's move evaluation and score calculation speeds, the peak heap, and the
 * process's CPU time against the wall clock (100 = one full core; less means the machine was busy elsewhere).
 */
record SolveRun(long limitSeconds, Long firstFeasibleMillis, long constructionMillis, long solveMillis,
        long moveEvaluationSpeed, long scoreCalculationSpeed, long peakHeapMegabytes, int cpuPercentOfOneCore,
        StaffPlan solved, PlanDocument document) {

    /**
     * The solver as {@code solve} and the service run it: from {@link PlanSolver#startingPlan} (the careful
     * hand-made plan), then the local search. The clock starts before the starting plan is made, and the solver gets
     * what is left of the limit; a feasible starting plan is the first feasible plan. "Construction" is the time the
     * starting plan took.
     */
    static SolveRun solve(PlanDocument problem, long seconds) {
        HeapPeak.reset();
        long start = System.nanoTime();
        StaffPlan startingPlan = PlanSolver.startingPlan(problem);
        Scoring.score(startingPlan);
        long startMillis = millisSince(start);
        SolveRun run = solve(problem, startingPlan, seconds, start,
                Duration.ofMillis(Math.max(1000, seconds * 1000 - startMillis)));
        Long firstFeasible = startingPlan.getScore().isFeasible() ? Long.valueOf(startMillis) : run.firstFeasibleMillis();
        return new SolveRun(seconds, firstFeasible, startMillis, run.solveMillis(), run.moveEvaluationSpeed(),
                run.scoreCalculationSpeed(), run.peakHeapMegabytes(), run.cpuPercentOfOneCore(), run.solved(),
                run.document());
    }

    /**
     * For comparison ({@code --cold-start}): the solver from an empty plan through Timefold's own construction
     * heuristics, as it ran before the careful hand-made start.
     */
    static SolveRun solveFromConstruction(PlanDocument problem, long seconds) {
        HeapPeak.reset();
        return solve(problem, PlanBuilder.build(problem), seconds, System.nanoTime(), Duration.ofSeconds(seconds));
    }

    private static SolveRun solve(PlanDocument problem, StaffPlan plan, long seconds, long clockStart, Duration limit) {
        Solver<StaffPlan> solver = SolverSettings.factory(limit).buildSolver();
        Long[] firstFeasible = {null};
        long[] constructionEnd = {0};
        solver.addEventListener(event -> {
            if (firstFeasible[0] == null && event.isNewBestSolutionInitialized() && event.getNewBestScore().isFeasible()) {
                firstFeasible[0] = millisSince(clockStart);
            }
        });
        // Timefold's statistics and phase events live on its implementation class; the public Solver has none.
        DefaultSolver<StaffPlan> statistics = (DefaultSolver<StaffPlan>) solver;
        statistics.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseEnded(AbstractPhaseScope<StaffPlan> phase) {
                if (phase instanceof ConstructionHeuristicPhaseScope) {
                    constructionEnd[0] = millisSince(clockStart);
                }
            }
        });
        long cpuStart = Machine.processCpuNanos();
        long wallStart = System.nanoTime();
        StaffPlan solved = solver.solve(plan);
        long solveMillis = millisSince(clockStart);
        int cpuPercent = (int) Math.round((Machine.processCpuNanos() - cpuStart) / 1e4 / Math.max(1, millisSince(wallStart)));
        long peak = HeapPeak.megabytes();
        return new SolveRun(seconds, firstFeasible[0], constructionEnd[0], solveMillis,
                statistics.getMoveEvaluationSpeed(), statistics.getScoreCalculationSpeed(), peak, cpuPercent, solved,
                PlanResult.toDocument(problem, solved));
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
