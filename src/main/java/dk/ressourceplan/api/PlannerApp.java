package dk.ressourceplan.api;

import dk.ressourceplan.plans.Planning;
import dk.ressourceplan.plans.Users;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The planner service assembled: the store, the solver, and the Javalin app with every route and the roles that
 * may call it, the page, the login and the error mapping. {@link #start} opens it, {@link #close} stops every solve
 * (keeping what it found) and closes it.
 */
public final class PlannerApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlannerApp.class);
    static final String FIRST_PLANNER = "Første planlægger";
    /** Requests served at once; more wait their turn. Enough for the event streams the pages keep open. */
    static final int MAX_REQUEST_THREADS = 64;

    private static final UserRole[] ANYONE = UserRole.values();
    /** Read plans: a school leader only the own school's part of them. */
    private static final UserRole[] READERS = {UserRole.PLANNER, UserRole.PPR_LEADER, UserRole.SCHOOL_LEADER};
    /** Rerun after staff changes, publish, read the trail. */
    private static final UserRole[] LEADERS = {UserRole.PLANNER, UserRole.PPR_LEADER};
    /** Submit, solve and delete plans. */
    private static final UserRole PLANNER = UserRole.PLANNER;

    /**
     * @param uiDirectory     the page's files from a folder, for development ({@code serve --ui-dir ui}); null for the
     *                        copy packed into the jar under {@code /ui}, which is what a service serves
     * @param demoDirectory   where {@code demo-*.json} are loaded from into an empty store, or null for no demo
     * @param maxBodyBytes    a larger request body is refused with 413
     * @param maxSolveSeconds the longest solve a request may ask for
     * @param publicUrl        the address users open the page at, behind a proxy ({@code https://plan.example.dk});
     *                         null for this machine's own addresses
     * @param demoSolveSeconds how long each demo plan is solved at the first start before it is published; 0 leaves
     *                         the demo unsolved
     */
    public record Settings(String host, int port, Path dataDirectory, Path uiDirectory, Path demoDirectory,
            long maxBodyBytes, int maxConcurrentSolves, int maxSolveSeconds, String publicUrl, int demoSolveSeconds) {

        public static Settings defaults() {
            return new Settings("127.0.0.1", 7070, Planning.DEFAULT_DATA_DIRECTORY, null, null,
                    Planning.MAX_WORKBOOK_BYTES, Runtime.getRuntime().availableProcessors(), 1800, null, 0);
        }

        public Settings withPort(int newPort) {
            return new Settings(host, newPort, dataDirectory, uiDirectory, demoDirectory, maxBodyBytes,
                    maxConcurrentSolves, maxSolveSeconds, publicUrl, demoSolveSeconds);
        }

        public Settings withDataDirectory(Path directory) {
            return new Settings(host, port, directory, uiDirectory, demoDirectory, maxBodyBytes, maxConcurrentSolves,
                    maxSolveSeconds, publicUrl, demoSolveSeconds);
        }

        public Settings withUiDirectory(Path directory) {
            return new Settings(host, port, dataDirectory, directory, demoDirectory, maxBodyBytes, maxConcurrentSolves,
                    maxSolveSeconds, publicUrl, demoSolveSeconds);
        }

        public Settings withDemoDirectory(Path directory) {
            return new Settings(host, port, dataDirectory, uiDirectory, directory, maxBodyBytes, maxConcurrentSolves,
                    maxSolveSeconds, publicUrl, demoSolveSeconds);
        }

        public Settings withMaxBodyBytes(long bytes) {
            return new Settings(host, port, dataDirectory, uiDirectory, demoDirectory, bytes, maxConcurrentSolves,
                    maxSolveSeconds, publicUrl, demoSolveSeconds);
        }

        public Settings withDemoSolveSeconds(int seconds) {
            return new Settings(host, port, dataDirectory, uiDirectory, demoDirectory, maxBodyBytes, maxConcurrentSolves,
                    maxSolveSeconds, publicUrl, seconds);
        }

        public Settings withPublicUrl(String url) {
            return new Settings(host, port, dataDirectory, uiDirectory, demoDirectory, maxBodyBytes, maxConcurrentSolves,
                    maxSolveSeconds, url, demoSolveSeconds);
        }

        public Settings withMaxConcurrentSolves(int solves) {
            return new Settings(host, port, dataDirectory, uiDirectory, demoDirectory, maxBodyBytes, solves,
                    maxSolveSeconds, publicUrl, demoSolveSeconds);
        }
    }

    private final Planning planning;
    private final PlanEvents events;
    private final Javalin javalin;
    private final Map<String, List<String>> routes;
    private final TokenThrottle throttle;
    private final String firstLoginToken;

    private PlannerApp(Planning planning, PlanEvents events, Javalin javalin, Map<String, List<String>> routes,
            TokenThrottle throttle, String firstLoginToken) {
        this.planning = planning;
        this.events = events;
        this.javalin = javalin;
        this.routes = routes;
        this.throttle = throttle;
        this.firstLoginToken = firstLoginToken;
    }

    public static PlannerApp start(Settings settings) {
        PlanEvents events = new PlanEvents();
        Planning planning = Planning.open(new Planning.Settings(settings.dataDirectory(), settings.demoDirectory(),
                settings.maxConcurrentSolves(), settings.maxSolveSeconds(), settings.demoSolveSeconds()), events);
        TokenThrottle throttle = new TokenThrottle(TokenThrottle.DEFAULT_LIMIT, Clock.systemUTC());
        Access access = new Access(planning.users(), planning.plans(), throttle);
        Map<String, List<String>> routes = new ConcurrentSkipListMap<>();
        LoginController login = new LoginController(planning.users(), throttle, Clock.systemUTC(), routes);
        PlanController plans = new PlanController(planning.plans());
        SolveController solves = new SolveController(planning.solving(), events, settings.maxSolveSeconds());
        ChangeController changes = new ChangeController(planning.changes(), planning.explanations(),
                settings.maxSolveSeconds());
        EditController edits = new EditController(planning.edits(), planning.solving(), settings.maxSolveSeconds());
        ExportController exports = new ExportController(planning.downloads(), planning.users(), throttle);
        ApiErrors errors = new ApiErrors(settings.maxBodyBytes());
        ReaderGate readers = new ReaderGate(ReaderGate.permitsFor(Runtime.getRuntime().availableProcessors(),
                settings.maxConcurrentSolves()));

        Javalin javalin = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Planning.json(), false));
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ServerErrors()));
            // Bounded: fifty readers at once queue for a thread rather than each taking a share of the cores the
            // solver needs (docs/benchmarks.md, "Load").
            config.jetty.threadPool = new QueuedThreadPool(MAX_REQUEST_THREADS, 4, 60_000);
            config.events.handlerAdded(handler -> {
                if (handler.getHttpMethod().isHttpMethod()) {
                    routes.put(handler.getHttpMethod() + " " + handler.getPath(),
                            handler.getRoles().stream().map(String::valueOf).sorted().toList());
                }
            });
            servePage(config, settings.uiDirectory());

            // Who may call what, route by route; Access enforces it, and SchoolView narrows a school leader's view.
            config.routes.before(SecurityHeaders::add);
            config.routes.beforeMatched(access::identify);
            // After the caller is known, so that a refused request waits for nothing.
            config.routes.beforeMatched(readers::enter);
            config.routes.afterMatched(readers::leave);
            config.routes.after(readers::leave);
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.get("/openapi.json", PlannerApp::openApi);
            config.routes.get("/login", login::page);
            config.routes.post("/login", login::submit);
            config.routes.post("/logout", login::logout);
            config.routes.get("/feed/{token}.ics", exports::feed);
            config.routes.get("/api/me", login::me, ANYONE);
            config.routes.get("/api/plans", plans::list, READERS);
            config.routes.get("/api/template.xlsx", plans::template, PLANNER);
            config.routes.get("/api/plans/{id}/term.xlsx", plans::termWorkbook, PLANNER);
            config.routes.post("/api/plans", plans::submit, PLANNER);
            config.routes.get("/api/plans/{id}", plans::get, READERS);
            config.routes.delete("/api/plans/{id}", plans::delete, PLANNER);
            config.routes.get("/api/plans/{id}/days", plans::days, LEADERS);
            config.routes.get("/api/plans/{id}/revisions", plans::trail, LEADERS);
            config.routes.post("/api/plans/{id}/publish", plans::publish, LEADERS);
            config.routes.post("/api/plans/{id}/solve", solves::start, PLANNER);
            config.routes.delete("/api/plans/{id}/solve", solves::stop, PLANNER);
            config.routes.get("/api/plans/{id}/status", solves::status, READERS);
            config.routes.get("/api/plans/{id}/events", solves::events, READERS);
            config.routes.get("/api/plans/{id}/analysis", changes::explain, READERS);
            config.routes.get("/api/plans/{id}/export.ics", exports::ics, READERS);
            config.routes.get("/api/plans/{id}/export.csv", exports::csv, READERS);
            config.routes.get("/api/plans/{id}/export.xlsx", exports::xlsx, READERS);
            config.routes.post("/api/plans/{id}/changes", changes::rerun, LEADERS);
            config.routes.get("/api/plans/{id}/diff", changes::diff, READERS);
            config.routes.get("/api/plans/{id}/recommendations", edits::recommendations, LEADERS);
            config.routes.get("/api/plans/{id}/sessions/{sessionId}/times", edits::times, LEADERS);
            config.routes.post("/api/plans/{id}/edits/preview", edits::preview, LEADERS);
            config.routes.post("/api/plans/{id}/edits", edits::save, LEADERS);
            config.routes.post("/api/plans/{id}/continue", edits::continueSolving, LEADERS);
            config.routes.post("/api/plans/{id}/timetable", new TimetableController(planning.timetables())::upload, PLANNER);
            errors.register(config.routes);
        });
        javalin.start(settings.host(), settings.port());
        access.serveFrom(settings.publicUrl(), settings.host(), javalin.port());
        // Only once the server listens: a start that fails must not leave a planner whose token nobody saw.
        String firstLoginToken = planning.users().none() ? createFirstPlanner(planning.users()) : null;
        return new PlannerApp(planning, events, javalin, Map.copyOf(routes), throttle, firstLoginToken);
    }

    /** As notebook servers do: the first start makes a planner, so that someone can log in and add the others. */
    private static String createFirstPlanner(Users users) {
        String token = users.add(FIRST_PLANNER, UserRole.PLANNER.name(), null, null).token();
        LOG.info("No users yet: created the planner \"{}\"", FIRST_PLANNER);
        return token;
    }

    /**
     * The token of the planner this start created because there were no users yet, to be shown once; empty when
     * the store already had users.
     */
    public Optional<String> firstLoginToken() {
        return Optional.ofNullable(firstLoginToken);
    }

    /** The port listened on; the one the system chose when asked for port 0. */
    public int port() {
        return javalin.port();
    }

    /** The application behind the routes, for tests in this package. */
    Planning planning() {
        return planning;
    }

    /** The wrong-token throttle, for tests in this package that try every route with a wrong token. */
    TokenThrottle throttle() {
        return throttle;
    }

    /** Every route, as "GET /api/plans/{id}". */
    public List<String> routes() {
        return routes.keySet().stream().sorted().toList();
    }

    /** The roles that may call each route, by their codes ({@code ppr-leader}); none for an open route. */
    public Map<String, List<String>> routeRoles() {
        return routes;
    }

    @Override
    public void close() {
        planning.solving().close();
        // After the jobs: their last events go out before the streams close.
        events.close();
        javalin.stop();
        planning.close();
    }

    private static void servePage(JavalinConfig config, Path uiDirectory) {
        if (uiDirectory != null && Files.isDirectory(uiDirectory)) {
            LOG.info("Serving the page from {} (development)", uiDirectory.toAbsolutePath());
            config.staticFiles.add(uiDirectory.toAbsolutePath().toString(), Location.EXTERNAL);
        } else if (PlannerApp.class.getResource("/ui") != null) {
            config.staticFiles.add("/ui", Location.CLASSPATH);
        } else {
            LOG.warn("No page to serve: no /ui in the jar; the API works without it");
        }
    }

    private static void openApi(Context ctx) {
        ctx.contentType(ContentType.APPLICATION_JSON).result(PlannerApp.class.getResourceAsStream("/openapi.json"));
    }
}
