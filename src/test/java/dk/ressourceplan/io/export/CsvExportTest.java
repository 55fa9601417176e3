package dk.ressourceplan.io.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.Uncovered;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final PlanDocument plan = TestPlans.spring2027();

    private static byte[] export(PlanDocument plan, ExportFilter filter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.write(plan, ExportFormat.CSV, filter, out);
        return out.toByteArray();
    }

    /** The file read as Danish Excel reads it, split into its sections at the blank lines. */
    private static List<List<List<String>>> sections(byte[] csv) throws Exception {
        String text = new String(csv, UTF8_BOM.length, csv.length - UTF8_BOM.length, StandardCharsets.UTF_8);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';');
        List<List<List<String>>> sections = new ArrayList<>();
        List<List<String>> section = new ArrayList<>();
        try (MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(schema).readValues(text)) {
            while (rows.hasNext()) {
                List<String> row = rows.next();
                if (row.stream().allMatch(String::isEmpty)) {
                    sections.add(section);
                    section = new ArrayList<>();
                } else {
                    section.add(row);
                }
            }
        }
        sections.add(section);
        return sections;
    }

    @Test
    void startsWithAByteOrderMarkAndUsesSemicolonsAndCrLf() throws Exception {
        byte[] csv = export(plan, ExportFilter.wholePlan());

        assertArrayEquals(UTF8_BOM, Arrays.copyOf(csv, 3));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFUge;Dag;Start;Slut;Skole;Klasse/møde;Medarbejder;Rolle;Kompetence;Behov-id;Gælder fra;Gælder til;Låst\r\n"),
                text);
    }

    @Test
    void aSchoolsFileHasARowForEachOfItsSessionsAndNoneOfOtherSchools() throws Exception {
        List<List<List<String>>> sections = sections(export(plan, ExportFilter.school(TestPlans.BAKKE)));

        List<List<String>> sessions = sections.get(0);
        assertEquals(SpreadsheetExpectations.SESSION_HEADERS, sessions.get(0));
        SpreadsheetExpectations.assertSessionsOfBakkeskolen(plan, sessions.subList(1, sessions.size()));
        assertTrue(sessions.stream().anyMatch(row -> row.equals(List.of("A og B", "mandag", "08:00", "08:45",
                "Bakkeskolen", "3.B", "Anne Holm", "ressourceperson", "læsning", "d-3b-read", "", "", ""))));
    }

    @Test
    void thenComeTheSchoolsUncoveredDemandAndThePlansKeyFigures() throws Exception {
        List<List<List<String>>> sections = sections(export(plan, ExportFilter.school(TestPlans.BAKKE)));

        assertEquals(3, sections.size());
        List<List<String>> uncovered = sections.get(1);
        assertEquals(List.of("Udækket"), uncovered.get(0));
        assertEquals(3, uncovered.size(), "title, header and the meeting seat at Bakkeskolen: " + uncovered);
        assertEquals("d-bakke-meet", uncovered.get(2).get(0));
        assertEquals("gul (foregribende)", uncovered.get(2).get(4));

        List<List<String>> figures = sections.get(2);
        assertEquals(List.of("Nøgletal"), figures.get(0));
        assertTrue(figures.contains(List.of("Dækning af behov (%)", "82,5")), figures.toString());
        assertTrue(figures.contains(List.of("Transporttid pr. 14 dage (minutter)", "140")), figures.toString());
    }

    @Test
    void aSeatUncoveredForPartOfTheTermSaysWhen() throws Exception {
        Uncovered duringALeave = plan.uncovered().get(0).during(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 19));
        PlanDocument rerun = plan.withSolution(plan.score(), plan.kpis(), List.of(duringALeave), plan.sessions());

        List<List<String>> uncovered = sections(export(rerun, ExportFilter.school(TestPlans.BAKKE))).get(1);

        assertEquals(List.of("Gælder fra", "Gælder til"), uncovered.get(1).subList(7, 9));
        assertEquals(List.of("2027-03-01", "2027-03-19"), uncovered.get(2).subList(7, 9));
    }

    @Test
    void theUncoveredDemandOfAClassGoesWithTheSchoolOfTheClass() throws Exception {
        List<List<String>> uncovered = sections(export(plan, ExportFilter.school(TestPlans.HOEJBY))).get(1);

        assertEquals(3, uncovered.size(), uncovered.toString());
        assertEquals("d-2a-maths", uncovered.get(2).get(0));
        assertEquals("2.A", uncovered.get(2).get(2));
    }

    @Test
    void aNameExcelWouldRunAsAFormulaIsWrittenAsText() throws Exception {
        List<Staff> staff = plan.staff().stream()
                .map(s -> s.id().equals(TestPlans.ANNE) ? new Staff(s.id(), "=HYPERLINK(\"http://x\")", s.role(),
                        s.competences(), s.contractedHours(), s.hoursPerWeek(), s.maxHoursPerDay(), s.base(),
                        s.unavailable(), s.preferredSchools(), s.preferredDays(), s.maxSchools()) : s)
                .toList();
        PlanDocument hostile = new PlanDocument(plan.term(), plan.schools(), plan.classes(), staff, plan.demands(),
                null, null, null, plan.score(), plan.kpis(), plan.uncovered(), plan.sessions());

        List<List<String>> rows = sections(export(hostile, ExportFilter.staff(TestPlans.ANNE))).get(0);

        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(1).get(6));
    }
}
