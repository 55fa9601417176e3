package dk.ressourceplan.api;

import dk.ressourceplan.plans.Users;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page's login. A user opens {@code /login?token=...} (the link {@code user add} and the first start print) and
 * confirms whom it logs in, or pastes the token into the form at {@code /login}; the server answers with a session
 * cookie and sends the browser to the page, whose requests then carry the cookie by themselves: {@code fetch} and {@code EventSource}
 * on the same origin need nothing more.
 *
 * <p>The cookie holds a session id of its own, not the token: the token is the user's lasting key (and a staff
 * member's calendar address), so it should not travel with every request the page makes. A session ends at
 * logout or after {@link #SESSION_LENGTH}, and at once when the user is revoked. The cookie is HttpOnly (no script
 * can read it) and SameSite=Strict (no other site's page can make the browser send it).
 */
final class LoginController {

    static final Duration SESSION_LENGTH = Duration.ofHours(12);

    private final Users users;
    private final TokenThrottle throttle;
    private final Clock clock;
    /** Each route's roles, as the route table registers them. */
    private final Map<String, List<String>> routeRoles;

    LoginController(Users users, TokenThrottle throttle, Clock clock, Map<String, List<String>> routeRoles) {
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
        this.routeRoles = routeRoles;
    }

    /**
     * {@code GET /login}: without {@code ?token=}, the form; with it (the link {@code user add} prints), a page that
     * names whom the link logs in and asks to confirm. A link alone never logs anyone in: another site could
     * otherwise log a visitor into an account of its choosing (login CSRF), since a GET can be sent from anywhere.
     */
    void page(Context ctx) {
        String token = ctx.queryParam("token");
        if (token == null) {
            form(ctx, HttpStatus.OK, null);
            return;
        }
        Optional<Users.Account> user = userOf(ctx, token);
        if (user.isPresent()) {
            confirm(ctx, user.get(), token.trim());
        }
    }

    /** {@code POST /login}: the form's token. */
    void submit(Context ctx) {
        logIn(ctx, Optional.ofNullable(ctx.formParam("token")).orElse(""));
    }

    void logout(Context ctx) {
        String session = ctx.cookie(Access.SESSION_COOKIE);
        if (session != null) {
            users.endSession(session);
        }
        ctx.cookie(sessionCookie(ctx, "", 0));
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /**
     * What {@code GET /api/me} answers: who the page is logged in as, and the routes their role may call, read from
     * the one route table ({@link PlannerApp}), so that the page offers exactly what the role may do.
     */
    record Me(String name, UserRole role, String roleDa, String schoolId, String staffId, List<String> routes) {
    }

    /** {@code GET /api/me}: who the page is logged in as, so that it offers only what the role may do. */
    void me(Context ctx) {
        Caller caller = Access.caller(ctx);
        List<String> routes = routeRoles.entrySet().stream()
                .filter(route -> route.getValue().contains(caller.role().code()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        ctx.json(new Me(caller.name(), caller.role(), caller.role().danish(), caller.schoolId(), caller.staffId(),
                routes));
    }

    private void logIn(Context ctx, String token) {
        Optional<Users.Account> user = userOf(ctx, token);
        if (user.isEmpty()) {
            return;
        }
        String session = users.startSession(user.get().id(), clock.instant().plus(SESSION_LENGTH));
        ctx.cookie(sessionCookie(ctx, session, (int) SESSION_LENGTH.toSeconds()));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** The user the token logs in, or empty after answering with the form and why it does not. */
    private Optional<Users.Account> userOf(Context ctx, String token) {
        if (token.isBlank()) {
            form(ctx, HttpStatus.BAD_REQUEST, "Indsæt din nøgle. / Paste your token.");
            return Optional.empty();
        }
        throttle.check(ctx);
        Optional<Users.Account> user = users.byToken(token.trim());
        if (user.isEmpty()) {
            throttle.failed(ctx);
            form(ctx, HttpStatus.UNAUTHORIZED, "Nøglen virker ikke: den er forkert eller tilbagekaldt. "
                    + "/ The token does not work: it is mistyped or revoked.");
            return Optional.empty();
        }
        if (UserRole.parse(user.get().role()).filter(role -> role != UserRole.STAFF).isEmpty()) {
            form(ctx, HttpStatus.FORBIDDEN, "Medarbejdere bruger deres kalenderlink; siden er for planlæggere og "
                    + "ledere. / Staff use their calendar link; the page is for planners and leaders.");
            return Optional.empty();
        }
        return user;
    }

    /** Whom the link logs in, and one button that does it; the token travels on in the form, not in an address. */
    private static void confirm(Context ctx, Users.Account user, String token) {
        String role = UserRole.parse(user.role()).map(UserRole::danish).orElse(user.role());
        page(ctx, HttpStatus.OK, """
                <p>Linket logger dig ind som <strong>%s</strong> (%s). Er det dig?
                / This link logs you in as %s.</p>
                <form method="post" action="/login">
                <input type="hidden" name="token" value="%s">
                <p><button type="submit">Log ind som %s</button></p>
                </form>
                <p>Er det ikke dig, så luk siden. / If this is not you, close the page.</p>
                """.formatted(escape(user.name()), escape(role), escape(user.name()), escape(token),
                escape(user.name())));
    }

    /** Secure whenever the browser reached the server over https, also through a TLS proxy. */
    private static Cookie sessionCookie(Context ctx, String value, int maxAgeSeconds) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header(Header.X_FORWARDED_PROTO));
        return new Cookie(Access.SESSION_COOKIE, value, "/", maxAgeSeconds, https, true, null, SameSite.STRICT);
    }

    /** The login form: plain HTML without script or style, so that the Content-Security-Policy holds here too. */
    private static void form(Context ctx, HttpStatus status, String message) {
        String notice = message == null ? "" : "<p role=\"alert\">" + escape(message) + "</p>\n";
        page(ctx, status, notice + """
                <form method="post" action="/login">
                <p><label>Din nøgle (token) <input name="token" type="password" autocomplete="off" required></label></p>
                <p><button type="submit">Log ind</button></p>
                </form>
                <p>Nøglen får du af planlæggeren (<code>user add</code>). / Your token comes from the planner.</p>
                """);
    }

    private static void page(Context ctx, HttpStatus status, String body) {
        ctx.status(status).contentType(ContentType.TEXT_HTML.getMimeType() + "; charset=utf-8").result("""
                <!doctype html>
                <html lang="da">
                <head><meta charset="utf-8"><title>Log ind – Ressourceplan</title></head>
                <body>
                <h1>Ressourceplan</h1>
                %s</body>
                </html>
                """.formatted(body));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
