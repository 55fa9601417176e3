package dk.ressourceplan.api;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.solver.PlanRestore;
import dk.ressourceplan.solver.Reason;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.RevisionDocument;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The score of a plan's latest solution explained: every broken rule and what breaks it, hard rules first. */
final class AnalysisController {

    enum Level {
        HARD, MEDIUM, SOFT;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Level of(HardMediumSoftLongScore score) {
            return score.hardScore() != 0 ? HARD : score.mediumScore() != 0 ? MEDIUM : SOFT;
        }
    }

    record Analysis(int revision, String score, List<BrokenConstraint> constraints) {
    }

    record BrokenConstraint(String name, Level level, String score, int matchCount, List<Match> matches) {
    }

    record Match(String text, String textEn, List<String> sessionIds, List<String> staffIds, List<String> schoolIds,
            String score) {
    }

    private final PlanStore store;
    private final SolutionManager<StaffPlan, HardMediumSoftLongScore> solutionManager;

    AnalysisController(PlanStore store, SolutionManager<StaffPlan, HardMediumSoftLongScore> solutionManager) {
        this.store = store;
        this.solutionManager = solutionManager;
    }

    /** The latest solution explained; to a school leader, the published one, as far as it concerns their school. */
    void explain(Context ctx) throws JsonProcessingException {
        String planId = ctx.pathParam("id");
        Caller caller = Access.caller(ctx);
        store.findPlan(planId).orElseThrow(() -> ApiException.unknownPlan(planId));
        RevisionDocument solution = caller.isSchoolLeader()
                ? Revisions.published(store, planId)
                : Revisions.latestPlan(store, planId).orElseThrow(() -> ApiException.conflict(
                        "Plan " + planId + " has no solution to explain yet; solve it first.",
                        "Planen har endnu ingen løsning at forklare; beregn den først."));
        PlanDocument solved = Json.mapper().readValue(solution.documentJson(), PlanDocument.class);
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(PlanRestore.restore(solved));
        Analysis explained = new Analysis(solution.revision().number(), analysis.score().toString(), broken(analysis));
        ctx.json(caller.isSchoolLeader() ? new SchoolView(caller.schoolId()).analysis(explained) : explained);
    }

    private static List<BrokenConstraint> broken(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        return analysis.constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .sorted(Comparator.comparing((ConstraintAnalysis<HardMediumSoftLongScore> c) -> Level.of(c.score()))
                        .thenComparing(ConstraintAnalysis::score))
                .map(constraint -> new BrokenConstraint(constraint.constraintName(), Level.of(constraint.score()),
                        constraint.score().toString(), constraint.matchCount(),
                        constraint.matches().stream()
                                .sorted(Comparator.comparing(MatchAnalysis::score))
                                .map(AnalysisController::match)
                                .toList()))
                .toList();
    }

    private static Match match(MatchAnalysis<HardMediumSoftLongScore> match) {
        // Every rule justifies its matches with a Reason; anything else is shown as Timefold describes it.
        if (match.justification() instanceof Reason reason) {
            return new Match(reason.text(), reason.textEn(), reason.sessionIds(), reason.staffIds(), reason.schoolIds(),
                    match.score().toString());
        }
        String described = String.valueOf(match.justification());
        return new Match(described, described, List.of(), List.of(), List.of(), match.score().toString());
    }
}
