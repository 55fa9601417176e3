package dk.ressourceplan.api;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Headers on every response, the page's files and errors included, also the errors the web server answers itself
 * before any route is found ({@link ServerErrors}). The page loads only its own files and talks only to this server:
 * no inline script or style, no framing by other sites, no guessing of content types, and no address (which may hold
 * a login token) sent on to another site: the referrer goes to this server only ({@code same-origin}; with
 * {@code no-referrer} a browser sends {@code Origin: null} with the page's own form posts, which the login's origin
 * check must then refuse). Answers of the API are never cached.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** On every answer. */
    static final Map<String, String> ALWAYS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin");

    private SecurityHeaders() {
    }

    static void add(Context ctx) {
        ALWAYS.forEach(ctx::header);
        if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/feed/") || ctx.path().startsWith("/login")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
