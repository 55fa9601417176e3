package dk.ressourceplan.plans;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.PlanReader;
import dk.ressourceplan.store.PlanStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo municipalities, {@code demo-*.json} in the data directory or, when the jar runs elsewhere, the copies
 * packed into it under {@code /data}: loaded into an empty store so that a first look has something to show.
 */
public final class DemoPlans {

    public static final String AUTHOR = "demo";
    private static final String PATTERN = "demo-*.json";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPlans.class);

    private DemoPlans() {
    }

    /** @return the ids of the plans loaded: none if the store already has plans */
    static List<String> loadIfEmpty(PlanStore store, Path directory) {
        if (!store.listPlans().isEmpty()) {
            return List.of();
        }
        try {
            List<byte[]> demos = Files.isDirectory(directory) ? read(directory) : List.of();
            if (demos.isEmpty()) {
                demos = readPacked();
            }
            List<String> loaded = new ArrayList<>();
            for (byte[] demo : demos) {
                PlanDocument problem = PlanReader.read(demo);
                loaded.add(store.createPlan(PlanNames.of(problem, null), AUTHOR,
                        Json.mapper().writeValueAsString(problem.problem())).id());
            }
            LOG.info("Loaded {} demo plans", demos.size());
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the demo plans", e);
        }
    }

    private static List<byte[]> readPacked() throws IOException {
        URL packed = DemoPlans.class.getResource("/data");
        if (packed == null) {
            LOG.warn("No demo plans: neither data/{} nor /data in the jar", PATTERN);
            return List.of();
        }
        URI uri;
        try {
            uri = packed.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (!"jar".equals(uri.getScheme())) {
            return read(Path.of(uri));
        }
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return read(jar.getPath("/data"));
        }
    }

    private static List<byte[]> read(Path directory) throws IOException {
        PathMatcher matcher = directory.getFileSystem().getPathMatcher("glob:" + PATTERN);
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> demos = files.filter(file -> matcher.matches(file.getFileName())).sorted().toList();
            List<byte[]> contents = new ArrayList<>();
            for (Path demo : demos) {
                contents.add(Files.readAllBytes(demo));
            }
            return contents;
        }
    }
}
