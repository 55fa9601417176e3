package dk.ressourceplan.api;

import dk.ressourceplan.plans.Planning;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the planner service, the API and the page, on this machine until stopped. It listens on this
 * machine only unless told otherwise with {@code --allow-remote}: the service speaks plain HTTP, so anywhere else
 * it belongs behind a proxy that adds TLS.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the planner: the API and the page, with plans kept in the data directory.")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;
    @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only). Any other address "
                    + "needs --allow-remote.")
    String host;
    @Option(names = "--allow-remote", description = "Allow listening on an address other machines can reach. "
            + "Put a proxy with TLS in front: tokens and plans travel in the clear otherwise.")
    boolean allowRemote;
    @Option(names = "--data-dir", description = "Where the plans are kept (default var).")
    Path dataDirectory = Planning.DEFAULT_DATA_DIRECTORY;
    /** Long enough for a good plan of the largest demo municipality, short enough to be ready as the page opens. */
    static final int DEMO_SOLVE_SECONDS = 20;

    @Option(names = "--demo", description = "Load the demo municipalities if there are no plans yet, and solve and "
            + "publish each (" + DEMO_SOLVE_SECONDS + " s each), so that there are plans to read at once.")
    boolean demo;
    @Option(names = "--max-concurrent-solves", description = "Plans solved at once; more wait their turn "
            + "(default: one per core).")
    Integer maxConcurrentSolves;
    @Option(names = "--max-solve-seconds", defaultValue = "1800",
            description = "Longest solve a request may ask for (default ${DEFAULT-VALUE}).")
    int maxSolveSeconds;
    @Option(names = "--ui-dir", description = "For development: serve the page from this folder (ui) instead of the "
            + "copy in the jar, so that a change shows on reload.")
    Path uiDirectory;
    @Option(names = "--public-url", description = "The address users open the page at, when the service runs behind "
            + "a proxy (https://plan.example.dk): changes are accepted only from a page served there. Default: this "
            + "machine's own addresses.")
    String publicUrl;
    @Option(names = "--max-body-mb", defaultValue = "20",
            description = "Largest request body in MB, a workbook upload included (default ${DEFAULT-VALUE}).")
    int maxBodyMegabytes;

    @Override
    public Integer call() throws InterruptedException, UnknownHostException {
        boolean loopback = isLoopback(host);
        if (!loopback && !allowRemote) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--host " + host + " can be reached from other "
                    + "machines; add --allow-remote to mean it, and put a proxy with TLS in front.");
        }
        if (!loopback && publicUrl == null) {
            LOG.warn("Listening on {} without --public-url: the page's changes (solve, publish, rerun) are accepted "
                    + "only from a page opened at this machine's own addresses; give the address users open", host);
        }
        if (!loopback) {
            LOG.warn("Listening on {}, reachable from other machines: put a proxy with TLS in front, or tokens, "
                    + "logins and plans travel in the clear", host);
        }
        PlannerApp.Settings defaults = PlannerApp.Settings.defaults();
        PlannerApp app = PlannerApp.start(new PlannerApp.Settings(host, port, dataDirectory, uiDirectory,
                demo ? Path.of("data") : null, maxBodyMegabytes * 1024L * 1024L,
                maxConcurrentSolves == null ? defaults.maxConcurrentSolves() : maxConcurrentSolves, maxSolveSeconds,
                publicUrl(publicUrl), demo ? DEMO_SOLVE_SECONDS : 0));
        // Ctrl-C or a plain kill stops the solves cleanly, keeping the best solution each found.
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
        String address = "http://" + (InetAddress.getByName(host).isAnyLocalAddress() ? "127.0.0.1" : host) + ":"
                + app.port();
        System.out.println("Ressourceplan is running at " + address + "/");
        app.firstLoginToken().ifPresentOrElse(token -> {
            System.out.println();
            System.out.println("There were no users, so a planner was created. Log in by opening this link");
            System.out.println("(it is shown only now; keep it to yourself, and add other users with `user add`):");
            System.out.println();
            System.out.println("    " + address + "/login?token=" + token);
            System.out.println();
        }, () -> System.out.println("Log in at " + address + "/login with a token from `user add`."));
        System.out.flush();
        Thread.currentThread().join();
        return 0;
    }

    /** The public address as an origin the browser sends: scheme, host and port, nothing after them. */
    private String publicUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getRawAuthority() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new URISyntaxException(url, "not an http(s) address");
            }
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (URISyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--public-url must be an address such as "
                    + "https://plan.example.dk, not " + url);
        }
    }

    private static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
