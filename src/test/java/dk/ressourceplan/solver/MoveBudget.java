package dk.ressourceplan.solver;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;

/**
 * The solver configuration with a budget in evaluated moves instead of seconds, so a test gives the same plan on
 * a fast and a slow machine. Moves, not steps: in a rerun most entities are pinned and one step may have to try
 * many moves before it finds one to accept.
 */
public final class MoveBudget {

    private MoveBudget() {
    }

    public static SolverConfig config(EnvironmentMode mode, long moves) {
        return SolverSettings.config(Duration.ofMinutes(10)).withEnvironmentMode(mode)
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(moves));
    }
}
