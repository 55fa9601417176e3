package dk.ressourceplan.bench;

import dk.ressourceplan.solver.GreedyPlanner;
import dk.ressourceplan.bench.BenchResults.Greedy;
import dk.ressourceplan.bench.BenchResults.Instance;
import dk.ressourceplan.bench.BenchResults.PlanFigures;
import dk.ressourceplan.bench.BenchResults.Recommendation;
import dk.ressourceplan.bench.BenchResults.RerunResult;
import dk.ressourceplan.bench.BenchResults.Run;
import dk.ressourceplan.bench.BenchResults.ScalingPoint;
import dk.ressourceplan.bench.BenchResults.Target;
import dk.ressourceplan.bench.BenchResults.VersusGreedy;
import dk.ressourceplan.domain.Change;
import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.solver.KpiCalculator;
import dk.ressourceplan.solver.PlanBuilder;
import dk.ressourceplan.solver.Rerun;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How good and how fast the plans are (issue 8): generated municipalities of fixed seeds, each solved with the
 * default configuration for each time limit and compared with the hand-made baseline and the coverage bound; a
 * scaling series; a rerun after a psychologist leaves; and (issue 13) short-staffed municipalities, where the
 * uncovered penalty is judged against the least any plan could have. With {@code --timefold}, Timefold's own
 * benchmarker over local search configurations instead.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark the solver against a hand-made "
        + "plan and the coverage bound, also when staff are short, or (--timefold) compare solver configurations with "
        + "Timefold's benchmarker.")
public final class BenchCommand implements Callable<Integer> {

    /** The same seed for every size, so that each size is one fixed municipality: s06 of seed 2027 and so on. */
    public static final long DEFAULT_SEED = 2027;
    static final LocalDate LEAVE_FROM = LocalDate.of(2027, 3, 1);
    static final List<String> PARTS = List.of("results", "scaling", "rerun", "staffing", "recommend", "dated");

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", description = "Numbers of schools (default 6,32,70; with --timefold 32,70).")
    List<Integer> sizes;
    @Option(names = "--seconds", split = ",", description = "Time limits per solve (default 10,60,300; with --timefold 60).")
    List<Long> seconds;
    @Option(names = "--scaling", split = ",", defaultValue = "6,16,32,50,70,100",
            description = "Sizes of the scaling series, or 0 for none (default ${DEFAULT-VALUE}).")
    List<Integer> scaling;
    @Option(names = "--scaling-seconds", defaultValue = "30", description = "Time limit of the scaling series (default ${DEFAULT-VALUE}).")
    long scalingSeconds;
    @Option(names = "--rerun-size", defaultValue = "32", description = "Schools of the rerun measurement, 0 for none (default ${DEFAULT-VALUE}).")
    int rerunSize;
    @Option(names = "--rerun-solve-seconds", defaultValue = "60", description = "Time limit of the published plan (default ${DEFAULT-VALUE}).")
    long rerunSolveSeconds;
    @Option(names = "--rerun-seconds", defaultValue = "30", description = "Time limit of the rerun (default ${DEFAULT-VALUE}).")
    long rerunSeconds;
    @Option(names = "--staffing", split = ",", defaultValue = "70,90", description = "Staffing of the scarcity "
            + "series: staff hours as a percentage of the hours demanded (default ${DEFAULT-VALUE}).")
    List<Integer> staffing;
    @Option(names = "--staffing-sizes", split = ",", defaultValue = "32,70",
            description = "Sizes of the scarcity series, or 0 for none (default ${DEFAULT-VALUE}).")
    List<Integer> staffingSizes;
    @Option(names = "--staffing-seconds", split = ",", defaultValue = "10,60", description = "Time limits of the "
            + "scarcity series (default ${DEFAULT-VALUE}); its targets are judged at " + Targets.SCARCITY_SECONDS + " s.")
    List<Long> staffingSeconds;
    @Option(names = "--only", split = ",", paramLabel = "PART", description = "Run only these parts: results (--sizes "
            + "at --seconds), scaling, rerun, staffing (the scarcity series), recommend (who can take this?), dated "
            + "(a term with coordination meetings and programmes); default all.")
    List<String> only;
    @Option(names = "--recommend-sizes", split = ",", defaultValue = "32,70", description = "Schools of the "
            + "recommendation measurement, on a short-staffed municipality (default ${DEFAULT-VALUE}).")
    List<Integer> recommendSizes;
    @Option(names = "--recommend-staffing", defaultValue = "80", description = "Its staffing in percent (default "
            + "${DEFAULT-VALUE}).")
    int recommendStaffing;
    @Option(names = "--recommend-solve-seconds", defaultValue = "10", description = "How long its plan is solved "
            + "first (default ${DEFAULT-VALUE}).")
    long recommendSolveSeconds;
    @Option(names = "--dated-sizes", split = ",", defaultValue = "32,70", description = "Schools of the terms with "
            + "dated work, or 0 for none (default ${DEFAULT-VALUE}).")
    List<Integer> datedSizes;
    @Option(names = "--dated-seconds", split = ",", defaultValue = "60", description = "Their time limits "
            + "(default ${DEFAULT-VALUE}).")
    List<Long> datedSeconds;
    @Option(names = "--seed", defaultValue = "2027", description = "Seed of every generated municipality (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--output", defaultValue = "target/bench", description = "Where results.json, results.md and scaling.svg go (default ${DEFAULT-VALUE}).")
    Path output;
    @Option(names = "--cold-start", description = "Also run the solver from Timefold's construction heuristics instead "
            + "of the careful hand-made start, for comparison (results and scaling series).")
    boolean coldStart;
    @Option(names = "--report-from", description = "Only rewrite results.md and scaling.svg in --output from this "
            + "earlier results.json; nothing is solved.")
    Path reportFrom;
    @Option(names = "--timefold", description = "Run Timefold's benchmarker over solver configurations instead; report under target/benchmark-report/.")
    boolean timefold;
    @Option(names = "--report-dir", defaultValue = "target/benchmark-report", description = "Where Timefold's benchmarker writes its HTML report (default ${DEFAULT-VALUE}).")
    Path reportDirectory;
    @Option(names = "--timefold-staffing", description = "With --timefold: the municipalities at this staffing "
            + "(percent of the hours demanded) and the configurations for short staffing; default fully staffed.")
    Integer timefoldStaffing;
    @Option(names = "--warm-up-seconds", defaultValue = "15", description = "Timefold benchmarker warm-up (default ${DEFAULT-VALUE}).")
    long warmUpSeconds;

    /** The solver's plans of the fully staffed instances by "schools/seconds": the rerun starts from one if it can. */
    private final Map<String, PlanDocument> solvedPlans = new HashMap<>();

    @Override
    public Integer call() throws Exception {
        if (only != null && !PARTS.containsAll(only)) {
            throw new ParameterException(spec.commandLine(), "--only takes " + String.join(", ", PARTS) + "; not " + only);
        }
        Files.createDirectories(output);
        if (reportFrom != null) {
            BenchReport.write(Json.mapper().readValue(reportFrom.toFile(), BenchResults.class), output);
            System.out.println("Wrote " + output.resolve("results.md") + " from " + reportFrom);
            return 0;
        }
        return timefold ? timefoldBenchmark() : bench();
    }

    private int timefoldBenchmark() throws Exception {
        List<Integer> problemSizes = sizes == null ? List.of(32, 70) : sizes;
        long limit = seconds == null ? 60 : seconds.get(0);
        String loadAtStart = Machine.loadAverage();
        int configurations = (timefoldStaffing == null ? TimefoldBenchmark.configurations(Duration.ofSeconds(limit))
                : TimefoldBenchmark.scarcityConfigurations(Duration.ofSeconds(limit))).size();
        System.out.printf("Timefold benchmarker: %d configurations x %s schools%s, %d s each, load %s%n", configurations,
                problemSizes, timefoldStaffing == null ? "" : " at " + timefoldStaffing + " % staffing", limit, loadAtStart);
        TimefoldBenchmark.Result result = TimefoldBenchmark.run(problemSizes, seed, timefoldStaffing,
                Duration.ofSeconds(limit), reportDirectory.toFile(), warmUpSeconds);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", commandLine());
        json.put("date", now());
        json.put("machine", Machine.describe(loadAtStart));
        json.put("seed", seed);
        json.put("sizes", problemSizes);
        json.put("staffingPercent", timefoldStaffing);
        json.put("secondsPerRun", limit);
        json.put("report", new File(result.reportDirectory(), "index.html").getPath());
        json.put("ranking", result.rankings());
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(output.resolve("timefold.json").toFile(), json);
        System.out.println("Ranking (0 = best):");
        result.rankings().forEach(r -> System.out.printf("  %d  %-42s average %s  %s  %d moves/s%n", r.ranking(),
                r.name(), r.averageScore(), r.scoreByProblem(), r.moveEvaluationSpeed()));
        System.out.println("Report: " + new File(result.reportDirectory(), "index.html"));
        return 0;
    }

    private int bench() throws Exception {
        List<Integer> instanceSizes = !runs("results") ? List.of() : sizes == null ? List.of(6, 32, 70) : sizes;
        List<Long> limits = seconds == null ? List.of(10L, 60L, 300L) : seconds;
        List<Integer> scarcitySizes = !runs("staffing") ? List.of()
                : staffingSizes.stream().filter(size -> size > 0).toList();
        String loadAtStart = Machine.loadAverage();
        System.out.printf("bench: sizes %s, limits %s s, seed %d, load average %s, max heap %d MB%n", instanceSizes,
                limits, seed, loadAtStart, HeapPeak.maxHeapMegabytes());
        List<Instance> instances = new ArrayList<>();
        for (int size : instanceSizes) {
            instances.add(instance(size, null, limits));
        }
        List<ScalingPoint> series = new ArrayList<>();
        for (int size : runs("scaling") ? scaling : List.<Integer>of()) {
            if (size > 0) {
                series.add(scalingPoint(size));
            }
        }
        RerunResult rerun = runs("rerun") && rerunSize > 0 ? rerun() : null;
        List<Instance> scarcity = new ArrayList<>();
        if (!scarcitySizes.isEmpty()) {
            System.out.printf("scarcity: sizes %s at %s %% staffing, limits %s s%n", scarcitySizes, staffing, staffingSeconds);
        }
        for (int size : scarcitySizes) {
            for (int percent : staffing) {
                scarcity.add(instance(size, percent, staffingSeconds));
            }
        }
        List<Recommendation> recommendations = new ArrayList<>();
        for (int size : runs("recommend") ? recommendSizes : List.<Integer>of()) {
            if (size > 0) {
                recommendations.add(Recommending.measure(size, seed, recommendStaffing, recommendSolveSeconds));
            }
        }
        List<BenchResults.DatedTerm> datedTerms = new ArrayList<>();
        for (int size : runs("dated") ? datedSizes : List.<Integer>of()) {
            for (long limit : size > 0 ? datedSeconds : List.<Long>of()) {
                BenchResults.DatedTerm term = DatedTerms.measure(size, seed, limit);
                System.out.printf("dated work: %d schools, %d s: %s, term feasible after %s ms%n", size, limit,
                        term.score(), term.termFeasibleMillis());
                datedTerms.add(term);
            }
        }
        List<Target> targets = new ArrayList<>(Targets.evaluate(instances, rerun, scarcity));
        targets.addAll(Targets.recommendations(recommendations));
        targets.addAll(Targets.datedTerms(datedTerms));
        BenchResults results = new BenchResults(commandLine(), now(), Machine.describe(loadAtStart), seed,
                "sum of the peak usage of the JVM's heap pools, reset (after a System.gc()) before each solve",
                instances, series, rerun, scarcity, recommendations, datedTerms, targets);
        BenchReport.write(results, output);
        System.out.println("Wrote " + output.resolve("results.json") + ", results.md"
                + (series.isEmpty() ? "" : ", scaling.svg"));
        results.targets().forEach(t -> System.out.printf("  %-8s %s: %s%n", t.status(), t.target(), t.measured()));
        return 0;
    }

    private boolean runs(String part) {
        return only == null || only.contains(part);
    }

    /**
     * One municipality, as generated ({@code staffingPercent} null) or short-staffed; the scarcity series measures
     * the default solver only, so {@code --cold-start} applies to the former.
     */
    private Instance instance(int size, Integer staffingPercent, List<Long> limits) {
        PlanDocument problem = SyntheticMunicipality.generate(size, seed, staffingPercent);
        StaffPlan model = PlanBuilder.build(problem);
        Bounds bounds = Bounds.of(model);
        long demanded = CoverageBound.demandedMinutes(model);
        Greedy greedy = greedy(problem, bounds);
        System.out.printf("%d schools%s: %d staff, %d assignments, %d sessions; bound %d of %d min, penalty bound %d; "
                        + "greedy %.1f %% in %d ms%n", size, staffingPercent == null ? "" : " at " + staffingPercent + " % staffing",
                problem.staff().size(), model.getAssignments().size(), model.getSessions().size(), bounds.minutes(), demanded,
                bounds.uncoveredPenalty(), greedy.plan().kpis().coveragePercent(), greedy.millis());
        Greedy solverStart = greedy(problem, bounds, GreedyPlanner.SlotChoice.SAME_DAY_FIRST);
        System.out.printf("  solver's start: %s, travel %d in %d ms%n", solverStart.plan().score(),
                solverStart.plan().kpis().travelMinutesPerFortnight(), solverStart.millis());
        List<Run> runs = new ArrayList<>();
        List<Run> coldStartRuns = new ArrayList<>();
        for (long limit : limits) {
            SolveRun solve = SolveRun.solve(problem, limit);
            if (staffingPercent == null) {
                solvedPlans.put(size + "/" + limit, solve.document());
            }
            runs.add(run(solve, "solver", bounds, greedy));
            if (coldStart && staffingPercent == null) {
                coldStartRuns.add(run(SolveRun.solveFromConstruction(problem, limit), "from construction", bounds, greedy));
            }
        }
        return new Instance(size, seed, staffingPercent, problem.classes().size(), problem.staff().size(),
                problem.demands().size(), model.getAssignments().size(), model.getSessions().size(), demanded,
                bounds.minutes(), bounds.uncoveredPenalty(), greedy, solverStart, runs, coldStartRuns);
    }

    private Run run(SolveRun solve, String kind, Bounds bounds, Greedy greedy) {
        PlanFigures figures = figures(solve.solved(), bounds);
        System.out.printf("  %s %d s: first feasible %s, %s, coverage %.1f %% (%.1f %% of bound), uncovered penalty %d "
                        + "(bound %d), priority inversions %d, travel %d, moves/s %d, heap %d MB, cpu %d %%, load %s%n",
                kind, solve.limitSeconds(), seconds(solve.firstFeasibleMillis()), figures.score(),
                figures.kpis().coveragePercent(), figures.coverageOfBoundPercent(), figures.uncoveredPenalty(),
                bounds.uncoveredPenalty(), figures.kpis().priorityInversions(),
                figures.kpis().travelMinutesPerFortnight(), solve.moveEvaluationSpeed(), solve.peakHeapMegabytes(),
                solve.cpuPercentOfOneCore(), Machine.loadAverage());
        return new Run(solve.limitSeconds(), solve.firstFeasibleMillis(), solve.constructionMillis(), solve.solveMillis(),
                solve.moveEvaluationSpeed(), solve.scoreCalculationSpeed(), solve.peakHeapMegabytes(),
                solve.cpuPercentOfOneCore(), figures, versus(figures.kpis(), greedy.plan().kpis()));
    }

    /** An instance's two bounds: the most minutes any plan could cover, the least uncovered penalty it could have. */
    record Bounds(long minutes, long uncoveredPenalty) {

        static Bounds of(StaffPlan problem) {
            return new Bounds(CoverageBound.minutes(problem), CoverageBound.uncoveredPenalty(problem));
        }
    }

    static Greedy greedy(PlanDocument problem, Bounds bounds) {
        return greedy(problem, bounds, GreedyPlanner.SlotChoice.FIRST_FREE);
    }

    static Greedy greedy(PlanDocument problem, Bounds bounds, GreedyPlanner.SlotChoice slotChoice) {
        long start = System.nanoTime();
        StaffPlan plan = GreedyPlanner.plan(problem, slotChoice);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Scoring.score(plan);
        return new Greedy(millis, figures(plan, bounds));
    }

    /** Of a scored plan; its uncovered penalty is read from the score, whose medium level is nothing else. */
    static PlanFigures figures(StaffPlan plan, Bounds bounds) {
        Kpis kpis = KpiCalculator.calculate(plan);
        long covered = CoverageBound.coveredMinutes(plan);
        long penalty = -plan.getScore().mediumScore();
        return new PlanFigures(String.valueOf(plan.getScore()), kpis.feasible(), kpis, covered,
                bounds.minutes() == 0 ? 100.0 : Math.round(1000.0 * covered / bounds.minutes()) / 10.0,
                Scoring.byConstraint(plan), TravelFloor.minutes(plan), penalty,
                penaltyOfBoundPercent(penalty, bounds.uncoveredPenalty()));
    }

    /** A plan's uncovered penalty over the least possible, in percent: 100 when both are 0, null when only the least is. */
    static Double penaltyOfBoundPercent(long penalty, long bound) {
        if (bound == 0) {
            return penalty == 0 ? 100.0 : null;
        }
        return Math.round(1000.0 * penalty / bound) / 10.0;
    }

    static VersusGreedy versus(Kpis plan, Kpis greedy) {
        Double travelPercent = greedy.travelMinutesPerFortnight() == 0 ? null
                : Math.round(1000.0 * plan.travelMinutesPerFortnight() / greedy.travelMinutesPerFortnight()) / 10.0;
        return new VersusGreedy(plan.coveragePercent() >= greedy.coveragePercent(), travelPercent,
                plan.travelMinutesPerFortnight() <= 0.6 * greedy.travelMinutesPerFortnight(),
                plan.coTeachingContinuityPercent() >= greedy.coTeachingContinuityPercent(),
                plan.pprContinuityPercent() >= greedy.pprContinuityPercent());
    }

    private ScalingPoint scalingPoint(int size) {
        PlanDocument problem = SyntheticMunicipality.generate(size, seed);
        Bounds bounds = Bounds.of(PlanBuilder.build(problem));
        Greedy greedy = greedy(problem, bounds);
        SolveRun solve = SolveRun.solve(problem, scalingSeconds);
        PlanFigures figures = figures(solve.solved(), bounds);
        PlanFigures cold = null;
        SolveRun coldSolve = null;
        if (coldStart) {
            coldSolve = SolveRun.solveFromConstruction(problem, scalingSeconds);
            cold = figures(coldSolve.solved(), bounds);
        }
        System.out.printf("scaling %d schools, %d s: first feasible %s, %s, coverage %.1f %% (%.1f %% of bound), "
                        + "hand-made %.1f %%%s, cpu %d %%, load %s%n", size, scalingSeconds,
                seconds(solve.firstFeasibleMillis()), figures.score(), figures.kpis().coveragePercent(),
                figures.coverageOfBoundPercent(), greedy.plan().kpis().coveragePercent(),
                cold == null ? "" : String.format(", from construction %s %.1f %%", cold.score(), cold.kpis().coveragePercent()),
                solve.cpuPercentOfOneCore(), Machine.loadAverage());
        return new ScalingPoint(size, scalingSeconds, solve.firstFeasibleMillis(), solve.constructionMillis(),
                figures.feasible(), figures.kpis().coveragePercent(), figures.coverageOfBoundPercent(),
                figures.kpis().travelMinutesPerFortnight(), greedy.plan().kpis().coveragePercent(),
                greedy.plan().coverageOfBoundPercent(), greedy.plan().feasible(),
                greedy.plan().kpis().travelMinutesPerFortnight(), solve.moveEvaluationSpeed(), solve.peakHeapMegabytes(),
                solve.cpuPercentOfOneCore(), coldSolve == null ? null : coldSolve.firstFeasibleMillis(),
                cold == null ? null : cold.feasible(), cold == null ? null : cold.kpis().coveragePercent(),
                cold == null ? null : cold.coverageOfBoundPercent(),
                cold == null ? null : cold.kpis().travelMinutesPerFortnight());
    }

    /** Solve (or reuse) the published plan, then let its busiest psychologist leave from 1 March and repair it. */
    private RerunResult rerun() {
        PlanDocument published = solvedPlans.get(rerunSize + "/" + rerunSolveSeconds);
        if (published == null) {
            published = SolveRun.solve(SyntheticMunicipality.generate(rerunSize, seed), rerunSolveSeconds).document();
        }
        Set<String> psychologists = published.staff().stream().filter(s -> s.role() == Role.PSYCHOLOGIST)
                .map(Staff::id).collect(Collectors.toSet());
        Map<String, Long> sessions = published.sessions().stream()
                .filter(s -> s.staffId() != null && psychologists.contains(s.staffId()))
                .collect(Collectors.groupingBy(PlanSession::staffId, Collectors.counting()));
        String leaver = sessions.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        ChangeSet changes = new ChangeSet(LEAVE_FROM, List.of(new Change(Change.STAFF_UNAVAILABLE, leaver, LEAVE_FROM,
                null, null, null, null, null)), null);
        long start = System.nanoTime();
        Long[] firstFeasible = {null};
        PlanDocument repaired = Rerun.rerun(published, changes, Duration.ofSeconds(rerunSeconds), plan -> {
            if (firstFeasible[0] == null && plan.getScore() != null && plan.getScore().isFeasible()) {
                firstFeasible[0] = (System.nanoTime() - start) / 1_000_000;
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        RerunResult result = new RerunResult(rerunSize, "solver",
                published.kpis().feasible(), rerunSolveSeconds, rerunSeconds, leaver,
                sessions.get(leaver).intValue(), LEAVE_FROM.toString(), firstFeasible[0], millis,
                repaired.kpis().feasible(), repaired.kpis().changedSessions(), repaired.kpis().changedSchools(),
                published.kpis().coveragePercent(), repaired.kpis().coveragePercent(), repaired.score());
        System.out.printf("rerun %d schools (published plan feasible: %s), %s leaves from %s: first feasible %s, "
                        + "feasible %s, %d sessions changed at %d schools%n", rerunSize, published.kpis().feasible(), leaver, LEAVE_FROM, seconds(firstFeasible[0]), result.feasible(), result.changedSessions(),
                result.changedSchools());
        return result;
    }

    private String commandLine() {
        List<String> args = spec == null ? List.of() : spec.commandLine().getParseResult().originalArgs();
        return "java -jar target/ressourceplan.jar " + (args.isEmpty() ? "bench" : String.join(" ", args));
    }

    private static String now() {
        return ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String seconds(Long millis) {
        return millis == null ? "none" : String.format("%.1f s", millis / 1000.0);
    }
}
