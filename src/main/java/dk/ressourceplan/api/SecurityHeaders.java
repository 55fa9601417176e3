package dk.ressourceplan.api;

import io.javalin.http.Context;

/**
 * Headers on every response, the page's files and errors included. The page loads only its own files and talks
 * only to this server: no inline script or style, no framing by other sites, no guessing of content types, and
 * no address (which may hold a login token) sent on to another site. Answers of the API are never cached.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    static void add(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/feed/") || ctx.path().startsWith("/login")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
