package dk.ressourceplan.api;

import dk.ressourceplan.plans.PlanLibrary;
import dk.ressourceplan.plans.Users;
import dk.ressourceplan.plans.Viewer;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.security.RouteRole;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, and whether they may. Every matched request passes {@link #identify} before its handler, so
 * this is the one place where access is decided: each route names the roles that may call it where
 * {@link PlannerApp} registers it, and a school leader reaches only plans that include their school. What a school
 * leader then sees of such a plan is narrowed by {@link SchoolView}.
 *
 * <p>A caller is known by {@code Authorization: Bearer <token>} (scripts, calendar programs) or by the page's
 * session cookie, which {@link LoginController} sets. Everything under {@code /api} needs one of them, also a
 * route someone forgot to give roles (only the planner may call that); the page's files, {@code /health}, the
 * OpenAPI description and the login are open, and a calendar feed carries its own secret in its address.
 *
 * <p>A request that changes something must come from this server's own page: its {@code Origin} (or, without
 * one, its {@code Referer}) must be an origin the server is served from ({@link #serveFrom}), and a request that
 * relies on the cookie must name one. Wrong tokens and sessions are throttled per address ({@link TokenThrottle}).
 * A script with a token sends no Origin and needs none: no browser attaches a token by itself.
 */
final class Access {

    static final String SESSION_COOKIE = "ressourceplan_session";
    private static final String CALLER = "ressourceplan.caller";
    private static final Set<HandlerType> SAFE_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final String BEARER = "bearer ";

    private final Users users;
    private final PlanLibrary plans;
    private final TokenThrottle throttle;
    /** The origins this server's page is served from, known once the server listens. */
    private volatile Set<String> origins = Set.of();

    Access(Users users, PlanLibrary plans, TokenThrottle throttle) {
        this.users = users;
        this.plans = plans;
        this.throttle = throttle;
    }

    /**
     * Where the page is served from: the configured public address ({@code serve --public-url}) if there is one,
     * else this machine's own addresses for the port listened on. A request's {@code Host} header is not trusted
     * for this: a site whose name resolves to this machine would otherwise pass as its own page.
     *
     * @param publicUrl the address users open, or null
     */
    void serveFrom(String publicUrl, String host, int port) {
        Set<String> own = new LinkedHashSet<>();
        if (publicUrl != null) {
            own.add(originOf(publicUrl).toLowerCase(Locale.ROOT));
        } else {
            for (String name : List.of("127.0.0.1", "localhost", "[::1]", host)) {
                own.add(("http://" + name + ":" + port).toLowerCase(Locale.ROOT));
            }
        }
        origins = Set.copyOf(own);
    }

    void identify(Context ctx) {
        String authorization = ctx.header(Header.AUTHORIZATION);
        String session = ctx.cookie(SESSION_COOKIE);
        if (!SAFE_METHODS.contains(ctx.method())) {
            checkOrigin(ctx, authorization == null && session != null);
        }
        Set<RouteRole> allowed = ctx.routeRoles();
        if (allowed.isEmpty() && !isApi(ctx.path())) {
            return;
        }
        String token = bearerToken(authorization);
        if (token != null || session != null) {
            throttle.check(ctx);
        }
        Optional<Users.Account> user = token != null ? users.byToken(token)
                : session != null ? users.bySession(session)
                : Optional.empty();
        if (user.isEmpty()) {
            if (token != null || session != null) {
                throttle.failed(ctx);
            }
            throw unauthorized(token != null || session != null);
        }
        UserRole role = UserRole.parse(user.get().role()).orElseThrow(() -> new ApiException(403, "$",
                "Your user has a role the service does not know: " + user.get().role() + ".",
                "Din bruger har en rolle, som tjenesten ikke kender: " + user.get().role() + "."));
        boolean permitted = allowed.isEmpty() ? role == UserRole.PLANNER : allowed.contains(role);
        if (!permitted) {
            throw new ApiException(403, "$", "As " + role + " you may not " + ctx.method() + " " + ctx.path() + ".",
                    "Det kan du ikke som " + role.danish() + ".");
        }
        Caller caller = Caller.of(user.get(), role);
        if (caller.viewer().seesOneSchool() && ctx.pathParamMap().containsKey("id")
                && !plans.includesSchool(ctx.pathParam("id"), caller.schoolId())) {
            throw new ApiException(403, "id", "Plan " + ctx.pathParam("id") + " does not include your school.",
                    "Planen omfatter ikke din skole.");
        }
        ctx.attribute(CALLER, caller);
    }

    /** The caller of a route that needs one; {@link #identify} has refused every request without. */
    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException(ctx.path() + " needs a caller but its route names no roles");
        }
        return caller;
    }

    /** What the caller sees of plans. */
    static Viewer viewer(Context ctx) {
        return caller(ctx).viewer();
    }

    /** The name recorded as author of what the caller creates, solves, reruns, publishes or deletes. */
    static String author(Context ctx) {
        return caller(ctx).name();
    }

    /** The token of {@code Authorization: Bearer <token>}, or null without that header. */
    private static String bearerToken(String header) {
        if (header == null) {
            return null;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.substring(BEARER.length()).isBlank()) {
            throw new ApiException(401, "Authorization", "Send the token as Authorization: Bearer <token>.",
                    "Send nøglen som Authorization: Bearer <nøgle>.");
        }
        return header.substring(BEARER.length()).trim();
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static ApiException unauthorized(boolean credentialsGiven) {
        return credentialsGiven
                ? new ApiException(401, "Authorization",
                        "The token or login is not valid (any more): it may have been revoked, or the login has expired. "
                                + "Log in again at /login.",
                        "Nøglen eller login er ikke (længere) gyldig: den kan være tilbagekaldt, eller login er udløbet. "
                                + "Log ind igen på /login.")
                : new ApiException(401, "Authorization",
                        "Log in first: open the login link you were given, or send Authorization: Bearer <token>.",
                        "Log ind først: åbn det login-link, du har fået, eller send Authorization: Bearer <nøgle>.");
    }

    private void checkOrigin(Context ctx, boolean byCookie) {
        String origin = ctx.header(Header.ORIGIN);
        String referer = ctx.header(Header.REFERER);
        String claimed = origin != null ? origin : referer != null ? originOf(referer) : null;
        if (claimed == null) {
            if (byCookie) {
                throw new ApiException(403, "Origin",
                        "A change made with the page's login must say where it comes from (Origin); this one does not.",
                        "En ændring med sidens login skal oplyse, hvor den kommer fra (Origin); det gør denne ikke.");
            }
            return;
        }
        if (!origins.contains(claimed.toLowerCase(Locale.ROOT))) {
            String own = String.join(", ", origins);
            throw new ApiException(403, "Origin", "Changes are only accepted from this server's own page ("
                    + own + "), not from " + claimed + ".",
                    "Ændringer modtages kun fra serverens egen side (" + own + "), ikke fra " + claimed + ".");
        }
    }

    private static String originOf(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return "null";
            }
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (URISyntaxException e) {
            return "null";
        }
    }
}
