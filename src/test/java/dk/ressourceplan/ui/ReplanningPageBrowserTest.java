package dk.ressourceplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The page for the planner's workbook and the PPR leader's rerun, in a real headless Chromium against the real
 * service: the template downloaded from the page goes back up as a plan; a workbook's mistake is named by sheet,
 * row and column; a psychologist's leave from March is rerun from the page, and what changed reads as sentences per
 * school (in Danish and English) with the changed sessions marked in the grid; the timetable shows the plan in
 * force on a chosen date; the downloads arrive with their names. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplanningPageBrowserTest {

    private static final Duration SOLVE_WAIT = Duration.ofSeconds(180);
    /** A rerun is asked for 30 seconds of solving; the page follows it on the plan's events until it is done. */
    private static final Duration RERUN_WAIT = Duration.ofSeconds(240);
    private static final Duration DOWNLOAD_WAIT = Duration.ofSeconds(60);
    private static final String LEAVE_FROM = "2027-03-01";

    private Path temp;
    private BrowserPage page;
    private Path template;
    private String rerunPlanId;
    private JsonNode rerunDiff;

    @BeforeAll
    void startServiceAndBrowser(@TempDir Path temp) throws IOException {
        this.temp = temp;
        page = BrowserPage.start(temp, "chromedriver-replanning.log");
    }

    @AfterAll
    void stop() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void aPlannerDownloadsTheTemplateFromThePageAndUploadsItBackAsAPlan() throws IOException {
        page.driver.get(page.base + "/");
        WebElement link = page.waitFor(By.id("template-download"));
        assertEquals("Hent skabelon (xlsx)", link.getText());
        assertEquals(".xlsx,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json",
                page.driver.findElement(By.id("upload-file")).getAttribute("accept"), "the upload takes the workbook");
        link.click();
        template = page.awaitDownload("ressourceplan-skabelon.xlsx", DOWNLOAD_WAIT);
        try (InputStream in = Files.newInputStream(template); Workbook workbook = new XSSFWorkbook(in)) {
            assertNotNull(workbook.getSheet("Medarbejdere"), "the download is the term workbook");
        }

        String planId = page.upload(template, "22-template-upload");
        JsonNode plan = page.getJson("/api/plans/" + planId);
        assertTrue(plan.get("problem").get("staff").size() > 0, "the workbook's staff arrived");
        assertTrue(plan.get("problem").get("demands").size() > 0, "the workbook's demands arrived");
        page.waitFor(By.cssSelector(".chooser-item"));
        page.solveOnThePage("23-template-solving", 5, SOLVE_WAIT);
        page.waitFor(By.cssSelector(".chooser-item"));
        page.screenshot("24-template-solved");
        page.assertNoScriptOrPolicyErrors();
    }

    @Test
    @Order(2)
    void aMistakeInTheWorkbookIsNamedBySheetRowAndColumnInTheChosenLanguage() throws IOException {
        assertNotNull(template, "the first test downloaded the template");
        Path wrong = temp.resolve("skabelon-med-fejl.xlsx");
        int row;
        try (InputStream in = Files.newInputStream(template); Workbook workbook = new XSSFWorkbook(in)) {
            Cell hours = firstValueUnder(workbook.getSheet("Medarbejdere"), "Timer pr. uge");
            hours.setCellValue("mange");
            row = hours.getRowIndex() + 1;
            try (OutputStream out = Files.newOutputStream(wrong)) {
                workbook.write(out);
            }
        }
        String expectedDa = "Medarbejdere, række " + row + ", 'Timer pr. uge': ";
        String expectedEn = "Medarbejdere, row " + row + ", 'Timer pr. uge': ";

        page.driver.get(page.base + "/");
        page.waitFor(By.id("upload-file")).sendKeys(wrong.toAbsolutePath().toString());
        page.click(By.id("upload-submit"));
        page.waitFor(By.cssSelector("#upload-errors .field-errors li"));
        List<WebElement> shown = page.driver.findElements(By.cssSelector("#upload-errors .field-errors li"));
        assertTrue(shown.stream().anyMatch(li -> li.getText().startsWith(expectedDa)), texts(shown));
        page.screenshot("25-workbook-errors-da");

        page.click(By.id("lang-en"));
        page.wait(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#upload-errors .field-errors li"))
                .stream().anyMatch(li -> li.getText().startsWith(expectedEn)));
        page.screenshot("26-workbook-errors-en");
        page.click(By.id("lang-da"));
        page.wait(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#upload-errors .field-errors li"))
                .stream().anyMatch(li -> li.getText().startsWith(expectedDa)));
    }

    @Test
    @Order(3)
    void aPprLeaderReplansAPsychologistsLeaveFromMarchAndSeesWhatChanged() throws IOException {
        page.driver.get(page.base + "/");
        page.waitFor(By.cssSelector("#plans-list"));
        rerunPlanId = page.upload(Path.of("data", "demo-small.json"), "27-rerun-upload");
        page.solveOnThePage("27-rerun-solving", 10, SOLVE_WAIT);
        JsonNode solved = page.solutionOf(rerunPlanId);
        String psychologist = busiestWithRole(solved, "psychologist");
        String psychologistName = staffName(solved, psychologist);

        page.click(By.cssSelector("a.tab[data-view='changes']"));
        WebElement date = page.waitFor(By.id("rerun-date"));
        LocalDate proposed = LocalDate.parse(date.getAttribute("value"));
        JsonNode term = solved.get("term");
        assertEquals(DayOfWeek.MONDAY, proposed.getDayOfWeek(), "the rerun starts on a Monday by default");
        assertFalse(proposed.isBefore(LocalDate.parse(term.get("firstDate").asText()))
                || proposed.isAfter(LocalDate.parse(term.get("lastDate").asText())), "within the term: " + proposed);
        assertEquals("Ingen ændringer at vise.", page.waitFor(By.cssSelector(".changes-diff .changes-none")).getText(),
                "a first solution has nothing to compare with");

        setDate(By.id("rerun-date"), LEAVE_FROM);
        new Select(page.waitFor(By.id("rerun-type"))).selectByValue("staffUnavailable");
        new Select(page.waitFor(By.id("rerun-staff"))).selectByValue(psychologist);
        page.click(By.id("rerun-add"));
        WebElement change = page.waitFor(By.cssSelector(".rerun-changes li"));
        assertEquals(psychologistName + " er fraværende resten af terminen", change.findElement(By.tagName("span")).getText());
        page.screenshot("28-rerun-form");

        page.click(By.id("rerun-submit"));
        page.wait(Duration.ofSeconds(30)).until(d -> !d.findElement(By.id("rerun-submit")).isEnabled()
                || !d.findElements(By.cssSelector(".changes-diff .change-item")).isEmpty());
        // The form is drawn again as events arrive: the button is read afresh until one reading holds.
        boolean busy = "false".equals(page.wait(Duration.ofSeconds(10))
                .until(d -> String.valueOf(d.findElement(By.id("rerun-submit")).isEnabled())));
        if (busy) {
            // While the service works, the page says so, and shows the rerun's best plan so far as it comes. The
            // page redraws these lines as events arrive, so each is read afresh until it holds still, and the rerun
            // may end while we look: then the list of changes is there instead.
            String status = page.wait(RERUN_WAIT).until(d ->
                    !d.findElements(By.cssSelector(".changes-diff .change-item")).isEmpty() ? "done"
                            : nonEmpty(d.findElement(By.id("rerun-status")).getText()));
            assertTrue(status.equals("done") || status.startsWith("Genplanlægger"), status);
            String best = page.wait(RERUN_WAIT).until(d ->
                    !d.findElements(By.cssSelector(".changes-diff .change-item")).isEmpty() ? "done"
                            : d.findElements(By.id("rerun-best")).stream().map(WebElement::getText)
                                    .filter(text -> !text.isEmpty()).findFirst().orElse(null));
            if (!best.equals("done")) {
                assertTrue(best.startsWith("Bedste plan indtil nu: "), best);
                page.screenshot("29-rerun-busy");
            }
        }
        page.wait(RERUN_WAIT).until(d -> !d.findElements(By.cssSelector(".changes-diff .change-item")).isEmpty()
                && d.findElement(By.id("rerun-submit")).isEnabled());

        JsonNode detail = page.getJson("/api/plans/" + rerunPlanId);
        JsonNode latest = detail.get("revisions").get(detail.get("revisions").size() - 1);
        assertEquals("RERUN", latest.get("kind").asText(), "the rerun is the plan's latest revision");
        assertEquals(latest.get("number").asInt(), detail.get("revision").asInt(), "and its latest solution");
        rerunDiff = page.getJson("/api/plans/" + rerunPlanId + "/diff");
        List<WebElement> items = page.driver.findElements(By.cssSelector(".changes-diff .change-item .change-text"));
        assertEquals(messages(rerunDiff, "message"), items.stream().map(WebElement::getText).collect(Collectors.toSet()),
                "the page lists the service's sentences");
        assertEquals(rerunDiff.get("entries").size(), items.size());
        assertTrue(items.stream().allMatch(item -> item.getText().startsWith("Fra ")), texts(items));
        assertTrue(items.stream().anyMatch(item -> item.getText().contains(psychologistName)), texts(items));
        assertEquals(rerunDiff.get("bySchool").size(), page.driver.findElements(By.cssSelector(".change-school")).size(),
                "one group per school");
        assertEquals("Ændringer (" + items.size() + ")", page.driver.findElement(By.cssSelector("a.tab[data-view='changes']")).getText());
        page.fullPageScreenshot("30-rerun-changes");

        // From a sentence to the grid: the school's timetable with the changed session marked.
        WebElement first = page.driver.findElement(By.cssSelector(".changes-diff .change-item"));
        String sessionId = first.getAttribute("data-session-id");
        String schoolId = first.getAttribute("data-school-id");
        JsonNode entry = entryFor(rerunDiff, sessionId);
        first.findElement(By.tagName("button")).click();
        WebElement block = page.waitFor(By.cssSelector(".tt .block.changed.highlight[data-session-id='" + sessionId + "']"));
        assertEquals(entry.path("staffAfter").asText(""), block.getAttribute("data-staff-id"), "the new person is shown");
        assertTrue(block.getAttribute("aria-label").endsWith("ændret fra 1. marts 2027"), block.getAttribute("aria-label"));
        assertTrue(page.driver.findElement(By.cssSelector(".legend .legend-changed")).isDisplayed(), "the legend explains the mark");
        assertFalse(page.driver.findElements(By.cssSelector(".changes-here .change-item")).isEmpty(),
                "the school's own changes under its timetable");
        assertOneVersionPerSession(page.solutionOf(rerunPlanId), schoolId);
        page.screenshot("31-rerun-in-grid");
        page.assertNoScriptOrPolicyErrors();
    }

    @Test
    @Order(4)
    void theChangesReadInEnglishToo() throws IOException {
        assertNotNull(rerunDiff, "the rerun test ran first");
        page.driver.get(page.base + "/#/plan/" + rerunPlanId + "/changes");
        page.waitFor(By.cssSelector(".changes-diff .change-item"));
        inDanish();
        page.click(By.id("lang-en"));
        page.wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("changes-title"), "Changes to the plan"));
        List<WebElement> items = page.driver.findElements(By.cssSelector(".changes-diff .change-item .change-text"));
        assertTrue(items.stream().allMatch(item -> item.getText().startsWith("From ")), texts(items));
        assertEquals(messages(rerunDiff, "messageEn"), items.stream().map(WebElement::getText).collect(Collectors.toSet()));
        assertEquals("Rerun after staff changes", page.driver.findElement(By.cssSelector("#rerun-panel summary")).getText());
        page.fullPageScreenshot("32-changes-english");
        page.click(By.id("lang-da"));
        page.wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("changes-title"), "Ændringer i planen"));
    }

    @Test
    @Order(5)
    void theTimetableShowsThePlanInForceOnTheDateChosen() throws IOException {
        assertNotNull(rerunDiff, "the rerun test ran first");
        JsonNode entry = rerunDiff.get("entries").get(0);
        String sessionId = entry.get("sessionId").asText();
        By block = By.cssSelector(".tt .block[data-session-id='" + sessionId + "']");
        page.driver.get(page.base + "/#/plan/" + rerunPlanId + "/school?school=" + entry.get("schoolId").asText());
        page.waitFor(block);
        inDanish();

        // The day before the leave: the published session, marked as one that changes.
        setDate(By.cssSelector(".field-date input[type='date']"), "2027-02-26");
        page.wait(Duration.ofSeconds(10)).until(d -> d.findElements(block).stream()
                .allMatch(b -> entry.path("staffBefore").asText("").equals(b.getAttribute("data-staff-id"))
                        && b.getAttribute("class").contains("upcoming")));
        assertTrue(page.driver.getCurrentUrl().contains("date=2027-02-26"), "the date is in the address");
        assertTrue(page.driver.findElement(By.cssSelector(".field-date .hint")).getText().contains("26. februar 2027"));
        page.screenshot("33-plan-as-of-february");

        page.click(By.cssSelector(".field-date button"));
        page.wait(Duration.ofSeconds(10)).until(d -> d.findElements(block).stream()
                .allMatch(b -> entry.path("staffAfter").asText("").equals(b.getAttribute("data-staff-id"))));
        assertFalse(page.driver.getCurrentUrl().contains("date="));
    }

    @Test
    @Order(6)
    void theDownloadsArriveWithTheirNames() throws IOException {
        assertNotNull(rerunDiff, "the rerun test ran first");
        String schoolId = rerunDiff.get("entries").get(0).get("schoolId").asText();
        page.driver.get(page.base + "/#/plan/" + rerunPlanId + "/school?school=" + schoolId);
        page.waitFor(By.cssSelector(".downloads a[data-format]"));
        inDanish();
        Map<String, String> starts = Map.of("ics", "BEGIN:VCALENDAR", "xlsx", "PK", "csv", "");
        for (String format : List.of("ics", "xlsx", "csv")) {
            WebElement link = page.driver.findElement(By.cssSelector(".downloads a[data-format='" + format + "']"));
            String name = attachmentName(link.getAttribute("href"));
            assertTrue(name.endsWith("." + format), name);
            link.click();
            Path file = page.awaitDownload(name, DOWNLOAD_WAIT);
            String head = new String(Files.readAllBytes(file), 0, Math.min(32, (int) Files.size(file)), StandardCharsets.ISO_8859_1);
            assertTrue(head.startsWith(starts.get(format)), format + " begins " + head);
        }
        WebElement term = page.waitFor(By.id("term-download"));
        assertEquals("Hent termin som regneark", term.getText());
        String name = attachmentName(term.getAttribute("href"));
        assertEquals("ressourceplan-" + rerunPlanId + ".xlsx", name);
        term.click();
        page.awaitDownload(name, DOWNLOAD_WAIT);
        page.assertNoScriptOrPolicyErrors();
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** The page remembers its language; a test that stopped in English must not leave the next one there. */
    private void inDanish() {
        page.click(By.id("lang-da"));
        page.wait(Duration.ofSeconds(10)).until(d -> "da".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /**
     * Sets a date field as a person picking a date would end up with it. Typing into a date field follows the
     * browser's own date order, which a headless browser does not promise; the page only sees the value.
     */
    private void setDate(By field, String isoDate) {
        WebElement input = page.waitFor(field);
        page.js("const input = arguments[0]; input.value = arguments[1];"
                + "input.dispatchEvent(new Event('input', {bubbles: true}));"
                + "input.dispatchEvent(new Event('change', {bubbles: true}));", input, isoDate);
    }

    /** The file name the service gives a download, from its Content-Disposition. */
    private String attachmentName(String href) throws IOException {
        HttpResponse<byte[]> response = page.getBytes(href.replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, response.statusCode(), href);
        String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        Matcher name = Pattern.compile("filename=\"([^\"]+)\"").matcher(disposition);
        assertTrue(name.find(), disposition);
        return name.group(1);
    }

    /**
     * The school's timetable shows each session once per week it falls in, in the version in force: the template
     * at the end of the term, or today's while the term runs.
     */
    private void assertOneVersionPerSession(JsonNode solution, String schoolId) {
        String today = LocalDate.now().toString();
        JsonNode term = solution.get("term");
        boolean running = today.compareTo(term.get("firstDate").asText()) >= 0 && today.compareTo(term.get("lastDate").asText()) <= 0;
        Map<String, String> expected = new HashMap<>();
        for (JsonNode session : solution.get("sessions")) {
            String from = session.path("from").asText("");
            String to = session.path("to").asText("");
            boolean holds = running ? (from.isEmpty() || from.compareTo(today) <= 0) && (to.isEmpty() || to.compareTo(today) >= 0)
                    : to.isEmpty();
            if (holds && schoolId.equals(session.get("schoolId").asText())) {
                assertEquals(null, expected.put(session.get("id").asText(), session.path("staffId").asText("")),
                        "one version of " + session.get("id") + " holds");
            }
        }
        for (WebElement week : page.driver.findElements(By.cssSelector(".tt .tt-week"))) {
            List<String> ids = week.findElements(By.cssSelector(".block")).stream()
                    .map(b -> b.getAttribute("data-session-id")).toList();
            assertEquals(new HashSet<>(ids).size(), ids.size(), "no session twice in week " + week.getAttribute("data-week"));
        }
        Map<String, String> shown = new HashMap<>();
        page.driver.findElements(By.cssSelector(".tt .block"))
                .forEach(b -> shown.put(b.getAttribute("data-session-id"), b.getAttribute("data-staff-id")));
        assertEquals(expected, shown, "the sessions in force, each with its person");
    }

    private static Cell firstValueUnder(Sheet sheet, String header) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && header.equals(cell.getStringCellValue().trim())) {
                    Row below = sheet.getRow(row.getRowNum() + 1);
                    assertNotNull(below, "a filled-in row under the headers of " + sheet.getSheetName());
                    Cell value = below.getCell(cell.getColumnIndex());
                    return value != null ? value : below.createCell(cell.getColumnIndex());
                }
            }
        }
        throw new AssertionError("no column '" + header + "' in " + sheet.getSheetName());
    }

    private static Set<String> messages(JsonNode diff, String field) {
        return StreamSupport.stream(diff.get("entries").spliterator(), false)
                .map(e -> e.get(field).asText()).collect(Collectors.toSet());
    }

    private static JsonNode entryFor(JsonNode diff, String sessionId) {
        for (JsonNode entry : diff.get("entries")) {
            if (entry.get("sessionId").asText().equals(sessionId)) {
                return entry;
            }
        }
        throw new AssertionError("no change for " + sessionId);
    }

    /** The person of that role with the most sessions: a leave that is sure to change something. */
    private static String busiestWithRole(JsonNode solution, String role) {
        Set<String> withRole = new HashSet<>();
        solution.get("staff").forEach(p -> {
            if (role.equals(p.get("role").asText())) {
                withRole.add(p.get("id").asText());
            }
        });
        Map<String, Integer> counts = new HashMap<>();
        solution.get("sessions").forEach(s -> {
            if (s.hasNonNull("staffId") && withRole.contains(s.get("staffId").asText())) {
                counts.merge(s.get("staffId").asText(), 1, Integer::sum);
            }
        });
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow(() -> new AssertionError("no " + role + " works"))
                .getKey();
    }

    private static String staffName(JsonNode solution, String staffId) {
        for (JsonNode person : solution.get("staff")) {
            if (person.get("id").asText().equals(staffId)) {
                return person.get("name").asText();
            }
        }
        throw new AssertionError("no staff member " + staffId);
    }

    private static String texts(List<WebElement> elements) {
        List<String> texts = new ArrayList<>();
        elements.forEach(e -> texts.add(e.getText()));
        return String.join(" | ", texts);
    }

    private static String nonEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
