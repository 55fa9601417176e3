package dk.ressourceplan.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether the browser tests can run here. On a developer's machine without Chromium they are skipped with a message;
 * in CI ({@code CI=true}) a missing browser is a failure, because {@code .ci/run} installs it.
 */
final class BrowserAvailability {

    private BrowserAvailability() {
    }

    static void require(Path browser, Path driver) {
        boolean present = Files.isExecutable(browser) && Files.isExecutable(driver);
        if (present) {
            return;
        }
        String missing = "Chromium (" + browser + ") and its driver (" + driver + ") are needed for the browser test; "
                + "install them with: apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(missing);
        }
        Assumptions.abort(missing);
    }
}
