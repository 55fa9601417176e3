package dk.ressourceplan.api;

import dk.ressourceplan.plans.JobEvent;
import dk.ressourceplan.plans.JobListener;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The open server-sent event streams, by plan. Every write to a stream happens on one thread, in the order asked
 * for, so that events never interleave and a stream's first message comes before any broadcast.
 */
final class PlanEvents implements JobListener, AutoCloseable {

    /** Well inside Jetty's 30 s idle timeout and the minute after which proxies tend to drop a quiet stream. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plan-events");
        thread.setDaemon(true);
        return thread;
    });
    /** Each client with what it may see of an event: all of it, or the event without the plan's figures. */
    private final Map<String, Map<SseClient, UnaryOperator<JobEvent>>> streams = new ConcurrentHashMap<>();

    PlanEvents() {
        writer.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Keeps the client's stream open and greets it on the writer thread; the stream stays open for the plan's events
     * unless the greeting ends with {@code done}.
     *
     * @param figures whether the client sees the whole plan's score, KPIs and changes; a school leader does not
     */
    void open(String planId, SseClient client, boolean figures, Supplier<List<JobEvent>> greeting) {
        UnaryOperator<JobEvent> view = figures ? UnaryOperator.identity() : JobEvent::withoutFigures;
        client.keepAlive();
        client.onClose(() -> streams.computeIfPresent(planId, (id, clients) -> {
            clients.remove(client);
            return clients.isEmpty() ? null : clients;
        }));
        writer.execute(() -> {
            List<JobEvent> greet = greeting.get();
            greet.forEach(event -> sendTo(client, view, event));
            if (!(greet.get(greet.size() - 1) instanceof JobEvent.Done) && !client.terminated()) {
                streams.computeIfAbsent(planId, id -> new ConcurrentHashMap<>()).put(client, view);
            } else {
                client.close();
            }
        });
    }

    @Override
    public void send(String planId, JobEvent event) {
        writer.execute(() -> streams.getOrDefault(planId, Map.of())
                .forEach((client, view) -> sendTo(client, view, event)));
    }

    @Override
    public void finish(String planId, JobEvent.Done done) {
        writer.execute(() -> {
            Map<SseClient, UnaryOperator<JobEvent>> clients = streams.remove(planId);
            if (clients != null) {
                clients.forEach((client, view) -> {
                    sendTo(client, view, done);
                    client.close();
                });
            }
        });
    }

    private static void sendTo(SseClient client, UnaryOperator<JobEvent> view, JobEvent event) {
        JobEvent seen = view.apply(event);
        client.sendEvent(seen.name(), seen);
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
