package dk.ressourceplan.bench;

import dk.ressourceplan.bench.BenchResults.Instance;
import dk.ressourceplan.bench.BenchResults.PlanFigures;
import dk.ressourceplan.bench.BenchResults.Run;
import dk.ressourceplan.bench.BenchResults.ScalingPoint;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Writes a benchmark's results.json, results.md (markdown tables) and, with a scaling series, scaling.svg. */
final class BenchReport {

    private static final String PENALTY_NOTE = "Uncovered penalty: the score's medium level, each uncovered minute "
            + "per fortnight times its priority's weight (red 100, yellow 10, green 1). Penalty bound: the least any plan "
            + "could have (a minimum-cost flow, which like the coverage bound ignores time, travel, the daily maximum "
            + "and the cap on schools, and splits assignments). Penalty of bound: the penalty over that bound; \"-\" "
            + "when the bound is 0 and the penalty is not. Idle-gap days: the share of person-days with a gap of two "
            + "hours or more between sessions.";

    private BenchReport() {
    }

    static void write(BenchResults results, Path directory) throws IOException {
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(directory.resolve("results.json").toFile(), results);
        Files.writeString(directory.resolve("results.md"), markdown(results));
        if (!results.scaling().isEmpty()) {
            Files.writeString(directory.resolve("scaling.svg"), ScalingChart.svg(results.scaling()));
        }
    }

    static String markdown(BenchResults results) {
        StringBuilder md = new StringBuilder();
        Machine machine = results.machine();
        md.append("Command: `").append(results.command()).append("`  \n")
                .append("Date: ").append(results.date()).append("  \n")
                .append("Machine: ").append(machine.processors()).append(" cores (").append(machine.cpu()).append("), ")
                .append(machine.memoryMegabytes() / 1024).append(" GiB, ").append(machine.java()).append(", max heap ")
                .append(machine.maxHeapMegabytes()).append(" MB  \n")
                .append("Load average (1, 5, 15 min): ").append(machine.loadAverageAtStart()).append(" at the start, ")
                .append(machine.loadAverageAtEnd()).append(" at the end  \n")
                .append("Seed: ").append(results.seed()).append(" for every size. Peak heap: ").append(results.heapMeasure())
                .append(".\n\n");

        if (!results.instances().isEmpty()) {
            md.append(resultsTable(results));
        }

        if (!results.scaling().isEmpty()) {
            md.append("\n### Scaling\n\n| schools | limit | first feasible | construction | feasible | coverage | of bound "
                    + "| travel | hand-made coverage | hand-made travel | from construction: first feasible | feasible "
                    + "| coverage | travel | moves/s | peak heap | CPU |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (ScalingPoint p : results.scaling()) {
                boolean cold = p.coldStartFeasible() != null;
                md.append(String.format(Locale.ROOT, "| %d | %d s | %s | %s | %s | %.1f %% | %.1f %% | %d | %.1f %%%s | %d "
                                + "| %s | %s | %s | %s | %d | %d MB | %d %% |%n",
                        p.schools(), p.limitSeconds(), BenchCommand.seconds(p.firstFeasibleMillis()),
                        BenchCommand.seconds(p.constructionMillis()), p.feasible() ? "yes" : "no", p.coveragePercent(),
                        p.coverageOfBoundPercent(), p.travelMinutes(), p.greedyCoveragePercent(),
                        p.greedyFeasible() ? "" : " (infeasible)", p.greedyTravelMinutes(),
                        cold ? BenchCommand.seconds(p.coldStartFirstFeasibleMillis()) : "-",
                        cold ? (p.coldStartFeasible() ? "yes" : "no") : "-",
                        cold ? String.format(Locale.ROOT, "%.1f %%", p.coldStartCoveragePercent()) : "-",
                        cold ? String.valueOf(p.coldStartTravelMinutes()) : "-",
                        p.moveEvaluationSpeed(), p.peakHeapMegabytes(), p.cpuPercentOfOneCore()));
            }
        }
        if (results.rerun() != null) {
            BenchResults.RerunResult r = results.rerun();
            md.append(String.format(Locale.ROOT, "%n### Rerun%n%n%d schools, published plan: %s, %d s (%s); %s (psychologist, "
                            + "%d sessions) unavailable from %s; rerun limit %d s: first feasible %s, rerun took %s, "
                            + "final plan %s, %d sessions changed at %d schools, coverage %.1f %% before and %.1f %% after, "
                            + "score %s.%n", r.schools(), r.published(), r.publishedLimitSeconds(),
                    r.publishedFeasible() ? "feasible" : "infeasible", r.leaver(), r.leaverSessions(),
                    r.effectiveDate(), r.rerunLimitSeconds(), BenchCommand.seconds(r.firstFeasibleMillis()),
                    BenchCommand.seconds(r.rerunMillis()), r.feasible() ? "feasible" : "infeasible", r.changedSessions(),
                    r.changedSchools(), r.coverageBeforePercent(), r.coverageAfterPercent(), r.score()));
        }
        if (!results.instances().isEmpty()) {
            md.append(whereThePointsGo(results));
        }
        if (!results.scarcity().isEmpty()) {
            md.append(scarcity(results.scarcity()));
        }
        if (!results.recommendations().isEmpty()) {
            md.append("\n### Who can take this? (issue 19)\n\n| schools | staffing | seat asked about | priority | "
                    + "candidates | answers (ms, first cold) | times offered | answers (ms) | predicted score holds |\n"
                    + "|---|---|---|---|---|---|---|---|---|\n");
            for (BenchResults.Recommendation r : results.recommendations()) {
                md.append(String.format(Locale.ROOT, "| %d | %d %% | %s | %s | %d | %s | %d | %s | %s |%n", r.schools(),
                        r.staffingPercent(), r.demandId(), r.priority(), r.candidates(), r.peopleMillis(),
                        r.timeOptions(), r.timesMillis(), r.predictedScoreHolds() ? "yes" : "no"));
            }
        }
        if (!results.datedTerms().isEmpty()) {
            md.append("\n### Terms with dated work (issue 16)\n\nThe municipality as generated plus, at every school, a "
                    + "coordination meeting every 4-8 weeks and programmes of 6 weeks (`generate --dated`). Parts are "
                    + "solved one after the other: the fortnight, then each stretch that changes something; the term is "
                    + "feasible once the last part is.\n\n| schools | limit | occurrences | stretches planned "
                    + "| fortnight feasible | stretch feasible (median / slowest) | term feasible after | score | coverage "
                    + "| travel min | PPR cont. | programme weeks held | coordination meetings on time |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (BenchResults.DatedTerm d : results.datedTerms()) {
                md.append(String.format(Locale.ROOT, "| %d | %d s | %d | %d | %d ms | %d / %d ms | %s | %s | %.1f %% | %d "
                        + "| %.1f %% | %s | %s |%n", d.schools(), d.limitSeconds(), d.occurrences(), d.stretchesPlanned(),
                        d.fortnightFeasibleMillis(), d.stretchFeasibleMedianMillis(), d.stretchFeasibleWorstMillis(),
                        d.termFeasibleMillis() == null ? "never" : String.format(Locale.ROOT, "%.1f s", d.termFeasibleMillis() / 1000.0),
                        d.score(), d.kpis().coveragePercent(), d.kpis().travelMinutesPerFortnight(),
                        d.kpis().pprContinuityPercent(), percentOrDash(d.kpis().programmeWeeksCoveredPercent()),
                        percentOrDash(d.kpis().coordinationMeetingsOnTime())));
            }
        }
        md.append("\n### Targets (issues 8, 13, 16 and 19)\n\n| target | measured | status |\n|---|---|---|\n");
        results.targets().forEach(t -> md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
                .append(t.status()).append(" |\n"));
        return md.toString();
    }

    private static String percentOrDash(Double percent) {
        return percent == null ? "-" : String.format(Locale.ROOT, "%.1f %%", percent);
    }

    private static String resultsTable(BenchResults results) {
        StringBuilder md = new StringBuilder();
        md.append("| schools | plan | limit | first feasible | construction | score | coverage | of bound | uncovered r/y/g min "
                + "| uncovered penalty | penalty bound | penalty of bound | travel min | travel floor | co-teach. cont. "
                + "| PPR cont. | utilisation | meeting share | priority inversions | idle-gap days | moves/s | score calc/s "
                + "| peak heap | CPU |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Instance instance : results.instances()) {
            PlanFigures greedy = instance.greedy().plan();
            long penaltyBound = instance.uncoveredPenaltyBound();
            md.append(row(instance.schools(), "hand-made", "-", "-", instance.greedy().millis() + " ms (all)", greedy,
                    penaltyBound, "-", "-", "-", "-"));
            if (instance.solverStart() != null) {
                md.append(row(instance.schools(), "solver's start", "-", "-", instance.solverStart().millis() + " ms (all)",
                        instance.solverStart().plan(), penaltyBound, "-", "-", "-", "-"));
            }
            instance.runs().forEach(run -> md.append(row(instance.schools(), "solver", run, penaltyBound)));
            instance.coldStartRuns().forEach(run -> md.append(row(instance.schools(), "solver from construction", run,
                    penaltyBound)));
        }
        md.append("\nBound: the max-flow coverage bound (minutes per fortnight). ");
        results.instances().forEach(i -> md.append(String.format(Locale.ROOT, "%d schools: %d of %d demanded (%.1f %%). ",
                i.schools(), i.boundMinutes(), i.demandedMinutes(), 100.0 * i.boundMinutes() / Math.max(1, i.demandedMinutes()))));
        md.append("CPU: the process's CPU time over the wall clock, 100 % = one full core. Travel floor: the least the plan's "
                + "people could drive for the schools they serve (one shortest round a week each). Hand-made: the baseline "
                + "(first free slot). Solver's start: the careful hand-made plan (same people, a day already at the "
                + "school first) the solver starts from. Construction: for \"solver\", the time its starting plan took, "
                + "which is also its first feasible plan when that is feasible; for \"solver from construction\", when "
                + "Timefold's construction heuristics ended. ").append(PENALTY_NOTE).append("\n");
        return md.toString();
    }

    /** The short-staffed municipalities, each beside its hand-made plan and the solver's start. */
    private static String scarcity(List<Instance> scarcity) {
        StringBuilder md = new StringBuilder("\n### Scarcity\n\n| schools | staffing | staff | plan | limit | first feasible "
                + "| score | coverage | of bound | uncovered r/y/g min | uncovered penalty | penalty bound | penalty of bound "
                + "| priority inversions | idle-gap days | travel min | CPU |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Instance instance : scarcity) {
            String head = String.format(Locale.ROOT, "| %d | %d %% | %d ", instance.schools(), instance.staffingPercent(),
                    instance.staff());
            long penaltyBound = instance.uncoveredPenaltyBound();
            md.append(head).append(scarcityRow("hand-made", "-", "-", instance.greedy().plan(), penaltyBound, "-"));
            md.append(head).append(scarcityRow("solver's start", "-", "-", instance.solverStart().plan(), penaltyBound, "-"));
            instance.runs().forEach(run -> md.append(head).append(scarcityRow("solver", run.limitSeconds() + " s",
                    BenchCommand.seconds(run.firstFeasibleMillis()), run.plan(), penaltyBound,
                    run.cpuPercentOfOneCore() + " %")));
        }
        md.append("\nStaffing: staff hours as a share of the hours demanded. Bounds: ");
        scarcity.forEach(i -> md.append(String.format(Locale.ROOT, "%d schools at %d %%: coverage %d of %d demanded "
                        + "minutes (%.1f %%), uncovered penalty at least %d. ", i.schools(), i.staffingPercent(),
                i.boundMinutes(), i.demandedMinutes(), 100.0 * i.boundMinutes() / Math.max(1, i.demandedMinutes()),
                i.uncoveredPenaltyBound())));
        md.append(PENALTY_NOTE).append("\n");
        return md.toString();
    }

    private static String scarcityRow(String plan, String limit, String firstFeasible, PlanFigures figures,
            long penaltyBound, String cpu) {
        Kpis k = figures.kpis();
        return String.format(Locale.ROOT,
                "| %s | %s | %s | %s%s | %.1f %% | %.1f %% | %d/%d/%d | %d | %d | %s | %d | %.1f %% | %d | %s |%n",
                plan, limit, firstFeasible, figures.score(), figures.feasible() ? "" : " (infeasible)", k.coveragePercent(),
                figures.coverageOfBoundPercent(), k.uncoveredByPriority().get(NeedLevel.RED),
                k.uncoveredByPriority().get(NeedLevel.YELLOW), k.uncoveredByPriority().get(NeedLevel.GREEN),
                figures.uncoveredPenalty(), penaltyBound, percent(figures.uncoveredPenaltyOfBoundPercent()),
                k.priorityInversions(), k.idleGapPersonDaysPercent(), k.travelMinutesPerFortnight(), cpu);
    }

    private static String percent(Double percent) {
        return percent == null ? "-" : String.format(Locale.ROOT, "%.1f %%", percent);
    }

    /** Per instance, the score per rule of the hand-made plan and of the longest run of each solver variant. */
    private static String whereThePointsGo(BenchResults results) {
        StringBuilder md = new StringBuilder("\n### Score per rule\n");
        for (Instance instance : results.instances()) {
            Map<String, PlanFigures> plans = new LinkedHashMap<>();
            plans.put("hand-made", instance.greedy().plan());
            if (instance.solverStart() != null) {
                plans.put("solver's start", instance.solverStart().plan());
            }
            instance.runs().stream().max(Comparator.comparingLong(Run::limitSeconds))
                    .ifPresent(run -> plans.put("solver " + run.limitSeconds() + " s", run.plan()));
            instance.coldStartRuns().stream().max(Comparator.comparingLong(Run::limitSeconds))
                    .ifPresent(run -> plans.put("from construction " + run.limitSeconds() + " s", run.plan()));
            Set<String> rules = new TreeSet<>();
            plans.values().forEach(plan -> rules.addAll(plan.scoreByConstraint().keySet()));
            md.append("\n").append(instance.schools()).append(" schools\n\n| rule | ")
                    .append(String.join(" | ", plans.keySet())).append(" |\n|---|")
                    .append("---|".repeat(plans.size())).append("\n");
            for (String rule : rules) {
                md.append("| ").append(rule).append(" | ").append(plans.values().stream()
                        .map(plan -> plan.scoreByConstraint().getOrDefault(rule, "0"))
                        .collect(Collectors.joining(" | "))).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String row(int schools, String plan, Run run, long penaltyBound) {
        return row(schools, plan, run.limitSeconds() + " s", BenchCommand.seconds(run.firstFeasibleMillis()),
                BenchCommand.seconds(run.constructionMillis()), run.plan(), penaltyBound,
                String.valueOf(run.moveEvaluationSpeed()), String.valueOf(run.scoreCalculationSpeed()),
                run.peakHeapMegabytes() + " MB", run.cpuPercentOfOneCore() + " %");
    }

    private static String row(int schools, String plan, String limit, String firstFeasible, String construction,
            PlanFigures figures, long penaltyBound, String moves, String scoreCalculations, String heap, String cpu) {
        Kpis k = figures.kpis();
        return String.format(Locale.ROOT,
                "| %d | %s | %s | %s | %s | %s%s | %.1f %% | %.1f %% | %d/%d/%d | %d | %d | %s | %d | %d | %.1f %% | %.1f %% "
                        + "| %.1f-%.1f %% | %.1f %% | %d | %.1f %% | %s | %s | %s | %s |%n",
                schools, plan, limit, firstFeasible, construction, figures.score(), figures.feasible() ? "" : " (infeasible)",
                k.coveragePercent(), figures.coverageOfBoundPercent(), k.uncoveredByPriority().get(NeedLevel.RED),
                k.uncoveredByPriority().get(NeedLevel.YELLOW), k.uncoveredByPriority().get(NeedLevel.GREEN),
                figures.uncoveredPenalty(), penaltyBound, percent(figures.uncoveredPenaltyOfBoundPercent()),
                k.travelMinutesPerFortnight(), figures.travelFloorMinutes(), k.coTeachingContinuityPercent(), k.pprContinuityPercent(),
                k.utilisationMinPercent(), k.utilisationMaxPercent(), k.meetingSharePercentMax(), k.priorityInversions(),
                k.idleGapPersonDaysPercent(), moves, scoreCalculations, heap, cpu);
    }
}
