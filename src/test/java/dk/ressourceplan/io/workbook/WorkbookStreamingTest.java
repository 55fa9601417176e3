package dk.ressourceplan.io.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The workbook is read as it streams, and what it may cost is bounded by the cells and texts the import reads, not
 * by what the file holds: the probe's workbook of 3.6 million cells is refused at the cell limit, naming the sheet;
 * sheets the import does not read cost nothing; a text of millions of characters costs its first 2,000.
 */
class WorkbookStreamingTest {

    private static WorkbookException refusal(byte[] file) {
        return assertThrows(WorkbookException.class, () -> TermWorkbook.read(file));
    }

    @Test
    void aWorkbookWithMoreFilledCellsThanAnyTermIsRefusedNamingTheSheet() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        FloodedWorkbook.write(file);

        WorkbookException e = refusal(file.toByteArray());

        assertEquals(1, e.workbookErrors().size(), Workbooks.describe(e));
        WorkbookError error = e.workbookErrors().get(0);
        assertEquals(Layout.DEMANDS, error.sheet());
        assertNull(error.row());
        assertEquals("Behov: arkene, der indlæses, har tilsammen flere end 1000000 udfyldte celler; ingen planperiode "
                + "har brug for så mange", error.describedDa());
    }

    @Test
    void aSheetTheImportDoesNotReadIsNotCounted() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        FloodedWorkbook.write(file, "Noter");

        WorkbookException e = refusal(file.toByteArray());

        assertEquals(Layout.REQUIRED_SHEETS, e.workbookErrors().stream().map(WorkbookError::sheet).toList());
        assertTrue(e.workbookErrors().stream().allMatch(error -> error.messageDa().equals("arket mangler i projektmappen")),
                Workbooks.describe(e));
    }

    /** 3 million characters in one shared text, random so that they do not compress like a zip bomb. */
    @Test
    void aHugeTextIsReportedAsTooLong() throws IOException {
        StringBuilder huge = new StringBuilder("Engskolen");
        Random random = new Random(1);
        while (huge.length() < 3_000_000) {
            huge.append((char) ('a' + random.nextInt(26)));
        }
        byte[] file = WorkbookLimitsTest.rewritten(Workbooks.template(), "xl/sharedStrings.xml",
                xml -> xml.replace(">Engskolen<", ">" + huge + "<"));

        List<WorkbookError> errors = refusal(file).workbookErrors();

        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(error -> error.sheet().equals(Layout.SCHOOLS)
                && error.messageDa().equals("teksten er længere end 2000 tegn")), errors.toString());
    }
}
