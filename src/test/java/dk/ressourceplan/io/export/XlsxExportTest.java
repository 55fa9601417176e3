package dk.ressourceplan.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.PlanDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExportTest {

    private final PlanDocument plan = TestPlans.spring2027();

    private static byte[] export(PlanDocument plan, ExportFilter filter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.write(plan, ExportFormat.XLSX, filter, out);
        return out.toByteArray();
    }

    private static List<Row> rows(byte[] xlsx, String sheetName) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.findSheet(sheetName).orElseThrow(() -> new AssertionError("no sheet " + sheetName));
            return sheet.read();
        }
    }

    private static List<String> texts(Row row) {
        return IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }

    /** Read through the central directory, as Excel does: the parts are streamed with data descriptors. */
    private static String part(byte[] xlsx, String name, Path dir) throws Exception {
        Path file = Files.write(dir.resolve("export.xlsx"), xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertNotNull(entry, "no " + name + " in the workbook");
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void hasTheListSheetsAndThenATimetableSheetPerWeek() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(export(plan,
                ExportFilter.wholePlan())))) {
            assertEquals(List.of("Aftaler", "Udækket", "Nøgletal", "Skema uge A", "Skema uge B"),
                    workbook.getSheets().map(Sheet::getName).toList());
        }
    }

    @Test
    void aWeeksTimetableHasTheDaysAcrossAndTheTimesDown() throws Exception {
        byte[] xlsx = export(plan, ExportFilter.school(TestPlans.BAKKE));
        List<Row> weekA = rows(xlsx, "Skema uge A");
        List<Row> weekB = rows(xlsx, "Skema uge B");

        assertEquals(List.of("Tid", "mandag", "tirsdag", "onsdag", "torsdag", "fredag"), texts(weekA.get(0)));
        assertEquals(List.of("Tid", "08:00-08:45", "10:00-10:45", "13:00-14:30"),
                weekA.stream().map(r -> r.getCellText(0)).toList(), "a row per time, in order");
        assertEquals("Co-teaching 3.B (læsning) – Anne Holm, Bakkeskolen", weekA.get(1).getCellText(1));
        assertEquals("Samarbejds- og indsatsmøde – Peter Søndergaard, udækket, Bakkeskolen", weekA.get(3).getCellText(3),
                "a meeting once, with every seat");
        assertEquals("Co-teaching 3.B (læsning) – Anne Holm, Bakkeskolen", weekA.get(2).getCellText(4));
        assertEquals(List.of("Tid", "08:00-08:45", "08:00-10:00", "10:00-10:45"),
                weekB.stream().map(r -> r.getCellText(0)).toList(), "the B-week presence, no A-week meeting");
        assertEquals("PPR-tilstedeværelse – Peter Søndergaard, Bakkeskolen", weekB.get(2).getCellText(5));
    }

    @Test
    void aSchoolsSheetHasARowForEachOfItsSessionsAndNoneOfOtherSchools() throws Exception {
        List<Row> rows = rows(export(plan, ExportFilter.school(TestPlans.BAKKE)), "Aftaler");

        assertEquals(SpreadsheetExpectations.SESSION_HEADERS, texts(rows.get(0)));
        SpreadsheetExpectations.assertSessionsOfBakkeskolen(plan,
                rows.subList(1, rows.size()).stream().map(XlsxExportTest::texts).toList());
    }

    @Test
    void uncoveredDemandAndKeyFiguresHaveTheirOwnSheets() throws Exception {
        byte[] xlsx = export(plan, ExportFilter.school(TestPlans.BAKKE));

        List<Row> uncovered = rows(xlsx, "Udækket");
        assertEquals(2, uncovered.size());
        assertEquals("d-bakke-meet", uncovered.get(1).getCellText(0));
        assertEquals(new BigDecimal("90"), uncovered.get(1).getCellAsNumber(5).orElseThrow());

        List<Row> figures = rows(xlsx, "Nøgletal");
        Row coverage = figures.stream().filter(r -> r.getCellText(0).equals("Dækning af behov (%)")).findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("82.5").compareTo(coverage.getCellAsNumber(1).orElseThrow()));
    }

    @Test
    void theHeaderRowIsFrozenAndFilteredAndTheColumnsHaveWidths(@TempDir Path dir) throws Exception {
        String sheet = part(export(plan, ExportFilter.school(TestPlans.BAKKE)), "xl/worksheets/sheet1.xml", dir);

        assertTrue(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""), sheet);
        assertTrue(sheet.contains("<autoFilter ref=\"A1:M6\""), sheet);
        assertEquals(13, sheet.split("<col ").length - 1, "a width for each of the thirteen columns");
    }

    @Test
    void printsLandscapeWithAllColumnsOnThePageWidth(@TempDir Path dir) throws Exception {
        String sheet = part(export(plan, ExportFilter.school(TestPlans.BAKKE)), "xl/worksheets/sheet1.xml", dir);

        assertTrue(sheet.contains("orientation=\"landscape\"") && sheet.contains("fitToWidth=\"1\""), sheet);
    }
}
