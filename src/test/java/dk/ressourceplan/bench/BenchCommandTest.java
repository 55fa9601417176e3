package dk.ressourceplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.Main;
import dk.ressourceplan.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command end to end on a tiny municipality with one-second limits; no timing is asserted. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void tinyBenchWritesResultsWithEveryFigure() throws Exception {
        int exit = Main.commandLine().execute("bench", "--sizes", "2", "--seconds", "1", "--scaling", "2",
                "--scaling-seconds", "1", "--rerun-size", "0", "--cold-start", "--staffing", "70", "--staffing-sizes", "2",
                "--staffing-seconds", "1", "--recommend-sizes", "2", "--recommend-solve-seconds", "1",
                "--dated-sizes", "2", "--dated-seconds", "2", "--output", dir.toString());

        assertEquals(0, exit);
        JsonNode results = Json.mapper().readTree(dir.resolve("results.json").toFile());
        for (String key : List.of("command", "date", "machine", "seed", "heapMeasure", "instances", "scaling", "scarcity",
                "recommendations", "datedTerms", "targets")) {
            assertTrue(results.has(key), "results.json has " + key);
        }
        JsonNode dated = results.get("datedTerms").get(0);
        assertEquals(2, dated.get("schools").asInt());
        assertTrue(dated.get("occurrences").asInt() > 0 && dated.get("stretchesPlanned").asInt() > 0, dated.toString());
        for (String kpi : List.of("programmeWeeksCoveredPercent", "programmeWeeks", "coordinationMeetingsOnTime")) {
            assertTrue(dated.get("kpis").has(kpi), "dated KPI " + kpi);
        }
        assertTrue(Files.readString(dir.resolve("results.md")).contains("Terms with dated work"));
        assertTrue(results.get("machine").has("loadAverageAtStart"));
        JsonNode instance = results.get("instances").get(0);
        assertEquals(2, instance.get("schools").asInt());
        for (String key : List.of("demandedMinutes", "boundMinutes", "uncoveredPenaltyBound", "greedy", "runs")) {
            assertTrue(instance.has(key), "instance has " + key);
        }
        assertTrue(instance.get("boundMinutes").asLong() <= instance.get("demandedMinutes").asLong());
        assertTrue(instance.get("greedy").get("plan").get("feasible").asBoolean(), "the hand-made plan is usable");
        JsonNode run = instance.get("runs").get(0);
        for (String key : List.of("limitSeconds", "firstFeasibleMillis", "constructionMillis", "moveEvaluationSpeed",
                "scoreCalculationSpeed", "peakHeapMegabytes", "cpuPercentOfOneCore", "plan", "versusGreedy")) {
            assertTrue(run.has(key), "run has " + key);
        }
        for (String kpi : List.of("feasible", "coveragePercent", "uncoveredByPriority", "travelMinutesPerFortnight",
                "coTeachingContinuityPercent", "pprContinuityPercent", "utilisationMinPercent", "utilisationMaxPercent",
                "meetingSharePercentMax", "priorityInversions", "idleGapPersonDaysPercent")) {
            assertTrue(run.get("plan").get("kpis").has(kpi), "KPI " + kpi);
        }
        assertTrue(run.get("plan").has("coverageOfBoundPercent"));
        assertTrue(run.get("plan").has("scoreByConstraint"));
        assertTrue(run.get("plan").has("uncoveredPenaltyOfBoundPercent"));
        assertEquals(-HardMediumSoftLongScore.parseScore(run.get("plan").get("score").asText()).mediumScore(),
                run.get("plan").get("uncoveredPenalty").asLong(),
                "the uncovered penalty is the score's medium level");
        assertTrue(run.get("plan").get("feasible").asBoolean(), "started from a feasible plan, it stays feasible");
        assertTrue(instance.get("solverStart").get("plan").get("feasible").asBoolean(), "the solver's start is usable");
        assertTrue(instance.get("coldStartRuns").get(0).has("plan"));
        assertTrue(results.get("scaling").get(0).has("coldStartCoveragePercent"));
        assertTrue(Files.readString(dir.resolve("results.md")).contains("| schools |"));
        assertTrue(Files.readString(dir.resolve("scaling.svg")).startsWith("<svg"));

        JsonNode scarce = results.get("scarcity").get(0);
        assertEquals(70, scarce.get("staffingPercent").asInt());
        assertTrue(scarce.get("uncoveredPenaltyBound").asLong() >= 0);
        assertTrue(scarce.get("coldStartRuns").isEmpty(), "the scarcity series measures the default solver only");
        for (String plan : List.of("greedy", "solverStart")) {
            assertTrue(scarce.get(plan).get("plan").get("uncoveredPenalty").asLong()
                    >= scarce.get("uncoveredPenaltyBound").asLong(), plan + " is no better than the bound");
        }
        assertTrue(Files.readString(dir.resolve("results.md")).contains("### Scarcity"));
        List<String> scarcityTargets = new ArrayList<>();
        results.get("targets").forEach(t -> {
            if (t.get("target").asText().startsWith("2 schools at 70 % staffing")) {
                scarcityTargets.add(t.get("status").asText());
            }
        });
        assertEquals(List.of(Targets.NOT_MEASURED, Targets.NOT_MEASURED), scarcityTargets, "no 60 s run");
    }

    @Test
    void reportFromRedrawsTheSameReport(@TempDir Path redrawn) throws Exception {
        assertEquals(0, Main.commandLine().execute("bench", "--only", "staffing", "--staffing", "80",
                "--staffing-sizes", "2", "--staffing-seconds", "1", "--output", dir.toString()));

        assertEquals(0, Main.commandLine().execute("bench", "--report-from", dir.resolve("results.json").toString(),
                "--output", redrawn.toString()));

        assertEquals(Files.readString(dir.resolve("results.md")), Files.readString(redrawn.resolve("results.md")));
    }

    @Test
    void onlyStaffingRunsTheScarcitySeriesAlone() throws Exception {
        assertEquals(0, Main.commandLine().execute("bench", "--only", "staffing", "--staffing", "70,90",
                "--staffing-sizes", "2", "--staffing-seconds", "1", "--output", dir.toString()));

        JsonNode results = Json.mapper().readTree(dir.resolve("results.json").toFile());
        assertTrue(results.get("instances").isEmpty());
        assertTrue(results.get("scaling").isEmpty());
        assertTrue(results.get("rerun").isNull());
        assertEquals(2, results.get("scarcity").size());
        String markdown = Files.readString(dir.resolve("results.md"));
        assertTrue(markdown.contains("### Scarcity"));
        assertFalse(markdown.contains("### Score per rule"));
    }

    @Test
    void onlyRefusesAnUnknownPart() {
        assertEquals(2, Main.commandLine().execute("bench", "--only", "everything", "--output", dir.toString()));
    }

    @Test
    void everyTimefoldBenchmarkConfigurationBuildsASolver() {
        Map<String, SolverConfig> all = new LinkedHashMap<>(TimefoldBenchmark.configurations(Duration.ofSeconds(1)));
        all.putAll(TimefoldBenchmark.scarcityConfigurations(Duration.ofSeconds(1)));
        assertEquals(10, all.size(), "names are unique: " + all.keySet());
        all.forEach((name, config) -> {
            assertTrue(SolverFactory.create(config).buildSolver() != null, name);
            // The benchmarker refuses names that would not make a file name, and only after building everything.
            assertTrue(name.matches("(?U)^[\\w\\d _\\-\\.\\(\\)]+$"), name);
        });
    }
}
