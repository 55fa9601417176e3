package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.io.workbook.FloodedWorkbook;
import dk.ressourceplan.plans.TermUploads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's memory probe, repeated against {@code serve} in its own JVM with a heap of 512 MB: the workbook of
 * 45,000 rows × 80 cells (94 MB unpacked, within every file limit) uploaded by several planners at once. Before the
 * reader streamed, one such upload needed 2-3 GB of heap; three at once ended in {@code OutOfMemoryError}.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class UploadMemoryTest {

    private static final int UPLOADS = 3 * TermUploads.AT_ONCE;

    @TempDir
    Path dataDirectory;

    @Test
    void manyFloodedWorkbooksAtOnceAreRefusedWhileTheServiceKeepsAnswering() throws Exception {
        Path file = dataDirectory.resolve("flooded.xlsx");
        FloodedWorkbook.write(file);
        byte[] flooded = Files.readAllBytes(file);
        Process server = ServeProcess.start(dataDirectory, List.of("-Xmx512m"));
        ExecutorService callers = Executors.newFixedThreadPool(UPLOADS + 1);
        try {
            TestPlanner planner = ServeProcess.firstPlanner(server);
            AtomicBoolean uploading = new AtomicBoolean(true);
            Future<List<Integer>> health = callers.submit(() -> {
                List<Integer> answers = new ArrayList<>();
                while (uploading.get()) {
                    answers.add(planner.anonymous().get("/health").status());
                    TestPlanner.sleep(Duration.ofMillis(250));
                }
                return answers;
            });
            List<Future<TestPlanner.Response>> uploads = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                uploads.add(callers.submit(() -> planner.post("/api/plans", flooded)));
            }
            List<TestPlanner.Response> answers = new ArrayList<>();
            for (Future<TestPlanner.Response> upload : uploads) {
                answers.add(upload.get());
            }
            uploading.set(false);

            int refused = 0;
            for (TestPlanner.Response answer : answers) {
                if (answer.status() == 400) {
                    refused++;
                    JsonNode error = answer.json().get("errors").get(0);
                    assertEquals("Behov", error.get("sheet").asText(), answer.body());
                    assertTrue(error.get("messageDa").asText().contains("flere end 1000000 udfyldte celler"),
                            answer.body());
                } else {
                    assertEquals(503, answer.status(), answer.body());
                    assertTrue(Integer.parseInt(answer.header("Retry-After")) > 0, answer.body());
                    assertTrue(answer.json().get("errors").get(0).get("messageDa").asText().contains("prøv igen"),
                            answer.body());
                }
            }
            assertTrue(refused >= TermUploads.AT_ONCE, "at least the first uploads were read and refused: " + answers);
            List<Integer> healthAnswers = health.get();
            assertFalse(healthAnswers.isEmpty());
            assertTrue(healthAnswers.stream().allMatch(status -> status == 200), "/health throughout: " + healthAnswers);
            assertTrue(server.isAlive(), "the service is still running");
            assertEquals(201, planner.post("/api/plans", TestPlanner.smallTerm(1)).status(), "and takes a term");
        } finally {
            callers.shutdownNow();
            server.destroy();
            server.waitFor();
        }
        String log = Files.readString(ServeProcess.log(dataDirectory));
        assertFalse(log.contains("OutOfMemoryError"), log);
        assertFalse(log.contains("failed"), "no request ended in a 500: " + log);
    }
}
