package dk.ressourceplan.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.PlanDocument;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportsTest {

    private final PlanDocument plan = TestPlans.spring2027();

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void anUnknownSchoolIsRejectedBeforeAnythingIsWritten(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        var e = assertThrows(IllegalArgumentException.class,
                () -> Exports.write(plan, format, ExportFilter.school("no-such-school"), out));

        assertEquals("no school with id \"no-such-school\" in the plan", e.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void anUnknownStaffMemberIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Exports.write(plan, ExportFormat.ICS, ExportFilter.staff("nobody"), new ByteArrayOutputStream()));

        assertEquals("no staff member with id \"nobody\" in the plan", e.getMessage());
    }

    @Test
    void anUnsolvedPlanIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Exports.write(plan.problem(), ExportFormat.CSV,
                ExportFilter.wholePlan(), new ByteArrayOutputStream()));

        assertTrue(e.getMessage().contains("solve"), e.getMessage());
    }

    @Test
    void theOutputStreamIsLeftOpen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller's stream was closed");
            }
        };
        for (ExportFormat format : ExportFormat.values()) {
            Exports.write(plan, format, ExportFilter.wholePlan(), out);
        }
        assertTrue(out.size() > 0);
    }

    @Test
    void fileNamesArePlainAsciiNamedAfterTermAndSchoolOrPerson() {
        assertEquals("ressourceplan-foraar-2027-hoejby-skole.ics",
                Exports.fileName(plan, ExportFormat.ICS, ExportFilter.school(TestPlans.HOEJBY)));
        assertEquals("ressourceplan-foraar-2027-peter-soendergaard.xlsx",
                Exports.fileName(plan, ExportFormat.XLSX, ExportFilter.staff(TestPlans.PETER)));
        assertEquals("ressourceplan-foraar-2027.csv", Exports.fileName(plan, ExportFormat.CSV, ExportFilter.wholePlan()));
        assertThrows(IllegalArgumentException.class,
                () -> Exports.fileName(plan, ExportFormat.CSV, ExportFilter.school("x")));
    }

    @Test
    void formatsHaveTheirMediaTypesAndParseFromTheirExtension() {
        assertEquals("text/calendar; charset=utf-8", ExportFormat.ICS.mediaType());
        assertEquals("text/csv; charset=utf-8", ExportFormat.CSV.mediaType());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExportFormat.XLSX.mediaType());
        assertEquals(ExportFormat.XLSX, ExportFormat.parse("XLSX"));
        var e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("pdf"));
        assertTrue(e.getMessage().contains("pdf"));
    }
}
