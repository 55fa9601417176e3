package dk.ressourceplan.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class BrowserAvailabilityTest {

    private static final Path MISSING = Path.of("/nonexistent/chromium");

    @Test
    void aMissingBrowserSkipsTheTestOnADevelopersMachineAndFailsItInCi() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Class<? extends Throwable> expected = ci ? AssertionFailedError.class : TestAbortedException.class;
        assertThrows(expected, () -> BrowserAvailability.require(MISSING, MISSING));
    }

    @Test
    void executablesThatArePresentLetTheTestRun() {
        Path executable = Path.of(System.getProperty("java.home"), "bin", "java");
        assertDoesNotThrow(() -> BrowserAvailability.require(executable, executable));
    }
}
