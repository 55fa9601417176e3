package dk.ressourceplan.io.workbook;

import static dk.ressourceplan.io.workbook.Workbooks.edited;
import static dk.ressourceplan.io.workbook.Workbooks.errorAt;
import static dk.ressourceplan.io.workbook.Workbooks.importFails;
import static dk.ressourceplan.io.workbook.Workbooks.rowOf;
import static dk.ressourceplan.io.workbook.Workbooks.set;
import static dk.ressourceplan.io.workbook.Workbooks.setSpelledNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;

/** What a planner reads when the workbook is wrong: every problem at once, each at its sheet, row and column. */
class WorkbookErrorsTest {

    /**
     * One error of each kind in one workbook: a text where a number belongs, an unknown school on a class, a
     * duplicate staff id, an end before a start, an empty required cell. Exactly these five are reported: nothing
     * else in the workbook is lost or blamed.
     */
    @Test
    void oneErrorOfEachKindIsEachReportedAtItsCellInTheSameImport() {
        WorkbookException e = importFails(edited(workbook -> {
            set(workbook, "Medarbejdere", "ppr-01", "Timer pr. uge", "mange");
            set(workbook, "Klasser", "s01-6a", "Skole-id", "s99");
            set(workbook, "Medarbejdere", "cot-01", "Id", "ppr-01");
            set(workbook, "Skoledag", "s02", 4, "Slut", "07:00");
            set(workbook, "Skoler", "s02", "Navn", null);
        }));

        WorkbookError text = errorAt(e, "Medarbejdere", rowOf("Medarbejdere", "ppr-01"), "Timer pr. uge");
        assertEquals("staff[0].hoursPerWeek", text.jsonPath());
        assertEquals("skal være et tal mellem 0 og 48, ikke tekst (angivet: 'mange')", text.messageDa());
        assertEquals("must be a number between 0 and 48, not text (given: 'mange')", text.message());
        assertEquals("Medarbejdere, række 2, 'Timer pr. uge': skal være et tal mellem 0 og 48, ikke tekst "
                + "(angivet: 'mange')", text.describedDa());

        WorkbookError school = errorAt(e, "Klasser", rowOf("Klasser", "s01-6a"), "Skole-id");
        assertTrue(school.messageDa().contains("'s99'"), school.messageDa());

        WorkbookError duplicate = errorAt(e, "Medarbejdere", rowOf("Medarbejdere", "cot-01"), "Id");
        assertEquals("id'et 'ppr-01' bruges allerede af Medarbejdere, række 2", duplicate.messageDa());
        assertEquals("the id 'ppr-01' is already used by Medarbejdere, row 2", duplicate.message());

        WorkbookError endBeforeStart = errorAt(e, "Skoledag", rowOf("Skoledag", "s02", 4), "Slut");
        assertEquals("skal ligge efter start (08:15)", endBeforeStart.messageDa());

        WorkbookError empty = errorAt(e, "Skoler", rowOf("Skoler", "s02"), "Navn");
        assertEquals("skal angives", empty.messageDa());
        assertEquals("is required", empty.message());

        assertEquals(5, e.workbookErrors().size(), Workbooks.describe(e));
    }

    @Test
    void errorsComeInTheOrderOfTheSheetsAndRows() {
        WorkbookException e = importFails(edited(workbook -> {
            set(workbook, "Behov", "meet-s01", "Minutter", "lang");
            set(workbook, "Skoler", "s02", "Elever", "mange");
            set(workbook, "Skoler", "s01", "Elever", "mange");
        }));
        assertEquals(java.util.List.of("Skoler, række 2", "Skoler, række 3", "Behov, række 6"), e.workbookErrors().stream()
                .map(error -> error.sheet() + ", række " + error.row()).toList());
    }

    @Test
    void theErrorsReachTheCommandLineAndTheServiceAsPathAndMessages() {
        WorkbookException e = importFails(edited(workbook ->
                set(workbook, "Medarbejdere", "ppr-01", "Timer pr. uge", 60)));
        assertEquals(1, e.errors().size());
        assertEquals("Medarbejdere, række 2, 'Timer pr. uge'", e.errors().get(0).path());
        assertEquals("skal være et tal mellem 0 og 48 (angivet: 60)", e.errors().get(0).messageDa());
    }

    @Test
    void anUnknownWordIsReportedOnceWithTheWordsThatAreKnown() {
        WorkbookException e = importFails(edited(workbook ->
                set(workbook, "Medarbejdere", "akt-01", "Rolle", "psykolg")));
        WorkbookError role = errorAt(e, "Medarbejdere", rowOf("Medarbejdere", "akt-01"), "Rolle");
        assertEquals("ukendt rolle 'psykolg'; brug én af: psykolog, pædagogisk konsulent, tale-høre-konsulent, "
                + "AKT-vejleder, ressourceperson", role.messageDa());
        assertEquals(1, e.workbookErrors().size(), Workbooks.describe(e));
    }

    @Test
    void anUnknownWordInAListIsReportedAtItsCell() {
        WorkbookException e = importFails(edited(workbook -> {
            set(workbook, "Medarbejdere", "cot-01", "Kompetencer", "læsning, geografi");
            set(workbook, "Behov", "meet-s01", "Pladser", "psykolog; AKT-vejleder eller lærer");
            set(workbook, "Klasselektioner", "s01-3b", 1, "Ugedag", "tirsdg");
        }));
        assertTrue(errorAt(e, "Medarbejdere", rowOf("Medarbejdere", "cot-01"), "Kompetencer").messageDa()
                .startsWith("ukendt kompetence 'geografi'"));
        assertTrue(errorAt(e, "Behov", rowOf("Behov", "meet-s01"), "Pladser").messageDa()
                .startsWith("ukendt rolle 'lærer'"));
        assertTrue(errorAt(e, "Klasselektioner", rowOf("Klasselektioner", "s01-3b", 1), "Ugedag").messageDa()
                .startsWith("ukendt ugedag 'tirsdg'; brug én af: mandag, tirsdag, onsdag, torsdag, fredag"));
        assertEquals(3, e.workbookErrors().size(), Workbooks.describe(e));
    }

    @Test
    void aRowForAnUnknownSchoolOrStaffMemberIsReportedAndTheOthersAreRead() {
        WorkbookException e = importFails(edited(workbook -> {
            set(workbook, "Mødevinduer", "s01", 1, "Skole-id", "s03");
            set(workbook, "Fravær", "cot-02", 0, "Medarbejder-id", "cot-09");
        }));
        assertEquals("der er ingen skole med id'et 's03' på arket Skoler",
                errorAt(e, "Mødevinduer", rowOf("Mødevinduer", "s01", 1), "Skole-id").messageDa());
        assertEquals("der er ingen medarbejder med id'et 'cot-09' på arket Medarbejdere",
                errorAt(e, "Fravær", rowOf("Fravær", "cot-02"), "Medarbejder-id").messageDa());
        assertEquals(2, e.workbookErrors().size(), Workbooks.describe(e));
    }

    @Test
    void theJsonValidatorsRulesBetweenSheetsAreReportedInTheWorkbooksWords() {
        WorkbookException e = importFails(edited(workbook -> {
            set(workbook, "Medarbejdere", "cot-02", "Timer pr. uge", 35);
            set(workbook, "Klasselektioner", "s02-0a", 0, "Lektioner", "1,2,9");
            set(workbook, "Behov", "presence-s01", "Timer pr. 14 dage", 4);
        }));
        assertEquals("må ikke være mere end 'Kontrakttimer' (30)",
                errorAt(e, "Medarbejdere", rowOf("Medarbejdere", "cot-02"), "Timer pr. uge").messageDa());
        assertEquals("skolens 'Lektionsplan' har ingen 9. lektion",
                errorAt(e, "Klasselektioner", rowOf("Klasselektioner", "s02-0a"), "Lektioner").messageDa());
        assertEquals("angiv enten 'Timer pr. uge' eller 'Timer pr. 14 dage', ikke begge",
                errorAt(e, "Behov", rowOf("Behov", "presence-s01"), "Timer pr. 14 dage").messageDa());
        assertEquals(3, e.workbookErrors().size(), Workbooks.describe(e));
    }

    @Test
    void aMissingSheetOrColumnIsReportedOnce() {
        WorkbookException e = importFails(edited(workbook -> {
            workbook.removeSheetAt(workbook.getSheetIndex("Skoledag"));
            workbook.getSheet("Medarbejdere").getRow(0).getCell(5).setCellValue("Timer om ugen");
        }));
        assertEquals("arket mangler i projektmappen", e.workbookErrors().stream()
                .filter(error -> "Skoledag".equals(error.sheet())).findFirst().orElseThrow().messageDa());
        assertEquals("kolonnen mangler i overskriftsrækken", errorAt(e, "Medarbejdere", 1, "Timer pr. uge").messageDa());
        assertEquals(2, e.workbookErrors().size(), Workbooks.describe(e));
    }

    @Test
    void aSchoolWithoutASchoolDayIsToldWhereTheDaysGo() {
        WorkbookException e = importFails(edited(workbook -> {
            var sheet = workbook.getSheet("Skoledag");
            for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                var row = sheet.getRow(r);
                if (row != null && "s02".equals(row.getCell(0).getStringCellValue())) {
                    sheet.removeRow(row);
                }
            }
        }));
        assertEquals("skolen har ingen rækker på arket Skoledag", errorAt(e, "Skoler", rowOf("Skoler", "s02"), null)
                .messageDa());
    }

    @Test
    void aBadTimeOrDateSaysHowToWriteIt() {
        WorkbookException e = importFails(edited(workbook -> {
            set(workbook, "Lektionsplan", "s01", 2, "Start", "9:70");
            set(workbook, "Termin", "Sidste dag", "Værdi", "25. juni");
        }));
        assertEquals("skal være et klokkeslæt som TT:MM, fx 08:15 (angivet: '9:70')",
                errorAt(e, "Lektionsplan", rowOf("Lektionsplan", "s01", 2), "Start").messageDa());
        assertEquals("skal være en dato som ÅÅÅÅ-MM-DD, fx 2027-01-04 (angivet: '25. juni')",
                errorAt(e, "Termin", rowOf("Termin", "Sidste dag"), "Sidste dag").messageDa());
        assertEquals(2, e.workbookErrors().size(), Workbooks.describe(e));
    }

    @Test
    void anErrorValueInACellIsReportedAsSuch() {
        WorkbookException e = importFails(edited(workbook ->
                workbook.getSheet("Skoler").getRow(1).getCell(5).setCellErrorValue(FormulaError.DIV0)));
        assertEquals("cellen indeholder fejlværdien #DIV/0!", errorAt(e, "Skoler", 2, "Elever").messageDa());
        assertEquals(1, e.workbookErrors().size(), Workbooks.describe(e));
    }

    /** Issue 17: NaN in a number cell was a NumberFormatException, which the service answered with a 500. */
    @Test
    void aNumberCellHoldingNaNIsReportedAtItsCell() {
        WorkbookException e = importFails(edited(workbook ->
                setSpelledNumber(workbook, "Medarbejdere", "ppr-01", "Timer pr. uge", "NaN")));
        WorkbookError error = errorAt(e, "Medarbejdere", rowOf("Medarbejdere", "ppr-01"), "Timer pr. uge");
        assertEquals("Medarbejdere, række 2, 'Timer pr. uge': cellen indeholder et tal, der ikke kan læses: 'NaN'",
                error.describedDa());
        assertEquals("Medarbejdere, row 2, 'Timer pr. uge': the cell holds a number that cannot be read: 'NaN'",
                error.described());
        assertEquals("staff[0].hoursPerWeek", error.jsonPath());
        assertEquals(1, e.workbookErrors().size(), Workbooks.describe(e));
    }

    /** Issue 17: 400 digits are read as Infinity, which failed as NaN did; the message quotes their start. */
    @Test
    void aNumberCellHolding400DigitsIsReportedAtItsCell() {
        WorkbookException e = importFails(edited(workbook ->
                setSpelledNumber(workbook, "Skoler", "s01", "Elever", "9".repeat(400))));
        assertEquals("cellen indeholder et tal, der ikke kan læses: '" + "9".repeat(20) + "…'",
                errorAt(e, "Skoler", rowOf("Skoler", "s01"), "Elever").messageDa());
        assertEquals(1, e.workbookErrors().size(), Workbooks.describe(e));
    }

    /** A number cell POI cannot parse used to cost the whole sheet ("arket kunne ikke læses"); now only the cell. */
    @Test
    void aNumberCellThatIsNoNumberCostsOnlyItsCell() {
        WorkbookException e = importFails(edited(workbook ->
                setSpelledNumber(workbook, "Medarbejdere", "ppr-01", "Timer pr. uge", "mange")));
        assertEquals("cellen indeholder et tal, der ikke kan læses: 'mange'",
                errorAt(e, "Medarbejdere", rowOf("Medarbejdere", "ppr-01"), "Timer pr. uge").messageDa());
        assertEquals(1, e.workbookErrors().size(), Workbooks.describe(e));
    }

    /** A day number past 9999-12-31 was read as 1899-12-31, and the error blamed the last day of the term. */
    @Test
    void aDayNumberBeyondExcelsLastDayIsNoDate() {
        WorkbookException e = importFails(edited(workbook -> set(workbook, "Termin", "Første dag", "Værdi", 1e300)));
        assertEquals("skal være en dato som ÅÅÅÅ-MM-DD, fx 2027-01-04 (angivet: '"
                + "1" + "0".repeat(39) + "…')",
                errorAt(e, "Termin", rowOf("Termin", "Første dag"), "Første dag").messageDa());
        assertEquals(1, e.workbookErrors().size(), Workbooks.describe(e));
    }

    /** Digits too many for a double were quoted back as "Infinity"; the planner should see what was typed. */
    @Test
    void tooManyDigitsAreQuotedAsTyped() {
        WorkbookException e = importFails(edited(workbook ->
                set(workbook, "Medarbejdere", "ppr-01", "Timer pr. uge", "9".repeat(400))));
        assertEquals("skal være et tal mellem 0 og 48 (angivet: " + "9".repeat(40) + "…)",
                errorAt(e, "Medarbejdere", rowOf("Medarbejdere", "ppr-01"), "Timer pr. uge").messageDa());
        assertEquals(1, e.workbookErrors().size(), Workbooks.describe(e));
    }
}
