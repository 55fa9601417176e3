package dk.ressourceplan.bench;

import dk.ressourceplan.bench.BenchResults.Instance;
import dk.ressourceplan.bench.BenchResults.RerunResult;
import dk.ressourceplan.bench.BenchResults.Run;
import dk.ressourceplan.bench.BenchResults.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The targets of issue 8, each judged from the measured figures: met, missed, or not measured in this run. */
final class Targets {

    static final int ODENSE = 32;
    static final int COPENHAGEN = 70;
    static final String MET = "met";
    static final String MISSED = "missed";
    static final String NOT_MEASURED = "not measured";

    private Targets() {
    }

    static List<Target> evaluate(List<Instance> instances, RerunResult rerun) {
        List<Target> targets = new ArrayList<>();
        instance(instances, ODENSE).ifPresent(odense -> {
            targets.add(feasibleWithin(odense, 10));
            targets.add(coverageOfBound(odense, 60, 99.0));
        });
        instance(instances, COPENHAGEN).ifPresent(copenhagen -> {
            targets.add(feasibleWithin(copenhagen, 60));
            targets.add(coverageOfBound(copenhagen, 300, 98.0));
            long peak = copenhagen.runs().stream().mapToLong(Run::peakHeapMegabytes).max().orElse(0);
            targets.add(new Target(COPENHAGEN + " schools: peak heap under 2 GB", peak + " MB (largest of its runs)",
                    copenhagen.runs().isEmpty() ? NOT_MEASURED : peak < 2048 ? MET : MISSED));
        });
        for (Instance instance : instances) {
            targets.add(againstGreedy(instance));
        }
        if (rerun != null) {
            targets.add(new Target(rerun.schools() + " schools: rerun gives a feasible repaired plan within "
                    + rerun.rerunLimitSeconds() + " s",
                    (rerun.firstFeasibleMillis() == null ? "no feasible plan reported" : "first feasible after "
                            + BenchCommand.seconds(rerun.firstFeasibleMillis())) + ", final plan "
                            + (rerun.feasible() ? "feasible" : "infeasible") + ", " + rerun.changedSessions()
                            + " sessions changed at " + rerun.changedSchools() + " schools",
                    rerun.feasible() && rerun.firstFeasibleMillis() != null
                            && rerun.firstFeasibleMillis() <= rerun.rerunLimitSeconds() * 1000 ? MET : MISSED));
        }
        return targets;
    }

    private static Optional<Instance> instance(List<Instance> instances, int schools) {
        return instances.stream().filter(i -> i.schools() == schools).findFirst();
    }

    /** The first feasible plan of any run of the instance; runs shorter than the target cannot say it was missed. */
    private static Target feasibleWithin(Instance instance, long seconds) {
        String name = instance.schools() + " schools: feasible within " + seconds + " s";
        Optional<Long> first = instance.runs().stream().map(Run::firstFeasibleMillis).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        if (first.isPresent()) {
            return new Target(name, "first feasible after " + BenchCommand.seconds(first.get()),
                    first.get() <= seconds * 1000 ? MET : MISSED);
        }
        boolean longEnough = instance.runs().stream().anyMatch(run -> run.limitSeconds() >= seconds);
        return new Target(name, "no feasible plan in any run (longest " + instance.runs().stream()
                .mapToLong(Run::limitSeconds).max().orElse(0) + " s)", longEnough ? MISSED : NOT_MEASURED);
    }

    private static Target coverageOfBound(Instance instance, long seconds, double percent) {
        String name = instance.schools() + " schools: coverage at least " + percent + " % of the bound at " + seconds + " s";
        return instance.runs().stream().filter(run -> run.limitSeconds() == seconds).findFirst()
                .map(run -> new Target(name, run.plan().coverageOfBoundPercent() + " % of the bound ("
                        + run.plan().kpis().coveragePercent() + " % of demand" + (run.plan().feasible() ? "" : ", infeasible") + ")",
                        run.plan().feasible() && run.plan().coverageOfBoundPercent() >= percent ? MET : MISSED))
                .orElse(new Target(name, "no run of " + seconds + " s", NOT_MEASURED));
    }

    /** Judged on the instance's longest run: coverage and continuity at least the baseline's, travel at most 60 %. */
    private static Target againstGreedy(Instance instance) {
        String name = instance.schools() + " schools: against the hand-made plan, coverage and continuity at least "
                + "as high, travel at most 60 %";
        Optional<Run> longest = instance.runs().stream().max(Comparator.comparingLong(Run::limitSeconds));
        if (longest.isEmpty()) {
            return new Target(name, "no run", NOT_MEASURED);
        }
        Run run = longest.get();
        BenchResults.VersusGreedy versus = run.versusGreedy();
        BenchResults.PlanFigures greedy = instance.greedy().plan();
        String measured = String.format("at %d s: coverage %.1f vs %.1f %%, travel %s %% of the baseline's (%d vs %d min), "
                        + "co-teaching continuity %.1f vs %.1f %%, PPR continuity %.1f vs %.1f %%", run.limitSeconds(),
                run.plan().kpis().coveragePercent(), greedy.kpis().coveragePercent(), versus.travelPercentOfGreedy(),
                run.plan().kpis().travelMinutesPerFortnight(), greedy.kpis().travelMinutesPerFortnight(),
                run.plan().kpis().coTeachingContinuityPercent(), greedy.kpis().coTeachingContinuityPercent(),
                run.plan().kpis().pprContinuityPercent(), greedy.kpis().pprContinuityPercent());
        boolean met = run.plan().feasible() && versus.coverageAtLeastGreedy() && versus.travelAtMost60Percent()
                && versus.coTeachingContinuityAtLeastGreedy() && versus.pprContinuityAtLeastGreedy();
        return new Target(name, measured, met ? MET : MISSED);
    }
}
