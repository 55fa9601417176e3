package dk.ressourceplan.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.concurrent.Semaphore;

/**
 * Keeps the solver ahead of readers. A machine with two cores that solves a plan has one core for everything else;
 * fifty readers at once would otherwise each take a share of the solver's core too (the load test measured its
 * moves per second falling to an eighth). So at most {@code permits} reads are served at once, the others waiting
 * their turn, first come first served: the wait is the readers', not the solver's. Answers are mostly made once
 * and kept (plan details, downloads), so a turn is short. The event streams, which stay open, and {@code /health}
 * pass by; changes have limits of their own.
 */
final class ReaderGate {

    private static final String HELD = "ressourceplan.readerGate";

    private final Semaphore permits;

    /** The cores the solves leave free, and at least one. */
    static int permitsFor(int cores, int concurrentSolves) {
        return Math.max(1, cores - concurrentSolves);
    }

    ReaderGate(int permits) {
        this.permits = new Semaphore(permits, true);
    }

    void enter(Context ctx) {
        if (ctx.method() != HandlerType.GET || ctx.path().endsWith("/events") || ctx.path().equals("/health")) {
            return;
        }
        permits.acquireUninterruptibly();
        ctx.attribute(HELD, Boolean.TRUE);
    }

    /** Called after the answer, also after a failed one; a second call does nothing. */
    void leave(Context ctx) {
        if (ctx.attribute(HELD) != null) {
            ctx.attribute(HELD, null);
            permits.release();
        }
    }
}
