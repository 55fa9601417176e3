package dk.ressourceplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.SyntheticMunicipality;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The term view (issue 16) in a real headless Chromium against the real service: a six-school term with dated work
 * (programmes and coordination meetings) is solved briefly through the API and published. The planner sees the
 * term's calendar weeks across and the schools down, each programme a bar from the week of its first row to the week
 * of its last, each coordination meeting a mark in its week, nothing cut at 1280 px, on a phone the grid scrolling
 * sideways inside its box; the week views show a dated session only in the calendar weeks it holds in. A school
 * leader sees only their school's row. Screenshots: {@code target/screenshots/term-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TermViewBrowserTest {

    private static final Duration SOLVE_WAIT = Duration.ofSeconds(240);

    /** What does not read in full: a text wider or taller than its box. */
    private static final String CUT = """
            const over = (el) => el.scrollWidth > el.clientWidth + 0.5 || el.scrollHeight > el.clientHeight + 0.5;
            return [...document.querySelectorAll('.term-bar, .term-bar-label, .term-mark, .term-label, .term-week, .term-corner')]
              .filter((el) => el.getClientRects().length > 0 && over(el))
              .map((el) => el.className + ': ' + el.textContent.trim() + ' (' + el.scrollWidth + '/' + el.clientWidth
                + ' x ' + el.scrollHeight + '/' + el.clientHeight + ')');
            """;

    private BrowserPage page;
    private String planId;
    private JsonNode solution;
    private LocalDate firstMonday;

    @BeforeAll
    void aDatedTermIsSolvedAndPublished(@TempDir Path temp) throws IOException {
        page = BrowserPage.start(temp, "chromedriver-term.log");
        String term = Json.mapper().writeValueAsString(
                SyntheticMunicipality.withDatedWork(SyntheticMunicipality.generate(6, 1)));
        HttpResponse<String> created = page.post("/api/plans", term);
        assertEquals(201, created.statusCode(), created.body());
        planId = Json.mapper().readTree(created.body()).get("id").asText();
        HttpResponse<String> started = page.post("/api/plans/" + planId + "/solve?seconds=8", "");
        assertEquals(202, started.statusCode(), started.body());
        page.wait(SOLVE_WAIT).until(d -> {
            try {
                JsonNode detail = page.getJson("/api/plans/" + planId);
                return "idle".equals(detail.path("status").asText()) && detail.hasNonNull("solution");
            } catch (IOException e) {
                return false;
            }
        });
        assertEquals(200, page.post("/api/plans/" + planId + "/publish", "").statusCode());
        solution = page.solutionOf(planId);
        firstMonday = monday(LocalDate.parse(solution.get("term").get("firstDate").asText()));
    }

    @AfterEach
    void screenMedia() {
        if (page != null) {
            page.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            page.viewport(1280, 800);
        }
    }

    @AfterAll
    void stop() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void thePlannerSeesProgrammesAsBarsAndMeetingsAsMarksInTheirWeeks() throws IOException {
        openTermView("");
        List<WebElement> bars = page.driver.findElements(By.cssSelector(".term-bar"));
        List<WebElement> marks = page.driver.findElements(By.cssSelector(".term-mark"));
        assertFalse(bars.isEmpty(), "programme bars");
        assertFalse(marks.isEmpty(), "coordination meeting marks");
        assertEquals(solution.get("schools").size(), page.driver.findElements(By.cssSelector(".term-label")).size(),
                "a row for each school");
        // A plan that changes during the term is changed by a rerun or solved again; the page says so, not the server.
        WebElement continueSolving = page.driver.findElement(By.id("solve-continue"));
        assertFalse(continueSolving.isEnabled(), "no 'Beregn videre' on a plan with dated work");
        assertTrue(continueSolving.getAttribute("title").contains("skifter i løbet af terminen"),
                continueSolving.getAttribute("title"));

        // One programme: its bar runs from the week of its first row's from to the week of its last row's to.
        Map<String, List<JsonNode>> programmes = occurrences("programme");
        assertFalse(programmes.isEmpty(), "the solved term has programmes");
        for (Map.Entry<String, List<JsonNode>> programme : programmes.entrySet()) {
            int first = programme.getValue().stream().mapToInt(row -> weekIndex(row, "from")).min().orElseThrow();
            int last = programme.getValue().stream().mapToInt(row -> weekIndex(row, "to")).max().orElseThrow();
            WebElement bar = page.driver.findElement(By.cssSelector(
                    ".term-bar[data-occurrence='" + programme.getKey() + "']"));
            assertEquals(List.of(String.valueOf(first), String.valueOf(last)),
                    List.of(bar.getAttribute("data-first-week"), bar.getAttribute("data-last-week")), programme.getKey());
            assertFalse(bar.getText().isBlank(), "a bar names its person, or says it is uncovered");
        }
        Map.Entry<String, List<JsonNode>> one = programmes.entrySet().iterator().next();
        int first = one.getValue().stream().mapToInt(row -> weekIndex(row, "from")).min().orElseThrow();
        int last = one.getValue().stream().mapToInt(row -> weekIndex(row, "to")).max().orElseThrow();
        Map<String, Object> bar = rect(".term-bar[data-occurrence='" + one.getKey() + "']");
        assertEquals(x(rect(".term-week[data-col='" + first + "']"), "left"), x(bar, "left"), 4.0,
                "the bar begins under its first week's column: " + one.getKey());
        assertEquals(x(rect(".term-week[data-col='" + last + "']"), "right"), x(bar, "right"), 4.0,
                "the bar ends under its last week's column: " + one.getKey());
        JsonNode firstRow = one.getValue().get(0);
        String person = firstRow.path("staffId").isNull() ? "Udækket"
                : staffName(firstRow.get("staffId").asText());
        assertTrue(page.driver.findElement(By.cssSelector(".term-bar[data-occurrence='" + one.getKey() + "']"))
                .getText().contains(person), "the bar names " + person);

        // Every meeting: a mark in the week of its rows' from, inside that week's column.
        Map<String, List<JsonNode>> meetings = occurrences("coordination-meeting");
        assertFalse(meetings.isEmpty(), "the solved term has coordination meetings");
        for (Map.Entry<String, List<JsonNode>> meeting : meetings.entrySet()) {
            int week = weekIndex(meeting.getValue().get(0), "from");
            String mark = ".term-mark[data-occurrence='" + meeting.getKey() + "']";
            assertEquals(String.valueOf(week), page.driver.findElement(By.cssSelector(mark)).getAttribute("data-week"));
            Map<String, Object> column = rect(".term-week[data-col='" + week + "']");
            Map<String, Object> box = rect(mark);
            double centre = (x(box, "left") + x(box, "right")) / 2;
            assertTrue(centre > x(column, "left") && centre < x(column, "right"),
                    meeting.getKey() + " sits in week column " + week + ": " + box + " in " + column);
        }

        // Nothing cut at 1280 px, and the whole term fits without scrolling sideways.
        assertEquals(List.of(), page.js(CUT));
        assertTrue((Boolean) page.js("const s = document.querySelector('.term-scroll');"
                + " return s.scrollWidth <= s.clientWidth + 1;"), "the term fits at 1280 px");

        // Keyboard: from the grid's box, Tab reaches a bar or mark, and its details show.
        page.driver.findElement(By.cssSelector(".term-scroll")).sendKeys(Keys.TAB);
        String focused = (String) page.js("return document.activeElement.className;");
        assertTrue(focused.contains("term-bar") || focused.contains("term-mark"), focused);
        String detail = page.driver.findElement(By.id("term-detail")).getText();
        assertTrue(detail.matches("(?s).*(Forløb|Koordinerings- og prioriteringsmøde) på .*\\d\\d:\\d\\d–\\d\\d:\\d\\d.*"),
                detail);
        page.fullPageScreenshot("term-01-planner-1280");

        // The KPIs of the dated work.
        List<String> figures = page.driver.findElements(By.cssSelector("#kpi-strip .kpi")).stream()
                .map(kpi -> kpi.getAttribute("data-kpi")).toList();
        assertTrue(figures.contains("programmes") && figures.contains("coordination"), figures.toString());
        assertEquals(solution.get("schools").size(),
                page.driver.findElements(By.cssSelector(".programme-weeks tbody tr")).size());
        page.assertNoScriptOrPolicyErrors();
    }

    @Test
    @Order(2)
    void peopleDownOnAPhoneAndOnPaper() throws IOException {
        openTermView("?termBy=staff");
        assertFalse(page.driver.findElements(By.cssSelector(".term-label[data-staff-id]")).isEmpty());
        assertEquals(List.of(), page.js(CUT));
        page.fullPageScreenshot("term-02-people-1280");

        page.viewport(390, 844);
        openTermView("");
        assertTrue((Boolean) page.js("const s = document.querySelector('.term-scroll');"
                + " return s.scrollWidth > s.clientWidth;"), "on a phone the term scrolls sideways inside its box");
        assertTrue((Boolean) page.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"),
                "the page itself does not scroll sideways");
        assertEquals(List.of(), page.js(CUT));
        page.fullPageScreenshot("term-03-phone");

        page.viewport(1062, 733);
        page.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        openTermView("");
        assertEquals(List.of(), page.js(CUT));
        assertTrue((Boolean) page.js("const g = document.querySelector('.term-grid');"
                + " return g.getBoundingClientRect().right <= window.innerWidth + 1;"), "the whole term on the paper");
        long height = ((Number) page.js("return document.documentElement.scrollHeight;")).longValue();
        page.viewport(1062, (int) height);
        page.screenshot("term-04-print");
        page.assertNoScriptOrPolicyErrors();
    }

    @Test
    @Order(3)
    void theWeekViewsShowADatedSessionOnlyInTheWeeksItHolds() {
        // A programme's row that begins after the term's first week, and a coordination meeting.
        JsonNode programme = rows("programme").stream().filter(row -> row.hasNonNull("from")).findFirst().orElseThrow();
        JsonNode meeting = rows("coordination-meeting").stream().filter(row -> row.hasNonNull("from")
                && !row.path("staffId").isNull()).findFirst().orElseThrow();
        for (JsonNode row : List.of(programme, meeting)) {
            String school = row.get("schoolId").asText();
            String date = row.get("from").asText();
            page.driver.get(page.base + "/#/plan/" + planId + "/school?school=" + school + "&date=" + date + "&week=both");
            page.waitFor(By.cssSelector(".tt .block[data-session-id='" + row.get("id").asText() + "']"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> blocks = (List<Map<String, Object>>) page.js("""
                    return [...document.querySelectorAll('.tt .block')]
                      .filter((b) => /^(forloeb|koord|programme|coordination)/.test(b.dataset.demandId)
                        || /Forløb|Koordinerings/.test(b.getAttribute('aria-label')))
                      .map((b) => ({ id: b.dataset.sessionId, monday: b.closest('.tt-week').dataset.monday,
                        text: b.innerText, label: b.getAttribute('aria-label') }));
                    """);
            assertFalse(blocks.isEmpty(), "dated sessions in the week views on " + date);
            for (Map<String, Object> block : blocks) {
                String id = (String) block.get("id");
                LocalDate monday = LocalDate.parse((String) block.get("monday"));
                boolean holds = rowsOf(id).stream().anyMatch(r -> holdsIn(r, monday));
                assertTrue(holds, id + " is drawn in the week of " + monday + " only if one of its rows holds then");
                assertTrue(((String) block.get("text")).matches("(?s).*(Forløb|Koordinerings-).*"),
                        "labelled with its kind: " + block.get("text"));
            }
            // And the other way round: every dated row of the school that holds in a week shown is drawn there.
            @SuppressWarnings("unchecked")
            List<String> mondays = (List<String>) page.js(
                    "return [...document.querySelectorAll('.tt-week')].map((w) => w.dataset.monday);");
            for (String shown : mondays) {
                LocalDate monday = LocalDate.parse(shown);
                String letter = weekLetter(monday);
                for (JsonNode r : rows(row.get("type").asText())) {
                    if (r.get("schoolId").asText().equals(school) && holdsIn(r, monday) && !holidayWeek(monday)
                            && (r.get("week").asText().equals("AB") || r.get("week").asText().equals(letter))) {
                        assertTrue(blocks.stream().anyMatch(b -> b.get("id").equals(r.get("id").asText())
                                && b.get("monday").equals(shown)), r.get("id").asText() + " drawn in " + shown);
                    }
                }
            }
            page.js("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});",
                    ".tt .block[data-session-id='" + row.get("id").asText() + "']");
            page.screenshot("term-05-week-" + row.get("type").asText());
        }
        page.assertNoScriptOrPolicyErrors();
    }

    @Test
    @Order(4)
    void aSchoolLeaderSeesOnlyTheirSchoolsRow() {
        String school = rows("programme").get(0).get("schoolId").asText();
        page.logInAs("Skoleleder " + school, "SCHOOL_LEADER", school);
        openTermView("");
        List<WebElement> labels = page.driver.findElements(By.cssSelector(".term-label"));
        assertEquals(1, labels.size(), "one row");
        assertEquals(school, labels.get(0).getAttribute("data-school-id"));
        List<WebElement> items = page.driver.findElements(By.cssSelector(".term-bar, .term-mark"));
        assertFalse(items.isEmpty());
        for (WebElement item : items) {
            assertEquals(school, item.getAttribute("data-school-id"));
        }
        assertEquals(List.of(), page.js(CUT));
        // The school's own dated figures: its programme weeks as the whole plan counts them, its meetings on time.
        JsonNode ownWeeks = null;
        for (JsonNode weeks : solution.get("kpis").get("programmeWeeks")) {
            if (school.equals(weeks.get("schoolId").asText())) {
                ownWeeks = weeks;
            }
        }
        assertNotNull(ownWeeks);
        String programmeFigure = page.driver.findElement(By.cssSelector(".kpi[data-kpi='programmes'] .kpi-value")).getText();
        double shown = Double.parseDouble(programmeFigure.replaceAll("[^0-9,]", "").replace(',', '.'));
        assertEquals(ownWeeks.get("coveredPercent").asDouble(), shown, 0.05, "the school's own figure: " + programmeFigure);
        assertFalse(page.driver.findElements(By.cssSelector(".kpi[data-kpi='coordination']")).isEmpty(),
                "the school's coordination meetings on time");
        page.screenshot("term-06-school-leader");
        page.assertNoScriptOrPolicyErrors();
    }

    // ------------------------------------------------------------------------------------------ helpers

    private void openTermView(String query) {
        page.driver.get("about:blank");
        page.driver.get(page.base + "/#/plan/" + planId + "/term" + query);
        page.waitFor(By.cssSelector(".term-grid"));
        page.wait(Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".term-bar, .term-mark")).isEmpty());
    }

    private List<JsonNode> rows(String type) {
        List<JsonNode> rows = new ArrayList<>();
        solution.get("sessions").forEach(row -> {
            if (type.equals(row.get("type").asText())) {
                rows.add(row);
            }
        });
        return rows;
    }

    private List<JsonNode> rowsOf(String id) {
        List<JsonNode> rows = new ArrayList<>();
        solution.get("sessions").forEach(row -> {
            if (id.equals(row.get("id").asText())) {
                rows.add(row);
            }
        });
        return rows;
    }

    /** The rows of each occurrence ("koord-s03#2"), by the part of the id before the first slash. */
    private Map<String, List<JsonNode>> occurrences(String type) {
        Map<String, List<JsonNode>> byOccurrence = new LinkedHashMap<>();
        for (JsonNode row : rows(type)) {
            String id = row.get("id").asText();
            byOccurrence.computeIfAbsent(id.substring(0, id.indexOf('/')), k -> new ArrayList<>()).add(row);
        }
        return byOccurrence;
    }

    /** The index of the calendar week (0 = the term's first) of a row's from or to; absent: the term's edge. */
    private int weekIndex(JsonNode row, String field) {
        String edge = "from".equals(field) ? "firstDate" : "lastDate";
        LocalDate date = LocalDate.parse(row.hasNonNull(field) ? row.get(field).asText()
                : solution.get("term").get(edge).asText());
        return (int) ChronoUnit.WEEKS.between(firstMonday, monday(date));
    }

    private boolean holdsIn(JsonNode row, LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        return (!row.hasNonNull("from") || !LocalDate.parse(row.get("from").asText()).isAfter(sunday))
                && (!row.hasNonNull("to") || !LocalDate.parse(row.get("to").asText()).isBefore(monday));
    }

    /** Whether the week is one of the term's holiday weeks ("2027-W07"): nothing dated takes place in it. */
    private boolean holidayWeek(LocalDate monday) {
        String week = String.format("%d-W%02d", monday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        for (JsonNode holiday : solution.get("term").path("holidays")) {
            if (week.equals(holiday.asText())) {
                return true;
            }
        }
        return false;
    }

    private String weekLetter(LocalDate monday) {
        String first = solution.get("term").path("firstWeek").asText("A");
        boolean same = ChronoUnit.WEEKS.between(firstMonday, monday) % 2 == 0;
        return same ? first : ("A".equals(first) ? "B" : "A");
    }

    private String staffName(String staffId) {
        for (JsonNode person : solution.get("staff")) {
            if (staffId.equals(person.get("id").asText())) {
                return person.get("name").asText();
            }
        }
        throw new AssertionError("no staff member " + staffId);
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rect(String selector) {
        Map<String, Object> rect = (Map<String, Object>) page.js(
                "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                        + " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};", selector);
        assertNotNull(rect, selector);
        return rect;
    }

    private static double x(Map<String, Object> rect, String side) {
        return ((Number) rect.get(side)).doubleValue();
    }
}
