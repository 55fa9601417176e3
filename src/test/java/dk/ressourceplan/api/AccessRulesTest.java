package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.store.SqlitePlanStore;
import dk.ressourceplan.store.UserRecord;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may call what, route by route, and how a caller is known: tokens, the page's login, revocation, the Origin
 * of changes and the headers every answer carries. What a school leader and staff see of a plan is in
 * {@link RoleViewsTest}.
 */
class AccessRulesTest {

    private static final String UNKNOWN_PLAN = "no-such-plan";

    @TempDir
    static Path dataDirectory;
    @TempDir
    static Path ui;
    private static TestPlanner planner;
    private static TestPlanner pprLeader;
    private static TestPlanner schoolLeader;
    private static TestPlanner staff;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(ui.resolve("index.html"), "<!doctype html><title>Ressourceplan</title>");
        planner = TestPlanner.start(TestPlanner.settings(dataDirectory).withUiDirectory(ui));
        pprLeader = planner.newUser("Pia PPR", UserRole.PPR_LEADER, null, null);
        schoolLeader = planner.newUser("Sofie Skole", UserRole.SCHOOL_LEADER, "s01", null);
        staff = planner.newUser("Anne Holm", UserRole.STAFF, null, "ppr-01");
    }

    /**
     * Each test starts from a quiet minute: the wrong tokens one test sends on purpose are not counted against the
     * next (the throttle itself is LoginDefencesTest's).
     */
    @BeforeEach
    void forgetWrongTokens() {
        planner.app.throttle().forgetAll();
    }

    @AfterAll
    static void stop() {
        planner.close();
    }

    @Test
    void noApiRouteAnswersWithoutAToken() {
        String planId = planner.submit(TestPlanner.smallTerm(1));
        List<String> apiRoutes = planner.app.routes().stream().filter(route -> route.contains(" /api/")).toList();
        assertTrue(apiRoutes.size() >= 17, apiRoutes.toString());

        // A wrong token on each route is a guess the throttle counts: the sweep stays under its limit.
        assertTrue(apiRoutes.size() < TokenThrottle.DEFAULT_LIMIT, apiRoutes.size() + " routes");
        for (String route : apiRoutes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", planId)
                    .replace("{sessionId}", "d%2F1");
            for (TestPlanner nobody : List.of(planner.anonymous(), planner.as("not-a-token"))) {
                TestPlanner.Response answer = nobody.send(method, path, new byte[0],
                        Map.of("Accept", "text/event-stream"));

                assertEquals(401, answer.status(), route + ": " + answer.body());
                assertEquals("Authorization", answer.json().get("errors").get(0).get("path").asText(), route);
                assertEquals("Bearer", answer.header("WWW-Authenticate"), route);
            }
        }
        assertEquals(401, planner.anonymous().send("HEAD", "/api/plans", null, Map.of()).status());
        assertEquals(401, planner.anonymous().send("GET", "/api/plans", null,
                Map.of("Authorization", "Basic dXNlcjpwYXNz")).status(), "only bearer tokens");
        JsonNode plan = planner.get("/api/plans/" + planId).json();
        assertEquals(1, plan.get("revisions").size(), "the refused requests changed nothing: not solved, not deleted");
        assertEquals("idle", plan.get("status").asText());
    }

    @Test
    void thePageHealthAndTheDescriptionAreOpen() {
        TestPlanner nobody = planner.anonymous();

        assertEquals(200, nobody.get("/").status(), "the page's files hold no data");
        assertEquals(200, nobody.get("/health").status());
        assertEquals(200, nobody.get("/openapi.json").status());
        assertEquals(200, nobody.get("/login").status());
    }

    /**
     * Every route against every role, on a plan that does not exist: a role that may call the route gets past
     * access control to the route's own 404, a role that may not gets 403. The expected table is the design.
     */
    @Test
    void eachRoleReachesExactlyItsRoutes() {
        Map<String, Set<String>> allowed = Map.ofEntries(
                Map.entry("GET /api/me", Set.of("planner", "ppr-leader", "school-leader", "staff")),
                Map.entry("GET /api/plans", Set.of("planner", "ppr-leader", "school-leader")),
                Map.entry("POST /api/plans", Set.of("planner")),
                Map.entry("GET /api/plans/{id}", Set.of("planner", "ppr-leader", "school-leader")),
                Map.entry("DELETE /api/plans/{id}", Set.of("planner")),
                Map.entry("GET /api/plans/{id}/revisions", Set.of("planner", "ppr-leader")),
                Map.entry("GET /api/plans/{id}/days", Set.of("planner", "ppr-leader")),
                Map.entry("POST /api/plans/{id}/publish", Set.of("planner", "ppr-leader")),
                Map.entry("POST /api/plans/{id}/solve", Set.of("planner")),
                Map.entry("POST /api/plans/{id}/timetable", Set.of("planner")),
                Map.entry("GET /api/template.xlsx", Set.of("planner")),
                Map.entry("GET /api/plans/{id}/term.xlsx", Set.of("planner")),
                Map.entry("DELETE /api/plans/{id}/solve", Set.of("planner")),
                Map.entry("GET /api/plans/{id}/status", Set.of("planner", "ppr-leader", "school-leader")),
                Map.entry("GET /api/plans/{id}/events", Set.of("planner", "ppr-leader", "school-leader")),
                Map.entry("GET /api/plans/{id}/analysis", Set.of("planner", "ppr-leader", "school-leader")),
                Map.entry("GET /api/plans/{id}/export.ics", Set.of("planner", "ppr-leader", "school-leader")),
                Map.entry("GET /api/plans/{id}/export.csv", Set.of("planner", "ppr-leader", "school-leader")),
                Map.entry("GET /api/plans/{id}/export.xlsx", Set.of("planner", "ppr-leader", "school-leader")),
                Map.entry("POST /api/plans/{id}/changes", Set.of("planner", "ppr-leader")),
                Map.entry("GET /api/plans/{id}/diff", Set.of("planner", "ppr-leader", "school-leader")),
                Map.entry("GET /api/plans/{id}/recommendations", Set.of("planner", "ppr-leader")),
                Map.entry("GET /api/plans/{id}/sessions/{sessionId}/times", Set.of("planner", "ppr-leader")),
                Map.entry("POST /api/plans/{id}/edits/preview", Set.of("planner", "ppr-leader")),
                Map.entry("POST /api/plans/{id}/edits", Set.of("planner", "ppr-leader")),
                Map.entry("POST /api/plans/{id}/continue", Set.of("planner", "ppr-leader")));
        assertEquals(new TreeSet<>(allowed.keySet()), new TreeSet<>(
                planner.app.routes().stream().filter(route -> route.contains(" /api/")).toList()),
                "every API route is in the table");
        Map<String, TestPlanner> callers = Map.of("planner", planner, "ppr-leader", pprLeader,
                "school-leader", schoolLeader, "staff", staff);

        List<String> wrong = new ArrayList<>();
        allowed.forEach((route, roles) -> callers.forEach((role, caller) -> {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", UNKNOWN_PLAN)
                    .replace("{sessionId}", "d%2F1");
            // Safe routes without a plan answer 200; changes without a body or plan answer 400 or 404.
            TestPlanner.Response answer = caller.send(method, path, new byte[0], Map.of("Accept", "text/event-stream"));
            boolean refused = answer.status() == 403;
            if (refused == roles.contains(role) || answer.status() == 401) {
                wrong.add(role + " " + route + " -> " + answer.status() + " " + answer.body());
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void meTellsThePageWhoIsLoggedIn() {
        JsonNode me = schoolLeader.get("/api/me").json();

        assertEquals("Sofie Skole", me.get("name").asText());
        assertEquals("school-leader", me.get("role").asText());
        assertEquals("s01", me.get("schoolId").asText());
        assertEquals("skoleleder", me.get("roleDa").asText());
        List<String> routes = new ArrayList<>();
        me.get("routes").forEach(route -> routes.add(route.asText()));
        assertTrue(routes.contains("GET /api/plans/{id}"), routes.toString());
        assertFalse(routes.contains("POST /api/plans/{id}/publish"), "the page offers what the route table allows");
        assertFalse(routes.contains("POST /api/plans/{id}/solve"));
        List<String> planners = new ArrayList<>();
        planner.get("/api/me").json().get("routes").forEach(route -> planners.add(route.asText()));
        assertTrue(planners.containsAll(List.of("POST /api/plans/{id}/solve", "POST /api/plans/{id}/publish",
                "DELETE /api/plans/{id}")), planners.toString());
        assertEquals("staff", staff.get("/api/me").json().get("role").asText());
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        String token = TestPlanner.addUser(dataDirectory, "Bo Leder", UserRole.PPR_LEADER, null, null);
        TestPlanner bo = planner.as(token);
        assertEquals(200, bo.get("/api/plans").status());

        revoke("Bo Leder");

        TestPlanner.Response refused = bo.get("/api/plans");
        assertEquals(401, refused.status());
        assertEquals("Authorization", refused.json().get("errors").get(0).get("path").asText());
    }

    @Test
    void thePageLogsInWithALinkAndKeepsAnHttpOnlyStrictCookie() {
        TestPlanner.Response confirm = planner.anonymous().get("/login?token=" + planner.token());
        assertEquals(200, confirm.status(), "a link alone logs nobody in: the page asks first");
        assertNull(confirm.header("Set-Cookie"));
        assertTrue(confirm.body().contains("Log ind som " + TestPlanner.PLANNER_NAME), confirm.body());
        assertTrue(confirm.body().contains("<form method=\"post\" action=\"/login\""), confirm.body());

        TestPlanner.Response login = logIn(planner.token());

        assertEquals(303, login.status());
        assertEquals("/", login.header("Location"));
        String cookie = login.header("Set-Cookie");
        assertNotNull(cookie);
        assertTrue(cookie.startsWith(Access.SESSION_COOKIE + "="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        String session = cookie.substring(0, cookie.indexOf(';'));
        assertFalse(session.contains(planner.token()), "the cookie holds a session of its own, not the token");

        TestPlanner.Response plans = planner.anonymous().send("GET", "/api/plans", null, Map.of("Cookie", session));
        assertEquals(200, plans.status(), plans.body());
        TestPlanner.Response events = planner.anonymous().send("GET", "/api/me", null, Map.of("Cookie", session));
        assertEquals(TestPlanner.PLANNER_NAME, events.json().get("name").asText());

        TestPlanner.Response loggedOut = planner.anonymous().send("POST", "/logout", null,
                Map.of("Cookie", session, "Origin", planner.base.toString()));
        assertEquals(303, loggedOut.status());
        assertEquals(401, planner.anonymous().send("GET", "/api/plans", null, Map.of("Cookie", session)).status(),
                "the session ended at logout");
    }

    @Test
    void theLoginFormPostsTheTokenAndRefusesBadOnesAndStaff() {
        TestPlanner nobody = planner.anonymous();
        String form = nobody.get("/login").body();
        assertTrue(form.contains("<form method=\"post\" action=\"/login\""), form);
        assertFalse(form.contains("<script"), "no script, inline or not");
        assertFalse(form.contains("style"), "no inline style");

        TestPlanner.Response posted = nobody.send("POST", "/login",
                ("token=" + schoolLeader.token()).getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", planner.base.toString()));
        assertEquals(303, posted.status(), posted.body());
        assertTrue(posted.header("Set-Cookie").contains("HttpOnly"));

        assertEquals(401, nobody.get("/login?token=wrong").status());
        assertEquals(400, nobody.get("/login?token=").status());
        assertEquals(403, nobody.get("/login?token=" + staff.token()).status(), "staff use their calendar link");
        assertEquals(null, nobody.get("/login?token=wrong").header("Set-Cookie"));
    }

    @Test
    void aRevokedUsersLoginEndsToo() {
        String token = TestPlanner.addUser(dataDirectory, "Karin Kortvarig", UserRole.PLANNER, null, null);
        String cookie = logIn(token).header("Set-Cookie");
        String session = cookie.substring(0, cookie.indexOf(';'));
        assertEquals(200, planner.anonymous().send("GET", "/api/plans", null, Map.of("Cookie", session)).status());

        revoke("Karin Kortvarig");

        assertEquals(401, planner.anonymous().send("GET", "/api/plans", null, Map.of("Cookie", session)).status());
    }

    @Test
    void changesMadeWithTheCookieMustComeFromThisServersOwnPage() {
        String cookie = logIn(planner.token()).header("Set-Cookie");
        String session = cookie.substring(0, cookie.indexOf(';'));
        byte[] term = TestPlanner.smallTerm(4);
        TestPlanner browser = planner.anonymous();
        String own = planner.base.toString();

        assertEquals(403, browser.send("POST", "/api/plans", term, Map.of("Cookie", session)).status(),
                "no Origin, no Referer");
        TestPlanner.Response foreign = browser.send("POST", "/api/plans", term,
                Map.of("Cookie", session, "Origin", "https://evil.example"));
        assertEquals(403, foreign.status());
        assertEquals("Origin", foreign.json().get("errors").get(0).get("path").asText());
        assertEquals(403, browser.send("POST", "/api/plans", term,
                Map.of("Cookie", session, "Referer", "https://evil.example/page")).status());
        assertEquals(201, browser.send("POST", "/api/plans", term, Map.of("Cookie", session, "Origin", own)).status());
        assertEquals(201, browser.send("POST", "/api/plans", term,
                Map.of("Cookie", session, "Referer", own + "/index.html")).status());
        assertEquals(200, browser.send("GET", "/api/plans", null, Map.of("Cookie", session)).status(),
                "reading needs no Origin");
    }

    @Test
    void aScriptWithATokenNeedsNoOriginButAWrongOneIsRefused() {
        byte[] term = TestPlanner.smallTerm(5);

        assertEquals(201, planner.post("/api/plans", term).status());
        assertEquals(403, planner.send("POST", "/api/plans", term, Map.of("Origin", "https://evil.example")).status());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        List<TestPlanner.Response> answers = List.of(planner.anonymous().get("/"), planner.get("/health"),
                planner.get("/api/plans"), planner.anonymous().get("/api/plans"), planner.get("/api/nothing-here"),
                planner.anonymous().get("/login"), planner.get("/api/plans/" + UNKNOWN_PLAN));

        for (TestPlanner.Response answer : answers) {
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, answer.header("Content-Security-Policy"));
            assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertFalse(answer.header("Content-Security-Policy").contains("unsafe-inline"));
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
            assertEquals("same-origin", answer.header("Referrer-Policy"));
        }
    }

    @Test
    void theFirstStartCreatesAPlannerWhoseLinkWorksAndLaterStartsDoNot(@TempDir Path empty) {
        String token;
        try (PlannerApp first = PlannerApp.start(TestPlanner.settings(empty))) {
            token = first.firstLoginToken().orElseThrow();
            TestPlanner client = TestPlanner.client(URI.create("http://127.0.0.1:" + first.port()), token);
            assertEquals(200, client.get("/api/plans").status());
            assertEquals(PlannerApp.FIRST_PLANNER, client.get("/api/me").json().get("name").asText());
        }
        try (PlannerApp again = PlannerApp.start(TestPlanner.settings(empty))) {
            assertTrue(again.firstLoginToken().isEmpty(), "a store with users is left as it is");
            TestPlanner client = TestPlanner.client(URI.create("http://127.0.0.1:" + again.port()), token);
            assertEquals(200, client.get("/api/plans").status(), "and the first planner's token still works");
        }
    }

    private static void revoke(String name) {
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            UserRecord user = store.listUsers().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
            assertTrue(store.revokeUser(user.id()));
        }
    }

    /** Logs in as the page's confirm button does: the token posted from this server's own page. */
    private TestPlanner.Response logIn(String token) {
        return planner.anonymous().send("POST", "/login", ("token=" + token).getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", planner.base.toString()));
    }
}
