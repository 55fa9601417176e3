package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers cost little (issue 17, item 2): a plan's detail carries an entity tag, a client that holds the current one
 * gets 304 without the document, the tag changes when the plan does and differs between what a planner and a school
 * leader see, and the class list comes once, in the solution.
 */
class PlanDetailCacheTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aReaderHoldingTheCurrentDetailGets304UntilThePlanChanges() {
        String planId = TestPlanner.storePublished(dataDirectory, TestPlanner.solvedTerm(2, 3));
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            TestPlanner.Response first = planner.get("/api/plans/" + planId);
            String etag = first.header("ETag");
            assertNotNull(etag);
            assertEquals(etag, planner.get("/api/plans/" + planId).header("ETag"), "the same plan, the same tag");

            TestPlanner.Response again = planner.send("GET", "/api/plans/" + planId, null, Map.of("If-None-Match", etag));
            assertEquals(304, again.status());
            assertEquals("", again.body());

            TestPlanner schoolLeader = planner.newUser("Sofie Skole", UserRole.SCHOOL_LEADER, "s01", null);
            String schoolTag = schoolLeader.get("/api/plans/" + planId).header("ETag");
            assertNotEquals(etag, schoolTag, "a school leader sees another part of the plan");
            assertEquals(200, schoolLeader.send("GET", "/api/plans/" + planId, null, Map.of("If-None-Match", etag))
                    .status(), "and never gets a 304 for the planner's whole plan");

            assertEquals(200, planner.post("/api/plans/" + planId + "/publish").status());
            TestPlanner.Response changed = planner.send("GET", "/api/plans/" + planId, null,
                    Map.of("If-None-Match", etag));
            assertEquals(200, changed.status(), "a new publication is a new plan detail");
            assertNotEquals(etag, changed.header("ETag"));
        }
    }

    @Test
    void theClassListComesOnceInTheSolution() {
        String planId = TestPlanner.storePublished(dataDirectory, TestPlanner.solvedTerm(2, 3));
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            JsonNode detail = planner.get("/api/plans/" + planId).json();

            assertTrue(detail.get("solution").get("classes").size() > 0);
            assertFalse(detail.get("problem").has("classes"), "the term's classes are the solution's");
            assertTrue(detail.get("problem").get("staff").size() > 0, "the rest of the term is there");

            String unsolved = planner.submit(TestPlanner.smallTerm(2));
            assertTrue(planner.get("/api/plans/" + unsolved).json().get("problem").get("classes").size() > 0,
                    "without a solution the term keeps its classes");
        }
    }

    /**
     * A browser accepts gzip: the plan's detail and a download come gzipped, and what they unzip to is what a client
     * without gzip gets. They are gzipped once and kept with the answer, so the same bytes come every time.
     */
    @Test
    void aBrowserThatAcceptsGzipGetsTheDetailAndADownloadGzipped() throws Exception {
        String planId = TestPlanner.storePublished(dataDirectory, TestPlanner.solvedTerm(2, 3));
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/api/plans/" + planId, "/api/plans/" + planId + "/export.ics?school=s01",
                    "/api/plans/" + planId + "/export.csv")) {
                HttpResponse<byte[]> plain = http.send(request(planner, path).build(), BodyHandlers.ofByteArray());
                HttpResponse<byte[]> zipped = http.send(request(planner, path).header("Accept-Encoding", "gzip, deflate")
                        .build(), BodyHandlers.ofByteArray());
                HttpResponse<byte[]> again = http.send(request(planner, path).header("Accept-Encoding", "gzip")
                        .build(), BodyHandlers.ofByteArray());

                assertEquals(200, zipped.statusCode(), path);
                assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null), path);
                assertTrue(zipped.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"), path);
                assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), path);
                try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                    assertArrayEquals(plain.body(), unzipped.readAllBytes(), path);
                }
                assertTrue(zipped.body().length < plain.body().length / 3, path + ": " + zipped.body().length
                        + " of " + plain.body().length + " bytes");
                assertArrayEquals(zipped.body(), again.body(), path + ": the same gzipped answer every time");
            }
        }
    }

    private static HttpRequest.Builder request(TestPlanner planner, String path) {
        return HttpRequest.newBuilder(planner.base.resolve(path)).header("Authorization", "Bearer " + planner.token());
    }
}
