package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.PlanReader;
import dk.ressourceplan.domain.ValidationError;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of malformed and mutated term documents, the same every run ({@link TermFuzzer} is seeded), sent to the
 * validator and to {@code POST /api/plans}. Neither may fail on any of them: the validator reports problems only as
 * errors that name where, and the service answers each document with 201 or a 4xx whose every error names a field
 * (or {@code $}, the document as a whole), never a 500 and never no answer within the client's timeout.
 */
class TermFuzzTest {

    private static final long SEED = 20_270_104L;
    private static final int DOCUMENTS = 2000;
    /** Far beyond what reading any of these documents takes: a request that needs longer hangs. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    @TempDir
    Path dataDirectory;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theValidatorReportsEveryBrokenTermAsErrorsWithPaths() {
        TermFuzzer fuzzer = new TermFuzzer(SEED);
        List<String> failures = new ArrayList<>();
        int refused = 0;

        for (int i = 0; i < DOCUMENTS; i++) {
            TermFuzzer.Document document = fuzzer.next();
            try {
                PlanReader.read(document.bytes());
            } catch (InvalidInputException e) {
                refused++;
                if (e.errors().isEmpty() || e.errors().stream().map(ValidationError::path).anyMatch(String::isBlank)) {
                    failures.add(i + " (" + document.how() + "): an error without a path: " + e.errors());
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(i + " (" + document.how() + "): " + e);
            }
        }

        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " documents broke the validator");
        assertTrue(refused > DOCUMENTS / 2, "most documents are broken: " + refused);
        assertTrue(refused < DOCUMENTS, "and some mutations leave a valid term");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theServiceAnswersEveryBrokenTermWithA4xxNamingAField() throws InterruptedException {
        TermFuzzer fuzzer = new TermFuzzer(SEED);
        List<String> failures = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
        try (TestPlanner planner = TestPlanner.start(TestPlanner.settings(dataDirectory).withMaxBodyBytes(MAX_BODY_BYTES))) {
            for (int i = 0; i < DOCUMENTS; i++) {
                TermFuzzer.Document document = fuzzer.next();
                HttpRequest request = HttpRequest.newBuilder(planner.base.resolve("/api/plans"))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + planner.token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(document.bytes()))
                        .build();
                try {
                    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    String problem = problem(answer.statusCode(), answer.body());
                    if (problem != null) {
                        failures.add(i + " (" + document.how() + "): " + problem);
                    }
                } catch (HttpTimeoutException e) {
                    failures.add(i + " (" + document.how() + "): no answer within " + REQUEST_TIMEOUT);
                } catch (IOException e) {
                    failures.add(i + " (" + document.how() + "): " + e);
                }
            }
            assertEquals(200, planner.get("/health").status(), "and the service still works");
        }

        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " documents broke the service");
    }

    /** What is wrong with an answer, or null if it is one of the answers allowed. */
    private static String problem(int status, String body) {
        if (status == 201) {
            return null;
        }
        if (status < 400 || status >= 500) {
            return "answered " + status + ": " + body;
        }
        try {
            JsonNode errors = Json.mapper().readTree(body).get("errors");
            if (errors == null || errors.isEmpty()) {
                return status + " without errors: " + body;
            }
            for (JsonNode error : errors) {
                if (error.path("path").asText("").isBlank()) {
                    return status + " with an error that names no field: " + error;
                }
            }
            return null;
        } catch (JsonProcessingException e) {
            return status + " not in the error shape: " + body;
        }
    }
}
