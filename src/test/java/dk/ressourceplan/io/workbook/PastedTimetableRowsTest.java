package dk.ressourceplan.io.workbook;

import static dk.ressourceplan.io.workbook.Workbooks.edited;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.SchoolClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The Klasselektioner sheet takes rows pasted from a school's timetable export as they are (issue 20): one lesson a
 * row, the class by its name as the school writes it, the day as Untis numbers it, and the school's id beside them.
 */
class PastedTimetableRowsTest {

    /** How a school's system might write each class of the example. */
    private static final Map<String, String> WRITTEN = Map.of("s01-1a", "1a", "s01-3b", "3 B", "s01-6a", "6.a",
            "s02-0a", "0A", "s02-4b", "4-b");
    private static final List<String> DAYS = List.of("mandag", "tirsdag", "onsdag", "torsdag", "fredag");

    private static Map<String, List<?>> lessons(PlanDocument term) {
        return term.classes().stream().collect(Collectors.toMap(SchoolClass::id, SchoolClass::lessons));
    }

    /** The template's rows ("s01-3b", "mandag", "1,2,3") rewritten as an export's, one lesson a row. */
    private static void pasteAsExport(XSSFWorkbook workbook, boolean withSchool) {
        Sheet sheet = workbook.getSheet("Klasselektioner");
        DataFormatter shown = new DataFormatter();
        List<List<String>> pasted = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null || shown.formatCellValue(row.getCell(0)).isBlank()) {
                continue;
            }
            String classId = shown.formatCellValue(row.getCell(0));
            String day = String.valueOf(DAYS.indexOf(shown.formatCellValue(row.getCell(1))) + 1);
            for (String period : shown.formatCellValue(row.getCell(2)).split(",")) {
                pasted.add(List.of(WRITTEN.get(classId), day, period.trim(), withSchool ? classId.substring(0, 3) : ""));
            }
            sheet.removeRow(row);
        }
        for (int i = 0; i < pasted.size(); i++) {
            Row row = sheet.createRow(i + 1);
            for (int c = 0; c < 4; c++) {
                if (!pasted.get(i).get(c).isEmpty()) {
                    row.createCell(c).setCellValue(pasted.get(i).get(c));
                }
            }
        }
    }

    @Test
    void rowsPastedFromAnExportGiveTheSameLessonsAsTheTemplatesOwn() {
        PlanDocument template = TermWorkbook.read(Workbooks.template());

        PlanDocument pasted = TermWorkbook.read(edited(workbook -> pasteAsExport(workbook, true)));

        assertEquals(lessons(template), lessons(pasted));
    }

    @Test
    void withoutTheSchoolAClassNameOnlyOneSchoolHasIsEnough() {
        PlanDocument template = TermWorkbook.read(Workbooks.template());

        PlanDocument pasted = TermWorkbook.read(edited(workbook -> pasteAsExport(workbook, false)));

        assertEquals(lessons(template), lessons(pasted));
    }

    @Test
    void aNameSeveralSchoolsHaveOrNoneHasIsReportedWhereItIs() {
        WorkbookException e = Workbooks.importFails(edited(workbook -> {
            pasteAsExport(workbook, false);
            Workbooks.set(workbook, "Klasser", "s02-4b", "Navn", "3.B");
            Sheet sheet = workbook.getSheet("Klasselektioner");
            sheet.getRow(1).getCell(0).setCellValue("9.Z");
            sheet.getRow(2).getCell(0).setCellValue("3b");
        }));

        assertEquals("Klasselektioner, række 2, 'Klasse-id': der er ingen klasse med id'et eller navnet '9.Z' på "
                + "arket Klasser", Workbooks.errorAt(e, "Klasselektioner", 2, "Klasse-id").describedDa());
        assertTrue(Workbooks.errorAt(e, "Klasselektioner", 3, "Klasse-id").messageDa()
                .startsWith("flere skoler har en klasse, der hedder '3b'"), Workbooks.describe(e));
    }
}
