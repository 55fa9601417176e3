package dk.ressourceplan.api;

import dk.ressourceplan.store.SqlitePlanStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the planner service, the API and the page, on this machine until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the planner: the API and the page, with plans kept in the data directory.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only).")
    String host;
    @Option(names = "--data-dir", description = "Where the plans are kept (default var).")
    Path dataDirectory = SqlitePlanStore.DEFAULT_DATA_DIRECTORY;
    @Option(names = "--demo", description = "Load the demo municipalities if there are no plans yet.")
    boolean demo;
    @Option(names = "--max-concurrent-solves", description = "Plans solved at once; more wait their turn "
            + "(default: one per core).")
    Integer maxConcurrentSolves;
    @Option(names = "--max-solve-seconds", defaultValue = "1800",
            description = "Longest solve a request may ask for (default ${DEFAULT-VALUE}).")
    int maxSolveSeconds;
    @Option(names = "--max-body-mb", defaultValue = "10",
            description = "Largest request body in MB (default ${DEFAULT-VALUE}).")
    int maxBodyMegabytes;

    @Override
    public Integer call() throws InterruptedException {
        PlannerApp.Settings defaults = PlannerApp.Settings.defaults();
        PlannerApp app = PlannerApp.start(new PlannerApp.Settings(host, port, dataDirectory, defaults.uiDirectory(),
                demo ? Path.of("data") : null, maxBodyMegabytes * 1024L * 1024L,
                maxConcurrentSolves == null ? defaults.maxConcurrentSolves() : maxConcurrentSolves, maxSolveSeconds));
        // Ctrl-C or a plain kill stops the solves cleanly, keeping the best solution each found.
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
        System.out.println("Ressourceplan is running at http://" + host + ":" + app.port() + "/");
        Thread.currentThread().join();
        return 0;
    }
}
