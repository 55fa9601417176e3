package dk.ressourceplan.api;

import dk.ressourceplan.plans.DemoPlans;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.SyntheticMunicipality;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a first visitor meets: the page at the root, and with --demo, plans to look at. */
class PageAndDemoTest {

    @TempDir
    Path dataDirectory;

    @Test
    void thePageIsServedFromTheUiDirectory(@TempDir Path ui) throws IOException {
        Files.writeString(ui.resolve("index.html"), "<!doctype html><title>Ressourceplan</title>");

        try (TestPlanner planner = TestPlanner.start(TestPlanner.settings(dataDirectory).withUiDirectory(ui))) {
            TestPlanner.Response page = planner.get("/");

            assertEquals(200, page.status());
            assertTrue(page.body().contains("<title>Ressourceplan</title>"));
            assertEquals(200, planner.get("/api/plans").status(), "the API is not hidden behind the page");
        }
    }

    @Test
    void theDemoMunicipalitiesAreLoadedIntoAnEmptyStoreOnce(@TempDir Path data) throws IOException {
        Json.mapper().writeValue(data.resolve("demo-a.json").toFile(), SyntheticMunicipality.generate(1, 1));
        Json.mapper().writeValue(data.resolve("demo-b.json").toFile(), SyntheticMunicipality.generate(2, 2));
        Files.writeString(data.resolve("not-a-demo.json"), "{}");
        PlannerApp.Settings demo = TestPlanner.settings(dataDirectory).withDemoDirectory(data);

        try (TestPlanner planner = TestPlanner.start(demo)) {
            List<String> authors = new ArrayList<>();
            for (JsonNode plan : planner.get("/api/plans").json()) {
                authors.add(plan.get("createdBy").asText());
                assertEquals(1, plan.get("latestRevision").asInt());
            }
            assertEquals(List.of(DemoPlans.AUTHOR, DemoPlans.AUTHOR), authors);
        }
        try (TestPlanner again = TestPlanner.start(demo)) {
            assertEquals(2, again.get("/api/plans").json().size(), "a store with plans is left as it is");
        }
    }

    @Test
    void withServeDemoTheDemoIsSolvedAndPublishedAtFirstStart(@TempDir Path data) throws IOException {
        Json.mapper().writeValue(data.resolve("demo-a.json").toFile(), SyntheticMunicipality.generate(1, 1));
        Json.mapper().writeValue(data.resolve("demo-b.json").toFile(), SyntheticMunicipality.generate(2, 2));
        PlannerApp.Settings demo = TestPlanner.settings(dataDirectory).withDemoDirectory(data).withDemoSolveSeconds(2);

        try (TestPlanner planner = TestPlanner.start(demo)) {
            JsonNode plans = planner.await("/api/plans", list -> list.size() == 2
                    && list.findValues("published").stream().noneMatch(JsonNode::isNull));
            for (JsonNode plan : plans) {
                assertEquals(DemoPlans.AUTHOR, plan.get("published").get("by").asText());
                assertEquals(2, plan.get("published").get("revision").asInt(), "the solution of the submitted term");
                assertEquals("idle", plan.get("status").asText());
            }
        }
    }
}
