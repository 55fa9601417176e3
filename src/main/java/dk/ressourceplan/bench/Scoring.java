package dk.ressourceplan.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.solver.SolverSettings;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * The score per rule, by the rule's name, only the rules that cost something: where a plan loses its points.
     * Empty for a plan the solver did not finish constructing, which Timefold will not analyse.
     */
    static Map<String, String> byConstraint(StaffPlan plan) {
        Map<String, String> scores = new TreeMap<>();
        try {
            MANAGER.analyze(plan, ScoreAnalysisFetchPolicy.FETCH_SHALLOW).constraintAnalyses().stream()
                    .filter(analysis -> !analysis.score().isZero())
                    .forEach(analysis -> scores.put(analysis.constraintName(), analysis.score().toString()));
        } catch (RuntimeException notAnalysable) {
            return Map.of();
        }
        return scores;
    }
}
