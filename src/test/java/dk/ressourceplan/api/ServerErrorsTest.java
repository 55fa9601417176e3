package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the web server refuses before any route sees it (issue 17, item 8) still carries the security headers and
 * the API's error shape in the caller's words, naming none of the server's classes. Sent over a plain socket, as
 * written: an HTTP client would tidy the addresses first.
 */
class ServerErrorsTest {

    @TempDir
    static Path dataDirectory;
    private static TestPlanner planner;

    @BeforeAll
    static void start() {
        planner = TestPlanner.start(dataDirectory);
    }

    @AfterAll
    static void stop() {
        planner.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GET /%c0%ae HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        "GET /../x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        "GET /api/plans/..%2f..%2fx HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        "GET /a\\b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nNot a header\r\nConnection: close\r\n\r\n",
    })
    void aRequestTheServerRefusesItselfGetsTheHeadersAndWords(String request) throws IOException {
        String answer = send(request);
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);

        assertTrue(head.startsWith("http/1.1 4"), head);
        assertTrue(head.contains("content-security-policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY.toLowerCase(Locale.ROOT)),
                head);
        assertTrue(head.contains("x-content-type-options: nosniff"), head);
        assertTrue(head.contains("referrer-policy: same-origin"), head);
        assertTrue(body.contains("\"messageDa\""), body);
        assertFalse(body.contains("Exception") || body.contains("org.eclipse") || body.contains("jetty"), body);
    }

    @org.junit.jupiter.api.Test
    void anOrdinaryAnswerIsUnchanged() throws IOException {
        String answer = send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertEquals("{\"status\":\"ok\"}", answer.substring(answer.indexOf("\r\n\r\n") + 4).trim());
    }

    private static String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", planner.base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
