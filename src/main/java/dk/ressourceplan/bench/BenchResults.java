package dk.ressourceplan.bench;

import dk.ressourceplan.domain.Kpis;
import java.util.List;
import java.util.Map;

/**
 * What {@code bench} writes to results.json, and from which it writes results.md and the scaling chart. A null
 * {@code firstFeasibleMillis} means no feasible plan within the limit. {@code scarcity}: the same measurements as
 * {@code instances} on short-staffed municipalities (issue 13); empty in results written before it existed.
 */
public record BenchResults(String command, String date, Machine machine, long seed, String heapMeasure,
        List<Instance> instances, List<ScalingPoint> scaling, RerunResult rerun, List<Instance> scarcity,
        List<Recommendation> recommendations, List<DatedTerm> datedTerms, List<Target> targets) {

    public BenchResults {
        scarcity = scarcity == null ? List.of() : scarcity;
        recommendations = recommendations == null ? List.of() : recommendations;
        datedTerms = datedTerms == null ? List.of() : datedTerms;
    }

    /**
     * A term with dated work (issue 16), solved for {@code limitSeconds}: how many dated occurrences, stretches planned,
     * each part's time to its first feasible plan (the fortnight's, the median and slowest stretch's), when the whole
     * term was first feasible (null if it never was) and the term's figures.
     */
    public record DatedTerm(int schools, long seed, long limitSeconds, int staff, int occurrences, int stretchesPlanned,
            long fortnightFeasibleMillis, long stretchFeasibleMedianMillis, long stretchFeasibleWorstMillis,
            Long termFeasibleMillis, long wallMillis, boolean feasible, String score, Kpis kpis) {
    }

    /**
     * A plan judged by the solver's score and the KPIs, its covered minutes against the coverage bound, the score
     * per rule (only the rules that cost something), and its travel floor: the least its people could drive for the
     * schools they serve ({@link TravelFloor}). {@code uncoveredPenalty} is the score's
     * medium level negated (uncovered minutes times their priority's weight), and
     * {@code uncoveredPenaltyOfBoundPercent} that over the least any plan could have; null when that least is 0 and
     * this plan's is not.
     */
    public record PlanFigures(String score, boolean feasible, Kpis kpis, long coveredMinutes,
            double coverageOfBoundPercent, Map<String, String> scoreByConstraint, int travelFloorMinutes,
            long uncoveredPenalty, Double uncoveredPenaltyOfBoundPercent) {
    }

    /** The hand-made baseline of an instance: how long it took and what it gives. */
    public record Greedy(long millis, PlanFigures plan) {
    }

    /** The solver's plan against the baseline's: issue 8 asks for at least its coverage and continuity, and at most 60 % of its travel. */
    public record VersusGreedy(boolean coverageAtLeastGreedy, Double travelPercentOfGreedy, boolean travelAtMost60Percent,
            boolean coTeachingContinuityAtLeastGreedy, boolean pprContinuityAtLeastGreedy) {
    }

    public record Run(long limitSeconds, Long firstFeasibleMillis, long constructionMillis, long solveMillis,
            long moveEvaluationSpeed, long scoreCalculationSpeed, long peakHeapMegabytes, int cpuPercentOfOneCore,
            PlanFigures plan, VersusGreedy versusGreedy) {
    }

    /**
     * {@code staffingPercent}: staff hours as a share of the hours demanded, null for the municipality as generated;
     * {@code boundMinutes}: the coverage bound; {@code uncoveredPenaltyBound}: the least uncovered penalty any plan
     * could have ({@link CoverageBound#uncoveredPenalty}); {@code greedy}: the hand-made baseline (first free slot);
     * {@code solverStart}: the careful hand-made plan the solver starts from; {@code runs}: the solver as
     * {@code solve} runs it; {@code coldStartRuns}: the solver from Timefold's construction heuristics instead (with
     * {@code --cold-start}; else empty).
     */
    public record Instance(int schools, long seed, Integer staffingPercent, int classes, int staff, int demands,
            int assignments, int sessions, long demandedMinutes, long boundMinutes, long uncoveredPenaltyBound,
            Greedy greedy, Greedy solverStart, List<Run> runs, List<Run> coldStartRuns) {
    }

    /** One point of the scaling series; the cold-start figures are null without {@code --cold-start}. */
    public record ScalingPoint(int schools, long limitSeconds, Long firstFeasibleMillis, long constructionMillis,
            boolean feasible, double coveragePercent, double coverageOfBoundPercent, int travelMinutes,
            double greedyCoveragePercent, double greedyCoverageOfBoundPercent, boolean greedyFeasible,
            int greedyTravelMinutes, long moveEvaluationSpeed, long peakHeapMegabytes, int cpuPercentOfOneCore,
            Long coldStartFirstFeasibleMillis, Boolean coldStartFeasible, Double coldStartCoveragePercent,
            Double coldStartCoverageOfBoundPercent, Integer coldStartTravelMinutes) {
    }

    /** A psychologist leaves mid-term: how fast a usable repaired plan comes, and how much of the plan it changes. */
    public record RerunResult(int schools, String published, boolean publishedFeasible, long publishedLimitSeconds,
            long rerunLimitSeconds, String leaver,
            int leaverSessions, String effectiveDate, Long firstFeasibleMillis, long rerunMillis, boolean feasible,
            Integer changedSessions, Integer changedSchools, double coverageBeforePercent, double coverageAfterPercent,
            String score) {
    }

    /**
     * "Who can take this?" for one uncovered seat of a short-staffed municipality's solved plan (issue 19): how long
     * each answer took, from the stored document to the ranked, worded options ({@code peopleMillis}, the first one
     * with a cold JVM), the same for the times of one of its sessions, and whether applying the first option gives
     * the score it predicted, recalculated in full.
     */
    public record Recommendation(int schools, int staffingPercent, String demandId, String priority, int candidates,
            List<Long> peopleMillis, int timeOptions, List<Long> timesMillis, boolean predictedScoreHolds) {
    }

    /** One target of issue 8 or 13: what was measured and whether it is met ("met", "missed" or "not measured"). */
    public record Target(String target, String measured, String status) {
    }
}
