package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 9: the Origin of a change is compared with where the page is served from (this machine's own
 * addresses, or {@code serve --public-url}), never with the request's own Host header; wrong tokens are throttled per
 * address. (That a login link only asks, and the form's POST logs in, is in {@link AccessRulesTest}.)
 */
class LoginDefencesTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aSiteWhoseNameLeadsHereIsNotThisServersPage() throws IOException {
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            String session = session(planner);
            int port = planner.base.getPort();
            // A DNS-rebinding page: its name resolves to this machine, so Host and Origin agree with each other.
            String spoofed = post(port, "evil.example:" + port, "http://evil.example:" + port, session);
            assertTrue(spoofed.startsWith("HTTP/1.1 403"), spoofed);

            String own = post(port, "127.0.0.1:" + port, "http://127.0.0.1:" + port, session);
            assertTrue(own.startsWith("HTTP/1.1 201"), own);
            String byName = post(port, "localhost:" + port, "http://localhost:" + port, session);
            assertTrue(byName.startsWith("HTTP/1.1 201"), byName);
        }
    }

    @Test
    void behindAProxyOnlyThePublicAddressIsThePage() {
        try (TestPlanner planner = TestPlanner.start(TestPlanner.settings(dataDirectory)
                .withPublicUrl("https://plan.example.dk"))) {
            String session = session(planner, "https://plan.example.dk");
            byte[] term = TestPlanner.smallTerm(3);

            assertEquals(201, planner.anonymous().send("POST", "/api/plans", term,
                    Map.of("Cookie", session, "Origin", "https://plan.example.dk")).status());
            assertEquals(403, planner.anonymous().send("POST", "/api/plans", term,
                    Map.of("Cookie", session, "Origin", planner.base.toString())).status(),
                    "the machine's own address is not where users open the page");
        }
    }

    @Test
    void wrongTokensFromOneAddressAreThrottled() {
        try (TestPlanner planner = TestPlanner.start(dataDirectory)) {
            TestPlanner guesser = planner.as("wrong-token");
            for (int i = 0; i < TokenThrottle.DEFAULT_LIMIT; i++) {
                assertEquals(401, guesser.get("/api/plans").status(), "guess " + i);
            }
            TestPlanner.Response throttled = guesser.get("/api/plans");
            assertEquals(429, throttled.status());
            assertNotNull(throttled.header("Retry-After"));
            assertTrue(Integer.parseInt(throttled.header("Retry-After")) <= TokenThrottle.WINDOW.toSeconds() + 1);
            assertTrue(throttled.json().get("errors").get(0).get("messageDa").asText().startsWith("For mange"));

            assertEquals(429, planner.get("/api/plans").status(), "the address waits, right token or not");
            assertEquals(429, planner.anonymous().get("/login?token=another-guess").status());
            assertEquals(429, planner.anonymous().get("/feed/another-guess.ics").status());
            assertEquals(200, planner.anonymous().get("/health").status(), "what needs no token still answers");
        }
    }

    private static String session(TestPlanner planner) {
        return session(planner, planner.base.toString());
    }

    private static String session(TestPlanner planner, String origin) {
        TestPlanner.Response login = planner.anonymous().send("POST", "/login",
                ("token=" + planner.token()).getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", origin));
        assertEquals(303, login.status(), login.body());
        String cookie = login.header("Set-Cookie");
        return cookie.substring(0, cookie.indexOf(';'));
    }

    /** A term submitted with the cookie, with the Host and Origin of the test's choosing. */
    private static String post(int port, String host, String origin, String session) throws IOException {
        byte[] term = TestPlanner.smallTerm(5);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/plans HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + origin + "\r\nCookie: " + session
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + term.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(term);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
