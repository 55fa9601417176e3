package dk.ressourceplan.solver;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;

/** The solver configuration with a budget in local search steps, so a test gives the same plan on any machine. */
final class StepLimited {

    private StepLimited() {
    }

    static SolverConfig config(EnvironmentMode mode, int localSearchSteps) {
        SolverConfig config = SolverSettings.config(Duration.ofMinutes(10)).withEnvironmentMode(mode)
                .withTerminationConfig(new TerminationConfig());
        config.getPhaseConfigList().get(config.getPhaseConfigList().size() - 1)
                .setTerminationConfig(new TerminationConfig().withStepCountLimit(localSearchSteps));
        return config;
    }
}
