package dk.ressourceplan.io.workbook;

import static dk.ressourceplan.io.workbook.Workbooks.edited;
import static dk.ressourceplan.io.workbook.Workbooks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.TimeWindow;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways planners write values, and the JSON codes, are all understood. */
class WorkbookFormatsTest {

    private static PlanDocument read(byte[] workbook) {
        return TermWorkbook.read(workbook);
    }

    private static Staff staff(PlanDocument document, String id) {
        return document.staff().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static SchoolClass schoolClass(PlanDocument document, String id) {
        return document.classes().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Demand demand(PlanDocument document, String id) {
        return document.demands().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theJsonCodesAreUnderstoodAsWellAsTheDanishWords() {
        PlanDocument document = read(edited(workbook -> {
            set(workbook, "Medarbejdere", "akt-01", "Rolle", "psychologist");
            set(workbook, "Medarbejdere", "akt-01", "Kompetencer", "reading, DLD");
            set(workbook, "Medarbejdere", "akt-01", "Foretrukne dage", "MONDAY, fre");
            set(workbook, "Klasser", "s01-6a", "Behovsniveau", "red");
            set(workbook, "Behov", "presence-s02", "Type", "presence");
            set(workbook, "Behov", "presence-s02", "Prioritet", "indgribende");
            set(workbook, "Behov", "meet-s01", "Pladser", "psychologist | pedagogical-consultant; AKT");
        }));
        Staff akt = staff(document, "akt-01");
        assertEquals(Role.PSYCHOLOGIST, akt.role());
        assertEquals(List.of(Competence.READING, Competence.DLD), akt.competences());
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), akt.preferredDays());
        assertEquals(NeedLevel.RED, schoolClass(document, "s01-6a").needLevel());
        assertEquals(DemandType.PRESENCE, demand(document, "presence-s02").type());
        assertEquals(NeedLevel.RED, demand(document, "presence-s02").priority());
        assertEquals(List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT), List.of(Role.AKT_SUPERVISOR)),
                demand(document, "meet-s01").seats());
    }

    @Test
    void numbersTimesAndDatesAreUnderstoodTheWayDanesWriteThem() {
        PlanDocument document = read(edited(workbook -> {
            set(workbook, "Medarbejdere", "ppr-01", "Timer pr. uge", "12,5");
            set(workbook, "Fravær", "ppr-02", "Start", "12.15");
            set(workbook, "Fravær", "ppr-02", "Slut", "kl. 16");
            set(workbook, "Termin", "Første dag", "Værdi", "4-1-2027");
            set(workbook, "Termin", "Sidste dag", "Værdi", LocalDate.of(2027, 6, 25));
        }));
        assertEquals(12.5, staff(document, "ppr-01").hoursPerWeek());
        TimeWindow absence = staff(document, "ppr-02").unavailable().get(0);
        assertEquals(LocalTime.of(12, 15), absence.start());
        assertEquals(LocalTime.of(16, 0), absence.end());
        assertEquals(LocalDate.of(2027, 1, 4), document.term().firstDate());
        assertEquals(LocalDate.of(2027, 6, 25), document.term().lastDate());
    }

    @Test
    void holidaysAreWeeksOfTheTermOrDays() {
        PlanDocument document = read(edited(workbook -> {
            var sheet = workbook.getSheet("Termin");
            sheet.getRow(1).getCell(4).setCellValue("uge 7");
            sheet.getRow(2).getCell(4).setCellValue("Uge 12");
            sheet.getRow(3).getCell(4).setCellValue("29.3.2027");
        }));
        assertEquals(List.of("2027-W07", "2027-W12", "2027-03-29", "2027-05-06", "2027-05-07", "2027-05-17"),
                document.term().holidays());
    }

    @Test
    void lessonsAreAListARangeOrWhatDanishExcelMadeOfThem() {
        PlanDocument document = read(edited(workbook -> {
            set(workbook, "Klasselektioner", "s01-3b", 0, "Lektioner", "1-3");
            workbook.getSheet("Klasselektioner").getRow(Workbooks.rowOf("Klasselektioner", "s01-3b", 1) - 1)
                    .getCell(2).setCellValue(1.2);
        }));
        List<String> lessons = schoolClass(document, "s01-3b").lessons().stream()
                .filter(l -> l.day() == DayOfWeek.MONDAY || l.day() == DayOfWeek.TUESDAY)
                .map(l -> l.day().name().substring(0, 3) + l.period()).toList();
        assertEquals(List.of("MON1", "MON2", "MON3", "TUE1", "TUE2"), lessons);
    }

    @Test
    void blankOptionalCellsTakeTheirDefaults() {
        PlanDocument document = read(edited(workbook -> {
            set(workbook, "Mødevinduer", "s02", "Uge", null);
            set(workbook, "Klasser", "s01-6a", "Behovsniveau", null);
            set(workbook, "Medarbejdere", "ppr-01", "Maks. timer pr. dag", null);
        }));
        assertEquals(Week.AB, document.schools().get(1).meetingWindows().get(0).week());
        assertEquals(NeedLevel.GREEN, schoolClass(document, "s01-6a").needLevel());
        assertEquals(Staff.DEFAULT_MAX_HOURS_PER_DAY * 60, staff(document, "ppr-01").maxMinutesPerDay());
    }

    @Test
    void thePlannersOwnColumnsSheetsAndColumnOrderDoNotMatter() {
        PlanDocument original = TermWorkbook.read(Workbooks.template());
        PlanDocument document = read(edited(workbook -> {
            var staff = workbook.getSheet("Medarbejdere");
            staff.getRow(0).getCell(0).setCellValue("Navn");
            staff.getRow(0).getCell(1).setCellValue("Id");
            for (int r = 1; r <= 5; r++) {
                String id = staff.getRow(r).getCell(0).getStringCellValue();
                staff.getRow(r).getCell(0).setCellValue(staff.getRow(r).getCell(1).getStringCellValue());
                staff.getRow(r).getCell(1).setCellValue(id);
            }
            staff.getRow(0).createCell(13).setCellValue("Noter");
            staff.getRow(1).createCell(13).setCellValue("ringer altid tilbage");
            workbook.createSheet("Mine noter").createRow(0).createCell(0).setCellValue("husk ferien");
        }));
        assertEquals(original.staff().stream().map(Staff::id).toList(), document.staff().stream().map(Staff::id).toList());
        assertEquals(original.staff().get(0).name(), document.staff().get(0).name());
    }
}
