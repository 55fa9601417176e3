package dk.ressourceplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.api.PlannerApp;
import dk.ressourceplan.io.Json;
import java.io.IOException;
import java.net.URI;
import dk.ressourceplan.store.SqlitePlanStore;
import java.net.http.HttpClient;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.UUID;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real service on a free port with its own store, and a headless Chromium on the page, for the browser tests
 * of this package: start it in a {@code @BeforeAll}, close it in an {@code @AfterAll}. Downloads land in their own
 * folder ({@link #downloads}), the driver's log in {@code target/chromedriver.log}, screenshots in
 * {@code target/screenshots/}.
 */
final class BrowserPage implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final PlannerApp app;
    final ChromeDriver driver;
    final String base;
    final Path downloads;
    private final HttpClient http = HttpClient.newHttpClient();

    /** A planner's token: the browser logs in with it, the test's own API calls send it as a Bearer token. */
    private final String token;
    /** The service's data directory, where users are added. */
    private Path dataDirectory;
    /** The tokens of the users {@link #logInAs} added, by name. */
    private final Map<String, String> tokens = new HashMap<>();

    private BrowserPage(PlannerApp app, ChromeDriver driver, Path downloads, String token) {
        this.app = app;
        this.driver = driver;
        this.token = token;
        this.base = "http://127.0.0.1:" + app.port();
        this.downloads = downloads;
    }

    /** Skips (or, in CI, fails) without Chromium; otherwise starts the service and the browser at 1280x800. */
    static BrowserPage start(Path temp, String driverLogName) throws IOException {
        return start(temp, driverLogName, UnaryOperator.identity());
    }

    /** As {@link #start(Path, String)}, with the service's settings changed first (the demo, for instance). */
    static BrowserPage start(Path temp, String driverLogName, UnaryOperator<PlannerApp.Settings> settings)
            throws IOException {
        BrowserAvailability.require(CHROMIUM, CHROMEDRIVER);
        Files.createDirectories(SCREENSHOTS);
        String token = UUID.randomUUID() + "-" + UUID.randomUUID();
        try (SqlitePlanStore store = SqlitePlanStore.open(temp.resolve("data"))) {
            store.createUser("Browser Planner", "PLANNER", null, sha256(token));
        }
        PlannerApp app = PlannerApp.start(settings.apply(PlannerApp.Settings.defaults()
                .withPort(0)
                .withDataDirectory(temp.resolve("data"))
                .withUiDirectory(Path.of("ui"))));
        Path downloads = Files.createDirectories(temp.resolve("downloads")).toAbsolutePath();
        ChromeDriver driver;
        try {
            // The driver's own log goes to a file, never to the test JVM's standard output.
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogFile(Path.of("target", driverLogName).toFile())
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")),
                    "--window-size=1280,800", "--lang=da-DK");
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false,
                    "download.directory_upgrade", true));
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        BrowserPage page = new BrowserPage(app, driver, downloads, token);
        page.dataDirectory = temp.resolve("data");
        // As a planner does with the link the server prints: the session cookie is set, the page opens.
        driver.get(page.base + "/login?token=" + token);
        driver.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
        page.viewport(1280, 800);
        return page;
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            app.close();
        }
    }

    // ------------------------------------------------------------------------------------------ page actions

    /** Uploads a term through the form; the page opens the new plan, whose id is returned. */
    String upload(Path term, String screenshotName) {
        waitFor(By.id("upload-file")).sendKeys(term.toAbsolutePath().toString());
        screenshot(screenshotName);
        click(By.id("upload-submit"));
        wait(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().matches(".*#/plan/[^/]+/school.*"));
        Matcher id = Pattern.compile("#/plan/([^/]+)/").matcher(driver.getCurrentUrl());
        assertTrue(id.find());
        waitFor(By.cssSelector("a.tab[data-view='school']"));
        return id.group(1);
    }

    /**
     * Logs the browser in as a new user of the role, as that user would with the link they were given: the cookie of
     * whoever was logged in before is dropped first. The store is the service's own data directory.
     */
    void logInAs(String name, String role, String schoolId) {
        String userToken = UUID.randomUUID() + "-" + UUID.randomUUID();
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            store.createUser(name, role, schoolId, sha256(userToken));
        }
        tokens.put(name, userToken);
        driver.manage().deleteAllCookies();
        driver.get(base + "/login?token=" + userToken);
        click(By.cssSelector("form[action='/login'] button[type='submit']"));
        wait(Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Solves the open plan from the page and waits until the page shows the solution. */
    void solveOnThePage(String screenshotWhileSolving, int seconds, Duration solveWait) {
        WebElement field = waitFor(By.id("solve-seconds"));
        field.clear();
        field.sendKeys(String.valueOf(seconds));
        click(By.id("solve-start"));
        wait(Duration.ofSeconds(30)).until(d -> "solving".equals(body("data-plan-status"))
                || "true".equals(body("data-solved")));
        if ("solving".equals(body("data-plan-status"))) {
            wait(Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#live-chart svg path")).isEmpty()
                    || "true".equals(body("data-solved")));
            screenshot(screenshotWhileSolving);
        }
        wait(solveWait).until(d -> "idle".equals(body("data-plan-status")) && "true".equals(body("data-solved")));
    }

    String body(String attribute) {
        return driver.findElement(By.tagName("body")).getAttribute(attribute);
    }

    /** Sizes the window so that the page itself gets width x height, as on a screen of that size. */
    void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = ((Number) js("return window.innerWidth;")).longValue();
        long innerHeight = ((Number) js("return window.innerHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(
                (int) (2L * width - innerWidth), (int) (2L * height - innerHeight)));
    }

    /** Waits for the element to show; if it never does, the failure says where the page was and what it logged. */
    WebElement waitFor(By by) {
        try {
            return wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            List<String> log = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage).toList();
            throw new TimeoutException("waiting for " + by + " at " + driver.getCurrentUrl() + "; the browser logged "
                    + log, e);
        }
    }

    void click(By by) {
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** A wait that looks again when the page redraws what it was reading (the page redraws as events arrive). */
    WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new AssertionError("could not save the screenshot " + name, e);
        }
    }

    /**
     * The whole page, not only what fits in the window. Chromium lays the page out without its scroll bar for this
     * (so a little wider) and keeps it so until the window next changes; the scroll bar may then come back between
     * finding an element and clicking it, and a click lands where things were. So the window is set to its size
     * again, and this returns once the page has its scroll bar back.
     */
    void fullPageScreenshot(String name) throws IOException {
        String viewport = "return [window.innerWidth, window.innerHeight, document.documentElement.clientWidth,"
                + " document.documentElement.clientHeight].join('x');";
        Object before = js(viewport);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(window.getWidth(), window.getHeight() + 1));
        driver.manage().window().setSize(window);
        try {
            wait(Duration.ofSeconds(10)).withMessage(() -> "the window did not return to " + before + " but is "
                    + js(viewport)).until(d -> before.equals(js(viewport)));
        } catch (TimeoutException e) {
            // The page grew or shrank meanwhile (it drew what came later), so the scroll bar may rightly differ: what
            // matters for the next click is that the layout has settled.
            Object now = js(viewport);
            pause(Duration.ofMillis(500));
            if (!now.equals(js(viewport))) {
                throw e;
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** No script error and no breach of the Content-Security-Policy: nothing inline, nothing from elsewhere. */
    void assertNoScriptOrPolicyErrors() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Uncaught")
                    || message.contains("SyntaxError") || message.contains("TypeError")) {
                problems.add(message);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Waits for a finished download of that name in {@link #downloads} (Chrome writes *.crdownload until then). */
    Path awaitDownload(String fileName, Duration timeout) {
        Path file = downloads.resolve(fileName);
        wait(timeout).withMessage(() -> "no download " + fileName + " in " + listing()).until(d -> {
            try {
                return Files.isRegularFile(file) && Files.size(file) > 0
                        && !Files.exists(downloads.resolve(fileName + ".crdownload"));
            } catch (IOException e) {
                return false;
            }
        });
        return file;
    }

    private String listing() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.map(p -> p.getFileName().toString()).toList().toString();
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    // ------------------------------------------------------------------------------------------ the API's view

    HttpResponse<String> post(String path, String body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode getJson(String path) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Json.mapper().readTree(response.body());
    }

    /** What the API answers a user {@link #logInAs} added. */
    JsonNode getJsonAs(String path, String name) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Authorization", "Bearer " + tokens.get(name)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            return Json.mapper().readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The latest solution of a plan, as the API gives it. */
    JsonNode solutionOf(String planId) throws IOException {
        assertNotNull(planId, "the plan was uploaded and solved by an earlier test");
        JsonNode solution = getJson("/api/plans/" + planId).get("solution");
        assertNotNull(solution, "the plan has a solution");
        return solution;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        HttpRequest authorised = HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Authorization", "Bearer " + token).build();
        try {
            return http.send(authorised, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
