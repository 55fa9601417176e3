package dk.ressourceplan.io.workbook;

import static dk.ressourceplan.io.workbook.Workbooks.edited;
import static dk.ressourceplan.io.workbook.Workbooks.errorAt;
import static dk.ressourceplan.io.workbook.Workbooks.importFails;
import static dk.ressourceplan.io.workbook.Workbooks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.Absence;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.io.PlanReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dated work in the term workbook (issue 16): the sheets Fraværsperioder and Timer fra dato, the column 'Højst forløb
 * ad gangen', and coordination meetings and programmes on Behov; their words, and their errors at their cells.
 */
class DatedWorkbookTest {

    private static final byte[] DATED = written();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            koordinerings- og prioriteringsmøde | coordination-meeting
            Koordineringsmøde                   | coordination-meeting
            prioriteringsmøde                   | coordination-meeting
            coordination-meeting                | coordination-meeting
            COORDINATION_MEETING                | coordination-meeting
            forløb                              | programme
            Forløb                              | programme
            programme                           | programme
            samarbejds- og indsatsmøde          | collaboration-meeting
            møde                                | collaboration-meeting
            """)
    void theNewDemandTypesAreKnownByTheirDanishWordsAndCodes(String word, String code) {
        assertEquals(DemandType.fromCode(code), Vocabulary.DEMAND_TYPES.find(word));
    }

    @Test
    void noWordStandsForTwoValues() {
        // The vocabularies are built when the class is loaded; a clash between two words throws there.
        for (Vocabulary<?> vocabulary : List.of(Vocabulary.ROLES, Vocabulary.COMPETENCES, Vocabulary.NEED_LEVELS,
                Vocabulary.DEMAND_TYPES, Vocabulary.DAYS, Vocabulary.WEEKS)) {
            for (String word : vocabulary.offered()) {
                assertEquals(word, wordOf(vocabulary, word));
            }
        }
    }

    private static <E> String wordOf(Vocabulary<E> vocabulary, String word) {
        return vocabulary.word(vocabulary.find(word));
    }

    @Test
    void theDropDownOffersEveryDemandTypeOnce() {
        assertEquals(List.of("co-teaching", "samarbejds- og indsatsmøde", "PPR-tilstedeværelse",
                "koordinerings- og prioriteringsmøde", "forløb"), Vocabulary.DEMAND_TYPES.offered());
    }

    @Test
    void aTemplateWithDatedWorkReadsBackWithItsDatesAndHours() {
        PlanDocument read = TermWorkbook.read(DATED);
        Staff psychologist = read.staff().get(1);
        assertEquals(new Absence(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5)), psychologist.absences().get(0));
        assertEquals(new Staff.HoursFrom(LocalDate.of(2027, 4, 5), 12.5), psychologist.hoursFrom().get(0));
        assertEquals(2, psychologist.programmeCap());
        assertEquals(6, read.demands().get(3).intervalWeeks());
        assertNull(read.demands().get(4).intervalWeeks(), "blank: by the school's pupils");
        assertEquals(2, read.demands().get(5).count());
        assertEquals(8, read.demands().get(5).weeks());
    }

    @Test
    void anEmptyTemplateHasTheNewSheetsAndColumns() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TermWorkbook.writeEmpty(out);
        byte[] empty = out.toByteArray();
        edited(empty, workbook -> {
            assertTrue(workbook.getSheet(Layout.ABSENCES) != null);
            assertTrue(workbook.getSheet(Layout.HOURS_FROM) != null);
        });
        // A workbook from before dated work, without the two sheets and the new columns, still reads.
        PlanDocument old = TermWorkbook.read(edited(Workbooks.template(), workbook -> {
            workbook.removeSheetAt(workbook.getSheetIndex(Layout.ABSENCES));
            workbook.removeSheetAt(workbook.getSheetIndex(Layout.HOURS_FROM));
        }));
        assertEquals(TermWorkbook.example().problem().staff(), old.staff());
    }

    @Test
    void datedErrorsAreReportedAtTheirCellsInTheWorkbooksWords() {
        WorkbookException e = importFails(edited(DATED, workbook -> {
            set(workbook, Layout.ABSENCES, "p1", "Til", LocalDate.of(2027, 2, 1));
            set(workbook, Layout.HOURS_FROM, "p1", "Timer pr. uge", 40);
            set(workbook, Layout.HOURS_FROM, "p2", "Fra dato", LocalDate.of(2027, 8, 2));
            set(workbook, Layout.STAFF, "t1", "Højst forløb ad gangen", 11);
            set(workbook, Layout.DEMANDS, "k1", "Antal forløb", 2);
            set(workbook, Layout.DEMANDS, "f1", "Interval i uger", 4);
            set(workbook, Layout.DEMANDS, "f2", "Uger pr. forløb", 30);
        }));

        assertEquals("må ikke ligge før fra-datoen (2027-03-01)", errorAt(e, Layout.ABSENCES, 2, "Til").messageDa());
        assertEquals("må ikke være mere end 'Kontrakttimer' (37)",
                errorAt(e, Layout.HOURS_FROM, 2, "Timer pr. uge").messageDa());
        assertEquals("skal ligge i planperioden (2027-01-04 til 2027-06-25)",
                errorAt(e, Layout.HOURS_FROM, 3, "Fra dato").messageDa());
        assertTrue(errorAt(e, Layout.STAFF, 2, "Højst forløb ad gangen").messageDa().startsWith("skal være et"));
        assertEquals("gælder kun for et behov af typen forløb, ikke for koordinerings- og prioriteringsmøde",
                errorAt(e, Layout.DEMANDS, 5, "Antal forløb").messageDa());
        assertEquals("gælder kun for et behov af typen koordinerings- og prioriteringsmøde, ikke for forløb",
                errorAt(e, Layout.DEMANDS, 7, "Interval i uger").messageDa());
        assertTrue(errorAt(e, Layout.DEMANDS, 8, "Uger pr. forløb").messageDa().startsWith("skal være et"));
        assertEquals(7, e.workbookErrors().size(), Workbooks.describe(e));
    }

    @Test
    void aCoordinationMeetingAtASchoolWithoutMeetingWindowsIsToldWhereTheyGo() {
        WorkbookException e = importFails(edited(DATED, workbook -> {
            var sheet = workbook.getSheet(Layout.MEETING_WINDOWS);
            for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                var row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null && "s2".equals(row.getCell(0).getStringCellValue())) {
                    sheet.removeRow(row);
                }
            }
        }));
        String message = errorAt(e, Layout.DEMANDS, 6, "Skole-id").messageDa();
        assertTrue(message.startsWith("Skolen har ingen mødetider, så koordinerings- og prioriteringsmøderne kan ikke "
                + "lægges") && message.contains("'Mødevinduer'"), message);
        assertEquals(1, e.workbookErrors().size(), Workbooks.describe(e));
    }

    @Test
    void aRowOfAbsenceOrHoursForAnUnknownStaffMemberIsReported() {
        WorkbookException e = importFails(edited(DATED, workbook -> {
            set(workbook, Layout.ABSENCES, "p1", "Medarbejder-id", "p9");
            set(workbook, Layout.HOURS_FROM, "p2", "Medarbejder-id", "p9");
        }));
        assertEquals("der er ingen medarbejder med id'et 'p9' på arket Medarbejdere",
                errorAt(e, Layout.ABSENCES, 2, "Medarbejder-id").messageDa());
        assertEquals("der er ingen medarbejder med id'et 'p9' på arket Medarbejdere",
                errorAt(e, Layout.HOURS_FROM, 3, "Medarbejder-id").messageDa());
        assertEquals(2, e.workbookErrors().size(), Workbooks.describe(e));
    }

    private static byte[] written() {
        try (InputStream in = DatedWorkbookTest.class.getResourceAsStream("/dk/ressourceplan/io/dated-term.json")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TermWorkbook.write(PlanReader.read(in), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
