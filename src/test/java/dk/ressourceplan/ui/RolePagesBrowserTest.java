package dk.ressourceplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page each role gets (issue 15): the controls are those the role may use, read from the service's route table
 * through {@code GET /api/me}. A school leader meets no control they may not use and no figure that is withheld, and
 * reads their own school's published fortnight; a PPR leader reruns and publishes, but does not submit, solve or
 * delete.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolePagesBrowserTest {

    private BrowserPage page;
    private String planId;

    @BeforeAll
    void aPlannerUploadsSolvesAndPublishesTheSmallDemo(@TempDir Path temp) throws IOException {
        page = BrowserPage.start(temp, "chromedriver-roles.log");
        page.driver.get(page.base + "/");
        planId = page.upload(Path.of("data", "demo-small.json"), "roles-01-upload");
        page.solveOnThePage("roles-02-solving", 5, Duration.ofSeconds(120));
        assertEquals(200, page.post("/api/plans/" + planId + "/publish", "").statusCode());
    }

    @AfterAll
    void stop() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void aSchoolLeaderReadsTheOwnSchoolWithNoControlOrFigureTheyMayNotHave() throws IOException {
        page.logInAs("Sofie Skole", "SCHOOL_LEADER", "s01");
        page.waitFor(By.cssSelector("#plans-list .plan-card"));
        assertFalse(page.driver.findElement(By.id("upload-form")).isDisplayed(), "no upload form");
        assertTrue(page.driver.findElements(By.cssSelector(".plan-card button.danger, .plan-card .term-download"))
                .isEmpty(), "no delete, no term workbook");

        page.driver.get(page.base + "/#/plan/" + planId + "/school?school=s01");
        page.waitFor(By.cssSelector(".tt .block"));
        for (String control : List.of("solve-start", "solve-stop", "solve-seconds", "solve-continue", "publish",
                "term-download", "timetable-import")) {
            assertFalse(page.driver.findElement(By.id(control)).isDisplayed(), control + " is not shown");
        }
        List<String> tabs = page.driver.findElements(By.cssSelector("#tabs a.tab")).stream()
                .map(tab -> tab.getAttribute("data-view")).toList();
        assertFalse(tabs.contains("staff") || tabs.contains("kpis") || tabs.contains("map"), tabs.toString());

        // Only the school's own figures, none drawn empty, none alarming while nothing is wrong.
        List<String> figures = page.driver.findElements(By.cssSelector("#kpi-strip .kpi")).stream()
                .map(kpi -> kpi.getAttribute("data-kpi")).toList();
        assertEquals(List.of("coverage", "uncovered", "continuity"), figures);
        String strip = page.driver.findElement(By.id("kpi-strip")).getText();
        assertFalse(strip.contains("bryder") || strip.contains("–––") || strip.contains("Kørsel"), strip);
        assertFalse(page.driver.findElement(By.id("plan-meta")).getText().contains("Ikke beregnet"));

        // The sessions drawn are the school's own, as the API gives them to its leader.
        JsonNode own = page.getJsonAs("/api/plans/" + planId, "Sofie Skole");
        Set<String> ownSessions = new HashSet<>();
        for (JsonNode session : own.get("solution").get("sessions")) {
            assertEquals("s01", session.get("schoolId").asText());
            ownSessions.add(session.get("id").asText());
        }
        List<WebElement> blocks = page.driver.findElements(By.cssSelector(".tt .block"));
        assertFalse(blocks.isEmpty());
        for (WebElement block : blocks) {
            assertTrue(ownSessions.contains(block.getAttribute("data-session-id")), block.getAttribute("data-session-id"));
        }
        // No planning by hand (issue 19): the session's details offer no recommendations, moves or locks.
        blocks.get(0).click();
        page.waitFor(By.id("details"));
        assertTrue(page.driver.findElements(By.cssSelector("#details .edit-actions, .uncovered-item .recommend"))
                .isEmpty(), "no edits by hand");
        page.driver.get(page.base + "/#/plan/" + planId + "/changes");
        page.waitFor(By.cssSelector(".view-changes"));
        assertTrue(page.driver.findElements(By.id("rerun-staff")).isEmpty(), "no rerun form");
        page.screenshot("roles-03-school-leader");
        page.assertNoScriptOrPolicyErrors();
    }

    @Test
    void aPprLeaderRerunsAndPublishesButDoesNotSubmitSolveOrDelete() throws IOException {
        page.logInAs("Pia PPR", "PPR_LEADER", null);
        page.waitFor(By.cssSelector("#plans-list .plan-card"));
        assertFalse(page.driver.findElement(By.id("upload-form")).isDisplayed(), "no upload form");
        assertTrue(page.driver.findElements(By.cssSelector(".plan-card button.danger")).isEmpty(), "no delete");

        page.driver.get(page.base + "/#/plan/" + planId + "/changes");
        page.waitFor(By.id("rerun-staff"));
        assertTrue(page.driver.findElement(By.id("publish")).isDisplayed(), "publish is theirs");
        assertFalse(page.driver.findElement(By.id("solve-start")).isDisplayed(), "solving from scratch is not");
        assertTrue(page.driver.findElement(By.id("solve-continue")).isDisplayed(), "continuing is theirs (issue 19)");
        assertFalse(page.driver.findElement(By.id("timetable-import")).isDisplayed());
        page.screenshot("roles-04-ppr-leader");

        // Publishing says what it changes, and asks first.
        page.click(By.id("publish"));
        WebElement dialog = page.waitFor(By.id("publish-dialog"));
        String question = page.driver.findElement(By.id("publish-dialog-text")).getText();
        assertTrue(question.contains("Skolelederne på planens 6 skoler") && question.contains("kalendere"), question);
        page.screenshot("roles-05-publish-question");
        page.click(By.id("publish-cancel"));
        assertFalse(dialog.isDisplayed(), "nothing published on Fortryd");
        page.click(By.id("publish"));
        page.click(By.id("publish-confirm"));
        page.wait(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("notice")).getText().contains("offentliggjort"));
        page.assertNoScriptOrPolicyErrors();
    }
}
