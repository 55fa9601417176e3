package dk.ressourceplan.plans;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.ressourceplan.domain.ConstraintNames;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.solver.PlanRestore;
import dk.ressourceplan.solver.Finding;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.RevisionDocument;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The score of a plan's latest solution explained: every broken rule and what breaks it, hard rules first. */
public final class Explanations {

    public enum Level {
        HARD, MEDIUM, SOFT;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Level of(HardMediumSoftLongScore score) {
            return score.hardScore() != 0 ? HARD : score.mediumScore() != 0 ? MEDIUM : SOFT;
        }
    }

    public record Analysis(int revision, String score, List<BrokenConstraint> constraints) {
    }

    /** @param nameDa the rule's Danish name, from the rule table ({@link ConstraintNames#RULES}) */
    public record BrokenConstraint(String name, String nameDa, Level level, String score, int matchCount,
            List<Match> matches) {
    }

    public record Match(String text, String textEn, List<String> sessionIds, List<String> staffIds,
            List<String> schoolIds, String score) {
    }

    private final PlanStore store;
    private final StoredDocuments documents;
    private final SolutionManager<StaffPlan, HardMediumSoftLongScore> solutionManager;

    Explanations(PlanStore store, StoredDocuments documents,
            SolutionManager<StaffPlan, HardMediumSoftLongScore> solutionManager) {
        this.store = store;
        this.documents = documents;
        this.solutionManager = solutionManager;
    }

    /** The latest solution explained; to a school leader, the published one, as far as it concerns their school. */
    public Analysis explain(String planId, Viewer viewer) {
        store.findPlan(planId).orElseThrow(() -> Refused.unknownPlan(planId));
        RevisionDocument solution = viewer.seesOneSchool()
                ? Revisions.published(store, planId)
                : Revisions.latestPlan(store, planId).orElseThrow(() -> Refused.conflict(
                        "Plan " + planId + " has no solution to explain yet; solve it first.",
                        "Planen har endnu ingen løsning at forklare; beregn den først."));
        ScoreAnalysis<HardMediumSoftLongScore> analysis =
                solutionManager.analyze(PlanRestore.restore(documents.read(solution)));
        Analysis explained = new Analysis(solution.revision().number(), analysis.score().toString(), broken(analysis));
        return viewer.seesOneSchool() ? new SchoolView(viewer.schoolId()).analysis(explained) : explained;
    }

    private static List<BrokenConstraint> broken(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        return analysis.constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .sorted(Comparator.comparing((ConstraintAnalysis<HardMediumSoftLongScore> c) -> Level.of(c.score()))
                        .thenComparing(ConstraintAnalysis::score))
                .map(constraint -> new BrokenConstraint(constraint.constraintName(),
                        ConstraintNames.rule(constraint.constraintName()).nameDa(), Level.of(constraint.score()),
                        constraint.score().toString(), constraint.matchCount(),
                        constraint.matches().stream()
                                .sorted(Comparator.comparing(MatchAnalysis::score))
                                .map(Explanations::match)
                                .toList()))
                .toList();
    }

    private static Match match(MatchAnalysis<HardMediumSoftLongScore> match) {
        // Every rule justifies its matches with a Finding; anything else is shown as Timefold describes it.
        if (match.justification() instanceof Finding reason) {
            return new Match(reason.text(), reason.textEn(), reason.sessionIds(), reason.staffIds(), reason.schoolIds(),
                    match.score().toString());
        }
        String described = String.valueOf(match.justification());
        return new Match(described, described, List.of(), List.of(), List.of(), match.score().toString());
    }
}
