package dk.ressourceplan.bench;

import ai.timefold.solver.benchmark.api.PlannerBenchmark;
import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.impl.DefaultPlannerBenchmark;
import ai.timefold.solver.benchmark.impl.result.PlannerBenchmarkResult;
import ai.timefold.solver.benchmark.impl.result.ProblemBenchmarkResult;
import ai.timefold.solver.benchmark.impl.result.SingleBenchmarkResult;
import ai.timefold.solver.benchmark.impl.result.SolverBenchmarkResult;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.solver.PlanSolver;
import dk.ressourceplan.solver.PriorityExchangeMoveFactory;
import dk.ressourceplan.solver.SolverSettings;
import dk.ressourceplan.solver.SwapDaysMoveFactory;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Timefold's own benchmarker over solver configurations that differ only in the local search, each built from
 * {@link SolverSettings#config} so that they share its construction heuristics, moves and termination. Its HTML
 * report goes under {@code target/benchmark-report/}.
 */
final class TimefoldBenchmark {

    /** The configurations, by the name the report shows; the first is the default. */
    static Map<String, SolverConfig> configurations(Duration limit) {
        Map<String, SolverConfig> configs = new LinkedHashMap<>();
        configs.put("Simulated annealing with reassign and gather (default)", SolverSettings.config(limit));
        configs.put("Simulated annealing (starting temperature 100 soft)", localSearch(limit, phase -> phase
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withSimulatedAnnealingStartingTemperature("0hard/450medium/100soft"))));
        configs.put("Late acceptance (400) with reassign and gather", localSearch(limit, phase -> phase
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))));
        configs.put("Tabu search (entity tabu 7) with reassign and gather", localSearch(limit, phase -> phase
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(200))));
        configs.put("Simulated annealing with swap days too", localSearch(limit, phase -> withMoves(phase,
                moves -> moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SwapDaysMoveFactory.class)))));
        configs.put("Simulated annealing without custom moves", localSearch(limit, phase -> withMoves(phase,
                moves -> moves.removeIf(move -> move instanceof MoveIteratorFactoryConfig))));
        return configs;
    }

    /**
     * For a short-staffed term: the ways to find the exchange that covers an important demand by uncovering a
     * less important one. The default's own move, Timefold's ruin and recreate in its place, both, neither.
     */
    static Map<String, SolverConfig> scarcityConfigurations(Duration limit) {
        Map<String, SolverConfig> configs = new LinkedHashMap<>();
        configs.put("Simulated annealing with priority exchange (default)", SolverSettings.config(limit));
        configs.put("Ruin and recreate instead of priority exchange", localSearch(limit, phase -> withMoves(phase,
                moves -> {
                    moves.removeIf(TimefoldBenchmark::isPriorityExchange);
                    moves.add(ruinAndRecreate());
                })));
        configs.put("Priority exchange and ruin and recreate", localSearch(limit, phase -> withMoves(phase,
                moves -> moves.add(ruinAndRecreate()))));
        configs.put("Neither priority exchange nor ruin and recreate", localSearch(limit, phase -> withMoves(phase,
                moves -> moves.removeIf(TimefoldBenchmark::isPriorityExchange))));
        return configs;
    }

    private static boolean isPriorityExchange(MoveSelectorConfig move) {
        return move instanceof MoveIteratorFactoryConfig factory
                && factory.getMoveIteratorFactoryClass() == PriorityExchangeMoveFactory.class;
    }

    /** Takes people away from a few random seats and lets the construction heuristic fill them again. */
    private static MoveSelectorConfig ruinAndRecreate() {
        return new RuinRecreateMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(Assignment.class))
                .withVariableName("staff");
    }

    private static LocalSearchPhaseConfig withMoves(LocalSearchPhaseConfig phase, Consumer<List<MoveSelectorConfig>> change) {
        UnionMoveSelectorConfig union = (UnionMoveSelectorConfig) phase.getMoveSelectorConfig();
        List<MoveSelectorConfig> moves = new ArrayList<>(union.getMoveSelectorList());
        change.accept(moves);
        return phase.withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                moves.toArray(MoveSelectorConfig[]::new)));
    }

    private static SolverConfig localSearch(Duration limit, UnaryOperator<LocalSearchPhaseConfig> change) {
        SolverConfig config = SolverSettings.config(limit);
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        int last = phases.size() - 1;
        phases.set(last, change.apply((LocalSearchPhaseConfig) phases.get(last)));
        return config.withPhaseList(phases);
    }

    /** One configuration's place in the benchmark: rank 0 wins. */
    record Ranking(String name, int ranking, String averageScore, Map<String, String> scoreByProblem,
            long moveEvaluationSpeed) {
    }

    record Result(File reportDirectory, List<Ranking> rankings) {
    }

    /**
     * With {@code staffingPercent} null, the fully staffed municipalities and {@link #configurations}; otherwise
     * the municipalities at that staffing and {@link #scarcityConfigurations}.
     */
    static Result run(List<Integer> sizes, long seed, Integer staffingPercent, Duration limit, File directory,
            long warmUpSeconds) {
        List<SolverBenchmarkConfig> solvers = new ArrayList<>();
        (staffingPercent == null ? configurations(limit) : scarcityConfigurations(limit)).forEach((name, config) ->
                solvers.add(new SolverBenchmarkConfig().withName(name).withSolverConfig(config)));
        PlannerBenchmarkConfig benchmarkConfig = new PlannerBenchmarkConfig()
                .withName("Ressourceplan local search")
                .withBenchmarkDirectory(directory)
                // One run at a time: the machine has two cores and the solver is single-threaded.
                .withParallelBenchmarkCount("1")
                .withWarmUpSecondsSpentLimit(warmUpSeconds)
                .withSolverBenchmarkConfigList(solvers);
        // Every configuration starts where the product starts: from the careful hand-made plan.
        List<StaffPlan> problems = sizes.stream()
                .map(size -> PlanSolver.startingPlan(SyntheticMunicipality.generate(size, seed, staffingPercent))).toList();
        PlannerBenchmark benchmark = PlannerBenchmarkFactory.create(benchmarkConfig).buildPlannerBenchmark(problems);
        benchmark.benchmark();
        PlannerBenchmarkResult result = ((DefaultPlannerBenchmark) benchmark).getPlannerBenchmarkResult();
        List<ProblemBenchmarkResult> problemResults = result.getUnifiedProblemBenchmarkResultList();
        List<Ranking> rankings = new ArrayList<>();
        // The ranking and scores are only on the implementation class; the report shows the same.
        for (SolverBenchmarkResult solver : result.getSolverBenchmarkResultList()) {
            Map<String, String> byProblem = new LinkedHashMap<>();
            for (SingleBenchmarkResult single : solver.getSingleBenchmarkResultList()) {
                int index = problemResults.indexOf(single.getProblemBenchmarkResult());
                byProblem.put(index < 0 ? single.getProblemBenchmarkResult().getName() : sizes.get(index) + " schools",
                        String.valueOf(single.getAverageScore()));
            }
            rankings.add(new Ranking(solver.getName(), solver.getRanking() == null ? -1 : solver.getRanking(),
                    String.valueOf(solver.getAverageScore()), byProblem,
                    solver.getAverageMoveEvaluationSpeed() == null ? 0 : solver.getAverageMoveEvaluationSpeed()));
        }
        rankings.sort(Comparator.comparingInt(Ranking::ranking));
        return new Result(result.getBenchmarkReportDirectory(), rankings);
    }
}
