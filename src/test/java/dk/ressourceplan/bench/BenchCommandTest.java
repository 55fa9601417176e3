package dk.ressourceplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.Main;
import dk.ressourceplan.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command end to end on a tiny municipality with one-second limits; no timing is asserted. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void tinyBenchWritesResultsWithEveryFigure() throws Exception {
        int exit = Main.commandLine().execute("bench", "--sizes", "2", "--seconds", "1", "--scaling", "2",
                "--scaling-seconds", "1", "--rerun-size", "0", "--cold-start", "--output", dir.toString());

        assertEquals(0, exit);
        JsonNode results = Json.mapper().readTree(dir.resolve("results.json").toFile());
        for (String key : List.of("command", "date", "machine", "seed", "heapMeasure", "instances", "scaling", "targets")) {
            assertTrue(results.has(key), "results.json has " + key);
        }
        assertTrue(results.get("machine").has("loadAverageAtStart"));
        JsonNode instance = results.get("instances").get(0);
        assertEquals(2, instance.get("schools").asInt());
        for (String key : List.of("demandedMinutes", "boundMinutes", "greedy", "runs")) {
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
                "meetingSharePercentMax")) {
            assertTrue(run.get("plan").get("kpis").has(kpi), "KPI " + kpi);
        }
        assertTrue(run.get("plan").has("coverageOfBoundPercent"));
        assertTrue(run.get("plan").has("scoreByConstraint"));
        assertTrue(run.get("plan").get("feasible").asBoolean(), "started from a feasible plan, it stays feasible");
        assertTrue(instance.get("solverStart").get("plan").get("feasible").asBoolean(), "the solver's start is usable");
        assertTrue(instance.get("coldStartRuns").get(0).has("plan"));
        assertTrue(results.get("scaling").get(0).has("coldStartCoveragePercent"));
        assertTrue(Files.readString(dir.resolve("results.md")).contains("| schools |"));
        assertTrue(Files.readString(dir.resolve("scaling.svg")).startsWith("<svg"));
    }

    @Test
    void everyTimefoldBenchmarkConfigurationBuildsASolver() {
        TimefoldBenchmark.configurations(Duration.ofSeconds(1)).forEach((name, config) -> {
            assertTrue(SolverFactory.create(config).buildSolver() != null, name);
            // The benchmarker refuses names that would not make a file name, and only after building everything.
            assertTrue(name.matches("(?U)^[\\w\\d _\\-\\.\\(\\)]+$"), name);
        });
    }
}
