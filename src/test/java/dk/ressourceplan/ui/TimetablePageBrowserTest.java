package dk.ressourceplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.ressourceplan.io.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The timetable page in a real headless Chromium against the real service: a planner uploads the small demo and
 * solves it; a school leader finds the school's fortnight; the staff view draws the drives; the page speaks English
 * on request; an overloaded term lists what is left uncovered. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Uses Debian's {@code chromium} and {@code chromium-driver}; without them the test is skipped on a developer's
 * machine and fails in CI ({@code CI=true}), where {@code .ci/run} installs them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimetablePageBrowserTest {

    private static final Path SCREENSHOTS = BrowserPage.SCREENSHOTS;
    private static final Duration SOLVE_WAIT = Duration.ofSeconds(180);
    private static final int SOLVE_SECONDS = 10;

    private Path temp;
    private BrowserPage page;
    private ChromeDriver driver;
    private String base;
    private String smallPlanId;

    @BeforeAll
    void startServiceAndBrowser(@TempDir Path temp) throws IOException {
        this.temp = temp;
        page = BrowserPage.start(temp, "chromedriver.log");
        driver = page.driver;
        base = page.base;
    }

    @AfterAll
    void stop() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void aPlannerUploadsTheSmallDemoAndSolvesIt() throws IOException {
        driver.get(base + "/");
        waitFor(By.cssSelector("#plans-list"));
        assertEquals("Planer", driver.findElement(By.id("plans-title")).getText(), "the page opens in Danish");
        assertEquals("da", driver.findElement(By.tagName("html")).getAttribute("lang"));
        screenshot("01-plans-empty");

        smallPlanId = upload(Path.of("data", "demo-small.json"), "02-upload-chosen");
        solveOnThePage("03-solving");
        WebElement chart = driver.findElement(By.cssSelector("#live-chart svg.score-chart"));
        assertFalse(chart.findElements(By.tagName("path")).isEmpty(), "the chart draws the best score over time");
        assertEquals(3, chart.findElements(By.cssSelector(".chart-label")).size(), "a line per level of the score");
        screenshot("04-solved");
        assertNoScriptOrPolicyErrors();
    }

    @Test
    @Order(2)
    void aSchoolLeaderFindsTheSchoolsFortnightInThreeClicksWithTheSessionsOfTheApi() throws Exception {
        JsonNode solution = solutionOf(smallPlanId);
        String schoolId = busiestSchool(solution);

        driver.get(base + "/");
        click(By.cssSelector(".plan-card[data-plan-id='" + smallPlanId + "'] .plan-name"));          // 1
        click(By.cssSelector(".chooser-item[data-school-id='" + schoolId + "']"));                   // 2
        waitFor(By.cssSelector(".tt .block"));
        screenshot("05-school-view");
        fullPageScreenshot("05-school-view-full");

        List<JsonNode> expected = sessionsWhere(solution, "schoolId", schoolId);
        List<WebElement> blocks = driver.findElements(By.cssSelector(".tt .block"));
        Set<String> shownIds = blocks.stream().map(b -> b.getAttribute("data-session-id")).collect(Collectors.toSet());
        Set<String> expectedIds = expected.stream().map(s -> s.get("id").asText()).collect(Collectors.toSet());
        assertEquals(expectedIds, shownIds, "the school view shows exactly the school's sessions");
        long expectedBlocks = expected.stream().mapToLong(s -> "AB".equals(s.get("week").asText()) ? 2 : 1).sum();
        assertEquals(expectedBlocks, blocks.size(), "a weekly session in week A and in week B, the others once");
        String schoolName = schoolName(solution, schoolId);
        assertEquals(schoolName, driver.findElement(By.id("entity-title")).getText());

        // The details of a session, and the downloads for this school.
        blocks.get(0).click();
        waitFor(By.cssSelector("#details"));
        assertTrue(driver.findElement(By.id("details")).getText().contains(schoolName));
        List<WebElement> downloads = driver.findElements(By.cssSelector(".downloads a[data-format]"));
        assertEquals(Set.of("ics", "xlsx", "csv"),
                downloads.stream().map(a -> a.getAttribute("data-format")).collect(Collectors.toSet()));
        assertTrue(downloads.stream().allMatch(a -> a.getAttribute("href").endsWith("?school=" + schoolId)));
        screenshot("06-school-details");
        assertEveryFieldHasALabel();
        assertNoScriptOrPolicyErrors();
    }

    @Test
    @Order(3)
    void aSchoolsFortnightIsReachableByKeyboardAlone() throws Exception {
        String schoolId = busiestSchool(solutionOf(smallPlanId));
        driver.get(base + "/#/plan/" + smallPlanId + "/school");
        waitFor(By.cssSelector(".chooser-item"));
        WebElement focused = null;
        for (int presses = 0; presses < 60; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focused = driver.switchTo().activeElement();
            if (schoolId.equals(focused.getAttribute("data-school-id"))) {
                break;
            }
        }
        assertNotNull(focused);
        assertEquals(schoolId, focused.getAttribute("data-school-id"), "Tab reaches the school in the chooser");
        String outline = (String) js("return getComputedStyle(document.activeElement).outlineStyle;");
        assertFalse("none".equals(outline), "the focused school is visibly outlined");
        screenshot("06b-keyboard-focus");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitFor(By.cssSelector(".tt .block"));
        assertEquals(schoolName(solutionOf(smallPlanId), schoolId), driver.findElement(By.id("entity-title")).getText());

        // A session's details open from its block and close with Escape, the focus back on the block.
        WebElement block = driver.findElement(By.cssSelector(".tt .block[data-session-id]"));
        String sessionId = block.getAttribute("data-session-id");
        click(By.cssSelector(".tt .block[data-session-id='" + sessionId + "']"));
        waitFor(By.id("details"));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait(Duration.ofSeconds(10)).until(d -> d.findElements(By.id("details")).isEmpty());
        wait(Duration.ofSeconds(10)).until(d -> sessionId.equals(d.switchTo().activeElement()
                .getAttribute("data-session-id")));
    }

    @Test
    @Order(4)
    void theStaffViewDrawsTheDrivesBetweenSchools() throws Exception {
        JsonNode solution = solutionOf(smallPlanId);
        String staffId = mostTravelledStaffMember(solution);

        click(By.cssSelector("a.tab[data-view='staff']"));
        // The school chosen in the school view narrows the list of staff; all schools, to find anyone.
        new Select(waitFor(By.id("filter-staff-school"))).selectByValue("");
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#filter-staff option[value='" + staffId + "']")));
        new Select(driver.findElement(By.id("filter-staff"))).selectByValue(staffId);
        waitFor(By.cssSelector(".tt .travel-block"));
        List<WebElement> travel = driver.findElements(By.cssSelector(".tt .travel-block"));
        assertFalse(travel.isEmpty(), "the staff view draws travel blocks");
        assertTrue(travel.stream().allMatch(t -> Integer.parseInt(t.getAttribute("data-minutes")) > 0));
        Set<String> shownIds = driver.findElements(By.cssSelector(".tt .block")).stream()
                .map(b -> b.getAttribute("data-session-id")).collect(Collectors.toSet());
        assertEquals(sessionsWhere(solution, "staffId", staffId).stream().map(s -> s.get("id").asText())
                .collect(Collectors.toSet()), shownIds, "the staff view shows the person's sessions");
        screenshot("07-staff-view");
        fullPageScreenshot("07-staff-view-full");

        // The drives the page draws add up to the service's own travel KPI.
        click(By.cssSelector("a.tab[data-view='kpis']"));
        waitFor(By.cssSelector(".load-row"));
        long pageTravel = driver.findElements(By.cssSelector(".load-row")).stream()
                .mapToLong(row -> Long.parseLong(row.getAttribute("data-travel-minutes"))).sum();
        assertEquals(solution.get("kpis").get("travelMinutesPerFortnight").asLong(), pageTravel,
                "the page computes travel as the service does");
        screenshot("08-kpis");

        click(By.cssSelector("a.tab[data-view='map']"));
        waitFor(By.cssSelector("svg.map .map-route line"));
        screenshot("09-map");

        JsonNode lesson = sessionsWhere(solution, "type", "co-teaching").get(0);
        click(By.cssSelector("a.tab[data-view='class']"));
        new Select(waitFor(By.id("filter-class-school"))).selectByValue(lesson.get("schoolId").asText());
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#filter-class option[value='" + lesson.get("classId").asText() + "']")));
        new Select(driver.findElement(By.id("filter-class"))).selectByValue(lesson.get("classId").asText());
        waitFor(By.cssSelector(".tt .block[data-session-id='" + lesson.get("id").asText() + "']"));
        screenshot("10-class-view");

        click(By.cssSelector("a.tab[data-view='why']"));
        waitFor(By.cssSelector(".why"));
        screenshot("11-why");
        // A solved plan always has something to explain (at least its travel); a finding takes the reader to its
        // sessions, marked in the grid. Preferences start closed: a plan that covers everything has only those.
        if (driver.findElements(By.cssSelector(".why-rule[open] .why-matches button")).isEmpty()) {
            click(By.cssSelector(".why-rule:not([open]) summary"));
        }
        List<WebElement> findings = driver.findElements(By.cssSelector(".why-rule[open] .why-matches button"));
        assertFalse(findings.isEmpty(), "the analysis lists findings");
        findings.get(0).click();
        waitFor(By.cssSelector(".tt"));
        screenshot("11b-why-to-grid");
        assertNoScriptOrPolicyErrors();
    }

    @Test
    @Order(5)
    void switchingToEnglishChangesTheLabels() {
        driver.get(base + "/#/plan/" + smallPlanId + "/school");
        WebElement schoolTab = waitFor(By.cssSelector("a.tab[data-view='school']"));
        assertEquals("Skole", schoolTab.getText());
        assertEquals("Beregn plan", driver.findElement(By.id("solve-start")).getText());

        click(By.id("lang-en"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(
                By.cssSelector("a.tab[data-view='school']"), "School"));
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Solve plan", driver.findElement(By.id("solve-start")).getText());
        assertEquals("Staff member", driver.findElement(By.cssSelector("a.tab[data-view='staff']")).getText());
        assertEquals("Choose your school", driver.findElement(By.id("chooser-title")).getText());
        assertEquals("true", driver.findElement(By.id("lang-en")).getAttribute("aria-pressed"));
        screenshot("12-english");

        click(By.id("lang-da"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(
                By.cssSelector("a.tab[data-view='school']"), "Skole"));
    }

    @Test
    @Order(6)
    void theUploadShowsTheFieldErrorsOfTheApiInTheChosenLanguage() throws IOException {
        Path wrong = temp.resolve("wrong-term.json");
        Files.writeString(wrong, "{\"term\": {}, \"schools\": [{\"id\": 1}]}");
        HttpResponse<String> api = post("/api/plans", Files.readString(wrong));
        assertEquals(400, api.statusCode());
        int errors = Json.mapper().readTree(api.body()).get("errors").size();

        driver.get(base + "/");
        // Sent without a file: a hint, not an error about a file.
        click(By.id("upload-submit"));
        WebElement hint = waitFor(By.id("upload-no-file"));
        assertEquals("Vælg først en fil.", hint.getText());
        assertFalse(driver.findElement(By.id("upload-errors")).getText().contains("Filen kan ikke bruges"));

        waitFor(By.id("upload-file")).sendKeys(wrong.toAbsolutePath().toString());
        click(By.id("upload-submit"));
        waitFor(By.cssSelector("#upload-errors .field-errors li"));
        List<WebElement> shown = driver.findElements(By.cssSelector("#upload-errors .field-errors li"));
        assertEquals(errors, shown.size(), "every error the API names is listed");
        assertTrue(shown.stream().anyMatch(li -> li.getText().equals("term.firstDate: skal angives")), texts(shown));
        screenshot("13-upload-errors-da");

        click(By.id("lang-en"));
        wait(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#upload-errors .field-errors li"))
                .stream().anyMatch(li -> li.getText().equals("term.firstDate: is required")));
        screenshot("14-upload-errors-en");
        click(By.id("lang-da"));
    }

    @Test
    @Order(7)
    void anOverloadedTermListsWhatIsLeftUncovered() throws Exception {
        Path overloaded = temp.resolve("demo-small-overloaded.json");
        Files.writeString(overloaded, Json.mapper().writeValueAsString(withOneCoTeacher(Path.of("data", "demo-small.json"))));

        driver.get(base + "/");
        waitFor(By.cssSelector("#plans-list .plan-card"));
        String planId = upload(overloaded, "15-overloaded-upload");
        solveOnThePage("15-overloaded-solving");

        JsonNode solution = solutionOf(planId);
        int uncovered = solution.get("uncovered").size();
        assertTrue(uncovered > 0, "one co-teacher cannot cover the small demo");

        click(By.cssSelector("a.tab[data-view='uncovered']"));
        waitFor(By.cssSelector(".uncovered-table .uncovered-item"));
        List<WebElement> rows = driver.findElements(By.cssSelector(".uncovered-table .uncovered-item"));
        assertEquals(uncovered, rows.size(), "every uncovered demand is in the list");
        assertEquals(highestPriority(solution), rows.get(0).getAttribute("data-priority"), "the most important first");
        assertTrue(driver.findElement(By.cssSelector("a.tab[data-view='uncovered']")).getText()
                .contains("(" + uncovered + ")"));
        screenshot("16-uncovered-list");

        // From the list to the grid: the school's timetable with the demand's sessions marked.
        String demandId = rows.get(0).getAttribute("data-demand-id");
        rows.get(0).findElement(By.tagName("button")).click();
        waitFor(By.cssSelector(".tt .block.uncovered.highlight[data-demand-id='" + demandId + "']"));
        screenshot("17-uncovered-in-grid");
        assertNoScriptOrPolicyErrors();
    }

    @Test
    @Order(8)
    void oneSchoolsFortnightPrintsAWeekToAnA4LandscapePage() throws Exception {
        JsonNode solution = solutionOf(smallPlanId);
        String schoolId = busiestSchool(solution);
        driver.get(base + "/#/plan/" + smallPlanId + "/school?school=" + schoolId);
        waitFor(By.cssSelector(".tt .block"));

        PrintOptions print = new PrintOptions();
        print.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        print.setPageSize(PageSize.ISO_A4);
        print.setBackground(true);
        print.setPageMargin(new PageMargin(0.8, 0.8, 0.8, 0.8));
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(print).getContent());
        Files.write(SCREENSHOTS.resolve("18-school-print.pdf"), pdf);
        assertEquals(2, pageCount(pdf), "week A on one page, week B on the next (issue 15: names and times in full)");

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        screenshot("18-school-print-preview");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    @Order(9)
    void thePageWorksAtPhoneWidth() throws Exception {
        JsonNode solution = solutionOf(smallPlanId);
        String schoolId = busiestSchool(solution);
        viewport(390, 844);
        try {
            driver.get(base + "/");
            waitFor(By.cssSelector(".plan-card"));
            screenshot("19-phone-plans");
            click(By.cssSelector(".plan-card[data-plan-id='" + smallPlanId + "'] .plan-name"));
            waitFor(By.cssSelector(".chooser-item[data-school-id='" + schoolId + "']"));
            screenshot("20-phone-school-chooser");
            click(By.cssSelector(".chooser-item[data-school-id='" + schoolId + "']"));
            waitFor(By.cssSelector(".tt .block"));
            assertEquals("A", driver.findElement(By.cssSelector(".tt")).getAttribute("data-week-mode"),
                    "a phone shows one week at a time");
            screenshot("21-phone-school-view");
            long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
            Object wide = js("const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);"
                    + "return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                    + ".filter(e => { for (let p = e.parentElement; p; p = p.parentElement) { if (scrolls(p)) return false; }"
                    + " return true; })"
                    + ".slice(0, 8).map(e => e.tagName + '.' + e.getAttribute('class')).join('; ');");
            assertTrue(overflow <= 0, "the page does not scroll sideways, only the timetable and tables do: " + wide);
        } finally {
            viewport(1280, 800);
        }
    }

    // ------------------------------------------------------------------------------------------ page actions
    // (BrowserPage has them; these keep the tests above short.)

    /**
     * Issue 20 on the page: the planner brings a school's class timetables in from Untis below the plan, reads what
     * was set, and submits the new term as a new plan; a file in the wrong format is refused with its lines, and the
     * plan is left as it was.
     */
    @Test
    @Order(10)
    void aPlannerBringsASchoolsTimetablesInFromUntisAndSubmitsTheTerm() throws IOException {
        assertNotNull(smallPlanId, "the small demo was uploaded by the first test");
        driver.get(base + "/#/plan/" + smallPlanId + "/school");
        click(By.cssSelector("#timetable-import summary"));
        new Select(waitFor(By.id("tt-school"))).selectByValue("s01");
        new Select(driver.findElement(By.id("tt-format"))).selectByValue("csv");
        driver.findElement(By.id("tt-input")).sendKeys(Path.of("data", "skemaer", "GPU001.TXT").toAbsolutePath().toString());
        click(By.id("tt-submit"));
        WebElement refused = waitFor(By.id("tt-errors"));
        assertTrue(refused.getText().contains("terminen er ikke ændret"), refused.getText());
        assertFalse(refused.findElements(By.tagName("li")).isEmpty(), "each problem listed");

        new Select(driver.findElement(By.id("tt-format"))).selectByValue("untis");
        driver.findElement(By.id("tt-grid")).sendKeys(
                Path.of("data", "skemaer", "lektionsplan.csv").toAbsolutePath().toString());
        click(By.id("tt-submit"));
        WebElement summary = waitFor(By.id("tt-summary"));
        assertFalse(summary.findElements(By.cssSelector(".tt-classes li")).isEmpty(), summary.getText());
        assertTrue(summary.getText().contains("lektionerne om ugen") || summary.getText().contains("lektioner om ugen"),
                summary.getText());
        screenshot("10-timetables-read");
        assertEveryFieldHasALabel();

        click(By.id("tt-submit-term"));
        wait(Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains(smallPlanId));
        String newPlan = driver.getCurrentUrl().replaceAll(".*#/plan/([^/]+)/.*", "$1");
        JsonNode lessons = null;
        for (JsonNode schoolClass : page.getJson("/api/plans/" + newPlan).get("problem").get("classes")) {
            if (schoolClass.get("id").asText().equals("s01-5b")) {
                lessons = schoolClass.get("lessons");
            }
        }
        assertNotNull(lessons, "the new plan's term has the class");
        assertTrue(lessons.size() > 0, "with the lessons from the Untis file");
        assertNoScriptOrPolicyErrors();
    }

    private String upload(Path term, String screenshotName) {
        return page.upload(term, screenshotName);
    }

    /** The page's own model, run in the browser: two people of one name are told apart by their ids, others not. */
    @Test
    @Order(11)
    void twoStaffMembersWithTheSameNameAreToldApart() {
        driver.get(base + "/");
        waitFor(By.id("upload-file"));
        Object names = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('./model.js').then((m) => done([...m.buildModel({ problem: { staff: ["
                + "{ id: 'ppr-01', name: 'Anne Holm' }, { id: 'ppr-02', name: 'Anne Holm' }, { id: 'ct-01', name: 'Bo Berg' }"
                + "] } }).staff.values()].map((p) => p.name)), (e) => done(String(e)));");
        assertEquals(List.of("Anne Holm (ppr-01)", "Anne Holm (ppr-02)", "Bo Berg"), names);
    }

    private void solveOnThePage(String screenshotWhileSolving) {
        page.solveOnThePage(screenshotWhileSolving, SOLVE_SECONDS, SOLVE_WAIT);
    }

    private String body(String attribute) {
        return page.body(attribute);
    }

    private void viewport(int width, int height) {
        page.viewport(width, height);
    }

    private WebElement waitFor(By by) {
        return page.waitFor(by);
    }

    private void click(By by) {
        page.click(by);
    }

    private WebDriverWait wait(Duration timeout) {
        return page.wait(timeout);
    }

    private Object js(String script) {
        return page.js(script);
    }

    private void screenshot(String name) {
        page.screenshot(name);
    }

    private void fullPageScreenshot(String name) throws IOException {
        page.fullPageScreenshot(name);
    }

    private void assertNoScriptOrPolicyErrors() {
        page.assertNoScriptOrPolicyErrors();
    }

    private void assertEveryFieldHasALabel() {
        List<String> unlabelled = new ArrayList<>();
        for (WebElement field : driver.findElements(By.cssSelector("select, input"))) {
            String id = field.getAttribute("id");
            if (id == null || id.isEmpty() || driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty()) {
                unlabelled.add(field.getAttribute("outerHTML"));
            }
        }
        assertTrue(unlabelled.isEmpty(), "fields without a label: " + unlabelled);
    }

    private static String texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).collect(Collectors.joining(" | "));
    }

    // ------------------------------------------------------------------------------------------ the API's view

    private HttpResponse<String> post(String path, String body) throws IOException {
        return page.post(path, body);
    }

    private JsonNode solutionOf(String planId) throws IOException {
        assertNotNull(planId, "the small demo was uploaded and solved by the first test");
        return page.solutionOf(planId);
    }

    private static List<JsonNode> sessionsWhere(JsonNode solution, String field, String value) {
        return StreamSupport.stream(solution.get("sessions").spliterator(), false)
                .filter(s -> s.hasNonNull(field) && s.get(field).asText().equals(value))
                .toList();
    }

    private static String busiestSchool(JsonNode solution) {
        Map<String, Integer> counts = new HashMap<>();
        solution.get("sessions").forEach(s -> counts.merge(s.get("schoolId").asText(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private static String schoolName(JsonNode solution, String schoolId) {
        for (JsonNode school : solution.get("schools")) {
            if (school.get("id").asText().equals(schoolId)) {
                return school.get("name").asText();
            }
        }
        throw new AssertionError("no school " + schoolId);
    }

    /** The staff member whose sessions lie at the most schools: a day with drives between them. */
    private static String mostTravelledStaffMember(JsonNode solution) {
        Map<String, Set<String>> schools = new HashMap<>();
        solution.get("sessions").forEach(s -> {
            if (s.hasNonNull("staffId")) {
                schools.computeIfAbsent(s.get("staffId").asText(), k -> new HashSet<>()).add(s.get("schoolId").asText());
            }
        });
        return schools.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size())
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    private static String highestPriority(JsonNode solution) {
        List<String> order = List.of("red", "yellow", "green");
        return StreamSupport.stream(solution.get("uncovered").spliterator(), false)
                .map(u -> u.get("priority").asText())
                .min(Comparator.comparingInt(order::indexOf)).orElseThrow();
    }

    /** The small demo with every co-teacher but one removed: far more co-teaching than one person can give. */
    private static JsonNode withOneCoTeacher(Path demo) throws IOException {
        ObjectNode term = (ObjectNode) Json.mapper().readTree(demo.toFile());
        ArrayNode staff = (ArrayNode) term.get("staff");
        ArrayNode kept = Json.mapper().createArrayNode();
        boolean coTeacherKept = false;
        for (JsonNode person : staff) {
            boolean coTeacher = "co-teacher".equals(person.get("role").asText());
            if (!coTeacher || !coTeacherKept) {
                kept.add(person);
                coTeacherKept |= coTeacher;
            }
        }
        term.set("staff", kept);
        ((ObjectNode) term.get("term")).put("name", "Forår 2027 (overbelastet: én co-teacher)");
        return term;
    }

    private static int pageCount(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher pages = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(text);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        return count;
    }
}
