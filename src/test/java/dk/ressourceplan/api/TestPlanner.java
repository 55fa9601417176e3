package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.SyntheticMunicipality;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The planner service on a free port of this machine, and a client that speaks its JSON over real HTTP. */
final class TestPlanner implements AutoCloseable {

    /** How long a test waits for something the service does in the background before it gives up. */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    record Response(int status, String body) {

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

    final PlannerApp app;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestPlanner(URI base, PlannerApp app) {
        this.base = base;
        this.app = app;
    }

    static TestPlanner start(Path dataDirectory) {
        return start(settings(dataDirectory));
    }

    static TestPlanner start(PlannerApp.Settings settings) {
        PlannerApp app = PlannerApp.start(settings);
        return new TestPlanner(URI.create("http://127.0.0.1:" + app.port()), app);
    }

    /** Port 0: the system picks a free one. */
    static PlannerApp.Settings settings(Path dataDirectory) {
        return PlannerApp.Settings.defaults().withPort(0).withDataDirectory(dataDirectory);
    }

    /** A client for a service already listening at {@code base}, such as one in another process. */
    static TestPlanner client(URI base) {
        return new TestPlanner(base, null);
    }

    /** A synthetic municipality of one school: a term that solves in seconds. */
    static byte[] smallTerm(long seed) {
        return json(SyntheticMunicipality.generate(1, seed));
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
        return HttpRequest.newBuilder(base.resolve(path)).timeout(PATIENCE);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
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
