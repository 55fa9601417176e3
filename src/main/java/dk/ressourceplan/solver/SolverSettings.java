package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.StaffPlan;
import java.time.Duration;

/** The solver configuration, in one place, so the command line, the service and the benchmark agree. */
public final class SolverSettings {

    private SolverSettings() {
    }

    public static SolverConfig config(Duration limit) {
        return new SolverConfig()
                .withSolutionClass(StaffPlan.class)
                .withEntityClasses(Assignment.class, Session.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }

    public static SolverFactory<StaffPlan> factory(Duration limit) {
        return SolverFactory.create(config(limit));
    }
}
