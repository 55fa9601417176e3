package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planners submit the term as the workbook they downloaded (issue 7), over real HTTP. */
class WorkbookApiTest {

    @TempDir
    Path dataDirectory;
    private TestPlanner planner;

    @BeforeEach
    void start() {
        planner = TestPlanner.start(dataDirectory);
    }

    @AfterEach
    void stop() {
        planner.close();
    }

    private byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + planner.app.port() + path))
                .header("Authorization", "Bearer " + planner.token()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        return response.body();
    }

    @Test
    void theDownloadedTemplateCanBeSubmittedAndDownloadedAgain() throws Exception {
        byte[] template = download("/api/template.xlsx");

        String planId = planner.submit(template);

        JsonNode plan = planner.get("/api/plans/" + planId).json();
        assertTrue(plan.get("problem").get("schools").size() >= 1);
        byte[] again = download("/api/plans/" + planId + "/term.xlsx");
        assertEquals(201, planner.post("/api/plans", again).status(), "last term's workbook goes in again as it is");
    }

    @Test
    void aWorkbookErrorIsReportedWithSheetRowAndColumn() throws Exception {
        byte[] broken;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("/api/template.xlsx")))) {
            Sheet staff = workbook.getSheet("Medarbejdere");
            Row header = staff.getRow(0);
            int column = -1;
            for (Cell cell : header) {
                if (cell.getStringCellValue().equals("Timer pr. uge")) {
                    column = cell.getColumnIndex();
                }
            }
            staff.getRow(1).getCell(column).setCellValue("mange");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            broken = out.toByteArray();
        }

        TestPlanner.Response refused = planner.post("/api/plans", broken);

        assertEquals(400, refused.status(), refused.body());
        JsonNode error = refused.json().get("errors").get(0);
        assertEquals("Medarbejdere", error.get("sheet").asText());
        assertEquals(2, error.get("row").asInt());
        assertEquals("Timer pr. uge", error.get("column").asText());
        assertTrue(error.get("messageDa").asText().startsWith("Medarbejdere, række 2, 'Timer pr. uge': "),
                error.get("messageDa").asText());
    }

    /** Issue 17: a number cell holding NaN gave a 500; it is the planner's cell to fix, so a 400 naming it. */
    @Test
    void aNumberCellHoldingNaNIsA400NamingTheCell() throws Exception {
        byte[] broken;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("/api/template.xlsx")))) {
            Sheet staff = workbook.getSheet("Medarbejdere");
            int column = -1;
            for (Cell cell : staff.getRow(0)) {
                if (cell.getStringCellValue().equals("Timer pr. uge")) {
                    column = cell.getColumnIndex();
                }
            }
            // POI writes NaN as an error cell; another program can store the spelling "NaN" in a number cell.
            XSSFCell hours = (XSSFCell) staff.getRow(1).getCell(column);
            hours.setCellValue(0);
            hours.getCTCell().setV("NaN");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            broken = out.toByteArray();
        }

        TestPlanner.Response refused = planner.post("/api/plans", broken);

        assertEquals(400, refused.status(), refused.body());
        JsonNode errors = refused.json().get("errors");
        assertEquals(1, errors.size(), refused.body());
        JsonNode error = errors.get(0);
        assertEquals("Medarbejdere", error.get("sheet").asText());
        assertEquals(2, error.get("row").asInt());
        assertEquals("Timer pr. uge", error.get("column").asText());
        assertEquals("Medarbejdere, række 2, 'Timer pr. uge': cellen indeholder et tal, der ikke kan læses: 'NaN'",
                error.get("messageDa").asText());
        assertEquals("Medarbejdere, row 2, 'Timer pr. uge': the cell holds a number that cannot be read: 'NaN'",
                error.get("message").asText());
    }
}
