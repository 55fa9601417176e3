package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept OpenAPI description and the routes the app registers are the same set, operation by operation. */
class OpenApiTest {

    @TempDir
    Path dataDirectory;

    @Test
    void everyRouteIsDescribedAndEveryDescribedRouteExists() {
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            TestPlanner.Response served = planner.get("/openapi.json");
            assertEquals(200, served.status());
            JsonNode description = served.json();
            assertTrue(description.get("openapi").asText().startsWith("3."));

            Set<String> described = new TreeSet<>();
            description.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                    method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

            assertEquals(new TreeSet<>(planner.app.routes()), described);
        }
    }

    /** x-roles tells a reader who may call an operation; it must say what the app enforces, route by route. */
    @Test
    void theRolesDescribedAreTheRolesEnforced() {
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            JsonNode paths = planner.get("/openapi.json").json().get("paths");
            Map<String, List<String>> described = new TreeMap<>();
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                List<String> roles = new ArrayList<>();
                operation.getValue().path("x-roles").forEach(role -> roles.add(role.asText()));
                // The feed is not a route with roles: its address is its own secret, and only staff have one.
                if (!path.getKey().startsWith("/feed/")) {
                    described.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                            roles.stream().sorted().toList());
                }
            }));
            Map<String, List<String>> enforced = new TreeMap<>(planner.app.routeRoles());
            enforced.keySet().removeIf(route -> route.contains(" /feed/"));

            assertEquals(enforced, described);
        }
    }

    @Test
    void everyOperationSaysWhatItAnswers() {
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            JsonNode paths = planner.get("/openapi.json").json().get("paths");

            paths.forEach(path -> path.forEach(operation -> {
                assertTrue(operation.hasNonNull("operationId"), operation.toString());
                assertTrue(operation.get("responses").size() > 0, operation.toString());
            }));
        }
    }
}
