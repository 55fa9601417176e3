package dk.ressourceplan.api;

import dk.ressourceplan.plans.Tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.solver.MoveBudget;
import dk.ressourceplan.solver.PlanBuilder;
import dk.ressourceplan.solver.PlanResult;
import dk.ressourceplan.store.RevisionContent;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import dk.ressourceplan.store.SqlitePlanStore;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The planner service on a free port of this machine, and a client that speaks its JSON over real HTTP. The client
 * calls as a planner the test added to the store before the service started, with {@code Authorization: Bearer};
 * {@link #as} calls as another user and {@link #anonymous} as nobody.
 */
final class TestPlanner implements AutoCloseable {

    /** How long a test waits for something the service does in the background before it gives up. */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    record Response(int status, String body, HttpHeaders headers) {

        Response(int status, String body) {
            this(status, body, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    record Event(String name, JsonNode data) {
    }

    static final String PLANNER_NAME = "Test Planner";

    final PlannerApp app;
    final URI base;
    private final String token;
    private final Path dataDirectory;
    private final HttpClient http;

    private TestPlanner(URI base, PlannerApp app, String token, Path dataDirectory, HttpClient http) {
        this.base = base;
        this.app = app;
        this.token = token;
        this.dataDirectory = dataDirectory;
        this.http = http;
    }

    static TestPlanner start(Path dataDirectory) {
        return start(settings(dataDirectory));
    }

    static TestPlanner start(PlannerApp.Settings settings) {
        String token = addUser(settings.dataDirectory(), PLANNER_NAME, UserRole.PLANNER, null, null);
        PlannerApp app = PlannerApp.start(settings);
        return new TestPlanner(URI.create("http://127.0.0.1:" + app.port()), app, token, settings.dataDirectory(),
                HttpClient.newHttpClient());
    }

    /** Adds a user to the store, as {@code user add} does, and answers their token. */
    static String addUser(Path dataDirectory, String name, UserRole role, String schoolId, String staffId) {
        String token = Tokens.newToken();
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            store.createUser(name, role.name(), schoolId, staffId, Tokens.sha256(token));
        }
        return token;
    }

    /** Adds a user to this service's store and answers a client that calls as them. */
    TestPlanner newUser(String name, UserRole role, String schoolId, String staffId) {
        return as(addUser(dataDirectory, name, role, schoolId, staffId));
    }

    /** A client of the same service that calls with another token. */
    TestPlanner as(String otherToken) {
        return new TestPlanner(base, null, otherToken, dataDirectory, http);
    }

    /** A client of the same service without any token. */
    TestPlanner anonymous() {
        return as(null);
    }

    String token() {
        return token;
    }

    /** Port 0: the system picks a free one. */
    static PlannerApp.Settings settings(Path dataDirectory) {
        return PlannerApp.Settings.defaults().withPort(0).withDataDirectory(dataDirectory);
    }

    /** A client for a service already listening at {@code base}, such as one in another process. */
    static TestPlanner client(URI base, String token) {
        return new TestPlanner(base, null, token, null, HttpClient.newHttpClient());
    }

    /** A synthetic municipality of one school: a term that solves in seconds. */
    static byte[] smallTerm(long seed) {
        return json(SyntheticMunicipality.generate(1, seed));
    }

    /** A synthetic municipality solved with a budget of moves, before any service starts: a plan to publish. */
    static PlanDocument solvedTerm(int schools, long seed) {
        PlanDocument problem = SyntheticMunicipality.generate(schools, seed);
        StaffPlan plan = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 30_000))
                .buildSolver().solve(PlanBuilder.build(problem));
        return PlanResult.toDocument(problem, plan);
    }

    /**
     * Stores the solved term as a plan whose revision 2 is its solution, published, as the service would have left
     * it; call before the service starts. Answers the plan's id.
     */
    static String storePublished(Path dataDirectory, PlanDocument solved) {
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            String planId = store.createPlan("Published", "test", new String(json(solved.problem()), StandardCharsets.UTF_8))
                    .id();
            store.addRevision(planId, RevisionKind.SOLUTION, RevisionState.COMPLETE, "test", 1, new RevisionContent(
                    new String(json(solved), StandardCharsets.UTF_8), solved.score(),
                    new String(json(solved.kpis()), StandardCharsets.UTF_8)));
            store.publish(planId, 2, "test");
            return planId;
        }
    }

    /** Changes for a rerun: the plan's busiest PPR consultant is away from 1 March to the end of the term. */
    static byte[] leaveFromMarch(PlanDocument solved) {
        String leaver = solved.sessions().stream().filter(s -> s.staffId() != null && s.staffId().startsWith("ppr-"))
                .collect(Collectors.groupingBy(PlanSession::staffId, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return ("{\"effectiveDate\":\"2027-03-01\",\"changes\":[{\"type\":\"staffUnavailable\",\"staffId\":\""
                + leaver + "\"}]}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] json(Object document) {
        try {
            return Json.mapper().writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits the term and answers the new plan's id. */
    String submit(byte[] term) {
        Response created = post("/api/plans", term);
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asText();
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response post(String path, byte[] body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any request, with headers of the test's choosing besides the token. */
    Response send(String method, String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** Polls the path until its JSON answer passes the check, and answers that. */
    JsonNode await(String path, Predicate<JsonNode> check) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            JsonNode answer = get(path).json();
            if (check.test(answer)) {
                return answer;
            }
            sleep(Duration.ofMillis(200));
        }
        return fail("no answer from " + path + " passed the check within " + PATIENCE);
    }

    /** The plan's event stream, read as it arrives. */
    Iterator<Event> events(String planId) {
        try {
            HttpResponse<Stream<String>> response = http.send(request("/api/plans/" + planId + "/events")
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
            assertEquals(200, response.statusCode());
            Iterator<String> lines = response.body().iterator();
            return new Iterator<>() {
                /** Read only when asked for, so that a test can act on an event before the next one comes. */
                private Event next;

                @Override
                public boolean hasNext() {
                    if (next == null) {
                        next = read();
                    }
                    return next != null;
                }

                @Override
                public Event next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Event current = next;
                    next = null;
                    return current;
                }

                /** The next event, skipping heartbeat comments; null when the server closed the stream. */
                private Event read() {
                    String name = null;
                    StringBuilder data = new StringBuilder();
                    while (lines.hasNext()) {
                        String line = lines.next();
                        if (line.startsWith("event: ")) {
                            name = line.substring("event: ".length());
                        } else if (line.startsWith("data: ")) {
                            data.append(line.substring("data: ".length()));
                        } else if (line.isEmpty() && name != null) {
                            return new Event(name, new Response(200, data.toString()).json());
                        }
                    }
                    return null;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(PATIENCE);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /**
     * Sends once more when the connection broke before any answer came: the client may reuse a kept-alive
     * connection that the server has just closed (it closes one whose request body it turned away unread), and
     * Java's client retries only requests without a body by itself. A second failure is the test's failure.
     */
    private Response send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response;
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException brokenBeforeAnswer) {
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            }
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
    }
}
