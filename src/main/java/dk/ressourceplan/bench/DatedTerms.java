package dk.ressourceplan.bench;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import dk.ressourceplan.bench.BenchResults.DatedTerm;
import dk.ressourceplan.domain.DatedWork;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.solver.TermPlanner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A term with the dated work of the sources (issue 16): the generated municipality with coordination meetings and
 * programmes ({@link SyntheticMunicipality#withDatedWork}), solved as the service solves it, the fortnight first and
 * then each stretch that changes something. Measured: each part's time to its first feasible plan (0 when it starts
 * feasible), when the whole term was first feasible (the last part's first feasible plan, as the parts run one after
 * the other), and the term's KPIs.
 */
final class DatedTerms {

    private DatedTerms() {
    }

    static DatedTerm measure(int schools, long seed, long seconds) {
        PlanDocument problem = SyntheticMunicipality.withDatedWork(SyntheticMunicipality.generate(schools, seed));
        List<Long> feasibleMillis = new ArrayList<>();
        long start = System.nanoTime();
        long[] termFeasible = {-1};
        PlanDocument solved = TermPlanner.solve(problem, List.of(), Duration.ofSeconds(seconds),
                (plan, config, onBest) -> {
                    long partStart = System.nanoTime();
                    long[] first = {plan.getScore() != null && plan.getScore().isFeasible() && plan.getScore().isSolutionInitialized() ? 0 : -1};
                    Solver<StaffPlan> solver = SolverFactory.<StaffPlan>create(config).buildSolver();
                    solver.addEventListener(event -> {
                        if (first[0] < 0 && event.getNewBestScore().isFeasible() && event.isEveryProblemChangeProcessed()) {
                            first[0] = (System.nanoTime() - partStart) / 1_000_000;
                        }
                        onBest.accept(event.getNewBestSolution());
                    });
                    StaffPlan best = solver.solve(plan);
                    if (first[0] < 0 && best.getScore().isFeasible()) {
                        first[0] = (System.nanoTime() - partStart) / 1_000_000;
                    }
                    feasibleMillis.add(first[0]);
                    termFeasible[0] = first[0] < 0 ? -1 : (partStart - start) / 1_000_000 + first[0];
                    return best;
                }, snapshot -> { }).document();
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        List<Long> stretches = feasibleMillis.subList(1, feasibleMillis.size());
        long worstStretch = stretches.stream().mapToLong(Long::longValue).max().orElse(0);
        List<Long> sorted = stretches.stream().sorted().toList();
        long medianStretch = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        int occurrences = DatedWork.of(problem).size();
        return new DatedTerm(schools, seed, seconds, problem.staff().size(), occurrences, feasibleMillis.size() - 1,
                feasibleMillis.get(0), medianStretch, worstStretch,
                termFeasible[0] < 0 || stretches.contains(-1L) ? null : termFeasible[0], wallMillis,
                solved.kpis().feasible(), solved.score(), solved.kpis());
    }
}
