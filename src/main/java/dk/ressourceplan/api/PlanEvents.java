package dk.ressourceplan.api;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The open server-sent event streams, by plan. Every write to a stream happens on one thread, in the order asked
 * for, so that events never interleave and a stream's first message comes before any broadcast.
 */
final class PlanEvents implements AutoCloseable {

    /** Well inside Jetty's 30 s idle timeout and the minute after which proxies tend to drop a quiet stream. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plan-events");
        thread.setDaemon(true);
        return thread;
    });
    /** Each client with what it may see of an event's data: all of it, or the event without the plan's figures. */
    private final Map<String, Map<SseClient, UnaryOperator<Object>>> streams = new ConcurrentHashMap<>();

    PlanEvents() {
        writer.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Keeps the client's stream open and greets it on the writer thread; the stream stays open for broadcasts if
     * {@code greet} says so, and is closed otherwise. Every broadcast reaches the client through {@code view}.
     */
    void open(String planId, SseClient client, UnaryOperator<Object> view, Predicate<SseClient> greet) {
        client.keepAlive();
        client.onClose(() -> streams.computeIfPresent(planId, (id, clients) -> {
            clients.remove(client);
            return clients.isEmpty() ? null : clients;
        }));
        writer.execute(() -> {
            if (greet.test(client) && !client.terminated()) {
                streams.computeIfAbsent(planId, id -> new ConcurrentHashMap<>()).put(client, view);
            } else {
                client.close();
            }
        });
    }

    void send(String planId, String event, Object data) {
        writer.execute(() -> streams.getOrDefault(planId, Map.of())
                .forEach((client, view) -> client.sendEvent(event, view.apply(data))));
    }

    /** Sends a last event to the plan's streams and closes them. */
    void finish(String planId, String event, Object data) {
        writer.execute(() -> {
            Map<SseClient, UnaryOperator<Object>> clients = streams.remove(planId);
            if (clients != null) {
                clients.forEach((client, view) -> {
                    client.sendEvent(event, view.apply(data));
                    client.close();
                });
            }
        });
    }

    private void heartbeat() {
        streams.values().forEach(clients -> clients.keySet().forEach(client -> client.sendComment("heartbeat")));
    }

    @Override
    public void close() {
        writer.execute(() -> {
            streams.values().forEach(clients -> clients.keySet().forEach(SseClient::close));
            streams.clear();
        });
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
