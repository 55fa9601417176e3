package dk.ressourceplan.api;

import io.javalin.http.Context;

/**
 * Who is calling. Every matched request passes {@link #identify} before its handler, so this is the one place where
 * access is decided; tokens and roles will be checked here. Until then every caller is the planner.
 */
final class Access {

    static final String PLANNER = "planner";
    private static final String CALLER = "ressourceplan.caller";

    private Access() {
    }

    static void identify(Context ctx) {
        ctx.attribute(CALLER, PLANNER);
    }

    /** The name recorded as author of what the caller creates, solves or publishes. */
    static String author(Context ctx) {
        return ctx.attribute(CALLER);
    }
}
