package dk.ressourceplan.api;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down guessing: an address that has sent {@link #limit} wrong tokens, sessions or calendar links within
 * {@link #WINDOW} is refused with 429 until the oldest of them is a window old, right guesses included. A token is
 * 256 random bits, so this is not what keeps it secret; it keeps a guesser from costing the service its time.
 */
final class TokenThrottle {

    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int DEFAULT_LIMIT = 30;
    /** Addresses remembered at most; the longest quiet are forgotten first. */
    private static final int ADDRESSES = 10_000;

    private final int limit;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > ADDRESSES;
        }
    };

    TokenThrottle(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** @throws ApiException 429 if the caller's address has guessed wrong too often of late */
    void check(Context ctx) {
        Instant now = clock.instant();
        Instant free;
        synchronized (this) {
            Deque<Instant> recent = recent(ctx.ip(), now);
            if (recent == null || recent.size() < limit) {
                return;
            }
            free = recent.peekFirst().plus(WINDOW);
        }
        long seconds = Math.max(1, Duration.between(now, free).toSeconds() + 1);
        ctx.header("Retry-After", String.valueOf(seconds));
        throw new ApiException(429, "Authorization", "Too many wrong tokens from this address; try again in "
                + seconds + " seconds.", "For mange forkerte nøgler fra denne adresse; prøv igen om " + seconds
                + " sekunder.");
    }

    /** Counts a wrong token, session or link from the caller's address. */
    void failed(Context ctx) {
        Instant now = clock.instant();
        synchronized (this) {
            Deque<Instant> recent = recent(ctx.ip(), now);
            if (recent == null) {
                recent = new ArrayDeque<>();
                failures.put(ctx.ip(), recent);
            }
            recent.addLast(now);
        }
    }

    /** Forgets every wrong guess: a test that sends many on purpose starts from a quiet minute. */
    synchronized void forgetAll() {
        failures.clear();
    }

    private Deque<Instant> recent(String address, Instant now) {
        Deque<Instant> recent = failures.get(address);
        if (recent != null) {
            while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
                recent.removeFirst();
            }
        }
        return recent;
    }
}
