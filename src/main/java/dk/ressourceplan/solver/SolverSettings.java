package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.StaffPlan;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * The solver configuration, in one place, so the command line, the service and the benchmark agree.
 *
 * <p>The construction phases only matter for a plan that is not complete: a solve starts from
 * {@link PlanSolver#startingPlan}, where every variable is set. The local search is simulated annealing over
 * change, swap, reassign and gather moves, because Timefold's benchmarker ranked it first (docs/benchmarks.md):
 * on the 32- and 70-school municipalities it ended 12-14 % better than late acceptance with the same moves.
 */
public final class SolverSettings {

    /**
     * How much worse a move may be and still be taken at the start, cooling to nothing by the end of the time
     * limit: on the medium level 450 (an uncovered green minute costs 1, a red one 100), on the soft level the
     * cost of 100 minutes' driving. 300 soft and 100 soft were within half a percent of each other in the
     * benchmark, both far ahead of late acceptance.
     */
    static final String STARTING_TEMPERATURE = "0hard/450medium/300soft";
    /** Take the best of the first few acceptable moves, then go on: many cheap steps rather than few careful ones. */
    static final int ACCEPTED_COUNT_LIMIT = 4;

    private SolverSettings() {
    }

    public static SolverConfig config(Duration limit) {
        return new SolverConfig()
                .withSolutionClass(StaffPlan.class)
                .withEntityClasses(Assignment.class, Session.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                // Timefold takes whole milliseconds; a share of a limit (a rerun's stretch, a term's) may have nanoseconds.
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit.truncatedTo(ChronoUnit.MILLIS)))
                .withPhases(construct(Assignment.class, "staff"), construct(Session.class, "slot"), new LocalSearchPhaseConfig()
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withSimulatedAnnealingStartingTemperature(STARTING_TEMPERATURE))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT))
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                change(Assignment.class), change(Session.class),
                                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Assignment.class)),
                                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(Session.class)),
                                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ReassignMoveFactory.class),
                                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(GatherVisitsMoveFactory.class),
                                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(PriorityExchangeMoveFactory.class))));
    }

    /**
     * The configuration recommendations are scored under ({@link Recommendations}): the same model and rules, and the
     * one construction heuristic phase Timefold's assignment recommendation asks for (it places the one open seat or
     * session with every value in turn; no solving happens): one for a seat's person, one for a session's time.
     */
    static SolverConfig recommendationConfig(Class<?> entityClass, String variable) {
        return new SolverConfig()
                .withSolutionClass(StaffPlan.class)
                .withEntityClasses(Assignment.class, Session.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withPhases(construct(entityClass, variable));
    }

    /** People first, so that the times chosen next can avoid clashes in each person's week. */
    private static ConstructionHeuristicPhaseConfig construct(Class<?> entityClass, String variable) {
        String placed = "placed" + entityClass.getSimpleName();
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(entityClass).withId(placed))
                .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(placed))
                        .withValueSelectorConfig(new ValueSelectorConfig(variable))));
    }

    private static ChangeMoveSelectorConfig change(Class<?> entityClass) {
        return new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(entityClass));
    }

    public static SolverFactory<StaffPlan> factory(Duration limit) {
        return SolverFactory.create(config(limit));
    }
}
