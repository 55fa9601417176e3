package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
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
