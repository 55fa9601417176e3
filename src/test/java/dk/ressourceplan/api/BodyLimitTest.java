package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.io.workbook.TermWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** One body limit for a JSON term and a workbook alike, the same in {@code serve}, the service and the README. */
class BodyLimitTest {

    private static final long MEGABYTE = 1024L * 1024L;

    @Test
    void theServiceTheServeCommandAndTheReadmeStateOneLimit() throws Exception {
        long bytes = PlannerApp.Settings.defaults().maxBodyBytes();
        String serveDefault = new CommandLine(new ServeCommand()).getCommandSpec().findOption("--max-body-mb")
                .defaultValue();

        assertEquals(TermWorkbook.MAX_FILE_BYTES, bytes, "a workbook fits in the body a JSON term may fill");
        assertEquals(bytes, Long.parseLong(serveDefault) * MEGABYTE);
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("A request body over " + bytes / MEGABYTE + " MB (`serve --max-body-mb`)"),
                "the README's limits");
    }
}
