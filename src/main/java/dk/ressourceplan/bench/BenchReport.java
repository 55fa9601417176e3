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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Writes a benchmark's results.json, results.md (markdown tables) and, with a scaling series, scaling.svg. */
final class BenchReport {

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

        md.append("| schools | plan | limit | first feasible | construction | score | coverage | of bound | uncovered r/y/g min "
                + "| travel min | travel floor | co-teach. cont. | PPR cont. | utilisation | meeting share | moves/s | score calc/s "
                + "| peak heap | CPU |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Instance instance : results.instances()) {
            PlanFigures greedy = instance.greedy().plan();
            md.append(row(instance.schools(), "hand-made", "-", "-", instance.greedy().millis() + " ms (all)", greedy,
                    "-", "-", "-", "-"));
            if (instance.solverStart() != null) {
                md.append(row(instance.schools(), "solver's start", "-", "-", instance.solverStart().millis() + " ms (all)",
                        instance.solverStart().plan(), "-", "-", "-", "-"));
            }
            instance.runs().forEach(run -> md.append(row(instance.schools(), "solver", run)));
            instance.coldStartRuns().forEach(run -> md.append(row(instance.schools(), "solver from construction", run)));
        }
        md.append("\nBound: the max-flow coverage bound (minutes per fortnight). ");
        results.instances().forEach(i -> md.append(String.format(Locale.ROOT, "%d schools: %d of %d demanded (%.1f %%). ",
                i.schools(), i.boundMinutes(), i.demandedMinutes(), 100.0 * i.boundMinutes() / Math.max(1, i.demandedMinutes()))));
        md.append("CPU: the process's CPU time over the wall clock, 100 % = one full core. Travel floor: the least the plan's "
                + "people could drive for the schools they serve (one shortest round a week each). Hand-made: the baseline "
                + "(first free slot). Solver's start: the careful hand-made plan (same people, a day already at the "
                + "school first) the solver starts from. Construction: for \"solver\", the time its starting plan took, "
                + "which is also its first feasible plan when that is feasible; for \"solver from construction\", when "
                + "Timefold's construction heuristics ended.\n");

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
        md.append(whereThePointsGo(results));
        md.append("\n### Targets (issue 8)\n\n| target | measured | status |\n|---|---|---|\n");
        results.targets().forEach(t -> md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
                .append(t.status()).append(" |\n"));
        return md.toString();
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

    private static String row(int schools, String plan, Run run) {
        return row(schools, plan, run.limitSeconds() + " s", BenchCommand.seconds(run.firstFeasibleMillis()),
                BenchCommand.seconds(run.constructionMillis()), run.plan(), String.valueOf(run.moveEvaluationSpeed()),
                String.valueOf(run.scoreCalculationSpeed()), run.peakHeapMegabytes() + " MB", run.cpuPercentOfOneCore() + " %");
    }

    private static String row(int schools, String plan, String limit, String firstFeasible, String construction,
            PlanFigures figures, String moves, String scoreCalculations, String heap, String cpu) {
        Kpis k = figures.kpis();
        return String.format(Locale.ROOT,
                "| %d | %s | %s | %s | %s | %s%s | %.1f %% | %.1f %% | %d/%d/%d | %d | %d | %.1f %% | %.1f %% | %.1f-%.1f %% | %.1f %% | %s | %s | %s | %s |%n",
                schools, plan, limit, firstFeasible, construction, figures.score(), figures.feasible() ? "" : " (infeasible)",
                k.coveragePercent(), figures.coverageOfBoundPercent(), k.uncoveredByPriority().get(NeedLevel.RED),
                k.uncoveredByPriority().get(NeedLevel.YELLOW), k.uncoveredByPriority().get(NeedLevel.GREEN),
                k.travelMinutesPerFortnight(), figures.travelFloorMinutes(), k.coTeachingContinuityPercent(), k.pprContinuityPercent(),
                k.utilisationMinPercent(), k.utilisationMaxPercent(), k.meetingSharePercentMax(), moves,
                scoreCalculations, heap, cpu);
    }
}
