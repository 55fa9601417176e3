package dk.ressourceplan.io.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are too large, not workbooks, or built to hurt are refused with one clear error, never a stack trace. */
class WorkbookLimitsTest {

    @TempDir
    Path dir;

    private static WorkbookError refusal(byte[] file) {
        WorkbookException e = assertThrows(WorkbookException.class, () -> TermWorkbook.read(file));
        assertEquals(1, e.workbookErrors().size(), Workbooks.describe(e));
        WorkbookError error = e.workbookErrors().get(0);
        assertFalse(error.messageDa().isBlank());
        assertFalse(error.message().isBlank());
        return error;
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                zip.write(spaces);
            }
        }
        assertTrue(file.size() < 200_000, "the bomb is small: " + file.size());
        WorkbookError error = refusal(file.toByteArray());
        assertNull(error.sheet());
        assertEquals("Projektmappen", error.location());
        assertTrue(error.messageDa().contains("zip-bombe"), error.messageDa());
    }

    @Test
    void aFileWithThousandsOfPartsIsRefused() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            for (int i = 0; i <= WorkbookFile.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
                zip.write('x');
            }
        }
        assertTrue(refusal(file.toByteArray()).messageDa().contains("flere end 1000 dele"));
    }

    @Test
    void anOversizedFileIsRefusedWithoutReadingItAll() throws IOException {
        byte[] large = new byte[TermWorkbook.MAX_FILE_BYTES + 1];
        System.arraycopy(Workbooks.template(), 0, large, 0, 4);
        assertEquals("filen er større end 20 MB", refusal(large).messageDa());
        WorkbookException fromStream = assertThrows(WorkbookException.class,
                () -> TermWorkbook.read(new ByteArrayInputStream(large)));
        assertEquals("the file is larger than 20 MB", fromStream.workbookErrors().get(0).message());
        Path file = dir.resolve("large.xlsx");
        Files.write(file, large);
        assertThrows(WorkbookException.class, () -> TermWorkbook.read(file));
    }

    @Test
    void aFileThatIsNoWorkbookIsToldApart() throws IOException {
        assertEquals("filen er ikke en Excel-projektmappe (.xlsx)",
                refusal("{\"term\": {}}".getBytes(StandardCharsets.UTF_8)).messageDa());
        assertEquals("filen er tom", refusal(new byte[0]).messageDa());
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertTrue(refusal(oldExcel).messageDa().contains("gammel Excel-fil (.xls)"));
    }

    @Test
    void aZipThatIsNoWorkbookOrABrokenOneIsToldInWords() throws IOException {
        ByteArrayOutputStream odf = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(odf)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(refusal(odf.toByteArray()).messageDa().startsWith("filen "), "a zip of something else");
        byte[] template = Workbooks.template();
        byte[] cut = Arrays.copyOf(template, template.length / 2);
        assertTrue(refusal(cut).messageDa().startsWith("filen "), "half a workbook");
    }

    /** An XML part that declares an external entity is refused; nothing of the file it names reaches the planner. */
    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String doctype = "<!DOCTYPE sst [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] workbook = rewritten(Workbooks.template(), "xl/sharedStrings.xml", xml -> xml
                .replaceFirst("\\?>", "?>" + doctype)
                .replace(">Engskolen<", ">&secret;<"));
        WorkbookException e = assertThrows(WorkbookException.class, () -> TermWorkbook.read(workbook));
        assertFalse(Workbooks.describe(e).contains("TOP-SECRET"), Workbooks.describe(e));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void aSheetWithMoreRowsThanAnyTermNeedsIsRefused() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(new ByteArrayInputStream(Workbooks.template())), 100)) {
            var sheet = workbook.getXSSFWorkbook().getSheet("Fravær");
            workbook.getXSSFWorkbook().removeSheetAt(workbook.getXSSFWorkbook().getSheetIndex(sheet));
            var rows = workbook.createSheet("Fravær");
            for (int r = 0; r <= WorkbookFile.MAX_ROWS; r++) {
                rows.createRow(r).createCell(0).setCellValue("ppr-01");
            }
            workbook.write(file);
            workbook.dispose();
        }
        WorkbookError error = refusal(file.toByteArray());
        assertEquals("Fravær", error.sheet());
        assertTrue(error.messageDa().contains("flere end 50000 rækker"), error.messageDa());
    }

    interface Edit {
        String apply(String xml);
    }

    static byte[] rewritten(byte[] xlsx, String part, Edit edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
            }
        }
        return out.toByteArray();
    }
}
