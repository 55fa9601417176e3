package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dk.ressourceplan.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code serve} in a JVM of its own, for what a test cannot do to a service in its own JVM: kill it, or starve its heap. */
final class ServeProcess {

    private static final Pattern RUNNING_AT = Pattern.compile("running at (http://\\S+)");
    private static final Pattern LOGIN_LINK = Pattern.compile("/login\\?token=(\\S+)");

    private ServeProcess() {
    }

    /** The service on a free port with its log in {@code server.log} in the data directory. */
    static Process start(Path dataDirectory, List<String> jvmOptions, String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port",
                "0", "--data-dir", dataDirectory.toString()));
        command.addAll(List.of(options));
        return new ProcessBuilder(command)
                .redirectError(log(dataDirectory).toFile())
                .start();
    }

    static Path log(Path dataDirectory) {
        return dataDirectory.resolve("server.log");
    }

    /**
     * Reads the server's standard output until it says where it listens and gives the login link of the planner
     * it made on its first start, and answers a client with that planner's token.
     */
    static TestPlanner firstPlanner(Process server) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        URI base = null;
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            Matcher running = RUNNING_AT.matcher(line);
            Matcher login = LOGIN_LINK.matcher(line);
            if (running.find()) {
                base = URI.create(running.group(1));
            } else if (login.find()) {
                assertNotNull(base, "the server says where it runs before the login link");
                return TestPlanner.client(base, login.group(1));
            }
        }
        throw new AssertionError("the server stopped without saying where it listens and how to log in");
    }
}
