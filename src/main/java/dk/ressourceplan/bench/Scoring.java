package dk.ressourceplan.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.solver.SolverSettings;
import java.time.Duration;

/** Scores a plan made outside the solver with the solver's own constraints, so both are judged alike. */
final class Scoring {

    private static final SolutionManager<StaffPlan, HardMediumSoftLongScore> MANAGER =
            SolutionManager.create(SolverSettings.factory(Duration.ofSeconds(1)));

    private Scoring() {
    }

    /** Sets and returns the plan's score. */
    static HardMediumSoftLongScore score(StaffPlan plan) {
        return MANAGER.update(plan);
    }
}
