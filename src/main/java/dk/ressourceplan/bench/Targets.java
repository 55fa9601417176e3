package dk.ressourceplan.bench;

import dk.ressourceplan.bench.BenchResults.Instance;
import dk.ressourceplan.bench.BenchResults.RerunResult;
import dk.ressourceplan.bench.BenchResults.Run;
import dk.ressourceplan.bench.BenchResults.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The targets of issue 8, and of issue 13 for short-staffed municipalities, each judged from the measured figures:
 * met, missed, or not measured in this run.
 */
final class Targets {

    static final int ODENSE = 32;
    static final int COPENHAGEN = 70;
    /** The limit at which the scarcity targets are judged. */
    static final long SCARCITY_SECONDS = 60;
    /** How far above the least possible uncovered penalty a short-staffed plan may be, in percent of it. */
    static final int PENALTY_SLACK_PERCENT = 2;
    static final long RECOMMENDATION_MILLIS = 2_000;
    static final String MET = "met";
    static final String MISSED = "missed";
    static final String NOT_MEASURED = "not measured";

    private Targets() {
    }

    /**
     * The targets for the solver as {@code solve} runs it; then, when the benchmark also ran the solver from
     * Timefold's construction heuristics, the same targets for that variant, marked as such; then the rerun's, then
     * the scarcity series'.
     */
    static List<Target> evaluate(List<Instance> instances, RerunResult rerun, List<Instance> scarcity) {
        List<Target> targets = new ArrayList<>(evaluate(instances, Instance::runs, ""));
        if (instances.stream().anyMatch(i -> !i.coldStartRuns().isEmpty())) {
            targets.addAll(evaluate(instances, Instance::coldStartRuns, " [solver from Timefold's construction]"));
        }
        if (rerun != null) {
            targets.add(new Target(rerun.schools() + " schools: rerun gives a feasible repaired plan within "
                    + rerun.rerunLimitSeconds() + " s",
                    "published plan: " + rerun.published() + " (" + (rerun.publishedFeasible() ? "feasible" : "infeasible")
                            + "); " + (rerun.firstFeasibleMillis() == null ? "no feasible plan reported" : "first feasible after "
                            + BenchCommand.seconds(rerun.firstFeasibleMillis())) + ", final plan "
                            + (rerun.feasible() ? "feasible" : "infeasible") + ", " + rerun.changedSessions()
                            + " sessions changed at " + rerun.changedSchools() + " schools",
                    rerun.feasible() && rerun.firstFeasibleMillis() != null
                            && rerun.firstFeasibleMillis() <= rerun.rerunLimitSeconds() * 1000 ? MET : MISSED));
        }
        for (Instance instance : scarcity) {
            targets.add(noPriorityInversions(instance));
            targets.add(penaltyNearBound(instance));
        }
        return targets;
    }

    private static String scarcityName(Instance instance, String target) {
        return instance.schools() + " schools at " + instance.staffingPercent() + " % staffing: " + target + " at "
                + SCARCITY_SECONDS + " s";
    }

    private static Optional<Run> scarcityRun(Instance instance) {
        return instance.runs().stream().filter(run -> run.limitSeconds() == SCARCITY_SECONDS).findFirst();
    }

    private static Target noPriorityInversions(Instance instance) {
        String name = scarcityName(instance, "no priority inversions");
        return scarcityRun(instance)
                .map(run -> new Target(name, run.plan().kpis().priorityInversions() + " priority inversions",
                        Integer.valueOf(0).equals(run.plan().kpis().priorityInversions()) ? MET : MISSED))
                .orElse(new Target(name, "no run of " + SCARCITY_SECONDS + " s", NOT_MEASURED));
    }

    /** Feasible, and an uncovered penalty of at most the bound plus the slack (so 0 when the bound is 0). */
    private static Target penaltyNearBound(Instance instance) {
        String name = scarcityName(instance, "uncovered penalty within " + PENALTY_SLACK_PERCENT
                + " % of the least possible");
        long bound = instance.uncoveredPenaltyBound();
        return scarcityRun(instance).map(run -> {
            long penalty = run.plan().uncoveredPenalty();
            Double ofBound = BenchCommand.penaltyOfBoundPercent(penalty, bound);
            String measured = "penalty " + penalty + ", bound " + bound + " ("
                    + (ofBound == null ? "the bound is 0" : ofBound + " % of it") + ")"
                    + (run.plan().feasible() ? "" : ", infeasible");
            boolean met = run.plan().feasible() && 100 * penalty <= (100L + PENALTY_SLACK_PERCENT) * bound;
            return new Target(name, measured, met ? MET : MISSED);
        }).orElse(new Target(name, "no run of " + SCARCITY_SECONDS + " s", NOT_MEASURED));
    }

    private static List<Target> evaluate(List<Instance> instances, Function<Instance, List<Run>> runsOf, String variant) {
        List<Target> targets = new ArrayList<>();
        instance(instances, ODENSE).ifPresent(odense -> {
            targets.add(feasibleWithin(odense, runsOf.apply(odense), 10, variant));
            targets.add(coverageOfBound(odense, runsOf.apply(odense), 60, 99.0, variant));
        });
        instance(instances, COPENHAGEN).ifPresent(copenhagen -> {
            List<Run> runs = runsOf.apply(copenhagen);
            targets.add(feasibleWithin(copenhagen, runs, 60, variant));
            targets.add(coverageOfBound(copenhagen, runs, 300, 98.0, variant));
            long peak = runs.stream().mapToLong(Run::peakHeapMegabytes).max().orElse(0);
            targets.add(new Target(COPENHAGEN + " schools: peak heap under 2 GB" + variant, peak + " MB (largest of its runs)",
                    runs.isEmpty() ? NOT_MEASURED : peak < 2048 ? MET : MISSED));
        });
        for (Instance instance : instances) {
            targets.add(againstGreedy(instance, runsOf.apply(instance), variant));
        }
        return targets;
    }

    private static Optional<Instance> instance(List<Instance> instances, int schools) {
        return instances.stream().filter(i -> i.schools() == schools).findFirst();
    }

    /** The first feasible plan of any run of the instance; runs shorter than the target cannot say it was missed. */
    private static Target feasibleWithin(Instance instance, List<Run> runs, long seconds, String variant) {
        String name = instance.schools() + " schools: feasible within " + seconds + " s" + variant;
        Optional<Long> first = runs.stream().map(Run::firstFeasibleMillis).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        if (first.isPresent()) {
            return new Target(name, "first feasible after " + BenchCommand.seconds(first.get()),
                    first.get() <= seconds * 1000 ? MET : MISSED);
        }
        boolean longEnough = runs.stream().anyMatch(run -> run.limitSeconds() >= seconds);
        return new Target(name, "no feasible plan in any run (longest " + runs.stream()
                .mapToLong(Run::limitSeconds).max().orElse(0) + " s)", longEnough ? MISSED : NOT_MEASURED);
    }

    private static Target coverageOfBound(Instance instance, List<Run> runs, long seconds, double percent, String variant) {
        String name = instance.schools() + " schools: coverage at least " + percent + " % of the bound at " + seconds + " s"
                + variant;
        return runs.stream().filter(run -> run.limitSeconds() == seconds).findFirst()
                .map(run -> new Target(name, run.plan().coverageOfBoundPercent() + " % of the bound ("
                        + run.plan().kpis().coveragePercent() + " % of demand" + (run.plan().feasible() ? "" : ", infeasible") + ")",
                        run.plan().feasible() && run.plan().coverageOfBoundPercent() >= percent ? MET : MISSED))
                .orElse(new Target(name, "no run of " + seconds + " s", NOT_MEASURED));
    }

    /** Judged on the instance's longest run: coverage and continuity at least the baseline's, travel at most 60 %. */
    private static Target againstGreedy(Instance instance, List<Run> runs, String variant) {
        String name = instance.schools() + " schools: against the hand-made plan, coverage and continuity at least "
                + "as high, travel at most 60 %" + variant;
        Optional<Run> longest = runs.stream().max(Comparator.comparingLong(Run::limitSeconds));
        if (longest.isEmpty()) {
            return new Target(name, "no run", NOT_MEASURED);
        }
        Run run = longest.get();
        BenchResults.VersusGreedy versus = run.versusGreedy();
        BenchResults.PlanFigures greedy = instance.greedy().plan();
        String measured = String.format("at %d s: coverage %.1f vs %.1f %%, travel %s %% of the baseline's (%d vs %d min), "
                        + "co-teaching continuity %.1f vs %.1f %%, PPR continuity %.1f vs %.1f %%; travel floor of the "
                        + "baseline's people %d min (%.1f %% of its travel), of the solver's %d min", run.limitSeconds(),
                run.plan().kpis().coveragePercent(), greedy.kpis().coveragePercent(), versus.travelPercentOfGreedy(),
                run.plan().kpis().travelMinutesPerFortnight(), greedy.kpis().travelMinutesPerFortnight(),
                run.plan().kpis().coTeachingContinuityPercent(), greedy.kpis().coTeachingContinuityPercent(),
                run.plan().kpis().pprContinuityPercent(), greedy.kpis().pprContinuityPercent(),
                greedy.travelFloorMinutes(), 100.0 * greedy.travelFloorMinutes()
                        / Math.max(1, greedy.kpis().travelMinutesPerFortnight()), run.plan().travelFloorMinutes());
        boolean met = run.plan().feasible() && versus.coverageAtLeastGreedy() && versus.travelAtMost60Percent()
                && versus.coTeachingContinuityAtLeastGreedy() && versus.pprContinuityAtLeastGreedy();
        return new Target(name, measured, met ? MET : MISSED);
    }

    /** Issue 19: recommendations for one demand within 2 s (warm, the slowest answer), judged at every size measured. */
    static List<Target> recommendations(List<BenchResults.Recommendation> measured) {
        List<Target> targets = new ArrayList<>();
        for (BenchResults.Recommendation r : measured) {
            long slowest = r.peopleMillis().stream().skip(1).mapToLong(Long::longValue).max()
                    .orElse(r.peopleMillis().get(0));
            targets.add(new Target(r.schools() + " schools: who can take one uncovered demand, answered within 2 s",
                    String.format(Locale.ROOT, "%d candidates, slowest warm answer %d ms (first, cold: %d ms); "
                            + "predicted score holds: %s", r.candidates(), slowest, r.peopleMillis().get(0),
                            r.predictedScoreHolds() ? "yes" : "no"),
                    slowest <= RECOMMENDATION_MILLIS && r.predictedScoreHolds() ? MET : MISSED));
        }
        return targets;
    }

    /** Issue 16: a term with dated work is feasible at 60 s, with every coordination meeting held on time. */
    static List<Target> datedTerms(List<BenchResults.DatedTerm> measured) {
        List<Target> targets = new ArrayList<>();
        for (BenchResults.DatedTerm d : measured) {
            if (d.limitSeconds() != 60) {
                continue;
            }
            targets.add(new Target(d.schools() + " schools with coordination meetings and programmes: feasible at 60 s",
                    String.format(Locale.ROOT, "%s; %d stretches planned; programme weeks held %s %%, coordination "
                            + "meetings on time %s %%", d.score(), d.stretchesPlanned(),
                            d.kpis().programmeWeeksCoveredPercent(), d.kpis().coordinationMeetingsOnTime()),
                    d.feasible() ? MET : MISSED));
        }
        return targets;
    }
}
