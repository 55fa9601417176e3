package dk.ressourceplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
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
import org.openqa.selenium.interactions.Actions;

/**
 * Planning by hand from the page (issue 19), in a real headless Chromium against the real service: the planner moves a
 * session to another allowed time through the dialog, reads the score and the rules broken or kept before saving,
 * saves it as a new revision, locks it (a padlock in the grid) and presses "Beregn videre": the locked session keeps
 * its time and person while the rest is solved on. On a short-staffed term the planner asks who can take an uncovered
 * demand, chooses the first of the ranked candidates, and the new revision covers it. Screenshots go to
 * {@code target/screenshots/manual-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManualPlanningBrowserTest {

    private static final Duration SOLVE_WAIT = Duration.ofSeconds(180);
    private static final Duration EDIT_WAIT = Duration.ofSeconds(60);
    /** A short first solve, so that continuing has room to improve. */
    private static final int FIRST_SOLVE_SECONDS = 2;
    private static final int CONTINUE_SECONDS = 5;
    private static final Map<String, String> DAYS_DA = Map.of("MONDAY", "mandag", "TUESDAY", "tirsdag",
            "WEDNESDAY", "onsdag", "THURSDAY", "torsdag", "FRIDAY", "fredag");
    private static final Pattern SAVED = Pattern.compile("Gemt som version (\\d+)");

    private BrowserPage page;

    @BeforeAll
    void startServiceAndBrowser(@TempDir Path temp) throws IOException {
        page = BrowserPage.start(temp, "chromedriver-manual.log");
    }

    @AfterAll
    void stop() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void aPlannerMovesASessionByHandSeesThePreviewSavesLocksItAndContinuesSolving() throws IOException {
        page.driver.get(page.base + "/");
        String planId = page.upload(Path.of("data", "demo-small.json"), "manual-01-upload");
        page.solveOnThePage("manual-02-solving", FIRST_SOLVE_SECONDS, SOLVE_WAIT);
        JsonNode solved = page.getJson(plan(planId));
        JsonNode session = movableSession(planId, solved);
        String sessionId = session.get("id").asText();

        page.driver.get(page.base + "/#/plan/" + planId + "/school?school=" + session.get("schoolId").asText());
        page.click(block(sessionId));
        page.waitFor(By.id("details"));

        // The dialog closes on Escape and gives the focus back to the button that opened it.
        page.click(By.id("edit-times"));
        page.waitFor(By.cssSelector("#edit-dialog .time-option"));
        new Actions(page.driver).sendKeys(Keys.ESCAPE).perform();
        page.wait(EDIT_WAIT).until(d -> !d.findElement(By.id("edit-dialog")).isDisplayed());
        assertEquals("edit-times", page.js("return document.activeElement.id;"), "the focus is back on its button");

        page.click(By.id("edit-times"));
        WebElement option = page.waitFor(By.cssSelector("#edit-dialog .time-option"));
        String week = option.getAttribute("data-week");
        String day = option.getAttribute("data-day");
        String start = option.getAttribute("data-start");
        assertFalse(option.getText().isBlank());
        page.screenshot("manual-03-times");
        option.findElement(By.cssSelector("button.choose")).click();

        // Before saving: the score before and after, and the rules the change breaks, or that none are.
        WebElement save = page.waitFor(By.id("edit-save"));
        assertEquals("Gem som ny version", save.getText());
        String score = page.waitFor(By.cssSelector("#edit-dialog .score-compare")).getText();
        assertTrue(score.contains("Før") && score.contains("Efter") && score.contains("Regelbrud")
                && score.matches("(?s).*\\d.*"), score);
        String rules = page.driver.findElement(By.cssSelector("#edit-dialog .preview-rules")).getText();
        boolean someBroken = !page.driver.findElements(By.cssSelector("#edit-dialog .rule-list.broken li")).isEmpty();
        assertTrue(someBroken || rules.contains("Ingen regler brydes"), rules);
        assertFalse(page.driver.findElement(By.cssSelector("#edit-dialog .preview-changes")).getText().isBlank());
        page.screenshot("manual-04-preview");

        save.click();
        int savedRevision = savedRevision();
        JsonNode edited = page.getJson(plan(planId));
        assertEquals(savedRevision, edited.get("revision").asInt(), "the page shows the revision it saved");
        assertEquals("EDIT", revisionKind(edited, savedRevision));
        JsonNode moved = sessionOf(edited, sessionId);
        assertEquals(List.of(week, day, start), List.of(moved.get("week").asText(), moved.get("day").asText(),
                moved.get("start").asText()), "the session is at the time chosen");
        String when = DAYS_DA.get(day) + " " + start;
        page.wait(EDIT_WAIT).until(d -> d.findElement(By.id("details")).getText().contains(when));
        assertTrue(page.driver.findElement(block(sessionId)).getAttribute("aria-label").contains(when));
        page.screenshot("manual-05-saved");

        page.click(By.id("edit-lock"));
        WebElement locked = page.waitFor(By.cssSelector(".block.locked[data-session-id='" + sessionId + "']"));
        assertTrue(locked.getAttribute("aria-label").contains("låst: tid og personer"), locked.getAttribute("aria-label"));
        assertTrue(locked.findElement(By.cssSelector(".lock-badge")).isDisplayed(), "a padlock on the block");
        page.waitFor(By.id("edit-unlock"));
        // Left as it is after two seconds, the rest of the plan may already be as good as five more make it: one
        // other, unlocked session is put by hand at its worst time, so continuing has something to improve.
        worsenAnotherSession(planId, sessionId);
        JsonNode before = page.getJson(plan(planId));
        JsonNode lockedBefore = sessionOf(before, sessionId);
        assertEquals("session", lockedBefore.path("locked").asText(), "the lock is in the plan's JSON");
        assertEquals("EDIT", revisionKind(before, before.get("revision").asInt()));
        page.js("arguments[0].scrollIntoView({block: 'center'});", locked);
        page.screenshot("manual-06-locked");

        // "Beregn videre": the job is followed like a solve, and the locked session is left as it was.
        WebElement seconds = page.waitFor(By.id("solve-seconds"));
        seconds.clear();
        seconds.sendKeys(String.valueOf(CONTINUE_SECONDS));
        page.click(By.id("solve-continue"));
        page.wait(SOLVE_WAIT).until(d -> d.findElement(By.id("notice")).getText().contains("Beregningen er færdig")
                && "idle".equals(page.body("data-plan-status")));
        JsonNode after = page.getJson(plan(planId));
        assertTrue(after.get("revision").asInt() > before.get("revision").asInt(), "continuing saved a new revision");
        JsonNode lockedAfter = sessionOf(after, sessionId);
        for (String field : List.of("week", "day", "start", "end", "staffId", "locked")) {
            assertEquals(lockedBefore.get(field), lockedAfter.get(field), field + " of the locked session");
        }
        assertTrue(compareScores(after.get("score").asText(), before.get("score").asText()) > 0,
                "continuing improved the rest: " + before.get("score") + " -> " + after.get("score"));
        page.waitFor(By.cssSelector(".block.locked[data-session-id='" + sessionId + "']"));
        page.screenshot("manual-07-continued");
        page.assertNoScriptOrPolicyErrors();
    }

    @Test
    @Order(2)
    void aPlannerGivesAnUncoveredDemandToTheFirstRecommendedPerson() throws IOException {
        page.driver.get(page.base + "/");
        String planId = page.upload(Path.of("data", "demo-scarce.json"), "manual-08-upload-scarce");
        page.solveOnThePage("manual-09-solving-scarce", FIRST_SOLVE_SECONDS, SOLVE_WAIT);
        page.driver.get(page.base + "/#/plan/" + planId + "/uncovered");
        WebElement row = page.waitFor(By.cssSelector(".uncovered-item"));
        String demandId = row.getAttribute("data-demand-id");
        String seat = row.getAttribute("data-seat");
        int revision = page.getJson(plan(planId)).get("revision").asInt();

        row.findElement(By.cssSelector("button.recommend")).click();
        page.waitFor(By.cssSelector("#edit-dialog .candidate"));
        List<String> shown = page.driver.findElements(By.cssSelector("#edit-dialog .candidate")).stream()
                .map(candidate -> candidate.getAttribute("data-staff-id")).toList();
        JsonNode answer = page.getJson(plan(planId) + "/recommendations?revision=" + revision + "&demandId="
                + encode(demandId) + (seat.isEmpty() ? "" : "&seat=" + seat));
        List<String> ranked = new ArrayList<>();
        String previous = null;
        for (JsonNode candidate : answer.get("candidates")) {
            ranked.add(candidate.get("staffId").asText());
            String candidateScore = candidate.get("score").asText();
            assertTrue(previous == null || compareScores(previous, candidateScore) >= 0, "ranked best first");
            previous = candidateScore;
        }
        assertFalse(shown.isEmpty(), "someone qualified can take it");
        assertEquals(ranked, shown, "the page lists the candidates as the service ranks them");
        page.screenshot("manual-10-candidates");

        page.driver.findElement(By.cssSelector("#edit-dialog .candidate button.choose")).click();
        WebElement save = page.waitFor(By.id("edit-save"));
        page.waitFor(By.cssSelector("#edit-dialog .score-compare"));
        page.screenshot("manual-11-preview-uncovered");
        save.click();
        int savedRevision = savedRevision();

        JsonNode edited = page.getJson(plan(planId));
        assertEquals(savedRevision, edited.get("revision").asInt());
        for (JsonNode item : edited.get("solution").get("uncovered")) {
            assertFalse(demandId.equals(item.get("demandId").asText()) && seat.equals(item.path("seat").asText("")),
                    demandId + " seat " + seat + " is covered in revision " + savedRevision);
        }
        String chosen = shown.get(0);
        assertTrue(sessionsOf(edited).stream().anyMatch(s -> demandId.equals(s.get("demandId").asText())
                && chosen.equals(s.path("staffId").asText())), "the chosen person has the demand's sessions");
        By sameRow = By.cssSelector(".uncovered-item[data-demand-id='" + demandId + "'][data-seat='" + seat + "']");
        page.wait(EDIT_WAIT).until(d -> d.findElements(sameRow).isEmpty());
        page.screenshot("manual-12-covered");
        page.assertNoScriptOrPolicyErrors();
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Another session with a person, not the locked one, moved through the API to the worst time it may take. */
    private void worsenAnotherSession(String planId, String lockedId) throws IOException {
        JsonNode plan = page.getJson(plan(planId));
        String locked = lockedId.contains("/") ? lockedId.substring(0, lockedId.lastIndexOf('/')) : lockedId;
        for (JsonNode other : plan.get("solution").get("sessions")) {
            String id = other.get("id").asText();
            if (other.get("staffId").isNull() || id.startsWith(locked) || other.get("seat") != null
                    && !other.get("seat").isNull()) {
                continue;
            }
            JsonNode times = page.getJson(plan(planId) + "/sessions/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                    + "/times").get("times");
            JsonNode worst = times.get(times.size() - 1);
            if (times.size() < 2 || worst.get("scoreDiff").asText().equals("0hard/0medium/0soft")) {
                continue;
            }
            HttpResponse<String> saved = page.post(plan(planId) + "/edits", "{\"revision\":"
                    + plan.get("revision").asInt() + ",\"edits\":[" + worst.get("edit") + "]}");
            assertEquals(201, saved.statusCode(), saved.body());
            return;
        }
        throw new AssertionError("no other session has a worse time to take");
    }

    private static String plan(String planId) {
        return "/api/plans/" + planId;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static By block(String sessionId) {
        return By.cssSelector(".block[data-session-id='" + sessionId + "']");
    }

    /** A covered session the service offers another time for (not only the one it has), among the first sessions. */
    private JsonNode movableSession(String planId, JsonNode plan) throws IOException {
        int revision = plan.get("revision").asInt();
        int asked = 0;
        for (JsonNode session : sessionsOf(plan)) {
            if (session.path("staffId").isNull() || session.path("staffId").isMissingNode() || asked++ > 40) {
                continue;
            }
            JsonNode times = page.getJson(plan(planId) + "/sessions/" + encode(session.get("id").asText())
                    + "/times?revision=" + revision);
            for (JsonNode time : times.get("times")) {
                if (!time.get("day").equals(times.get("current").get("day"))
                        || !time.get("start").equals(times.get("current").get("start"))
                        || !time.get("week").equals(times.get("current").get("week"))) {
                    return session;
                }
            }
        }
        throw new AssertionError("no session of the plan may move to another time");
    }

    private static List<JsonNode> sessionsOf(JsonNode plan) {
        List<JsonNode> sessions = new ArrayList<>();
        plan.get("solution").get("sessions").forEach(sessions::add);
        return sessions;
    }

    private static JsonNode sessionOf(JsonNode plan, String sessionId) {
        JsonNode found = sessionsOf(plan).stream().filter(s -> sessionId.equals(s.get("id").asText())).findFirst()
                .orElse(null);
        assertNotNull(found, sessionId + " in revision " + plan.get("revision"));
        return found;
    }

    private static String revisionKind(JsonNode plan, int number) {
        for (JsonNode revision : plan.get("revisions")) {
            if (revision.get("number").asInt() == number) {
                return revision.get("kind").asText();
            }
        }
        throw new AssertionError("no revision " + number);
    }

    /** The page says "Gemt som version N" once the edit is saved and the plan of that revision loaded. */
    private int savedRevision() {
        page.wait(EDIT_WAIT).until(d -> SAVED.matcher(d.findElement(By.id("notice")).getText()).find());
        assertFalse(page.driver.findElement(By.id("edit-dialog")).isDisplayed(), "the dialog closed on saving");
        Matcher saved = SAVED.matcher(page.driver.findElement(By.id("notice")).getText());
        assertTrue(saved.find());
        return Integer.parseInt(saved.group(1));
    }

    /** Positive when a is the better score ("0hard/-120medium/-3400soft"): hard first, then medium, then soft. */
    private static int compareScores(String a, String b) {
        long[] x = levels(a);
        long[] y = levels(b);
        for (int i = 0; i < 3; i++) {
            if (x[i] != y[i]) {
                return Long.compare(x[i], y[i]);
            }
        }
        return 0;
    }

    private static long[] levels(String score) {
        Matcher m = Pattern.compile("(-?\\d+)hard/(-?\\d+)medium/(-?\\d+)soft").matcher(score);
        assertTrue(m.matches(), score);
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }
}
