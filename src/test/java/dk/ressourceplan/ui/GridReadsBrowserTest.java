package dk.ressourceplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The grid reads at every width (issue 15): the busiest school of the 32-school demo, as {@code serve --demo} solves
 * and publishes it, on a laptop (1280x800), a large screen (1920x1080), a phone (390 px) and on paper (A4 landscape,
 * print media emulated), as the school's leader reads it. Every session block must show who, what and when without a
 * line cut off, narrowed to an ellipsis, hidden or running out of the block; on a phone, one day at a time, the count
 * is printed. Screenshots: {@code target/screenshots/grid-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridReadsBrowserTest {

    /** A4 landscape less the print style's 8 mm margins, in CSS pixels (96 per inch). */
    private static final int PRINT_WIDTH = (int) Math.round((297 - 16) / 25.4 * 96);
    private static final int PRINT_HEIGHT = (int) Math.round((210 - 16) / 25.4 * 96);

    /**
     * The blocks drawn, and those whose text does not read in full: a line wider or taller than its box (clipped or
     * ellipsised), a line outside the block's box, a line hidden, or a block that lacks its who, what or when.
     */
    private static final String MEASURE = """
            const over = (el) => el.scrollWidth > el.clientWidth + 0.5 || el.scrollHeight > el.clientHeight + 0.5;
            const blocks = [...document.querySelectorAll('.tt .block')].filter((b) => b.getClientRects().length > 0);
            const cut = [];
            for (const block of blocks) {
              const box = block.getBoundingClientRect();
              const problems = [];
              if (over(block)) problems.push(`block overflows (${block.scrollWidth}/${block.clientWidth} x ${block.scrollHeight}/${block.clientHeight})`);
              for (const part of ['who', 'what', 'when']) {
                const line = block.querySelector('.line-' + part);
                if (!line || !line.textContent.trim()) { problems.push('no ' + part); continue; }
                const r = line.getBoundingClientRect();
                if (getComputedStyle(line).display === 'none' || r.width === 0) problems.push(part + ' hidden');
                else if (over(line)) problems.push(part + ' cut');
                else if (r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5) problems.push(part + ' outside');
              }
              const when = block.querySelector('.line-when');
              if (when && !/\\d\\d:\\d\\d\\s*–\\s*\\d\\d:\\d\\d/.test(when.textContent)) problems.push('when not HH:MM–HH:MM');
              if (problems.length) cut.push(block.dataset.sessionId + ' (' + block.dataset.week + '): '
                + problems.join(', ') + ' | ' + block.innerText.replace(/\\s+/g, ' '));
            }
            return { blocks: blocks.length, cut };
            """;

    private BrowserPage page;
    private String planId;
    private String school;
    private int sessions;

    @BeforeAll
    void theDemoIsSolvedAndPublished(@TempDir Path temp) throws IOException {
        Path demo = Files.createDirectories(temp.resolve("demo"));
        Files.copy(Path.of("data", "demo-odense.json"), demo.resolve("demo-odense.json"));
        page = BrowserPage.start(temp, "chromedriver-grid.log",
                settings -> settings.withDemoDirectory(demo).withDemoSolveSeconds(5));
        JsonNode plan = page.wait(Duration.ofSeconds(120)).until(d -> {
            try {
                JsonNode plans = page.getJson("/api/plans");
                return plans.size() == 1 && !plans.get(0).path("published").isNull()
                        && !plans.get(0).path("published").isMissingNode() ? plans.get(0) : null;
            } catch (IOException e) {
                return null;
            }
        });
        planId = plan.get("id").asText();
        Map<String, Set<String>> bySchool = new HashMap<>();
        for (JsonNode session : page.solutionOf(planId).get("sessions")) {
            bySchool.computeIfAbsent(session.get("schoolId").asText(), k -> new HashSet<>()).add(session.get("id").asText());
        }
        school = bySchool.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> a.size() - b.size()))
                .orElseThrow().getKey();
        sessions = bySchool.get(school).size();
        // The school's leader, who opens this page most often, reads it.
        page.logInAs("Skoleleder " + school, "SCHOOL_LEADER", school);
    }

    @AfterEach
    void screenMedia() {
        if (page != null) {
            page.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @AfterAll
    void stop() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void onALaptopEveryBlockReadsInFull() throws IOException {
        assertNoneCut(measured(1280, 800, "grid-1280"));
    }

    @Test
    void onALargeScreenEveryBlockReadsInFull() throws IOException {
        assertNoneCut(measured(1920, 1080, "grid-1920"));
    }

    @Test
    void onPaperEveryBlockReadsInFull() throws IOException {
        page.viewport(PRINT_WIDTH, PRINT_HEIGHT);
        page.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertNoneCut(measure("grid-print"));
        page.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        PrintOptions print = new PrintOptions();
        print.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        print.setPageSize(PageSize.ISO_A4);
        print.setBackground(true);
        print.setPageMargin(new PageMargin(0.8, 0.8, 0.8, 0.8));
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) page.driver).print(print).getContent());
        Files.write(BrowserPage.SCREENSHOTS.resolve("grid-print.pdf"), pdf);
        assertEquals(2, pageCount(pdf), "week A on one A4 landscape page, week B on the next");
    }

    private static int pageCount(byte[] pdf) {
        Matcher pages = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (pages.find()) {
            count++;
        }
        return count;
    }

    @Test
    void onAPhoneOneDayAtATimeReads() throws IOException {
        List<String> cut = measured(390, 844, "grid-390");
        assertTrue(cut.size() <= 2, "at most a couple of blocks cut on a phone: " + cut.subList(0, Math.min(5, cut.size())));
    }

    private static void assertNoneCut(List<String> cut) {
        assertTrue(cut.isEmpty(), cut.size() + " blocks cut, such as " + cut.subList(0, Math.min(5, cut.size())));
    }

    private List<String> measured(int width, int height, String screenshot) throws IOException {
        page.viewport(width, height);
        return measure(screenshot);
    }

    @SuppressWarnings("unchecked")
    private List<String> measure(String screenshot) throws IOException {
        // A fresh load: the page lays the grid out for this width (and media) from the start.
        page.driver.get("about:blank");
        page.driver.get(page.base + "/#/plan/" + planId + "/school?school=" + school);
        page.wait(Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(page.js(
                "return [...document.querySelectorAll('.tt .block')].some((b) => b.getClientRects().length > 0);")));
        Map<String, Object> result = (Map<String, Object>) page.js(MEASURE);
        List<String> cut = (List<String>) result.get("cut");
        long blocks = ((Number) result.get("blocks")).longValue();
        System.out.printf("Grid %s: %d of %d blocks cut (school %s, %d sessions)%n", screenshot, cut.size(), blocks,
                school, sessions);
        cut.stream().limit(8).forEach(line -> System.out.println("  " + line));
        assertFalse(blocks == 0, "blocks drawn");
        if ("print".equals(page.js("return matchMedia('print').matches ? 'print' : 'screen';"))) {
            // The paper as laid out for the measurement: a window as wide as the page and as tall as the content.
            long height = ((Number) page.js("return document.documentElement.scrollHeight;")).longValue();
            page.viewport(PRINT_WIDTH, (int) height);
            page.screenshot(screenshot);
        } else {
            page.fullPageScreenshot(screenshot);
        }
        page.assertNoScriptOrPolicyErrors();
        return cut;
    }
}
