package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.io.SyntheticMunicipality;
import java.io.IOException;
import java.io.InputStream;
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
 * 50 readers of a 32-school plan and its downloads at once, on loopback, while another 32-school plan solves: every
 * answer must be a 200. The latencies and the solver's moves per second alone and with the readers (in the same
 * solve) are reported, not asserted; the figures go to docs/benchmarks.md ("Load"). Tagged {@code load}, so
 * {@code mvn verify} leaves it out; run it with {@code mvn -B -Pload test}. The readers read for {@link #READING},
 * as the probe's did (issue 17: "50 concurrent readers … for 60 s"), each sending its next request as soon as the
 * last one is answered; the whole run gives up after {@link #LIMIT}.
 */
@Tag("load")
class LoadTest {

    private static final int SCHOOLS = 32;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration ALONE = Duration.ofSeconds(30);
    private static final int READERS = 50;
    private static final Duration READING = Duration.ofSeconds(60);
    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dataDirectory;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void fiftyReadersOfPlansAndDownloadsWhileAPlanSolves() throws Exception {
        // The municipality of the benchmark, 32 schools, solved and published: what every school reads.
        String read = TestPlanner.storePublished(dataDirectory, TestPlanner.solvedTerm(SCHOOLS, 2027));
        try (TestPlanner planner = TestPlanner.start(TestPlanner.settings(dataDirectory).withMaxConcurrentSolves(1))) {
            String solving = planner.submit(TestPlanner.json(SyntheticMunicipality.generate(SCHOOLS, 7)));
            assertEquals(202, planner.post("/api/plans/" + solving + "/solve?seconds=900").status());
            String schoolLeader = planner.newUser("Sofie Skole", UserRole.SCHOOL_LEADER, "s01", null).token();
            // The solver alone first: its moves per second without readers, in the same solve as with them.
            planner.await("/api/plans/" + solving + "/status", status -> status.get("movesEvaluated").isNumber());
            // The published plan's downloads are made ahead when the service starts; the solver alone is measured
            // after that, so that their making counts against neither figure.
            planner.app.planning().downloads().prepare(read).join();
            TestPlanner.sleep(WARM_UP);
            Rate alone = rate(planner, solving, ALONE);

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
            long stopAt = System.nanoTime() + READING.toNanos();
            for (int reader = 0; reader < READERS; reader++) {
                int first = reader;
                readers.submit(() -> {
                    start.await();
                    for (int i = 0; System.nanoTime() < stopAt; i++) {
                        Request request = mix.get((first + i) % mix.size());
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(
                                    planner.base.resolve(request.path())).timeout(REQUEST_TIMEOUT)
                                    .header("Authorization", "Bearer " + request.token())
                                    .header("Accept-Encoding", "gzip").GET().build(),
                                    HttpResponse.BodyHandlers.ofInputStream());
                            long received = readWhole(answer.body());
                            samples.add(new Sample(request.name(), System.nanoTime() - sent));
                            if (answer.statusCode() != 200 || received == 0) {
                                errors.add(request.name() + ": " + answer.statusCode() + ", " + received + " bytes");
                            }
                        } catch (IOException e) {
                            errors.add(request.name() + ": " + e);
                        }
                    }
                    return null;
                });
            }
            Moves before = moves(planner, solving);
            start.countDown();
            readers.shutdown();
            boolean finished = readers.awaitTermination(LIMIT.toSeconds(), TimeUnit.SECONDS);
            Duration took = Duration.between(began, Instant.now());
            Rate loaded = new Rate(before, moves(planner, solving));
            String solveState = planner.get("/api/plans/" + solving + "/status").json().get("status").asText();
            planner.delete("/api/plans/" + solving + "/solve");
            clientThreads.shutdown();

            String report = report(new ArrayList<>(samples), took) + String.format(Locale.ROOT,
                    "solver alone %.0f moves/s, with the readers %.0f moves/s (%.0f %%)%n", alone.perSecond(),
                    loaded.perSecond(), 100 * loaded.perSecond() / alone.perSecond());
            System.out.println(report);
            Files.writeString(Path.of("target", "load-result.txt"), report);
            assertTrue(finished, "the readers finished within " + LIMIT);
            assertEquals(List.of(), errors.stream().limit(10).toList(), errors.size() + " errors");
            assertTrue(samples.size() >= READERS, "every reader was answered: " + samples.size());
            assertEquals("solving", solveState, "the other plan was solving all the while");
        }
    }

    private record Request(String name, String path, String token) {
    }

    /** The solver's count of moves tried, and when it was read. */
    private record Moves(long count, long nanos) {
    }

    private record Rate(Moves from, Moves to) {
        double perSecond() {
            return (to.count() - from.count()) / ((to.nanos() - from.nanos()) / 1e9);
        }
    }

    private static Moves moves(TestPlanner planner, String planId) {
        long at = System.nanoTime();
        return new Moves(planner.get("/api/plans/" + planId + "/status").json().get("movesEvaluated").asLong(), at);
    }

    private static Rate rate(TestPlanner planner, String planId, Duration over) {
        Moves from = moves(planner, planId);
        TestPlanner.sleep(over);
        return new Rate(from, moves(planner, planId));
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

    /**
     * Reads an answer's whole body, as the network delivers it (gzipped where the service gzips, as browsers ask it
     * to), and lets it go, as a browser on another machine would: the readers share this JVM
     * with the service, and holding every 1.4 MB plan detail in an array of its own would make the test's garbage,
     * not the service's, what slows the solver.
     */
    private static long readWhole(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (body) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                total += read;
            }
        }
        return total;
    }
}
