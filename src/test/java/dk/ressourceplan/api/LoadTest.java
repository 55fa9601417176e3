package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.io.SyntheticMunicipality;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50 readers of plans and downloads at once, on loopback, while another plan solves: every answer must be a 200.
 * The latencies are reported, not asserted; the figures go to docs/benchmarks.md ("Load"). Tagged {@code load}, so
 * {@code mvn verify} leaves it out; run it with {@code mvn -B -Pload test}. Bounded in count (50 readers, 40
 * requests each) and in time (the whole run gives up after {@link #LIMIT}).
 */
@Tag("load")
class LoadTest {

    private static final int READERS = 50;
    private static final int REQUESTS_PER_READER = 40;
    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dataDirectory;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void fiftyReadersOfPlansAndDownloadsWhileAPlanSolves() throws Exception {
        try (TestPlanner planner = TestPlanner.start(TestPlanner.settings(dataDirectory).withMaxConcurrentSolves(1))) {
            String read = planner.submit(TestPlanner.json(SyntheticMunicipality.generate(4, 1)));
            assertEquals(202, planner.post("/api/plans/" + read + "/solve?seconds=10").status());
            planner.await("/api/plans/" + read + "/status", status -> status.get("status").asText().equals("idle")
                    && status.get("revision").isInt());
            assertEquals(200, planner.post("/api/plans/" + read + "/publish").status());
            String solving = planner.submit(TestPlanner.json(SyntheticMunicipality.generate(6, 2)));
            assertEquals(202, planner.post("/api/plans/" + solving + "/solve?seconds=600").status());
            String schoolLeader = planner.newUser("Sofie Skole", UserRole.SCHOOL_LEADER, "s01", null).token();

            String plan = "/api/plans/" + read;
            List<Request> mix = List.of(
                    new Request("GET /api/plans", "/api/plans", planner.token()),
                    new Request("GET plan", plan, planner.token()),
                    new Request("GET status", plan + "/status", planner.token()),
                    new Request("GET export.ics?school", plan + "/export.ics?school=s01", planner.token()),
                    new Request("GET export.csv", plan + "/export.csv", planner.token()),
                    new Request("GET export.xlsx", plan + "/export.xlsx", planner.token()),
                    new Request("GET plan (school leader)", plan, schoolLeader),
                    new Request("GET export.ics (school leader)", plan + "/export.ics", schoolLeader));
            ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            ExecutorService clientThreads = Executors.newFixedThreadPool(8);
            HttpClient http = HttpClient.newBuilder().executor(clientThreads).build();
            ExecutorService readers = Executors.newFixedThreadPool(READERS);
            CountDownLatch start = new CountDownLatch(1);
            Instant began = Instant.now();
            for (int reader = 0; reader < READERS; reader++) {
                int first = reader;
                readers.submit(() -> {
                    start.await();
                    for (int i = 0; i < REQUESTS_PER_READER; i++) {
                        Request request = mix.get((first + i) % mix.size());
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(planner.base.resolve(request.path()))
                                    .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + request.token()).GET()
                                    .build(), HttpResponse.BodyHandlers.ofByteArray());
                            samples.add(new Sample(request.name(), System.nanoTime() - sent));
                            if (answer.statusCode() != 200) {
                                errors.add(request.name() + ": " + answer.statusCode());
                            }
                        } catch (IOException e) {
                            errors.add(request.name() + ": " + e);
                        }
                    }
                    return null;
                });
            }
            start.countDown();
            readers.shutdown();
            boolean finished = readers.awaitTermination(LIMIT.toSeconds(), TimeUnit.SECONDS);
            Duration took = Duration.between(began, Instant.now());
            String solveState = planner.get("/api/plans/" + solving + "/status").json().get("status").asText();
            planner.delete("/api/plans/" + solving + "/solve");
            clientThreads.shutdown();

            String report = report(new ArrayList<>(samples), took);
            System.out.println(report);
            Files.writeString(Path.of("target", "load-result.txt"), report);
            assertTrue(finished, "the readers finished within " + LIMIT);
            assertEquals(List.of(), errors.stream().limit(10).toList(), errors.size() + " errors");
            assertEquals(READERS * REQUESTS_PER_READER, samples.size());
            assertEquals("solving", solveState, "the other plan was solving all the while");
        }
    }

    private record Request(String name, String path, String token) {
    }

    private record Sample(String name, long nanos) {
    }

    private static String report(List<Sample> samples, Duration took) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%d requests by %d readers in %.1f s (%.0f requests/s), while a plan solves%n",
                samples.size(), READERS, took.toMillis() / 1000.0, samples.size() / (took.toMillis() / 1000.0)));
        text.append(line("all", samples));
        Map<String, List<Sample>> byName = new TreeMap<>();
        samples.forEach(sample -> byName.computeIfAbsent(sample.name(), k -> new ArrayList<>()).add(sample));
        byName.forEach((name, those) -> text.append(line(name, those)));
        return text.toString();
    }

    private static String line(String name, List<Sample> samples) {
        List<Long> millis = new ArrayList<>(samples.stream().map(sample -> sample.nanos() / 1_000_000).toList());
        Collections.sort(millis);
        return String.format(Locale.ROOT, "  %-32s n=%4d  p50 %5d ms  p90 %5d ms  p99 %5d ms  max %5d ms%n", name,
                millis.size(), percentile(millis, 50), percentile(millis, 90), percentile(millis, 99),
                millis.get(millis.size() - 1));
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
